package org.kbbx.benchmarks;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.person.PriorityGroup;
import org.kbbx.core.person.Sex;
import org.kbbx.core.school.Grade;
import org.kbbx.core.status.RecordState;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.status.SchoolingState;
import org.kbbx.core.status.Status;
import org.kbbx.core.time.SchoolYear;
import org.kbbx.core.cohort.CohortPolicy;
import org.kbbx.core.school.GradeSystem;
import org.kbbx.reporting.rate.Contribution;
import org.kbbx.reporting.rate.RateDates;
import org.kbbx.reporting.rate.SchoolRef;
import org.kbbx.reporting.rate.StatusMembership;
import org.kbbx.reporting.rate.StudentYear;
import org.kbbx.reporting.rate.StudentAttributes;
import org.kbbx.reporting.rate.YearStatuses;

/**
 * A deterministic synthetic county for the rate benchmarks: students already replayed to their
 * statuses (census and count date of school year 2022), spread over schools of about 500 pupils
 * in 30 townships, children living in 300 villages.
 */
final class SyntheticCounty {

  static final RateDates DATES = RateDates.of(SchoolYear.of(2022));
  static final DivisionCode COUNTY = DivisionCode.parse("520527000000");

  final int students;
  final int schools;
  final YearStatuses[] statuses;
  final StudentAttributes[] attributes;
  final Function<SchoolId, Option<DivisionCode>> directory;
  /** Per student: the school of its contribution (census school), for the counting-only benchmark. */
  final SchoolRef[] schoolOf;
  /** Per student: the household division. */
  final DivisionCode[] householdOf;
  /** Per student: the contribution {@code StatusMembership} derives from its statuses. */
  final Contribution[] contributionOf;
  /** How many students are ATTENDING-like on the census date, for the smoke check. */
  long expectedEnrolled;
  /** How many students dropped out during the year, for the smoke check. */
  long expectedDropouts;

  SyntheticCounty(int students, long seed) {
    this.students = students;
    this.schools = Math.max(1, students / 500);
    this.statuses = new YearStatuses[students];
    this.attributes = new StudentAttributes[students];
    this.schoolOf = new SchoolRef[students];
    this.householdOf = new DivisionCode[students];
    this.contributionOf = new Contribution[students];
    SplittableRandom random = new SplittableRandom(seed);
    Map<SchoolId, DivisionCode> divisions = new HashMap<>();
    SchoolId[] ids = new SchoolId[schools];
    for (int s = 0; s < schools; s++) {
      ids[s] = SchoolId.of("52052710" + String.format("%04d", s));
      divisions.put(ids[s], DivisionCode.of(520527100000L + (s % 30) * 1000L));
    }
    this.directory = id -> Option.of(divisions.get(id));
    DivisionCode[] villages = new DivisionCode[300];
    for (int v = 0; v < villages.length; v++) {
      villages[v] = DivisionCode.of(520527100000L + (v % 30) * 1000L + 201 + v / 30);
    }
    Map<String, Status> cache = new HashMap<>();
    for (int i = 0; i < students; i++) {
      int school = i / 500 % schools;
      int grade = 1 + random.nextInt(9);
      int roll = random.nextInt(1000);
      SchoolingState census = roll < 12 ? SchoolingState.SUSPENDED
          : roll < 22 ? SchoolingState.STUDYING_ELSEWHERE
          : roll < 25 ? SchoolingState.HOME_EDUCATION
          : SchoolingState.ATTENDING;
      boolean dropsOut = census == SchoolingState.ATTENDING && roll >= 990;
      Status atCensus = status(cache, census, ids[school], grade, LocalDate.of(2022, 9, 1));
      Status atCount = dropsOut ? status(cache, SchoolingState.DROPPED_OUT, ids[school], grade, LocalDate.of(2022, 11, 20)) : atCensus;
      statuses[i] = new YearStatuses(atCensus, atCensus, atCount, atCensus);
      if (census != SchoolingState.SUSPENDED && census != SchoolingState.STUDYING_ELSEWHERE) {
        expectedEnrolled++;
      }
      expectedDropouts += dropsOut ? 1 : 0;
      Set<PriorityGroup> groups = EnumSet.noneOf(PriorityGroup.class);
      if (random.nextInt(10) == 0) {
        groups.add(PriorityGroup.REGISTERED_POOR);
      }
      if (random.nextInt(5) == 0) {
        groups.add(PriorityGroup.LEFT_BEHIND);
      }
      LocalDate born = LocalDate.of(2016 - grade, 1 + random.nextInt(8), 1 + random.nextInt(28));
      attributes[i] =
          new StudentAttributes(
              random.nextBoolean() ? Sex.MALE : Sex.FEMALE,
              groups,
              Option.some(born),
              Option.some(villages[random.nextInt(villages.length)]));
      StudentYear year =
          StatusMembership.studentYears(statuses[i], attributes[i], DATES, CohortPolicy.NATIONAL, directory).get().get(0);
      schoolOf[i] = year.school().get();
      householdOf[i] = year.household().orElse(null);
      contributionOf[i] = year.contribution(GradeSystem.SIX_THREE);
    }
  }

  private static Status status(Map<String, Status> cache, SchoolingState state, SchoolId school, int grade, LocalDate since) {
    String key = state + "/" + school + "/" + grade + "/" + since;
    return cache.computeIfAbsent(key, k -> {
      Status.Builder b = Status.builder().schooling(state).record(RecordState.ACTIVE).recordSchool(school)
          .grade(Grade.of(grade)).since(since);
      if (state.attendsSchool()) {
        b.attendingSchool(school);
      }
      if (state == SchoolingState.SUSPENDED) {
        b.suspensionStart(since).suspensionEnd(since.plusMonths(6));
      }
      return b.build();
    });
  }
}
