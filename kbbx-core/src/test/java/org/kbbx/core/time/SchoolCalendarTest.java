package org.kbbx.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.validation.Violation;

/** Example tests for the school calendar (R-TIME-2). */
class SchoolCalendarTest {

  // Autumn 2023: Friday 1 September to Friday 19 January; National Day 29 Sep - 6 Oct;
  // Saturday 7 and Sunday 8 October are make-up working days (调休).
  static final Term AUTUMN_2023 = Term.autumn(LocalDate.of(2023, 9, 1), LocalDate.of(2024, 1, 19));
  static final Term SPRING_2024 = Term.spring(LocalDate.of(2024, 2, 26), LocalDate.of(2024, 7, 5));

  static SchoolCalendar calendar2023() {
    return SchoolCalendar.builder()
        .term(SPRING_2024)
        .term(AUTUMN_2023)
        .holidays(LocalDate.of(2023, 9, 29), LocalDate.of(2023, 10, 6))
        .makeUpDay(LocalDate.of(2023, 10, 7))
        .makeUpDay(LocalDate.of(2023, 10, 8))
        .holiday(LocalDate.of(2024, 2, 10)) // Spring Festival, in the winter vacation: ignored
        .build();
  }

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  @Test
  @Tag("R-TIME-2")
  void schoolDayIsAWeekdayOrMakeUpDayInsideATermThatIsNotAHoliday() {
    SchoolCalendar calendar = calendar2023();
    assertThat(calendar.isSchoolDay(d(2023, 9, 1))).as("Friday, first day").isTrue();
    assertThat(calendar.isSchoolDay(d(2023, 9, 2))).as("Saturday").isFalse();
    assertThat(calendar.isSchoolDay(d(2023, 9, 28)))
        .as("Thursday before the holiday")
        .isTrue();
    assertThat(calendar.isSchoolDay(d(2023, 10, 2))).as("National Day holiday").isFalse();
    assertThat(calendar.isSchoolDay(d(2023, 10, 7))).as("make-up Saturday").isTrue();
    assertThat(calendar.isSchoolDay(d(2023, 10, 8))).as("make-up Sunday").isTrue();
    assertThat(calendar.isSchoolDay(d(2023, 10, 14))).as("ordinary Saturday").isFalse();
    assertThat(calendar.isSchoolDay(d(2023, 8, 31))).as("before the term").isFalse();
    assertThat(calendar.isSchoolDay(d(2024, 1, 19))).as("last day, included").isTrue();
    assertThat(calendar.isSchoolDay(d(2024, 1, 22)))
        .as("winter vacation Monday")
        .isFalse();
    assertThat(calendar.isSchoolDay(d(2024, 2, 26))).as("spring term opens").isTrue();
    assertThat(calendar.isSchoolDay(d(2024, 7, 8))).as("after the last term").isFalse();
  }

  @Test
  void schoolDaysBetweenCountsTheStartAndNotTheEnd() {
    SchoolCalendar calendar = calendar2023();
    // Monday 11 Sep .. Friday 15 Sep: Mon-Thu counted, Friday (the end) not.
    assertThat(calendar.schoolDaysBetween(d(2023, 9, 11), d(2023, 9, 15))).isEqualTo(4);
    assertThat(calendar.schoolDaysBetween(d(2023, 9, 11), d(2023, 9, 18))).isEqualTo(5);
    assertThat(calendar.schoolDaysBetween(d(2023, 9, 11), d(2023, 9, 11))).isZero();
    assertThat(calendar.schoolDaysBetween(d(2023, 9, 18), d(2023, 9, 11))).isEqualTo(-5);
    // 25 Sep (Mon) .. 10 Oct (Tue): 25-28 Sep (4), 7, 8, 9 Oct (3) = 7.
    assertThat(calendar.schoolDaysBetween(d(2023, 9, 25), d(2023, 10, 10))).isEqualTo(7);
    // across the winter vacation: 19 Jan (Fri) and 26 Feb (Mon) only.
    assertThat(calendar.schoolDaysBetween(d(2024, 1, 19), d(2024, 2, 27))).isEqualTo(2);
    assertThat(calendar.schoolDaysBetween(d(2000, 1, 1), d(2001, 1, 1))).isZero();
  }

  @Test
  void plusSchoolDaysSkipsWeekendsHolidaysAndVacations() {
    SchoolCalendar calendar = calendar2023();
    assertThat(calendar.plusSchoolDays(d(2023, 9, 1), 1)).isEqualTo(Option.some(d(2023, 9, 4)));
    assertThat(calendar.plusSchoolDays(d(2023, 9, 2), 1))
        .as("from a Saturday")
        .isEqualTo(Option.some(d(2023, 9, 4)));
    assertThat(calendar.plusSchoolDays(d(2023, 9, 28), 1)).isEqualTo(Option.some(d(2023, 10, 7)));
    assertThat(calendar.plusSchoolDays(d(2023, 9, 28), 10)).isEqualTo(Option.some(d(2023, 10, 18)));
    assertThat(calendar.plusSchoolDays(d(2023, 10, 7), -1)).isEqualTo(Option.some(d(2023, 9, 28)));
    assertThat(calendar.plusSchoolDays(d(2023, 10, 1), -1)).isEqualTo(Option.some(d(2023, 9, 28)));
    assertThat(calendar.plusSchoolDays(d(2023, 10, 1), 0)).isEqualTo(Option.some(d(2023, 10, 1)));
    assertThat(calendar.plusSchoolDays(d(2024, 1, 19), 1)).isEqualTo(Option.some(d(2024, 2, 26)));
    assertThat(calendar.plusSchoolDays(d(2024, 7, 5), 1))
        .as("beyond the calendar")
        .isEqualTo(Option.none());
    assertThat(calendar.plusSchoolDays(d(2023, 9, 1), -1))
        .as("before the calendar")
        .isEqualTo(Option.none());
  }

  @Test
  void nthSchoolDayOfTermCountsFromOne() {
    SchoolCalendar calendar = calendar2023();
    assertThat(calendar.nthSchoolDayOfTerm(AUTUMN_2023, 1)).isEqualTo(Option.some(d(2023, 9, 1)));
    assertThat(calendar.nthSchoolDayOfTerm(AUTUMN_2023, 2)).isEqualTo(Option.some(d(2023, 9, 4)));
    assertThat(calendar.nthSchoolDayOfTerm(SPRING_2024, 5)).isEqualTo(Option.some(d(2024, 3, 1)));
    int days = calendar.schoolDaysIn(AUTUMN_2023);
    assertThat(calendar.nthSchoolDayOfTerm(AUTUMN_2023, days))
        .isEqualTo(Option.some(d(2024, 1, 19)));
    assertThat(calendar.nthSchoolDayOfTerm(AUTUMN_2023, days + 1)).isEqualTo(Option.none());
    assertThatThrownBy(() -> calendar.nthSchoolDayOfTerm(AUTUMN_2023, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("n")
        .hasMessageContaining("0");
    Term foreign = Term.autumn(d(2030, 9, 1), d(2031, 1, 15));
    assertThatThrownBy(() -> calendar.nthSchoolDayOfTerm(foreign, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a term of this calendar");
  }

  @Test
  void schoolDaysInAutumn2023() {
    // 20 weeks Sep 4 .. Jan 19 = 100 weekdays, plus Fri 1 Sep, minus 6 weekday holidays
    // (29 Sep, 2-6 Oct), plus 2 make-up days.
    assertThat(calendar2023().schoolDaysIn(AUTUMN_2023)).isEqualTo(100 + 1 - 6 + 2);
  }

  @Test
  void termContainingIncludesBothEnds() {
    SchoolCalendar calendar = calendar2023();
    assertThat(calendar.termContaining(d(2023, 9, 1))).isEqualTo(Option.some(AUTUMN_2023));
    assertThat(calendar.termContaining(d(2024, 1, 19))).isEqualTo(Option.some(AUTUMN_2023));
    assertThat(calendar.termContaining(d(2024, 1, 20))).isEqualTo(Option.none());
    assertThat(calendar.termContaining(d(2024, 7, 5))).isEqualTo(Option.some(SPRING_2024));
    assertThat(calendar.termContaining(d(1999, 1, 1))).isEqualTo(Option.none());
    assertThat(calendar.terms()).containsExactly(AUTUMN_2023, SPRING_2024);
    assertThat(calendar.termsIn(SchoolYear.of(2023))).containsExactly(AUTUMN_2023, SPRING_2024);
    assertThat(calendar.termsIn(SchoolYear.of(2024))).isEmpty();
    assertThat(calendar.span()).isEqualTo(Option.some(DateRange.of(d(2023, 9, 1), d(2024, 7, 5))));
  }

  @Test
  void schoolDaysIteratesTheHalfOpenRangeInOrder() {
    SchoolCalendar calendar = calendar2023();
    assertThat(calendar.schoolDays(d(2023, 9, 27), d(2023, 10, 10)).collect(Collectors.toList()))
        .containsExactly(
            d(2023, 9, 27), d(2023, 9, 28), d(2023, 10, 7), d(2023, 10, 8), d(2023, 10, 9));
    assertThat(calendar.schoolDays(d(2024, 1, 18), d(2024, 2, 28)).collect(Collectors.toList()))
        .containsExactly(d(2024, 1, 18), d(2024, 1, 19), d(2024, 2, 26), d(2024, 2, 27));
    assertThat(calendar.schoolDays(d(2023, 10, 10), d(2023, 9, 1))).isEmpty();
  }

  @Test
  @Tag("R-TIME-2")
  void builderRejectsOverlappingTerms() {
    assertThatThrownBy(() -> SchoolCalendar.builder()
            .term(AUTUMN_2023)
            .term(Term.of("extra", TermKind.SPRING, d(2024, 1, 19), d(2024, 3, 1)))
            .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "term 'extra' (2024-01-19..2024-03-01) overlaps term '2023-2024 autumn'");
  }

  @Test
  void termsEndingTheDayBeforeTheNextStartsDoNotOverlap() {
    SchoolCalendar calendar = SchoolCalendar.builder()
        .term(Term.of("a", TermKind.AUTUMN, d(2023, 9, 1), d(2023, 12, 31)))
        .term(Term.of("b", TermKind.SPRING, d(2024, 1, 1), d(2024, 1, 31)))
        .build();
    assertThat(calendar.plusSchoolDays(d(2023, 12, 29), 1)).isEqualTo(Option.some(d(2024, 1, 1)));
  }

  @Test
  @Tag("R-TIME-2")
  void builderRejectsMakeUpDaysOnWeekdays() {
    assertThatThrownBy(() ->
            SchoolCalendar.builder().term(AUTUMN_2023).makeUpDay(d(2023, 10, 9)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("makeUpDays[0]: Invalid make-up day 2023-10-09 (MONDAY): "
            + "a make-up working day (调休) must be a Saturday or Sunday");
  }

  @Test
  void termEndingBeforeItStartsIsRejected() {
    assertThatThrownBy(() -> Term.of("x", TermKind.AUTUMN, d(2023, 9, 1), d(2023, 8, 31)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid term 'x': end 2023-08-31 is before start 2023-09-01");
  }

  @Test
  @Tag("R-TIME-2")
  void holidaysOutsideTermsAreAllowedAndIgnored() {
    SchoolCalendar with = calendar2023();
    SchoolCalendar without = SchoolCalendar.builder()
        .term(AUTUMN_2023)
        .term(SPRING_2024)
        .holidays(d(2023, 9, 29), d(2023, 10, 6))
        .makeUpDay(d(2023, 10, 7))
        .makeUpDay(d(2023, 10, 8))
        .build();
    assertThat(with.holidays()).contains(d(2024, 2, 10));
    assertThat(with.schoolDaysBetween(d(2023, 1, 1), d(2025, 1, 1)))
        .isEqualTo(without.schoolDaysBetween(d(2023, 1, 1), d(2025, 1, 1)));
  }

  @Test
  void validateListsEveryProblemWithItsPath() {
    Validation<Seq<Violation>, SchoolCalendar> result = SchoolCalendar.validate(
        List.of(AUTUMN_2023, Term.autumn(d(2023, 12, 1), d(2024, 1, 31)), null),
        List.of(d(2023, 10, 14), null),
        List.of(d(2023, 10, 10), d(2023, 10, 14)));
    assertThat(result.isInvalid()).isTrue();
    assertThat(result.getError().map(Violation::path))
        .containsExactly("terms[2]", "terms[1]", "holidays[1]", "makeUpDays[0]", "makeUpDays[1]");
    assertThat(result.getError().map(Violation::message).mkString("\n"))
        .contains("must be a Saturday or Sunday")
        .contains("also listed as a holiday")
        .contains("overlaps");
    assertThat(SchoolCalendar.validate(null, null, null).getError().map(Violation::path))
        .containsExactly("terms", "holidays", "makeUpDays");
  }

  @Test
  void termValidateListsEveryProblem() {
    Validation<Seq<Violation>, Term> result = Term.validate(" ", null, d(2023, 9, 1), null);
    assertThat(result.getError().map(Violation::path)).containsExactly("name", "kind", "end");
    assertThat(Term.validate("long", TermKind.AUTUMN, d(2023, 9, 1), d(2024, 9, 1))
            .getError()
            .head()
            .message())
        .isEqualTo(
            "Invalid term 'long': 2023-09-01..2024-09-01 lasts 367 days, expected at most 366");
    assertThat(
            Term.validate("ok", TermKind.SPRING, d(2024, 3, 1), d(2024, 3, 1)).isValid())
        .isTrue();
  }

  @Test
  void termNamesComeFromTheSchoolYear() {
    assertThat(AUTUMN_2023.name()).isEqualTo("2023-2024 autumn");
    assertThat(SPRING_2024.name()).isEqualTo("2023-2024 spring");
    assertThat(AUTUMN_2023.kind().chineseLabel()).isEqualTo("秋季学期");
  }

  @Test
  void emptyCalendarHasNoSchoolDays() {
    SchoolCalendar empty = SchoolCalendar.builder().build();
    assertThat(empty.isSchoolDay(d(2023, 9, 4))).isFalse();
    assertThat(empty.plusSchoolDays(d(2023, 9, 4), 1)).isEqualTo(Option.none());
    assertThat(empty.span()).isEqualTo(Option.none());
    assertThat(empty.schoolDays(d(2023, 1, 1), d(2024, 1, 1))).isEmpty();
  }

  @Test
  void nullArgumentsAreNamed() {
    SchoolCalendar calendar = calendar2023();
    assertThatThrownBy(() -> calendar.isSchoolDay(null)).hasMessage("date");
    assertThatThrownBy(() -> calendar.schoolDaysBetween(null, d(2023, 1, 1)))
        .hasMessage("startInclusive");
    assertThatThrownBy(() -> SchoolCalendar.builder().term(null)).hasMessage("term");
  }

  @Test
  void equalCalendarsFromTheSameData() {
    assertThat(calendar2023()).isEqualTo(calendar2023()).hasSameHashCodeAs(calendar2023());
    assertThat(calendar2023().toString())
        .isEqualTo("SchoolCalendar[2 terms 2023-09-01..2024-07-05, 9 holidays, 2 make-up days]");
  }
}
