package org.kbbx.rules.obligation;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.time.SchoolCalendar;
import org.kbbx.rules.AllocatedBytes;
import org.kbbx.rules.profile.EffectiveProfile;
import org.kbbx.rules.profile.Profiles;

/**
 * Complexity guards for the obligation calendar (docs/rules.md §11: no unbounded scan over a
 * period): a period that runs 200 years past the school calendar's last term costs what one
 * that ends with it costs, because days and weeks outside every term hold no school day. They
 * compare allocated bytes and sizes; never timed.
 */
class ObligationCalendarComplexityTest {

  private static final SchoolCalendar DAYS = TestCalendar.autumn2023();
  private static final LocalDate FROM = LocalDate.of(2023, 10, 9);
  private static final LocalDate NEAR = LocalDate.of(2024, 1, 31);
  private static final LocalDate FAR = LocalDate.of(2224, 1, 31);

  private static EffectiveProfile profile(String id) {
    return Profiles.builtIn().effective(id).get();
  }

  /** Asserts the far period answers as the near one and allocates at most 2 KB more. */
  private static <T> void farCostsAsNear(String what, Supplier<T> near, Supplier<T> far) {
    for (int i = 0; i < 3; i++) { // warm-up, so both measured runs are compiled alike
      near.get();
      far.get();
    }
    Object[] answers = new Object[2];
    long bytesNear = AllocatedBytes.by(() -> answers[0] = near.get());
    long bytesFar = AllocatedBytes.by(() -> answers[1] = far.get());
    assertThat(answers[1]).as(what).isEqualTo(answers[0]);
    // a walk over the 73,000 days between allocates a date per day or week
    assertThat(bytesFar).as("bytes of %s 200 years on", what).isLessThan(bytesNear + 2_048);
  }

  @Test
  @Tag("R-OBL-3")
  void section11_dailyTrackingCostsTheReportsListedNotThePeriod() {
    EffectiveProfile p = profile("HANZHONG_2018");
    ObligationCalendar cal = ObligationCalendar.of(p.obligationRules(), DAYS);
    farCostsAsNear(
        "daily tracking",
        () -> cal.dailyTracking(p.duties().value(), "610723", FROM, Option.none(), NEAR),
        () -> cal.dailyTracking(p.duties().value(), "610723", FROM, Option.none(), FAR));
    assertThat(cal.dailyTracking(p.duties().value(), "610723", FROM, Option.none(), FAR))
        .hasSize((int) DAYS.schoolDaysBetween(FROM, NEAR));
  }

  @Test
  @Tag("R-LED-4")
  @Tag("R-LED-6")
  void section11_weeklyReportsAndHomeEducationWeeksStopAtTheCalendar() {
    ObligationCalendar xx =
        ObligationCalendar.of(profile("XX_COUNTY_2023").obligationRules(), DAYS);
    LocalDate august = LocalDate.of(2023, 8, 1);
    LocalDate longBefore = LocalDate.of(1823, 8, 1);
    farCostsAsNear(
        "weekly reports",
        () -> xx.obligationsDue(august, NEAR),
        () -> xx.obligationsDue(longBefore, FAR));
    assertThat(xx.obligationsDue(FROM, FAR)).isNotEmpty();
    Map<StudentId, List<LocalDate>> visits =
        Map.of(StudentId.of("S1"), List.of(FROM), StudentId.of("S2"), List.of());
    farCostsAsNear(
        "home-education shortfalls",
        () -> xx.homeEducationShortfalls(FROM, NEAR, visits),
        () -> xx.homeEducationShortfalls(FROM, FAR, visits));
    assertThat(xx.homeEducationShortfalls(FROM, FAR, visits)).hasSizeGreaterThan(20);
  }
}
