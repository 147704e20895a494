package org.kbbx.rules.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.responsibility.Role;
import org.kbbx.core.time.SchoolCalendar;

/** The "四不两直" plan is reproducible from the caller's seed and visits every school (R-OBL-4). */
class UnannouncedPlanProperties {

  static final UnannouncedVisits RULE = new UnannouncedVisits(Role.COUNTY_EDUCATION_BUREAU, 3);
  static final SchoolCalendar DAYS = TestCalendar.autumn2023();
  static final LocalDate FROM = LocalDate.of(2023, 9, 25);
  static final LocalDate TO = LocalDate.of(2023, 10, 20);

  static List<SchoolId> schools(int n) {
    List<SchoolId> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(SchoolId.of(String.format("5224280%05d", i)));
    }
    return out;
  }

  @Test
  @Tag("R-OBL-4")
  void equalSeedsGiveEqualPlansWhateverTheOrderOfSchools() {
    qt().forAll(longs().all(), integers().between(0, 40)).checkAssert((seed, n) -> {
      List<SchoolId> shuffled = new ArrayList<>(schools(n));
      Collections.reverse(shuffled);
      shuffled.addAll(schools(n / 2)); // repeats are one school
      assertThat(RULE.plan(shuffled, DAYS, FROM, TO, seed).get())
          .isEqualTo(RULE.plan(schools(n), DAYS, FROM, TO, seed).get());
    });
  }

  @Test
  @Tag("R-OBL-4")
  void everySchoolIsVisitedOnceOnASchoolDayWithinTheDailyMaximum() {
    qt().forAll(longs().all(), integers().between(0, 45)).checkAssert((seed, n) -> {
      var plan = RULE.plan(schools(n), DAYS, FROM, TO, seed).get();
      assertThat(plan.map(PlannedVisit::school)).containsExactlyInAnyOrderElementsOf(schools(n));
      Map<LocalDate, Integer> perDay = new HashMap<>();
      for (PlannedVisit v : plan) {
        assertThat(v.day()).isBetween(FROM, TO);
        assertThat(DAYS.isSchoolDay(v.day())).as("%s is a school day", v.day()).isTrue();
        assertThat(v.visitor()).isEqualTo(Role.COUNTY_EDUCATION_BUREAU);
        perDay.merge(v.day(), 1, Integer::sum);
      }
      assertThat(perDay.values()).allSatisfy(c -> assertThat(c).isLessThanOrEqualTo(3));
    });
  }

  @Test
  @Tag("R-OBL-4")
  void differentSeedsGiveDifferentPlans() {
    int differ = 0;
    for (long seed = 0; seed < 50; seed++) {
      if (!RULE.plan(schools(30), DAYS, FROM, TO, seed)
          .get()
          .equals(RULE.plan(schools(30), DAYS, FROM, TO, seed + 1).get())) {
        differ++;
      }
    }
    assertThat(differ).isEqualTo(50);
    // The days differ too, not only the order: the visits are spread over the period.
    assertThat(RULE.plan(schools(30), DAYS, FROM, TO, 20230910L)
            .get()
            .map(PlannedVisit::day)
            .distinct()
            .size())
        .isGreaterThan(10);
  }

  @Test
  @Tag("R-OBL-4")
  void tooManySchoolsOrABadPeriodIsATypedRejection() {
    // 2023-09-25 … 10-20 under autumn2023: 4 + 2 make-up + 5 + 5 = 16 school days, 48 places.
    assertThat(RULE.plan(schools(49), DAYS, FROM, TO, 1).getLeft())
        .isEqualTo(new PlanRejection.NotEnoughDays(49, 16, 3));
    assertThat(RULE.plan(schools(48), DAYS, FROM, TO, 1).isRight()).isTrue();
    assertThat(RULE.plan(schools(1), DAYS, TO, FROM, 1).getLeft().code().name())
        .isEqualTo("PLAN_PERIOD_INVALID");
  }

  @Test
  @Tag("R-PROF-5")
  void boundsCarryTheirRange() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new UnannouncedVisits(Role.COUNTY_EDUCATION_BUREAU, 0))
        .hasMessageContaining("valid values 1 to 50");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Duties(
            List.of(),
            List.of(),
            io.vavr.control.Option.none(),
            io.vavr.control.Option.none(),
            5000,
            List.of()))
        .hasMessageContaining("valid values 0 or 1 to 1000");
    org.assertj.core.api.Assertions.assertThatThrownBy(() ->
            RecurringDuty.afterEachTermStart("x", Role.SCHOOL, List.of(), DayCount.months(13)))
        .hasMessageContaining("valid values 0 to 12");
  }
}
