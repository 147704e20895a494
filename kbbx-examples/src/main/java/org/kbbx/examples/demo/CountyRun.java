package org.kbbx.examples.demo;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kbbx.core.person.PriorityGroup;
import org.kbbx.core.person.Sex;
import org.kbbx.core.school.GradeSystem;
import org.kbbx.core.school.SchoolLevel;
import org.kbbx.examples.synthetic.SchoolKind;
import org.kbbx.examples.synthetic.SchoolRoster;
import org.kbbx.examples.synthetic.SyntheticCounty;
import org.kbbx.examples.synthetic.SyntheticSchool;
import org.kbbx.examples.synthetic.SyntheticStudent;

/**
 * Runs a synthetic county through the library, school by school, and collects a {@link
 * DemoReport}. Only per-school partial results and a few counters per county are kept, so the run
 * is linear in the number of students and its memory does not grow with it.
 *
 * <p>This class is immutable and thread-safe; {@link #run} keeps its state on the stack.
 */
public final class CountyRun {

  private final SyntheticCounty county;
  private final String profileId;
  private final LocalDate asOf;

  private CountyRun(SyntheticCounty county, String profileId) {
    this.county = county;
    this.profileId = profileId;
    List<LocalDate> days = county.schoolDays();
    this.asOf = days.get(days.size() - 1);
  }

  /**
   * Prepares a run of {@code county} under the profile {@code profileId}.
   *
   * @param county the county, not null
   * @param profileId the profile id, not null
   * @return the run, or the problem with the profile id
   */
  public static Either<String, CountyRun> of(SyntheticCounty county, String profileId) {
    Objects.requireNonNull(county, "county");
    Objects.requireNonNull(profileId, "profileId");
    return Either.right(new CountyRun(county, profileId));
  }

  /**
   * Returns the as-of date of the run: the last school day of the county's school year.
   *
   * @return the as-of date
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Runs the county and returns the report.
   *
   * @param progress where to report progress, not null
   * @return the report
   */
  public DemoReport run(Progress progress) {
    progress.start("students", county.studentCount());
    Tally tally = new Tally();
    county.rosters().forEach(roster -> {
      tally.add(roster);
      progress.at(tally.students);
    });
    DemoReport.Header header = new DemoReport.Header(
        county.name() + " (" + county.code() + ")", county.spec().schoolYear().toString(),
        profileId, asOf.toString());
    return new DemoReport(header, tally.population(county));
  }

  /** Per-county counters; one roster at a time is added. */
  private static final class Tally {
    long students;
    int teachers;
    long priority;
    final Map<String, Integer> schools = new LinkedHashMap<>();
    final Map<String, Long> byLevel = new LinkedHashMap<>();
    final Map<String, Long> bySex = new LinkedHashMap<>();
    final Map<String, Long> byGroup = new LinkedHashMap<>();

    Tally() {
      for (SchoolKind kind : SchoolKind.values()) {
        schools.put(kind.chineseLabel(), 0);
      }
      for (SchoolLevel level : SchoolLevel.values()) {
        byLevel.put(level.chineseLabel(), 0L);
      }
      for (Sex sex : Sex.values()) {
        bySex.put(sex.chineseLabel(), 0L);
      }
      for (PriorityGroup group : PriorityGroup.values()) {
        byGroup.put(group.chineseLabel(), 0L);
      }
    }

    void add(SchoolRoster roster) {
      SyntheticSchool school = roster.school();
      schools.merge(school.kind().chineseLabel(), 1, Integer::sum);
      teachers += roster.teachers().size();
      for (SyntheticStudent s : roster.students()) {
        students++;
        byLevel.merge(GradeSystem.SIX_THREE.levelOf(s.grade()).chineseLabel(), 1L, Long::sum);
        bySex.merge(s.sex().chineseLabel(), 1L, Long::sum);
        for (PriorityGroup g : s.groups()) {
          byGroup.merge(g.chineseLabel(), 1L, Long::sum);
        }
        if (s.isPriority()) {
          priority++;
        }
      }
    }

    Population population(SyntheticCounty county) {
      return new Population(county.townships().size(), (int) county.villages().count(), schools,
          teachers, students, byLevel, bySex, byGroup, priority);
    }
  }
}
