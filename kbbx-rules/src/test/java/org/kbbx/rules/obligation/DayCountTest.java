package org.kbbx.rules.obligation;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.time.SchoolCalendar;

/** Deadlines count school days with the one school-day arithmetic, {@code SchoolCalendar} (R-TIME-2). */
class DayCountTest {

  private static final SchoolCalendar AUTUMN = TestCalendar.autumn2023(); // 2023-09-01 … 2024-01-19

  @Test
  @Tag("R-TIME-2")
  void schoolDaysAreCountedAsPlusSchoolDays() {
    for (int n = 0; n <= 30; n++) {
      for (LocalDate start = LocalDate.of(2023, 9, 25);
          start.isBefore(LocalDate.of(2023, 10, 12));
          start = start.plusDays(1)) {
        assertThat(DayCount.schoolDays(n).dueFrom(start, AUTUMN))
            .isEqualTo(AUTUMN.plusSchoolDays(start, n));
      }
    }
    // The golden week: Thursday 09-28 + 1 school day is the make-up Saturday 10-07.
    assertThat(DayCount.schoolDays(1).dueFrom(LocalDate.of(2023, 9, 28), AUTUMN))
        .contains(LocalDate.of(2023, 10, 7));
  }

  @Test
  @Tag("R-TIME-2")
  void aDeadlineBeyondTheCalendarsTermsIsUnknownNotGuessed() {
    LocalDate lastWeek = LocalDate.of(2024, 1, 15);
    // Monday 01-15: four school days remain after it, the term ends on Friday 01-19.
    assertThat(DayCount.schoolDays(4).dueFrom(lastWeek, AUTUMN))
        .contains(LocalDate.of(2024, 1, 19));
    assertThat(DayCount.schoolDays(5).dueFrom(lastWeek, AUTUMN)).isEqualTo(Option.none());
    // A calendar period ending after the last term has no next school day either.
    assertThat(DayCount.calendarDays(10).dueFrom(LocalDate.of(2024, 1, 12), AUTUMN))
        .isEqualTo(Option.none());
    assertThat(DayCount.calendarDays(0).dueFrom(LocalDate.of(2024, 2, 1), AUTUMN))
        .contains(LocalDate.of(2024, 2, 1));
  }
}
