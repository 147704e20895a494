package org.kbbx.rules.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.time.SchoolCalendar;
import org.kbbx.rules.obligation.TestCalendar;

/** The streak as of a date with no further input (R-ABS-1, R-ABS-4). */
class StreakAsOfTest {

  static final org.kbbx.core.id.StudentId S = AbsenceEscalationTest.S;

  static StudentEscalation stateAfter(
      EscalationRules rules,
      SchoolCalendar calendar,
      List<EscalationInput> inputs,
      LocalDate asOf) {
    return AbsenceEscalationTest.run(rules, calendar, inputs, asOf).state();
  }

  @Test
  @Tag("R-ABS-1")
  void anUnmarkedSchoolDayAfterTheStreakIsAttendedAndResetsIt() {
    SchoolCalendar calendar = TestCalendar.weekdays();
    List<EscalationInput> monToWed =
        AbsenceEscalationTest.absentOnSchoolDays(calendar, LocalDate.of(2023, 10, 2), 3);
    StudentEscalation state =
        stateAfter(Rules.xxCountyLike(), calendar, monToWed, LocalDate.of(2023, 10, 4));
    assertThat(state.streakLength()).isEqualTo(3);
    assertThat(state.streakLengthOn(calendar, LocalDate.of(2023, 10, 4))).isEqualTo(3);
    assertThat(state.streakLengthOn(calendar, LocalDate.of(2023, 10, 5))).isZero();
    assertThat(state.streakLengthOn(calendar, LocalDate.of(2023, 10, 3))).isEqualTo(3);
  }

  @Test
  @Tag("R-ABS-1")
  void holidaysAndWeekendsNeitherCountNorReset() {
    // Absent Mon 2023-09-25 … Thu 09-28; 09-29 … 10-06 is the national holiday; Sat 10-07 is a
    // make-up school day, so an unmarked 10-07 is attended.
    SchoolCalendar calendar = TestCalendar.autumn2023();
    StudentEscalation state = stateAfter(
        Rules.xxCountyLike(),
        calendar,
        AbsenceEscalationTest.absentOnSchoolDays(calendar, LocalDate.of(2023, 9, 25), 4),
        LocalDate.of(2023, 9, 28));
    assertThat(state.streakLengthOn(calendar, LocalDate.of(2023, 10, 6))).isEqualTo(4);
    assertThat(state.streakLengthOn(calendar, LocalDate.of(2023, 10, 7))).isZero();
  }

  @Test
  @Tag("R-ABS-1")
  void excusedLeaveNeitherCountsNorResets() {
    SchoolCalendar calendar = TestCalendar.weekdays();
    List<EscalationInput> inputs = List.of(
        new EscalationInput.Mark(S, LocalDate.of(2023, 10, 2), MarkKind.ABSENT_WITHOUT_REASON),
        new EscalationInput.Mark(S, LocalDate.of(2023, 10, 3), MarkKind.ABSENT_WITHOUT_REASON),
        new EscalationInput.Mark(S, LocalDate.of(2023, 10, 4), MarkKind.EXCUSED));
    StudentEscalation state =
        stateAfter(Rules.xxCountyLike(), calendar, inputs, LocalDate.of(2023, 10, 4));
    assertThat(state.streakLengthOn(calendar, LocalDate.of(2023, 10, 4))).isEqualTo(2);
    assertThat(state.streakLengthOn(calendar, LocalDate.of(2023, 10, 5))).isZero();
  }

  @Test
  @Tag("R-ABS-4")
  void whileSuspectedUnmarkedDaysAreNotEvidenceOfReturn() {
    SchoolCalendar calendar = TestCalendar.weekdays();
    EscalationRules reachesThree = Rules.of(3, Comparison.REACHES, DropoutMode.AUTOMATIC);
    StudentEscalation state = stateAfter(
        reachesThree,
        calendar,
        AbsenceEscalationTest.absentOnSchoolDays(calendar, LocalDate.of(2023, 10, 2), 3),
        LocalDate.of(2023, 10, 13));
    assertThat(state.status()).isEqualTo(EscalationStatus.SUSPECTED_DROPOUT);
    assertThat(state.streakLengthOn(calendar, LocalDate.of(2023, 10, 13)))
        .isEqualTo(state.streakLength())
        .isPositive();
  }

  @Test
  @Tag("R-ABS-1")
  void noStreakIsZero() {
    assertThat(StudentEscalation.attending()
            .streakLengthOn(TestCalendar.weekdays(), LocalDate.of(2023, 10, 2)))
        .isZero();
  }

  /** The plain definition of R-ABS-1 as of a date: every calendar day replayed, unmarked = 0. */
  static int modelStreakOn(List<Integer> codes, LocalDate asOf) {
    int streak = 0;
    int i = 0;
    for (LocalDate day = EscalationProperties.START; !day.isAfter(asOf); day = day.plusDays(1)) {
      int code = i < codes.size() ? codes.get(i) : 0;
      i++;
      if (!EscalationProperties.CALENDAR.isSchoolDay(day)) {
        continue;
      }
      if (code == 0 || code == 3) {
        streak = 0;
      } else if (code == 1) {
        streak++;
      }
    }
    return streak;
  }

  @Test
  @Tag("R-ABS-1")
  void streakAsOfMatchesThePlainDefinition() {
    // A threshold above any streak the generator makes keeps the student attending, so every
    // unmarked school day is attended. Codes: 0 no mark, 1 absent, 2 excused, 3 present.
    EscalationRules neverSuspected = Rules.of(100, Comparison.MORE_THAN, DropoutMode.AUTOMATIC);
    qt().forAll(EscalationProperties.days(), integers().between(0, 20))
        .checkAssert((codes, extra) -> {
          AbsenceEscalation engine =
              AbsenceEscalation.of(neverSuspected, EscalationProperties.CALENDAR);
          StudentEscalation state = StudentEscalation.attending();
          for (int i = 0; i < codes.size(); i++) {
            if (codes.get(i) == 0) {
              continue;
            }
            LocalDate day = EscalationProperties.START.plusDays(i);
            var step = engine.apply(
                state, new EscalationInput.Mark(S, day, MarkKind.values()[codes.get(i) - 1]));
            if (step.isRight()) {
              state = step.get().state();
            }
          }
          LocalDate asOf = EscalationProperties.START.plusDays(codes.size() - 1L + extra);
          assertThat(state.streakLengthOn(EscalationProperties.CALENDAR, asOf))
              .isEqualTo(modelStreakOn(codes, asOf));
        });
  }
}
