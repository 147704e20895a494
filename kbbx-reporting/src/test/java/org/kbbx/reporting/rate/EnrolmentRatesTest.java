package org.kbbx.reporting.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kbbx.reporting.rate.Cohorts.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.rate.Rate;
import org.kbbx.core.school.Grade;
import org.kbbx.core.school.SchoolLevel;

class EnrolmentRatesTest {

  private static StudentYear.Builder attending(int expected, int grade) {
    return resident(VILLAGE_A1, expected)
        .school(grade <= 6 ? PRIMARY_A : JUNIOR_B)
        .grade(Grade.of(grade))
        .enrolled(true)
        .enrolledForPopulation(true);
  }

  /**
   * 100 resident children of village A1, hand-counted: primary age 60 (55 in the grade of their
   * age, 2 skipped into grade 7, 1 deferred, 1 suspended, 1 dropped out); junior age 30 (25 in
   * junior, 3 over-age in grade 6, 1 home-educated, 1 never enrolled); age 15 ten (4 completed, 5
   * in grade 9, 1 out of school).
   */
  static List<StudentYear> village() {
    List<StudentYear> all = new ArrayList<>();
    int[] perRow = {10, 9, 9, 9, 9, 9}; // 55 primary-age children in the grade of their age
    for (int g = 1; g <= 6; g++) {
      for (int i = 0; i < perRow[g - 1]; i++) {
        all.add(attending(g, g).build());
      }
    }
    all.add(attending(5, 7).build()); // skipped ahead: primary age, in junior
    all.add(attending(6, 7).build());
    all.add(resident(VILLAGE_A1, 1).deferred(true).build());
    all.add(resident(VILLAGE_A1, 3).build()); // suspended: not enrolled until resumed
    all.add(resident(VILLAGE_A1, 4).build()); // dropped out
    for (int i = 0; i < 25; i++) {
      all.add(attending(7 + i % 3, 7 + i % 3).build());
    }
    for (int i = 0; i < 3; i++) {
      all.add(attending(7, 6).build()); // over-age for grade: junior age, in primary
    }
    all.add(attending(8, 8).build()); // home education counts as enrolled
    all.add(resident(VILLAGE_A1, 9).build()); // never enrolled
    for (int i = 0; i < 4; i++) {
      all.add(resident(VILLAGE_A1, 0).completedCompulsory(true).build());
    }
    for (int i = 0; i < 5; i++) {
      all.add(attending(0, 9).build()); // 15-year-olds still in grade 9
    }
    all.add(resident(VILLAGE_A1, 0).build());
    return all;
  }

  // R-RATE-12: (91 enrolled + 4 completed) / 100; with deferrals leaving the denominator 95 / 99.
  @Test
  @Tag("R-RATE-12")
  void compulsoryAgeEnrolmentWithAndWithoutTheDeferralFlag() {
    CountsTable t = count(village()).within(COUNTY);
    assertThat(t.total().get(Counter.POPULATION)).isEqualTo(100);
    assertThat(EnrolmentRates.compulsoryAge(t, Slice.all(), false)).isEqualTo(Rate.of(95, 100));
    assertThat(EnrolmentRates.compulsoryAge(t, Slice.all(), true)).isEqualTo(Rate.of(95, 99));
    assertThat(EnrolmentRates.compulsoryAge(t, Slice.all(), true).format()).isEqualTo("95.96%");
  }

  // R-RATE-12: primary net = primary-age in primary or higher (55 + 2) / 60.
  @Test
  @Tag("R-RATE-12")
  void primaryNetEnrolmentCountsPrimaryAgeInPrimaryOrHigher() {
    CountsTable t = count(village()).within(VILLAGE_A1.township());
    assertThat(EnrolmentRates.primaryNet(t, Slice.all())).isEqualTo(Rate.of(57, 60));
  }

  // R-RATE-12: junior gross = junior enrolment of any age (2 + 25 + 1 + 5) / junior-age population
  // 30.
  @Test
  @Tag("R-RATE-12")
  void juniorGrossEnrolmentCountsAnyAgeAndCanPassHundredPercent() {
    CountsTable t = count(village()).within(COUNTY);
    Rate gross = EnrolmentRates.juniorGross(t, Slice.all());
    assertThat(gross).isEqualTo(Rate.of(33, 30));
    assertThat(gross.format()).isEqualTo("110.00%");
  }

  // R-RATE-13: NER, adjusted NER, GER, out-of-school and gross intake ratio on the same village.
  @Test
  @Tag("R-RATE-13")
  void uisEnrolmentIndicators() {
    CountsTable t = count(village()).within(COUNTY);
    assertThat(UisIndicators.netEnrolment(t, SchoolLevel.PRIMARY, Slice.all()))
        .isEqualTo(Rate.of(55, 60));
    assertThat(UisIndicators.adjustedNetEnrolment(t, SchoolLevel.PRIMARY, Slice.all()))
        .isEqualTo(Rate.of(57, 60));
    assertThat(UisIndicators.netEnrolment(t, SchoolLevel.JUNIOR_SECONDARY, Slice.all()))
        .isEqualTo(Rate.of(26, 30));
    assertThat(UisIndicators.grossEnrolment(t, SchoolLevel.PRIMARY, Slice.all()))
        .isEqualTo(Rate.of(58, 60));
    assertThat(UisIndicators.outOfSchool(t, Slice.all())).isEqualTo(Rate.of(5, 100));
    assertThat(UisIndicators.outOfSchool(t, Slice.of(SchoolLevel.PRIMARY)))
        .isEqualTo(Rate.of(3, 60));
    assertThat(UisIndicators.grossIntake(t, Slice.all())).isEqualTo(Rate.of(10, 11));
    assertThat(UisIndicators.grossIntake(t, Slice.all()).format()).isEqualTo("90.91%");
  }
}
