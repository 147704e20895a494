package org.kbbx.rules.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.responsibility.Role;
import org.kbbx.core.status.EventType;
import org.kbbx.core.status.StatusEvent;
import org.kbbx.core.time.SchoolCalendar;
import org.kbbx.rules.escalation.AbsenceEscalation;
import org.kbbx.rules.escalation.ActionKind;
import org.kbbx.rules.escalation.Alert;
import org.kbbx.rules.escalation.AlertCode;
import org.kbbx.rules.escalation.EscalationInput;
import org.kbbx.rules.escalation.EscalationLedger;
import org.kbbx.rules.escalation.MarkKind;
import org.kbbx.rules.obligation.TestCalendar;

/** docs/rules.md §5 readings, proven with the real built-in profiles. */
class DomainReadingsTest {

  static final Profiles PROFILES = Profiles.builtIn();

  record Outcome(Seq<Alert> alerts, Seq<StatusEvent> events) {
    LocalDate eventOn(EventType kind) {
      return events.find(e -> e.type() == kind).map(StatusEvent::effectiveDate).getOrNull();
    }

    Alert alert(AlertCode code) {
      return alerts.find(a -> a.code() == code).getOrNull();
    }
  }

  static Outcome absentEverySchoolDay(
      String profileId, SchoolCalendar calendar, LocalDate from, LocalDate to) {
    EffectiveProfile profile = PROFILES.effective(profileId).get();
    EscalationLedger ledger =
        EscalationLedger.empty(AbsenceEscalation.of(profile.escalationRules(), calendar));
    Seq<Alert> alerts = Vector.empty();
    Seq<StatusEvent> events = Vector.empty();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      List<EscalationInput> marks = calendar.isSchoolDay(d)
          ? List.of(new EscalationInput.Mark(
              org.kbbx.core.id.StudentId.of("S"), d, MarkKind.ABSENT_WITHOUT_REASON))
          : List.of();
      var fed = ledger.feed(d, marks);
      alerts = alerts.appendAll(fed.alerts());
      events = events.appendAll(fed.events());
      ledger = fed.ledger();
    }
    return new Outcome(alerts, events);
  }

  @Test
  @Tag("R-ABS-1")
  @Tag("R-ABS-2")
  void goldenWeekUnderXxCountyIsSuspectedOnSunday20231008() {
    // Holiday 2023-09-29 … 2023-10-06 (neither counts nor resets); make-up days Sat 10-07 and
    // Sun 10-08 are school days. Absent from Mon 09-25: school days 1–4 are 09-25 … 09-28,
    // 5 is Sat 10-07, 6 is Sun 10-08. "More than five working days" fires on the 6th:
    // suspected on 2023-10-08; automatic dropout 2023-10-08 + 1 month + 1 day = 2023-11-09.
    Outcome o = absentEverySchoolDay(
        "XX_COUNTY_2023",
        TestCalendar.autumn2023(),
        LocalDate.of(2023, 9, 25),
        LocalDate.of(2023, 11, 30));
    assertThat(o.eventOn(EventType.MARK_SUSPECTED)).isEqualTo("2023-10-08");
    assertThat(o.eventOn(EventType.AUTOMATIC_DROPOUT)).isEqualTo("2023-11-09");
  }

  @Test
  @Tag("R-ABS-2")
  @Tag("R-ABS-3")
  void hezhangReachesThreeSuspectedOnTheThirdSchoolDayAndNeedsConfirmation() {
    Outcome o = absentEverySchoolDay(
        "HEZHANG_2018",
        TestCalendar.weekdays(),
        LocalDate.of(2023, 10, 9),
        LocalDate.of(2023, 12, 31));
    assertThat(o.eventOn(EventType.MARK_SUSPECTED)).isEqualTo("2023-10-11");
    assertThat(o.eventOn(EventType.AUTOMATIC_DROPOUT)).isNull();
    assertThat(o.alert(AlertCode.DROPOUT_CONFIRMATION_REQUIRED).on()).isEqualTo("2023-11-12");
  }

  @Test
  @Tag("R-ABS-3")
  void xxCountyMoreThanFiveSuspectedOnTheSixthThenDroppedOutAMonthAndADayLater() {
    Outcome o = absentEverySchoolDay(
        "XX_COUNTY_2023",
        TestCalendar.weekdays(),
        LocalDate.of(2023, 10, 2),
        LocalDate.of(2023, 12, 31));
    assertThat(o.eventOn(EventType.MARK_SUSPECTED)).isEqualTo("2023-10-09");
    assertThat(o.eventOn(EventType.AUTOMATIC_DROPOUT)).isEqualTo("2023-11-10");
  }

  @Test
  @Tag("R-ABS-2")
  void hanzhongTwoSchoolDaysHomeVisitAndWrittenReportNoStatusChange() {
    Outcome o = absentEverySchoolDay(
        "HANZHONG_2018",
        TestCalendar.weekdays(),
        LocalDate.of(2023, 10, 2),
        LocalDate.of(2023, 10, 3));
    Alert visit = o.alert(AlertCode.HOME_VISIT_REQUIRED);
    assertThat(visit.on()).isEqualTo("2023-10-03");
    assertThat(visit.actions()).anySatisfy(a -> {
      assertThat(a.action().kind()).isEqualTo(ActionKind.WRITTEN_REPORT);
      assertThat(a.action().recipients())
          .containsExactly(Role.TOWNSHIP_GOVERNMENT, Role.COUNTY_EDUCATION_BUREAU);
    });
    assertThat(visit.actions())
        .anySatisfy(a -> assertThat(a.action().kind()).isEqualTo(ActionKind.HOME_VISIT));
    assertThat(o.events()).isEmpty();
  }

  @Test
  @Tag("R-ABS-2")
  void hanzhongInheritsTheNationalSuspectedRule() {
    Outcome o = absentEverySchoolDay(
        "HANZHONG_2018",
        TestCalendar.weekdays(),
        LocalDate.of(2023, 10, 2),
        LocalDate.of(2023, 10, 9));
    assertThat(o.eventOn(EventType.MARK_SUSPECTED)).isEqualTo("2023-10-09");
  }

  @Test
  @Tag("R-ABS-2")
  void nationalFirstDayContactByTheClassTeacher() {
    Outcome o = absentEverySchoolDay(
        "NATIONAL", TestCalendar.weekdays(), LocalDate.of(2023, 10, 2), LocalDate.of(2023, 10, 2));
    Alert contact = o.alert(AlertCode.FIRST_DAY_CONTACT);
    assertThat(contact.on()).isEqualTo("2023-10-02");
    assertThat(contact.actions().get(0).action().actor()).isEqualTo(Role.TEACHER);
    assertThat(contact.actions().get(0).due()).isEqualTo("2023-10-02");
  }

  @Test
  @Tag("R-ABS-5")
  void exclusionsNeedTheirEvidence() {
    var exclusions = PROFILES.effective("YUNDOU_2022").get().exclusions().value();
    assertThat(exclusions).hasSize(9);
    assertThat(exclusions).allSatisfy(e -> assertThat(e.evidence()).isNotEmpty());
    assertThat(exclusions.stream()
            .filter(e -> e.reason().name().equals("DECEASED"))
            .findFirst()
            .get()
            .accepts(org.kbbx.rules.escalation.EvidenceKind.DEATH_CERTIFICATE))
        .isTrue();
  }

  @Test
  @Tag("R-TIME-2")
  @Tag("R-ABS-2")
  void goldenWeekWithTheCoreSchoolCalendar() {
    org.kbbx.core.time.SchoolCalendar calendar = org.kbbx.core.time.SchoolCalendar.builder()
        .term(org.kbbx.core.time.Term.autumn(LocalDate.of(2023, 9, 1), LocalDate.of(2024, 1, 19)))
        .holidays(LocalDate.of(2023, 9, 29), LocalDate.of(2023, 10, 6))
        .makeUpDay(LocalDate.of(2023, 10, 7))
        .makeUpDay(LocalDate.of(2023, 10, 8))
        .build();
    Outcome o = absentEverySchoolDay(
        "XX_COUNTY_2023", calendar, LocalDate.of(2023, 9, 25), LocalDate.of(2023, 10, 31));
    assertThat(o.eventOn(EventType.MARK_SUSPECTED)).isEqualTo("2023-10-08");
  }

  @Test
  @Tag("R-ABS-3")
  void escalationEventsFeedTheStudentTimeline() {
    EffectiveProfile xx = PROFILES.effective("XX_COUNTY_2023").get();
    Outcome o = absentEverySchoolDay(
        "XX_COUNTY_2023",
        TestCalendar.weekdays(),
        LocalDate.of(2023, 10, 2),
        LocalDate.of(2023, 11, 30));
    var timeline = org.kbbx.core.status.StudentTimeline.of(
            org.kbbx.core.id.StudentId.of("S"),
            org.kbbx.core.status.StatusMachine.of(xx.machineParameters()))
        .with(org.kbbx.core.status.StatusEvent.builder()
            .id("enrol")
            .student(org.kbbx.core.id.StudentId.of("S"))
            .effectiveDate(LocalDate.of(2023, 9, 1))
            .sequence(0)
            .type(org.kbbx.core.status.EventType.ENROL)
            .school(org.kbbx.core.id.SchoolId.of("SCH"))
            .grade(org.kbbx.core.school.Grade.of(7))
            .build());
    for (StatusEvent e : o.events()) {
      timeline = timeline.with(e);
    }
    assertThat(timeline.statusOn(LocalDate.of(2023, 10, 20)).schooling())
        .hasToString("SUSPECTED_DROPOUT");
    assertThat(timeline.statusOn(LocalDate.of(2023, 11, 10)).schooling())
        .hasToString("DROPPED_OUT");
  }
}
