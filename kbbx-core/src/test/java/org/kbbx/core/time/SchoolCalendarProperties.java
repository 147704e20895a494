package org.kbbx.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vavr.control.Option;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Property tests: the precomputed calendar agrees with the plain definition of a school day
 * (R-TIME-2) on random calendars, and its counting operations agree with each other.
 */
class SchoolCalendarProperties {

  private static final LocalDate BASE = LocalDate.of(2021, 8, 1);
  private static final int SPAN = 900;

  /** Random calendars: up to 5 terms with gaps, holidays and weekend make-up days. */
  static Gen<SchoolCalendar> calendars() {
    Gen<List<Integer>> terms = lists().of(integers().between(0, 60 * 200 - 1)).ofSizeBetween(0, 5);
    Gen<List<Integer>> days = lists().of(integers().between(0, SPAN)).ofSizeBetween(0, 60);
    return terms.zip(days, days, (termCodes, holidayOffsets, makeUpOffsets) -> {
      SchoolCalendar.Builder builder = SchoolCalendar.builder();
      LocalDate next = BASE;
      for (int code : termCodes) {
        LocalDate start = next.plusDays(code / 200);
        LocalDate end = start.plusDays(code % 200);
        builder.term(Term.of("t" + start, TermKind.AUTUMN, start, end));
        next = end.plusDays(1);
      }
      Set<LocalDate> holidays = new HashSet<>();
      holidayOffsets.forEach(offset -> holidays.add(BASE.plusDays(offset)));
      holidays.forEach(builder::holiday);
      for (int offset : makeUpOffsets) {
        LocalDate weekend = BASE.plusDays(offset)
            .with(TemporalAdjusters.nextOrSame(
                offset % 2 == 0 ? DayOfWeek.SATURDAY : DayOfWeek.SUNDAY));
        if (!holidays.contains(weekend)) {
          builder.makeUpDay(weekend);
        }
      }
      return builder.build();
    });
  }

  static Gen<LocalDate> dates() {
    return integers().between(-30, SPAN + 30).map(offset -> BASE.plusDays(offset));
  }

  /** The definition, read directly from the calendar's data. */
  static boolean naiveIsSchoolDay(SchoolCalendar calendar, LocalDate date) {
    boolean inTerm = calendar.terms().exists(term -> term.contains(date));
    boolean weekend =
        date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    return inTerm
        && !calendar.holidays().contains(date)
        && (!weekend || calendar.makeUpDays().contains(date));
  }

  static long naiveCount(SchoolCalendar calendar, LocalDate from, LocalDate toExclusive) {
    long count = 0;
    for (LocalDate d = from; d.isBefore(toExclusive); d = d.plusDays(1)) {
      count += naiveIsSchoolDay(calendar, d) ? 1 : 0;
    }
    return count;
  }

  @Test
  @Tag("R-TIME-2")
  void isSchoolDayMatchesTheDefinition() {
    qt().forAll(calendars(), dates())
        .checkAssert((calendar, date) ->
            assertThat(calendar.isSchoolDay(date)).isEqualTo(naiveIsSchoolDay(calendar, date)));
  }

  @Test
  @Tag("R-TIME-2")
  void schoolDaysBetweenCountsStartInclusiveEndExclusive() {
    qt().forAll(calendars(), dates(), dates()).checkAssert((calendar, a, b) -> {
      long expected = a.isBefore(b) ? naiveCount(calendar, a, b) : -naiveCount(calendar, b, a);
      assertThat(calendar.schoolDaysBetween(a, b)).isEqualTo(expected);
      assertThat(calendar.schoolDays(a, b).count()).isEqualTo(Math.max(0, expected));
    });
  }

  @Test
  @Tag("R-TIME-2")
  void plusSchoolDaysLandsOnASchoolDayExactlyNSchoolDaysAway() {
    qt().forAll(calendars(), dates(), integers().between(-150, 150))
        .checkAssert((calendar, date, n) -> {
          Option<LocalDate> reached = calendar.plusSchoolDays(date, n);
          List<LocalDate> after = calendar
              .schoolDays(date.plusDays(1), BASE.plusDays(SPAN + 400))
              .collect(Collectors.toList());
          List<LocalDate> before = new ArrayList<>(
              calendar.schoolDays(BASE.minusDays(400), date).collect(Collectors.toList()));
          java.util.Collections.reverse(before);
          Option<LocalDate> expected;
          if (n == 0) {
            expected = Option.some(date);
          } else if (n > 0) {
            expected = n <= after.size() ? Option.some(after.get(n - 1)) : Option.none();
          } else {
            expected = -n <= before.size() ? Option.some(before.get(-n - 1)) : Option.none();
          }
          assertThat(reached).isEqualTo(expected);
        });
  }

  @Test
  @Tag("R-TIME-2")
  void nthSchoolDayOfTermEnumeratesTheTermsSchoolDays() {
    qt().forAll(calendars())
        .checkAssert(calendar -> calendar.terms().forEach(term -> {
          List<LocalDate> expected = term.start()
              .datesUntil(term.end().plusDays(1))
              .filter(date -> naiveIsSchoolDay(calendar, date))
              .collect(Collectors.toList());
          assertThat(calendar.schoolDaysIn(term)).isEqualTo(expected.size());
          for (int n = 1; n <= expected.size() + 1; n++) {
            assertThat(calendar.nthSchoolDayOfTerm(term, n))
                .isEqualTo(n <= expected.size() ? Option.some(expected.get(n - 1)) : Option.none());
          }
        }));
  }

  @Test
  void termContainingFindsTheOnlyTermHoldingTheDate() {
    qt().forAll(calendars(), dates())
        .checkAssert((calendar, date) -> assertThat(calendar.termContaining(date))
            .isEqualTo(calendar.terms().find(term -> term.contains(date))));
  }
}
