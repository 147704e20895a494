package org.kbbx.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.AllocatedBytes;

/**
 * Complexity guards for building a school calendar (docs/rules.md §11: linear in the input;
 * R-TIME-2: terms, holidays and make-up days are input data). They compare the bytes this thread
 * allocates for n and 8n school years given one term, holiday and make-up day at a time: an
 * append that copies what was added before (as {@code io.vavr.collection.List.append} does)
 * makes the ratio about 64; the bound is 12. Never timed.
 */
class CalendarBuildComplexityTest {

  /**
   * {@code years} school years from 1990, each with two terms, a holiday on every Wednesday of
   * the autumn term (given one day at a time) and a make-up Saturday in each term.
   */
  static SchoolCalendar build(int years) {
    SchoolCalendar.Builder b = SchoolCalendar.builder();
    for (int y = 1990; y < 1990 + years; y++) {
      LocalDate autumn = LocalDate.of(y, 9, 1);
      b.term(Term.autumn(autumn, LocalDate.of(y + 1, 1, 19)));
      b.term(Term.spring(LocalDate.of(y + 1, 2, 26), LocalDate.of(y + 1, 7, 5)));
      for (LocalDate d = autumn; d.isBefore(LocalDate.of(y + 1, 1, 19)); d = d.plusDays(1)) {
        if (d.getDayOfWeek() == java.time.DayOfWeek.WEDNESDAY) {
          b.holiday(d);
        }
      }
      b.makeUpDay(
          autumn.with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.SATURDAY)));
      b.makeUpDay(LocalDate.of(y + 1, 3, 1)
          .with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.SATURDAY)));
    }
    return b.build();
  }

  @Test
  @Tag("R-TIME-2")
  void section11_buildingACalendarDayByDayGrowsLinearly() {
    int n = 12;
    build(n); // warm-up, so both measured runs are compiled alike
    build(8 * n);
    SchoolCalendar[] kept = new SchoolCalendar[1];
    long small = AllocatedBytes.by(() -> build(n));
    long large = AllocatedBytes.by(() -> kept[0] = build(8 * n));
    assertThat((double) large / small)
        .as("bytes for 8n years of terms and holidays ÷ bytes for n")
        .isLessThan(12.0);
    assertThat(kept[0].terms()).hasSize(16 * n);
    assertThat(kept[0].holidays().size()).isGreaterThan(8 * n * 18);
    assertThat(kept[0].makeUpDays()).hasSize(16 * n);
    LocalDate wednesday = LocalDate.of(1990, 9, 5);
    assertThat(kept[0].isSchoolDay(wednesday)).isFalse();
    assertThat(kept[0].isSchoolDay(wednesday.plusDays(1))).isTrue();
  }
}
