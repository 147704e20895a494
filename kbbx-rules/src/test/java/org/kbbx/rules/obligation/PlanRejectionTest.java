package org.kbbx.rules.obligation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The unannounced-visit plan's rejections carry a code enum and a message naming the values. */
class PlanRejectionTest {

  @Test
  void anInvalidPeriodNamesBothDates() {
    PlanRejection r =
        new PlanRejection.InvalidPeriod(LocalDate.of(2023, 9, 10), LocalDate.of(2023, 9, 1));
    assertThat(r.code()).isEqualTo(PlanRejection.Code.PLAN_PERIOD_INVALID);
    assertThat(r.message()).contains("2023-09-10", "2023-09-01");
  }

  @Test
  void tooFewDaysNamesTheCounts() {
    PlanRejection r = new PlanRejection.NotEnoughDays(12, 3, 2);
    assertThat(r.code()).isEqualTo(PlanRejection.Code.PLAN_NOT_ENOUGH_DAYS);
    assertThat(r.message()).contains("12 schools", "3 school days", "2 a day");
  }
}
