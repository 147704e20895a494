package org.kbbx.reporting.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kbbx.reporting.rate.Cohorts.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.division.DivisionLevel;
import org.kbbx.core.person.PriorityGroup;
import org.kbbx.core.person.Sex;
import org.kbbx.core.rate.Fraction;
import org.kbbx.core.rate.Rate;
import org.kbbx.core.rate.Target;
import org.kbbx.core.rate.TargetOutcome;
import org.kbbx.core.school.Grade;
import org.kbbx.core.school.SchoolLevel;

class DropoutRatesTest {

  /** Primary school A: grades 1–6, 500 pupils, 3 dropouts; junior school B: grades 7–9, 500, 10. */
  private static UnitCounts hezhangSample() {
    List<StudentYear> all = new ArrayList<>();
    int[] primarySizes = {90, 85, 85, 80, 80, 80};
    for (int g = 1; g <= 6; g++) {
      all.addAll(grade(PRIMARY_A, g, primarySizes[g - 1], g == 5 ? 3 : 0));
    }
    all.addAll(grade(JUNIOR_B, 7, 170, 4));
    all.addAll(grade(JUNIOR_B, 8, 170, 6));
    all.addAll(grade(JUNIOR_B, 9, 160, 0));
    return count(all);
  }

  // R-RATE-10, R-RATE-3: Hezhang 2018 targets, primary <= 0.6 %, junior <= 1.8 %.
  @Test
  @Tag("R-RATE-10")
  @Tag("R-RATE-3")
  void hezhangPrimaryMeetsItsTargetAndJuniorMissesByTwoPerThousand() {
    CountsTable county = hezhangSample().rollUp(DivisionLevel.COUNTY).get(COUNTY);
    Rate primary = DropoutRates.annual(county, Slice.of(SchoolLevel.PRIMARY));
    Rate junior = DropoutRates.annual(county, Slice.of(SchoolLevel.JUNIOR_SECONDARY));
    assertThat(primary).isEqualTo(Rate.of(3, 500));
    assertThat(primary.format()).isEqualTo("0.60%");
    assertThat(junior).isEqualTo(Rate.of(10, 500));
    assertThat(junior.format()).isEqualTo("2.00%");
    assertThat(Target.parse("<= 0.6%").check(primary).outcome()).isEqualTo(TargetOutcome.MET);
    assertThat(Target.parse("<= 1.8%").check(junior).outcome()).isEqualTo(TargetOutcome.MISSED);
    assertThat(Target.parse("<= 1.8%").check(junior).shortfall().get())
        .isEqualTo(Fraction.of(1, 500));
    assertThat(DropoutRates.annual(county, Slice.all())).isEqualTo(Rate.of(13, 1000));
  }

  // R-RATE-4: breakdowns by school, division level, grade and sex.
  @Test
  @Tag("R-RATE-4")
  void breaksDownBySchoolDivisionGradeAndSex() {
    UnitCounts counts = hezhangSample();
    assertThat(DropoutRates.annual(counts.bySchool().get(PRIMARY_A), Slice.all()))
        .isEqualTo(Rate.of(3, 500));
    Map<DivisionCode, CountsTable> townships = counts.rollUp(DivisionLevel.TOWNSHIP);
    assertThat(townships.keySet()).containsExactly(TOWNSHIP_A, TOWNSHIP_B);
    assertThat(DropoutRates.annual(townships.get(TOWNSHIP_B), Slice.all()))
        .isEqualTo(Rate.of(10, 500));
    CountsTable county = counts.within(COUNTY);
    assertThat(DropoutRates.annual(county, Slice.of(Grade.of(8)))).isEqualTo(Rate.of(6, 170));
    // grade 8: dropouts are pupils 0..5 (males at 0, 2, 4), 85 of each sex
    assertThat(DropoutRates.annual(county, Slice.of(Grade.of(8)).withSex(Sex.MALE)))
        .isEqualTo(Rate.of(3, 85));
    assertThat(DropoutRates.annual(county, Slice.of(Grade.of(9)))).isEqualTo(Rate.of(0, 160));
  }

  // R-RATE-1, R-RATE-3: Hanzhong, 30,786 checked registered-poor students, zero dropouts → 0.00 %.
  @Test
  @Tag("R-RATE-1")
  @Tag("R-RATE-3")
  void hanzhongSampleOf30786WithZeroDropoutsIsExactlyZeroPercent() {
    List<StudentYear> all = new ArrayList<>();
    for (int i = 0; i < 30_786; i++) {
      all.add(
          enrolled(i % 2 == 0 ? PRIMARY_A : JUNIOR_B, i % 2 == 0 ? 1 + i % 6 : 7 + i % 3, Sex.MALE)
              .priorityGroups(groups(PriorityGroup.REGISTERED_POOR))
              .build());
    }
    CountsTable county = count(all).within(COUNTY);
    Rate poor = DropoutRates.annual(county, Slice.all().withGroup(PriorityGroup.REGISTERED_POOR));
    assertThat(poor).isEqualTo(Rate.of(0, 30_786));
    assertThat(poor.format()).isEqualTo("0.00%");
    assertThat(Target.parse("= 0%").check(poor).isMet()).isTrue();
    assertThat(DropoutRates.annual(county, Slice.all().withGroup(PriorityGroup.ORPHAN))
            .isUndefined())
        .isTrue();
  }

  // R-RATE-4: priority-group breakdown counts a child in every group it belongs to.
  @Test
  @Tag("R-RATE-4")
  void childInTwoGroupsCountsInBoth() {
    StudentYear child = enrolled(JUNIOR_B, 7, Sex.FEMALE)
        .droppedOut(true)
        .priorityGroups(groups(PriorityGroup.LEFT_BEHIND, PriorityGroup.MONITORED_HOUSEHOLD))
        .build();
    CountsTable table = count(List.of(child)).total();
    assertThat(DropoutRates.annual(table, Slice.all().withGroup(PriorityGroup.LEFT_BEHIND)))
        .isEqualTo(Rate.of(1, 1));
    assertThat(DropoutRates.annual(table, Slice.all().withGroup(PriorityGroup.MONITORED_HOUSEHOLD)))
        .isEqualTo(Rate.of(1, 1));
    assertThat(DropoutRates.annual(table, Slice.all())).isEqualTo(Rate.of(1, 1));
  }

  @Test
  @Tag("R-RATE-1")
  void emptyUnitHasAnUndefinedRateNotAnException() {
    // R-RATE-1
    assertThat(DropoutRates.annual(count(List.of()).total(), Slice.all()).format())
        .isEqualTo("undefined");
  }
}
