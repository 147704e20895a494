package org.kbbx.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Complexity guards for calendar operations (docs/rules.md §11: linear in the input, no unbounded
 * scans; R-TIME-2: school days). They count how often a day is examined: building the index
 * examines each term day exactly once, and no query — for any count of school days, however
 * large, and for terms 8 times as long — examines a single day again. Never timed.
 */
class SchoolDayIndexComplexityTest {

  /** {@code years} school years of autumn and spring terms starting in 2000. */
  private static List<Term> terms(int years) {
    List<Term> terms = List.empty();
    for (int y = 2000; y < 2000 + years; y++) {
      terms = terms
          .append(Term.autumn(LocalDate.of(y, 9, 1), LocalDate.of(y + 1, 1, 19)))
          .append(Term.spring(LocalDate.of(y + 1, 2, 26), LocalDate.of(y + 1, 7, 5)));
    }
    return terms;
  }

  private static long termDays(List<Term> terms) {
    return terms.map(Term::lengthInDays).sum().longValue();
  }

  @Test
  @Tag("R-TIME-2")
  void section11_buildExaminesEachTermDayOnceAndQueriesNone() {
    for (int years : new int[] {2, 16}) {
      List<Term> terms = terms(years);
      AtomicLong examined = new AtomicLong();
      SchoolDayIndex index = new SchoolDayIndex(terms, day -> {
        examined.incrementAndGet();
        return !SchoolCalendar.isWeekend(day);
      });
      assertThat(examined.get()).isEqualTo(termDays(terms));
      long total = index.total();
      for (long position : new long[] {0, total / 2, total - 1, total, Long.MAX_VALUE, -1}) {
        index.schoolDayAt(position);
      }
      for (LocalDate day = LocalDate.of(1999, 1, 1);
          day.isBefore(LocalDate.of(2020, 1, 1));
          day = day.plusDays(97)) {
        index.countBefore(day);
        index.isSchoolDay(day);
      }
      assertThat(examined.get()).as("days examined after the build").isEqualTo(termDays(terms));
    }
  }

  @Test
  @Tag("R-TIME-2")
  void section11_plusSchoolDaysWithAnyCountAnswersWithoutWalking() {
    SchoolCalendar calendar =
        SchoolCalendar.builder().term(terms(1).get(0)).term(terms(1).get(1)).build();
    long total = calendar.schoolDaysBetween(LocalDate.of(2000, 1, 1), LocalDate.of(2002, 1, 1));
    LocalDate before = LocalDate.of(2000, 8, 1);
    assertThat(calendar.plusSchoolDays(before, total))
        .isEqualTo(Option.some(LocalDate.of(2001, 7, 5)));
    assertThat(calendar.plusSchoolDays(before, total + 1)).isEqualTo(Option.none());
    for (long n : new long[] {
      Long.MAX_VALUE,
      Long.MAX_VALUE - 1,
      Long.MIN_VALUE,
      -Long.MAX_VALUE,
      Integer.MAX_VALUE,
      1L << 40
    }) {
      assertThat(calendar.plusSchoolDays(LocalDate.of(2000, 9, 4), n))
          .as("n = %d", n)
          .isEqualTo(Option.none());
    }
    assertThat(calendar.plusSchoolDays(LocalDate.of(2001, 7, 6), -total))
        .isEqualTo(Option.some(LocalDate.of(2000, 9, 1)));
  }
}
