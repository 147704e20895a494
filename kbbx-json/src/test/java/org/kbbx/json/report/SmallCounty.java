package org.kbbx.json.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.id.ResidentId;
import org.kbbx.core.person.PriorityGroup;
import org.kbbx.core.status.SchoolingState;
import org.kbbx.reporting.reconciliation.PopulationRow;
import org.kbbx.reporting.reconciliation.PresenceRow;
import org.kbbx.reporting.reconciliation.Reconciliation;
import org.kbbx.reporting.reconciliation.RecordRow;
import org.kbbx.reporting.reconciliation.RecordStatus;
import org.kbbx.reporting.register.CountyRegisters;
import org.kbbx.reporting.register.StatusChange;
import org.kbbx.reporting.register.StudentHistory;
import org.kbbx.reporting.report.CountyReport;
import org.kbbx.reporting.report.DeadlineCheck;
import org.kbbx.reporting.report.HomeEducationPlacement;
import org.kbbx.reporting.report.HomeEducationVisitReport;
import org.kbbx.reporting.report.HomeVisit;
import org.kbbx.reporting.report.PopulationLedger;
import org.kbbx.reporting.report.ScreeningList;
import org.kbbx.reporting.report.ScreeningSubject;
import org.kbbx.reporting.report.Submission;
import org.kbbx.reporting.report.WeeklyDue;
import org.kbbx.reporting.report.WeeklyReport;
import org.kbbx.rules.profile.ScreeningWeights;

/** A small fictitious county whose report the golden JSON pins (R-LED-7). */
final class SmallCounty {

  static final LocalDate AS_OF = LocalDate.of(2023, 10, 15);
  static final LocalDate MONDAY = LocalDate.of(2023, 10, 9);
  static final DivisionCode COUNTY = DivisionCode.parse("522428");
  static final DivisionCode V1 = DivisionCode.parse("522428100201");
  static final DivisionCode V2 = DivisionCode.parse("522428100202");
  static final List<String> SCHOOLS = List.of("S1", "S2");

  static final String A = id("522428", "20120315", 11);
  static final String B = id("522428", "20110708", 22);
  static final String C = id("522428", "20100102", 35);
  static final String D = id("522428", "20130911", 48);

  private SmallCounty() {}

  /** A valid ID from county, birth date (yyyyMMdd) and sequence; GB 11643 check character. */
  static String id(String county, String birth, int sequence) {
    return ResidentId.ofBody(Long.parseLong(county + birth + String.format("%03d", sequence)))
        .unmasked();
  }

  static ResidentId id(String text) {
    return ResidentId.parse(text);
  }

  static CountyReport report() {
    var reconciliation = Reconciliation.forSchools(Set.copyOf(SCHOOLS))
        .reconcile(
            Arrays.asList(
                new PopulationRow(A, "甲", LocalDate.of(2012, 3, 15), V1),
                new PopulationRow(B, "乙", LocalDate.of(2011, 7, 8), V1),
                new PopulationRow(C, "丙", LocalDate.of(2010, 1, 3), V2),
                new PopulationRow("52242820120315999", "丁", null, V2),
                new PopulationRow(A, "甲", LocalDate.of(2012, 3, 15), V1)),
            List.of(
                new RecordRow(A, "S1", RecordStatus.ACTIVE),
                new RecordRow(B, "S1", RecordStatus.ACTIVE),
                new RecordRow(D, "S9", RecordStatus.ACTIVE)),
            List.of(
                new PresenceRow(A, "S1", true, LocalDate.of(2023, 9, 11)),
                new PresenceRow(B, "S1", false, LocalDate.of(2023, 9, 11))),
            Set.of(id(B)));

    StudentHistory a = StudentHistory.builder()
        .residentId(id(A))
        .name("甲")
        .school("S1")
        .village(V1)
        .addPriorityGroups(PriorityGroup.REGISTERED_POOR)
        .addChanges(StatusChange.of(LocalDate.of(2023, 9, 1), SchoolingState.ATTENDING))
        .build();
    StudentHistory b = StudentHistory.builder()
        .residentId(id(B))
        .name("乙")
        .school("S1")
        .village(V1)
        .addPriorityGroups(PriorityGroup.REGISTERED_POOR, PriorityGroup.LEFT_BEHIND)
        .addChanges(
            StatusChange.of(LocalDate.of(2023, 9, 1), SchoolingState.ATTENDING),
            StatusChange.of(LocalDate.of(2023, 9, 11), SchoolingState.SUSPECTED_DROPOUT),
            StatusChange.of(LocalDate.of(2023, 10, 12), SchoolingState.DROPPED_OUT))
        .build();
    StudentHistory c = StudentHistory.builder()
        .residentId(id(C))
        .name("丙")
        .school("S2")
        .village(V2)
        .addChanges(StatusChange.of(LocalDate.of(2023, 9, 1), SchoolingState.SUSPENDED))
        .build();
    List<StudentHistory> children = List.of(a, b, c);

    List<ScreeningSubject> subjects = List.of(
        ScreeningSubject.builder()
            .residentId(id(B))
            .name("乙")
            .school("S1")
            .state(SchoolingState.DROPPED_OUT)
            .addPriorityGroups(PriorityGroup.REGISTERED_POOR, PriorityGroup.LEFT_BEHIND)
            .absenceStreak(20)
            .build(),
        ScreeningSubject.builder()
            .residentId(id(C))
            .name("丙")
            .school("S2")
            .state(SchoolingState.SUSPENDED)
            .yearsOverAge(1)
            .build(),
        ScreeningSubject.builder()
            .residentId(id(A))
            .name("甲")
            .school("S1")
            .state(SchoolingState.ATTENDING)
            .build());

    var findings = DeadlineCheck.findings(
        SCHOOLS,
        List.of(WeeklyDue.of(DayOfWeek.FRIDAY, LocalTime.NOON).deadlineFor(MONDAY)),
        List.of(new Submission("S1", "WEEKLY " + MONDAY, LocalDateTime.of(2023, 10, 13, 10, 30))),
        AS_OF.atTime(18, 0));

    var homeEducation = HomeEducationVisitReport.of(
        List.of(new HomeEducationPlacement(id(D), "S2", LocalDate.of(2023, 9, 25), null)),
        List.of(new HomeVisit(id(D), LocalDate.of(2023, 9, 27))),
        1,
        AS_OF);

    return CountyReport.builder()
        .county(COUNTY)
        .asOf(AS_OF)
        .reconciliation(reconciliation)
        .registers(CountyRegisters.of(children, AS_OF))
        .ledger(PopulationLedger.of(children, List.of(V1, V2), AS_OF))
        .screening(ScreeningList.of(subjects, ScreeningWeights.national(), AS_OF))
        .weeklyReports(WeeklyReport.of(SCHOOLS, children, MONDAY))
        .reportFindings(findings)
        .homeEducation(homeEducation)
        .build();
  }
}
