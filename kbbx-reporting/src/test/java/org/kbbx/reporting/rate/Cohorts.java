package org.kbbx.reporting.rate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.person.PriorityGroup;
import org.kbbx.core.person.Sex;
import org.kbbx.core.school.Grade;
import org.kbbx.core.school.GradeSystem;
import org.kbbx.core.time.SchoolYear;

/** Test fixtures: schools of Hezhang county and quick builders of student-years. */
final class Cohorts {

  static final SchoolYear Y2022 = SchoolYear.of(2022);
  static final DivisionCode COUNTY = DivisionCode.parse("520527000000");
  static final DivisionCode TOWNSHIP_A = DivisionCode.parse("520527100000");
  static final DivisionCode TOWNSHIP_B = DivisionCode.parse("520527101000");
  static final DivisionCode VILLAGE_A1 = DivisionCode.parse("520527100201");
  static final DivisionCode VILLAGE_B1 = DivisionCode.parse("520527101203");
  static final SchoolRef PRIMARY_A = SchoolRef.of("5205271001", TOWNSHIP_A);
  static final SchoolRef JUNIOR_B = SchoolRef.of("5205271002", TOWNSHIP_B);

  private Cohorts() {}

  /** Enrolled on the census date in {@code grade} of {@code school}. */
  static StudentYear.Builder enrolled(SchoolRef school, int grade, Sex sex) {
    return StudentYear.builder()
        .schoolYear(Y2022)
        .school(school)
        .grade(Grade.of(grade))
        .sex(sex)
        .enrolled(true);
  }

  /** {@code n} enrolled students, the first {@code dropouts} of them dropped out during the year. */
  static List<StudentYear> grade(SchoolRef school, int grade, int n, int dropouts) {
    List<StudentYear> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      list.add(enrolled(school, grade, i % 2 == 0 ? Sex.MALE : Sex.FEMALE)
          .droppedOut(i < dropouts)
          .build());
    }
    return list;
  }

  /** A resident child of compulsory age with expected grade {@code expected} (0 = none, age 15). */
  static StudentYear.Builder resident(DivisionCode household, int expected) {
    StudentYear.Builder b = StudentYear.builder()
        .schoolYear(Y2022)
        .household(household)
        .sex(Sex.FEMALE)
        .compulsoryAge(true);
    if (expected > 0) {
      b.expectedGrade(Grade.of(expected));
    }
    return b;
  }

  static UnitCounts count(Iterable<StudentYear> students) {
    UnitCounts.Accumulator acc = UnitCounts.accumulator(GradeSystem.SIX_THREE);
    students.forEach(acc::add);
    return acc.toCounts();
  }

  static Set<PriorityGroup> groups(PriorityGroup... groups) {
    Set<PriorityGroup> set = EnumSet.noneOf(PriorityGroup.class);
    set.addAll(List.of(groups));
    return set;
  }
}
