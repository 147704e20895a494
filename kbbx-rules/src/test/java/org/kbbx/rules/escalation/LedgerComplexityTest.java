package org.kbbx.rules.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.time.SchoolCalendar;
import org.kbbx.core.time.Term;
import org.kbbx.rules.AllocatedBytes;

/**
 * Complexity guards for the escalation ledger and the streak as of a date (docs/rules.md §11:
 * every operation linear or n log n for any arrival order). They compare the bytes this thread
 * allocates for n and 8n inputs — a quadratic path makes the ratio about 64, the bounds fail at
 * 12 — or count against a size; they never time anything.
 */
class LedgerComplexityTest {

  private static final int STUDENTS = 50;
  private static final int DAYS = 40;

  /** Autumn and spring terms of the school years 2000-2001 to 2029-2030. */
  static final SchoolCalendar CALENDAR = calendar(2000, 30);

  static SchoolCalendar calendar(int firstYear, int years) {
    SchoolCalendar.Builder b = SchoolCalendar.builder();
    for (int y = firstYear; y < firstYear + years; y++) {
      b.term(Term.autumn(LocalDate.of(y, 9, 1), LocalDate.of(y + 1, 1, 19)));
      b.term(Term.spring(LocalDate.of(y + 1, 2, 26), LocalDate.of(y + 1, 7, 5)));
    }
    return b.build();
  }

  private static final AbsenceEscalation ENGINE =
      AbsenceEscalation.of(Rules.xxCountyLike(), CALENDAR);

  /** The first {@code n} school days from 2000-09-01. */
  private static List<LocalDate> schoolDays(int n) {
    List<LocalDate> out = new ArrayList<>(n);
    for (LocalDate d = LocalDate.of(2000, 9, 1); out.size() < n; d = d.plusDays(1)) {
      if (CALENDAR.isSchoolDay(d)) {
        out.add(d);
      }
    }
    return out;
  }

  /**
   * Each day's marks for every student: one student in five is absent without reason every day
   * (suspected, then dropped out), the others absent one day in three.
   */
  private static List<List<EscalationInput>> byDay(int days) {
    List<List<EscalationInput>> out = new ArrayList<>();
    List<LocalDate> dates = schoolDays(days);
    for (int k = 0; k < days; k++) {
      List<EscalationInput> day = new ArrayList<>();
      for (int s = 0; s < STUDENTS; s++) {
        boolean absent = s % 5 == 0 || (s + k) % 3 == 0;
        day.add(new EscalationInput.Mark(
            StudentId.of("L" + s),
            dates.get(k),
            absent ? MarkKind.ABSENT_WITHOUT_REASON : MarkKind.PRESENT));
      }
      out.add(day);
    }
    return out;
  }

  private record Fed(EscalationLedger ledger, int alerts, List<EscalationRejection> rejected) {}

  /** Feeds the days in the order given, one call each. */
  private static Fed feed(List<List<EscalationInput>> days) {
    EscalationLedger ledger = EscalationLedger.empty(ENGINE);
    int alerts = 0;
    List<EscalationRejection> rejected = new ArrayList<>();
    for (List<EscalationInput> day : days) {
      EscalationLedger.LedgerDay fed = ledger.feed(day.get(0).date(), day);
      ledger = fed.ledger();
      alerts += fed.alerts().size();
      fed.rejections().forEach(rejected::add);
    }
    return new Fed(ledger, alerts, rejected);
  }

  private static List<List<EscalationInput>> newestFirst(List<List<EscalationInput>> days) {
    List<List<EscalationInput>> out = new ArrayList<>(days);
    Collections.reverse(out);
    return out;
  }

  /** The days in date order, each day's students in a shuffled order. */
  private static List<List<EscalationInput>> shuffledWithinDays(List<List<EscalationInput>> days) {
    Random random = new Random(19);
    List<List<EscalationInput>> out = new ArrayList<>();
    for (List<EscalationInput> day : days) {
      List<EscalationInput> copy = new ArrayList<>(day);
      Collections.shuffle(copy, random);
      out.add(copy);
    }
    return out;
  }

  @Test
  @Tag("R-SM-3")
  void section11_newestFirstDaysCostConstantPerInputAndKeepEveryInput() {
    List<List<EscalationInput>> small = newestFirst(byDay(DAYS));
    List<List<EscalationInput>> large = newestFirst(byDay(8 * DAYS));
    feed(small); // warm-up, so both measured runs are compiled alike
    feed(large);
    Fed[] kept = new Fed[1];
    long bytesSmall = AllocatedBytes.by(() -> feed(small));
    long bytesLarge = AllocatedBytes.by(() -> kept[0] = feed(large));
    assertThat((double) bytesLarge / bytesSmall)
        .as("bytes for 8n newest-first inputs ÷ bytes for n")
        .isLessThan(12.0);
    // Only the newest day is taken; every older mark comes back rejected, none is dropped.
    assertThat(kept[0].rejected()).hasSize((8 * DAYS - 1) * STUDENTS);
    assertThat(kept[0].rejected()).allMatch(r -> r.code().name().equals("ESC_OUT_OF_ORDER"));
  }

  @Test
  @Tag("R-SM-4")
  @Tag("R-ABS-1")
  void section11_shuffledStudentsWithinEachDayCostLinearAndAnswerAsSorted() {
    List<List<EscalationInput>> small = shuffledWithinDays(byDay(DAYS));
    List<List<EscalationInput>> large = shuffledWithinDays(byDay(8 * DAYS));
    feed(small);
    feed(large);
    Fed[] kept = new Fed[1];
    long bytesSmall = AllocatedBytes.by(() -> feed(small));
    long bytesLarge = AllocatedBytes.by(() -> kept[0] = feed(large));
    assertThat((double) bytesLarge / bytesSmall)
        .as("bytes for 8n shuffled inputs ÷ bytes for n")
        .isLessThan(12.0);
    Fed sorted = feed(byDay(8 * DAYS));
    assertThat(kept[0].rejected()).isEmpty();
    assertThat(kept[0].alerts()).isEqualTo(sorted.alerts()).isPositive();
    for (int s = 0; s < STUDENTS; s++) {
      StudentId id = StudentId.of("L" + s);
      assertThat(kept[0].ledger().state(id)).isEqualTo(sorted.ledger().state(id));
    }
  }

  @Test
  @Tag("R-ABS-1")
  void section11_streakAsOfADateFarAheadCountsOnTheIndexWithoutWalkingTheDays() {
    List<LocalDate> days = schoolDays(3);
    StudentEscalation state = StudentEscalation.attending();
    for (LocalDate d : days) {
      state = ENGINE
          .apply(
              state,
              new EscalationInput.Mark(StudentId.of("L0"), d, MarkKind.ABSENT_WITHOUT_REASON))
          .get()
          .state();
    }
    StudentEscalation absent = state;
    // A calendar that ended in 1991: no later day is a school day, so none ends the streak and
    // a walk would go all the way to the as-of date.
    SchoolCalendar ended = calendar(1990, 1);
    LocalDate near = LocalDate.of(2031, 1, 1);
    LocalDate far = LocalDate.of(2231, 1, 1);
    assertThat(absent.streakLengthOn(CALENDAR, days.get(2))).isEqualTo(3);
    assertThat(absent.streakLengthOn(CALENDAR, days.get(2).plusDays(1))).isEqualTo(0);
    for (int i = 0; i < 3; i++) { // warm-up
      absent.streakLengthOn(ended, near);
      absent.streakLengthOn(ended, far);
    }
    int[] lengths = new int[2];
    long bytesNear = AllocatedBytes.by(() -> lengths[0] = absent.streakLengthOn(ended, near));
    long bytesFar = AllocatedBytes.by(() -> lengths[1] = absent.streakLengthOn(ended, far));
    // A walk day by day allocates a date per day: about 1.7 MB for the 200 years between.
    assertThat(bytesFar).as("bytes for 200 years ahead").isLessThan(bytesNear + 4_096);
    assertThat(lengths).containsExactly(3, 3);
  }
}
