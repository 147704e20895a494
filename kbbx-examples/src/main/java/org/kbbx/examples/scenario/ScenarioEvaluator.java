package org.kbbx.examples.scenario;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kbbx.core.cohort.CohortPolicy;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.id.ResidentId;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.person.Sex;
import org.kbbx.core.rate.Rate;
import org.kbbx.core.school.Grade;
import org.kbbx.core.status.EventType;
import org.kbbx.core.status.Status;
import org.kbbx.core.status.StatusEvent;
import org.kbbx.core.status.StatusSpan;
import org.kbbx.core.time.SchoolYear;
import org.kbbx.core.validation.Violation;
import org.kbbx.reporting.rate.ProfileRates;
import org.kbbx.reporting.rate.RateDates;
import org.kbbx.reporting.rate.RateKind;
import org.kbbx.reporting.rate.RateRejection;
import org.kbbx.reporting.rate.StudentAttributes;
import org.kbbx.reporting.rate.UnitRates;
import org.kbbx.rules.casework.CaseEvent;
import org.kbbx.rules.escalation.Alert;
import org.kbbx.rules.escalation.EscalationInput;
import org.kbbx.rules.escalation.MarkKind;
import org.kbbx.rules.file.FileCase;
import org.kbbx.rules.file.FileInput;
import org.kbbx.rules.file.FileKeeper;
import org.kbbx.rules.file.FileRejection;
import org.kbbx.rules.file.StudentPicture;
import org.kbbx.rules.profile.EffectiveProfile;
import org.kbbx.rules.profile.Profiles;

/**
 * Evaluates a {@link Scenario} with the library and writes the result JSON of {@code kbbx
 * evaluate}: each student's status and history, the alerts, the rejected events and the rates.
 *
 * <p>Per student, one call of the library's student file ({@link FileKeeper#student}, R-FILE-1)
 * with an {@code ENROL} event on {@code enrolled} (school and grade from the student, id {@code
 * enrol:<student>}), the scenario's events and case steps, and the absences as marks. Every input
 * the file does not apply is listed under {@code rejected} with its code: status events the
 * machine rejects, events refused (a date outside 1990–2100, an id already used — the tool's own
 * {@code enrol:} id included), case steps with no open case, a second absence for a day. Events
 * dated after {@code asOf} are kept but the reported status is the status on {@code asOf}.
 *
 * <p>Student keys are printed as {@link StudentId#toString()} prints them: masked by the one rule
 * (R-ID-5), so a short key such as {@code H1} prints as {@code **}; students keep the order of the
 * scenario, so the output's {@code students[i]} is the input's {@code students[i]}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScenarioEvaluator {

  /** The division all scenario schools are counted under (a scenario names no divisions). */
  private static final DivisionCode SCENARIO_DIVISION = DivisionCode.parse("110000000000");

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Profiles profiles;

  private ScenarioEvaluator(Profiles profiles) {
    this.profiles = profiles;
  }

  /**
   * Returns an evaluator that resolves profile ids against {@code profiles}.
   *
   * @param profiles the known profiles, e.g. {@code Profiles.builtIn()}, not null
   * @return the evaluator
   */
  public static ScenarioEvaluator with(Profiles profiles) {
    return new ScenarioEvaluator(java.util.Objects.requireNonNull(profiles, "profiles"));
  }

  /**
   * Reads and evaluates a scenario document.
   *
   * @param json the scenario JSON, not null
   * @return the result JSON, or every problem with its JSON path
   */
  public Validation<Seq<Violation>, ObjectNode> evaluate(String json) {
    return ScenarioReader.read(json, profiles).map(this::evaluate);
  }

  /**
   * Evaluates a read scenario.
   *
   * @param scenario the scenario, not null
   * @return the result JSON
   */
  public ObjectNode evaluate(Scenario scenario) {
    return run(scenario, scenario.profile());
  }

  private ObjectNode run(Scenario scenario, EffectiveProfile profile) {
    FileKeeper keeper = FileKeeper.of(profile, scenario.calendar());
    Map<String, List<FileInput>> inputs = new LinkedHashMap<>();
    for (Scenario.Student s : scenario.students()) {
      inputs.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(FileInput.of(enrolment(s)));
    }
    for (Scenario.Event e : scenario.events()) {
      List<FileInput> own = inputs.computeIfAbsent(e.student(), k -> new ArrayList<>());
      if (StatusEvents.isCaseStep(e.type())) {
        own.add(FileInput.of(StudentId.of(e.student()), StatusEvents.caseStep(e)));
      } else {
        own.add(FileInput.of(StatusEvents.of(e)));
      }
    }
    scenario
        .absences()
        .forEach(a -> inputs
            .computeIfAbsent(a.student(), k -> new ArrayList<>())
            .add(FileInput.of(new EscalationInput.Mark(
                StudentId.of(a.student()),
                a.date(),
                a.excused() ? MarkKind.EXCUSED : MarkKind.ABSENT_WITHOUT_REASON))));
    ArrayNode caseArray = MAPPER.createArrayNode();
    SchoolYear year = SchoolYear.containing(scenario.asOf());
    // The scenario has no school divisions; rates are reported for the scenario as a whole.
    List<ProfileRates.Student> rateStudents = new ArrayList<>();

    ObjectNode out = MAPPER.createObjectNode();
    out.put("asOf", scenario.asOf().toString());
    out.put("profile", profile.id());
    ArrayNode students = out.putArray("students");
    List<Alert> alerts = new ArrayList<>();
    ArrayNode rejected = MAPPER.createArrayNode();
    for (Scenario.Student s : scenario.students()) {
      StudentPicture picture = keeper.student(
          StudentId.of(s.id()), inputs.getOrDefault(s.id(), List.of()), scenario.asOf());
      picture.alerts().forEach(a -> alerts.add(a.alert()));
      students.add(student(s, picture));
      Sex sex = s.residentId().map(r -> ResidentId.parse(r).sex()).orElse(Sex.MALE);
      rateStudents.add(new ProfileRates.Student(
          picture.timeline(),
          new StudentAttributes(
              sex, s.groups(), Option.some(s.birthDate()), Option.some(SCENARIO_DIVISION))));
      for (FileCase c : picture.cases()) {
        caseArray.add(caseNode(c, scenario.asOf()));
      }
      // Case rejections first, then the timeline's, then the inputs refused on the way in.
      List<FileRejection> ordered = new ArrayList<>();
      for (int pass = 0; pass < 3; pass++) {
        for (FileRejection r : picture.rejections()) {
          if (pass == rank(r)) {
            ordered.add(r);
          }
        }
      }
      for (FileRejection r : ordered) {
        ObjectNode node = rejected.addObject();
        node.put("event", describe(r.input()));
        node.put("student", StudentId.of(s.id()).toString());
        node.put("code", r.code().name());
        node.put("reason", r.message());
      }
    }
    ArrayNode alertArray = out.putArray("alerts");
    alerts.sort(Comparator.comparing(Alert::on));
    for (Alert a : alerts) {
      ObjectNode node = alertArray.addObject();
      node.put("student", a.studentId().toString());
      node.put("date", a.on().toString());
      node.put("code", a.code().name());
    }
    out.set("cases", caseArray);
    out.set("rejected", rejected);
    out.set(
        "rates",
        rates(ProfileRates.of(
            rateStudents,
            school -> Option.some(SCENARIO_DIVISION),
            profile,
            CohortPolicy.NATIONAL,
            year,
            scenario.asOf())));
    return out;
  }

  /** 0 for a case event's rejection, 1 for a status event the machine rejected, 2 otherwise. */
  private static int rank(FileRejection r) {
    if (r instanceof FileRejection.StatusRejected) {
      return 1;
    }
    return r.input() instanceof FileInput.Casework ? 0 : 2;
  }

  /** A status event by its id, a case event by type and date, a mark by date. */
  private static String describe(FileInput input) {
    if (input instanceof FileInput.Status && ((FileInput.Status) input).event() != null) {
      return ((FileInput.Status) input).event().id();
    }
    if (input instanceof FileInput.Casework && ((FileInput.Casework) input).event() != null) {
      CaseEvent e = ((FileInput.Casework) input).event();
      return e.target().name() + " " + e.on();
    }
    return input == null || input.date() == null ? null : "ABSENCE " + input.date();
  }

  private static ObjectNode rates(ProfileRates profileRates) {
    RateDates dates = profileRates.dates();
    UnitRates all = profileRates.rates();
    ObjectNode rates = MAPPER.createObjectNode();
    rates.put("schoolYear", dates.year().toString());
    rates.put("census", dates.census().toString());
    rates.put("countDate", dates.countDate().toString());
    ObjectNode dropout = rates.putObject("dropout");
    dropout.set("PRIMARY", rate(all.get(RateKind.PRIMARY_DROPOUT)));
    dropout.set("JUNIOR_SECONDARY", rate(all.get(RateKind.JUNIOR_DROPOUT)));
    dropout.set("ALL", rate(all.get(RateKind.COMPULSORY_DROPOUT)));
    rates.set("compulsoryAgeEnrolment", rate(all.get(RateKind.COMPULSORY_AGE_ENROLMENT)));
    ObjectNode consolidation = rates.putObject("consolidation");
    consolidation.set("NINE_YEAR", rate(all.get(RateKind.NINE_YEAR_CONSOLIDATION)));
    consolidation.set("PRIMARY", rate(all.get(RateKind.PRIMARY_CONSOLIDATION)));
    consolidation.set("JUNIOR", rate(all.get(RateKind.JUNIOR_CONSOLIDATION)));
    return rates;
  }

  private static ObjectNode rate(Either<RateRejection, Rate> rate) {
    if (rate.isRight()) {
      return rate(rate.get());
    }
    ObjectNode node = MAPPER.createObjectNode();
    node.put("rejection", rate.getLeft().code().name());
    node.put("reason", rate.getLeft().message());
    return node;
  }

  private static ObjectNode rate(Rate rate) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("numerator", rate.numerator());
    node.put("denominator", rate.denominator());
    node.put("percent", rate.isDefined() ? rate.format(2, RoundingMode.HALF_UP) : null);
    return node;
  }

  private static ObjectNode caseNode(FileCase c, LocalDate asOf) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("student", c.returnCase().studentId().toString());
    node.put("state", c.returnCase().state().name());
    node.put("step", c.nextStep().map(Enum::name).getOrNull());
    node.put("opened", c.returnCase().openedOn().toString());
    node.put("due", c.due().map(LocalDate::toString).getOrNull());
    node.put("overdue", c.due().map(d -> d.isBefore(asOf)).getOrElse(false));
    node.put("lateSteps", c.overdue().size());
    return node;
  }

  private static StatusEvent enrolment(Scenario.Student s) {
    return StatusEvent.builder()
        .id("enrol:" + s.id())
        .student(StudentId.of(s.id()))
        .effectiveDate(s.enrolled())
        .sequence(0)
        .type(EventType.ENROL)
        .school(SchoolId.of(s.school()))
        .grade(Grade.of(s.grade()))
        .build();
  }

  private static ObjectNode student(Scenario.Student s, StudentPicture picture) {
    Status status = picture.status();
    LocalDate asOf = picture.asOf();
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", StudentId.of(s.id()).toString());
    node.put("state", status.schooling().name());
    node.put("record", status.record().name());
    node.put("since", status.since().map(LocalDate::toString).orElse(null));
    node.put("absenceStreak", picture.absenceStreak());
    ArrayNode history = node.putArray("history");
    for (StatusSpan span : picture.history()) {
      ObjectNode h = history.addObject();
      h.put("state", span.state().name());
      h.put("record", span.status().record().name());
      h.put("from", span.from().toString());
      h.put(
          "to",
          span.until()
              .filter(u -> !u.isAfter(asOf.plusDays(1)))
              .map(LocalDate::toString)
              .getOrNull());
    }
    return node;
  }
}
