package org.kbbx.rules.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.responsibility.GuaranteeAssignment;
import org.kbbx.core.responsibility.Organisation;
import org.kbbx.core.responsibility.OrganisationBuilder;
import org.kbbx.core.responsibility.Person;
import org.kbbx.core.responsibility.PersonId;
import org.kbbx.core.responsibility.Position;
import org.kbbx.core.responsibility.ResponsibilityProfile;
import org.kbbx.core.responsibility.Role;
import org.kbbx.core.responsibility.StudentPlacement;
import org.kbbx.core.status.EventType;
import org.kbbx.core.status.SchoolingState;
import org.kbbx.core.status.StatusEvent;
import org.kbbx.rules.casework.CaseState;
import org.kbbx.rules.casework.CaseStep;
import org.kbbx.rules.escalation.AlertCode;
import org.kbbx.rules.escalation.MarkKind;

/** Example cases of the student file (R-FILE-1, R-FILE-2). */
class FileKeeperTest {

  static final StudentId S = StudentId.of("g");
  static final LocalDate MON = LocalDate.of(2023, 10, 9);

  /** Enrolled on 09-01, absent without reason on the school days from 10-09 on. */
  static List<FileInput> absentFrom(LocalDate from, int schoolDays) {
    List<FileInput> inputs = new ArrayList<>();
    inputs.add(FileInput.of(FileFixtures.enrol(S, LocalDate.of(2023, 9, 1))));
    LocalDate d = from;
    for (int n = 0; n < schoolDays; d = d.plusDays(1)) {
      if (FileFixtures.CALENDAR.isSchoolDay(d)) {
        inputs.add(FileFixtures.mark(S, d, MarkKind.ABSENT_WITHOUT_REASON));
        n++;
      }
    }
    return inputs;
  }

  @Test
  @Tag("R-FILE-1")
  @Tag("R-RC-14")
  void onePictureGivesStatusStreakAlertsDerivedEventsAndTheCase() {
    List<FileInput> inputs = absentFrom(MON, 6);
    inputs.add(FileFixtures.step(S, CaseStep.CONTACT, LocalDate.of(2023, 10, 17)));
    StudentPicture p = FileFixtures.XX.student(S, inputs, LocalDate.of(2023, 10, 20));
    assertThat(p.status().schooling()).isEqualTo(SchoolingState.SUSPECTED_DROPOUT);
    assertThat(p.absenceStreak()).isEqualTo(6);
    assertThat(p.derived())
        .extracting(StatusEvent::id)
        .containsExactly("auto:mark_suspected:2023-10-16");
    assertThat(p.alerts())
        .extracting(a -> a.alert().code())
        .contains(AlertCode.FIRST_DAY_CONTACT, AlertCode.SUSPECTED_DROPOUT);
    // Without an organisation the profile's routing names roles, never seats (R-RC-14).
    assertThat(p.alerts())
        .allSatisfy(a -> assertThat(a.route().get().get().acting())
            .isNotEmpty()
            .allSatisfy(x -> assertThat(x.seat().isEmpty()).isTrue()));
    assertThat(p.cases()).hasSize(1);
    FileCase c = p.cases().get(0);
    assertThat(c.returnCase().state()).isEqualTo(CaseState.CONTACT);
    assertThat(c.returnCase().openedOn()).isEqualTo("2023-10-16");
    assertThat(c.nextStep()).contains(CaseStep.RETURN_NOTICE);
    assertThat(c.evidence()).hasSize(1);
    assertThat(p.rejections()).isEmpty();
    assertThat(p.toString()).doesNotContain("g,").doesNotContain("[g");
  }

  @Test
  @Tag("R-FILE-2")
  void aBackDatedLeaveReDerivesTheEscalationAndWithdrawsTheSuspicion() {
    CountyDay fed = FileFixtures.XX.replay(absentFrom(MON, 6), LocalDate.of(2023, 10, 20));
    assertThat(fed.derived())
        .extracting(StatusEvent::type)
        .containsExactly(EventType.MARK_SUSPECTED);

    CountyDay late = FileFixtures.XX.feedDay(
        fed.county(),
        LocalDate.of(2023, 10, 23),
        List.of(FileInput.of(
            FileFixtures.event("leave", S, LocalDate.of(2023, 10, 11), EventType.START_LEAVE))));
    assertThat(late.rejections()).isEmpty();
    assertThat(late.withdrawnDerived())
        .extracting(StatusEvent::id)
        .containsExactly("auto:mark_suspected:2023-10-16");
    StudentPicture p = FileFixtures.XX.picture(late.county(), S, LocalDate.of(2023, 10, 23));
    assertThat(p.status().schooling()).isEqualTo(SchoolingState.ON_LEAVE);
    assertThat(p.derived()).isEmpty();
    assertThat(p.cases()).isEmpty();
  }

  @Test
  @Tag("R-FILE-2")
  @Tag("R-ABS-4")
  void theReturnOfASuspectedStudentAppliesAndEndsTheCase() {
    List<FileInput> inputs = absentFrom(MON, 6);
    inputs.add(
        FileInput.of(FileFixtures.event("back", S, LocalDate.of(2023, 10, 23), EventType.RETURN)));
    CountyDay fed = FileFixtures.XX.replay(inputs, LocalDate.of(2023, 12, 31));
    assertThat(fed.rejections()).isEmpty();
    StudentPicture p = FileFixtures.XX.picture(fed.county(), S, LocalDate.of(2023, 12, 31));
    assertThat(p.status().schooling()).isEqualTo(SchoolingState.ATTENDING);
    assertThat(p.derived()).extracting(StatusEvent::type).containsExactly(EventType.MARK_SUSPECTED);
    assertThat(p.cases())
        .extracting(c -> c.returnCase().state())
        .containsExactly(CaseState.RETURNED);
  }

  @Test
  @Tag("R-FILE-1")
  @Tag("R-RC-6")
  void alertsAreRoutedThroughTheOrganisation() {
    DivisionCode county = DivisionCode.parse("610922000000");
    DivisionCode town = DivisionCode.parse("610922104000");
    DivisionCode village = DivisionCode.parse("610922104201");
    SchoolId school = SchoolId.of("熨斗初级中学");
    OrganisationBuilder b = Organisation.builder(county).division(town).division(village);
    b.school(school, town);
    for (Position seat : List.of(
        Position.countyHead(county),
        Position.bureauDirector(county),
        Position.townshipHead(town),
        Position.educationCentreDirector(town),
        Position.villageDirector(village),
        Position.principal(school),
        Position.teacher(school, PersonId.of("t")))) {
      String id = seat.equals(Position.teacher(school, PersonId.of("t"))) ? "t" : seat.toString();
      b.person(Person.of(id, id)).appoint(PersonId.of(id), seat);
    }
    b.student(new StudentPlacement(S, village, school, true));
    b.guarantee(new GuaranteeAssignment.TeacherForStudent(PersonId.of("t"), S));
    Organisation org = b.build(ResponsibilityProfile.national()).get();
    FileKeeper keeper = FileFixtures.XX.withOrganisation(org);

    CountyDay fed = keeper.replay(absentFrom(MON, 1), MON);
    assertThat(fed.alerts()).hasSize(1);
    FileAlert alert = fed.alerts().get(0);
    assertThat(alert.alert().code()).isEqualTo(AlertCode.FIRST_DAY_CONTACT);
    assertThat(alert.route()).isNotEmpty();
    assertThat(alert.route().get().get().acting().head().role()).isEqualTo(Role.TEACHER);
  }

  @Test
  void noValueOfTheFileNamesTheStudentInItsText_PIPL() {
    StudentId secret = StudentId.of("G52242820100101123X");
    List<FileInput> inputs = new ArrayList<>();
    inputs.add(FileInput.of(FileFixtures.enrol(secret, LocalDate.of(2023, 9, 1))));
    inputs.add(FileFixtures.mark(secret, MON, MarkKind.ABSENT_WITHOUT_REASON));
    inputs.add(FileFixtures.mark(secret, MON, MarkKind.PRESENT));
    inputs.add(FileFixtures.step(secret, CaseStep.CONTACT, MON));
    inputs.add(FileInput.of(FileFixtures.event("auto:x", secret, MON, EventType.START_LEAVE)));
    StudentFiling filing = FileFixtures.XX.file(StudentFile.empty(secret), inputs);
    CountyDay day = FileFixtures.XX.replay(inputs, MON);
    StudentPicture p = FileFixtures.XX.picture(day.county(), secret, MON);
    assertThat(filing.rejections()).hasSize(3);
    for (Object value : List.of(
        filing,
        day,
        p,
        day.county(),
        filing.file(),
        filing.file().derived(),
        filing.rejections(),
        day.rejections(),
        day.applied(),
        day.alerts(),
        p.cases(),
        p.rejections())) {
      assertThat(value.toString()).doesNotContain(secret.unmasked());
    }
  }
}
