package org.kbbx.rules.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vavr.control.Option;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.responsibility.Role;

/** Obligations and findings are consistent for any period and any fulfilments (R-LED-4, R-LED-5). */
class ObligationProperties {

  static final LocalDate OPENS = LocalDate.of(2023, 9, 1);
  static final ObligationRules RULES = new ObligationRules(
      List.of(new TermStartDeadline(
          TermStartTask.FULL_CHECK, Role.SCHOOL, List.of(), DayCount.calendarDays(5))),
      List.of(new WeeklyReportRule(
          DayOfWeek.FRIDAY,
          Option.some(LocalTime.NOON),
          Role.SCHOOL,
          Role.COUNTY_EDUCATION_BUREAU)),
      1,
      new RecordDeadlines(DayCount.schoolDays(10), DayCount.schoolDays(10)));
  static final ObligationCalendar CAL =
      ObligationCalendar.of(RULES, TestCalendar.autumn2023(), List.of(OPENS));

  @Test
  @Tag("R-LED-4")
  void obligationsFallInsideTheirPeriodOnSchoolDays() {
    qt().forAll(integers().between(0, 150), integers().between(0, 60)).checkAssert((a, len) -> {
      LocalDate from = OPENS.plusDays(a);
      LocalDate to = from.plusDays(len);
      var due = CAL.obligationsDue(from, to);
      assertThat(due).allSatisfy(o -> {
        assertThat(o.dueDate()).isBetween(from, to);
        assertThat(TestCalendar.autumn2023().isSchoolDay(o.dueDate())).isTrue();
      });
      assertThat(due.map(Obligation::id).distinct().size()).isEqualTo(due.size());
    });
  }

  @Test
  @Tag("R-LED-4")
  @Tag("R-LED-5")
  void findingsAreExactlyTheLateAndTheMissing() {
    qt().forAll(
            integers().between(0, 120),
            lists().of(integers().between(-48, 48)).ofSizeBetween(0, 30))
        .checkAssert((a, offsets) -> {
          LocalDate asOf = OPENS.plusDays(a);
          var due = CAL.obligationsDue(OPENS, asOf);
          List<Fulfilment> done = new ArrayList<>();
          for (int i = 0; i < Math.min(offsets.size(), due.size()); i++) {
            done.add(
                new Fulfilment(due.get(i).id(), due.get(i).lateFrom().plusHours(offsets.get(i))));
          }
          var findings = CAL.findings(asOf, done);
          assertThat(findings)
              .allSatisfy(f -> assertThat(f.obligation().dueDate()).isBeforeOrEqualTo(asOf));
          for (int i = 0; i < due.size(); i++) {
            Obligation o = due.get(i);
            boolean doneKnown = i < done.size()
                && done.get(i).doneAt().isBefore(asOf.plusDays(1).atStartOfDay());
            boolean late = doneKnown
                ? o.isLate(done.get(i).doneAt())
                : !o.lateFrom().isAfter(asOf.plusDays(1).atStartOfDay());
            assertThat(findings.exists(f -> f.obligation().equals(o))).isEqualTo(late);
          }
        });
  }
}
