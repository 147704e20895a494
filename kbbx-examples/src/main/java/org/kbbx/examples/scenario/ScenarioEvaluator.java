package org.kbbx.examples.scenario;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import io.vavr.control.Option;
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
import org.kbbx.core.person.Sex;
import org.kbbx.core.rate.Rate;
import org.kbbx.core.status.EntryOutcome;
import org.kbbx.core.time.SchoolYear;
import io.vavr.control.Either;
import org.kbbx.reporting.rate.ProfileRates;
import org.kbbx.reporting.rate.RateDates;
import org.kbbx.reporting.rate.RateKind;
import org.kbbx.reporting.rate.RateRejection;
import org.kbbx.reporting.rate.StudentAttributes;
import org.kbbx.reporting.rate.UnitRates;
import org.kbbx.core.status.EventType;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.status.Status;
import org.kbbx.core.status.StatusEvent;
import org.kbbx.core.status.StatusMachine;
import org.kbbx.core.status.StatusSpan;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.status.StudentTimeline;
import org.kbbx.core.status.TimelineEntry;
import org.kbbx.core.school.Grade;
import org.kbbx.core.validation.Violation;
import org.kbbx.rules.escalation.AbsenceEscalation;
import org.kbbx.rules.escalation.Alert;
import org.kbbx.rules.profile.EffectiveProfile;
import org.kbbx.examples.replay.CaseReplay;
import org.kbbx.examples.replay.EscalationReplay;
import org.kbbx.rules.casework.CaseEvent;
import org.kbbx.rules.casework.CaseMachine;
import org.kbbx.rules.casework.RejectedCaseEvent;
import org.kbbx.rules.casework.ReturnCase;
import org.kbbx.examples.replay.ProfileMachine;
import org.kbbx.examples.synthetic.Absence;
import org.kbbx.rules.profile.Profiles;

/**
 * Evaluates a {@link Scenario} with the library and writes the result JSON of {@code kbbx
 * evaluate}: each student's status and history, the alerts, the rejected events and the rates.
 *
 * <p>Per student: an {@code ENROL} event on {@code enrolled} (school and grade from the student),
 * the scenario's events, and the events the absence escalation derives from the absences
 * ({@code MARK_SUSPECTED}, {@code AUTOMATIC_DROPOUT}) are replayed by the status machine; absences
 * count only while the student is attending, suspected or dropped out (a student on leave or
 * suspended is excused); the scenario's {@code RETURN} and {@code CONFIRM_DROPOUT} events also
 * reach the escalation (R-ABS-4). Events dated after {@code asOf} are kept in the timeline but the
 * reported status is the status on {@code asOf}.
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
    StatusMachine machine = ProfileMachine.of(profile);
    AbsenceEscalation escalation =
        AbsenceEscalation.of(profile.escalationRules(), scenario.calendar()::isSchoolDay);
    Map<String, List<Absence>> absences = new LinkedHashMap<>();
    scenario.absences().forEach(a -> absences.computeIfAbsent(a.student(),
        k -> new ArrayList<>()).add(new Absence(a.date(), a.excused())));
    Map<String, List<StatusEvent>> events = new LinkedHashMap<>();
    Map<String, List<CaseEvent.Step>> steps = new LinkedHashMap<>();
    for (Scenario.Event e : scenario.events()) {
      if (StatusEvents.isCaseStep(e.type())) {
        steps.computeIfAbsent(e.student(), k -> new ArrayList<>()).add(StatusEvents.caseStep(e));
      } else {
        events.computeIfAbsent(e.student(), k -> new ArrayList<>()).add(StatusEvents.of(e));
      }
    }
    CaseMachine cases = CaseReplay.machine(profile, scenario.calendar());
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
    List<StudentResult> results = new ArrayList<>();
    for (Scenario.Student s : scenario.students()) {
      StudentTimeline base = StudentTimeline.of(StudentId.of(s.id()), machine)
          .with(enrolment(s))
          .withAll(events.getOrDefault(s.id(), List.of()));
      EscalationReplay run = EscalationReplay.of(escalation, scenario.calendar(), base,
          absences.getOrDefault(s.id(), List.of()), List.of(), scenario.asOf());
      StudentTimeline timeline = base.withAll(run.derived());
      alerts.addAll(run.alerts());
      results.add(new StudentResult(s, timeline, run.streak()));
      students.add(student(s, timeline, run.streak(), scenario.asOf()));
      Sex sex = s.residentId().map(r -> ResidentId.parse(r).sex()).orElse(Sex.MALE);
      rateStudents.add(new ProfileRates.Student(timeline, new StudentAttributes(sex, s.groups(),
          Option.some(s.birthDate()), Option.some(SCENARIO_DIVISION))));
      for (ReturnCase c : CaseReplay.of(cases, timeline, steps.getOrDefault(s.id(), List.of()),
          scenario.asOf())) {
        caseArray.add(caseNode(cases, c, scenario.asOf()));
        for (RejectedCaseEvent r : c.rejected()) {
          ObjectNode node = rejected.addObject();
          node.put("event", r.event() == null ? null : r.event().type().name() + " "
              + r.event().on());
          node.put("student", s.id());
          node.put("code", r.rejection().code());
          node.put("reason", r.rejection().reason());
        }
      }
      for (TimelineEntry e : timeline.entries()) {
        if (e.outcome() == EntryOutcome.REJECTED || e.outcome() == EntryOutcome.REFUSED) {
          ObjectNode r = rejected.addObject();
          r.put("event", e.event() == null ? null : e.event().id());
          r.put("student", s.id());
          r.put("code", e.rejection().get().code());
          r.put("reason", e.rejection().get().reason());
        }
      }
    }
    ArrayNode alertArray = out.putArray("alerts");
    alerts.sort(Comparator.comparing(Alert::on));
    for (Alert a : alerts) {
      ObjectNode node = alertArray.addObject();
      node.put("student", a.studentId());
      node.put("date", a.on().toString());
      node.put("code", a.code().name());
    }
    out.set("cases", caseArray);
    out.set("rejected", rejected);
    out.set("rates", rates(ProfileRates.of(rateStudents, school -> Option.some(SCENARIO_DIVISION),
        profile, CohortPolicy.NATIONAL, year, scenario.asOf())));
    return out;
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
    node.put("rejection", rate.getLeft().code());
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

  private static ObjectNode caseNode(CaseMachine machine, ReturnCase c, LocalDate asOf) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("student", c.studentId());
    node.put("state", c.state().name());
    node.put("step", machine.nextStep(c).map(Enum::name).orElse(null));
    node.put("opened", c.openedOn().toString());
    node.put("due", machine.nextDue(c).map(LocalDate::toString).orElse(null));
    node.put("overdue", machine.nextDue(c).map(d -> d.isBefore(asOf)).orElse(false));
    node.put("lateSteps", machine.overdue(c, asOf).size());
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

  private static ObjectNode student(Scenario.Student s, StudentTimeline timeline, int streak,
      LocalDate asOf) {
    Status status = timeline.statusOn(asOf);
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", s.id());
    node.put("state", status.schooling().name());
    node.put("record", status.record().name());
    node.put("since", status.since().map(LocalDate::toString).orElse(null));
    node.put("absenceStreak", streak);
    ArrayNode history = node.putArray("history");
    for (StatusSpan span : timeline.spans()) {
      if (span.from().isAfter(asOf)) {
        break;
      }
      ObjectNode h = history.addObject();
      h.put("state", span.state().name());
      h.put("record", span.status().record().name());
      h.put("from", span.from().toString());
      h.put("to", span.until().filter(u -> !u.isAfter(asOf.plusDays(1)))
          .map(LocalDate::toString).getOrNull());
    }
    return node;
  }


  /** What one student came to, for the rates. */
  record StudentResult(Scenario.Student student, StudentTimeline timeline, int streak) {}
}
