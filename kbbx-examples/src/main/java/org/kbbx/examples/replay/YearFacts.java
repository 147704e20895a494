package org.kbbx.examples.replay;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.kbbx.core.cohort.AgeClassification;
import org.kbbx.core.cohort.CohortPolicy;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.person.PriorityGroup;
import org.kbbx.core.person.Sex;
import org.kbbx.core.school.Grade;
import org.kbbx.core.status.RecordState;
import org.kbbx.core.status.SchoolingState;
import org.kbbx.core.status.Status;
import org.kbbx.core.status.StudentTimeline;
import org.kbbx.core.time.SchoolYear;
import org.kbbx.reporting.rate.SchoolRef;
import org.kbbx.reporting.rate.StudentYear;

/**
 * A student's rate facts for a school year from her timeline (R-RATE-10, R-RATE-12): enrolled on
 * the census day (the first day of the school year) when her record is active and she is
 * attending, on leave, suspected, borrowed, in a special school or educated at home; a dropout of
 * the year when her {@code DROPPED_OUT} began in the year and still holds on the count day.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class YearFacts {

  private static final Set<SchoolingState> ENROLLED = EnumSet.of(
      SchoolingState.ATTENDING, SchoolingState.ON_LEAVE, SchoolingState.SUSPECTED_DROPOUT,
      SchoolingState.BORROWED, SchoolingState.SPECIAL_SCHOOL, SchoolingState.HOME_EDUCATION);

  private YearFacts() {}

  /**
   * Returns the student's facts for the year.
   *
   * @param timeline the student's timeline, not null
   * @param year the school year, not null
   * @param countDay the count day (usually the last day of the year or an earlier as-of day)
   * @param school the record school, not null
   * @param household the household's village, not null
   * @param sex the sex, not null
   * @param groups the priority groups, not null
   * @param birthDate the birth date, not null
   * @param grade the grade in the year, not null
   * @return the facts
   */
  public static StudentYear of(StudentTimeline timeline, SchoolYear year, LocalDate countDay,
      SchoolRef school, DivisionCode household, Sex sex, Set<PriorityGroup> groups,
      LocalDate birthDate, Grade grade) {
    Status census = timeline.statusOn(year.start());
    Status count = timeline.statusOn(countDay);
    boolean enrolled = census.record() == RecordState.ACTIVE && ENROLLED.contains(census.schooling());
    boolean dropped = count.schooling() == SchoolingState.DROPPED_OUT
        && count.since().map(year::contains).orElse(false);
    AgeClassification age = CohortPolicy.NATIONAL.classify(birthDate, year);
    StudentYear.Builder b = StudentYear.builder()
        .schoolYear(year)
        .school(school)
        .household(household)
        .sex(sex)
        .priorityGroups(groups)
        .grade(grade)
        .compulsoryAge(age.isCompulsoryAge())
        .enrolled(enrolled)
        .enrolledForPopulation(enrolled)
        .droppedOut(dropped);
    age.expectedGrade().flatMap(e -> e.grade()).forEach(b::expectedGrade);
    return b.build();
  }
}
