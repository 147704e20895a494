package org.kbbx.examples.demo;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import org.kbbx.core.cohort.CohortPolicy;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.responsibility.CoverageFinding;
import org.kbbx.core.status.SchoolingState;
import org.kbbx.core.status.StatusEvent;
import org.kbbx.core.status.StatusSpan;
import org.kbbx.core.status.StudentTimeline;
import org.kbbx.core.time.SchoolYear;
import org.kbbx.reporting.rate.RateHistory;
import org.kbbx.reporting.rate.StudentAttributes;
import org.kbbx.reporting.register.CountyRegisters;
import org.kbbx.reporting.register.RegisterEntry;
import org.kbbx.reporting.register.RegisterKind;
import org.kbbx.reporting.register.StatusChange;
import org.kbbx.reporting.register.StudentHistory;
import org.kbbx.reporting.report.RiskContribution;
import org.kbbx.reporting.report.ScreeningList;
import org.kbbx.reporting.report.ScreeningSubject;
import org.kbbx.rules.casework.CaseEvent;
import org.kbbx.rules.casework.CaseState;
import org.kbbx.rules.escalation.EscalationInput;
import org.kbbx.rules.escalation.MarkKind;
import org.kbbx.rules.file.FileAlert;
import org.kbbx.rules.file.FileCase;
import org.kbbx.rules.file.FileInput;
import org.kbbx.rules.file.FileKeeper;
import org.kbbx.rules.file.StudentPicture;
import org.kbbx.rules.profile.EffectiveProfile;
import org.kbbx.rules.profile.Profiles;
import org.kbbx.rules.profile.ScreeningWeights;
import org.kbbx.testkit.county.Absence;
import org.kbbx.testkit.county.SchoolRoster;
import org.kbbx.testkit.county.SyntheticCounty;
import org.kbbx.testkit.county.SyntheticOrganisation;
import org.kbbx.testkit.county.SyntheticStudent;
import org.kbbx.testkit.county.Township;

/**
 * Runs a synthetic county through the library, township by township and school by school, and
 * collects a {@link DemoReport}: each student's enrolment, returns, absences and case steps go
 * into her student file ({@link FileKeeper}, R-FILE-1); her year's facts add to per-school rate
 * counts; the
 * ever-suspected feed the registers; each township's organisation is checked for coverage; a
 * bounded heap keeps the top of the warning list. Memory holds one township's students, the
 * counts, and the (few) suspected students' histories, so the run is linear in students.
 *
 * <p>Targets are the profile's (R-RATE-3): its annual dropout rate per level and its
 * registered-poor dropout rate, where it sets them. Return-persuasion cases open for every
 * episode of suspected dropout; the schools' case steps are simulated ({@link SimulatedCasework}).
 *
 * <p>This class is immutable and thread-safe; {@link #run} keeps its state on the stack.
 */
public final class CountyRun {

  /** How many warnings and register entries the report shows. */
  static final int TOP = 10;

  private final SyntheticCounty county;
  private final EffectiveProfile profile;
  private final LocalDate asOf;

  private CountyRun(SyntheticCounty county, EffectiveProfile profile) {
    this.county = county;
    this.profile = profile;
    List<LocalDate> days = county.schoolDays();
    this.asOf = days.get(days.size() - 1);
  }

  /**
   * Prepares a run of {@code county} under the built-in profile {@code profileId}.
   *
   * @param county the county, not null
   * @param profileId the profile id, not null
   * @return the run, or the problem with the profile id
   */
  public static Either<String, CountyRun> of(SyntheticCounty county, String profileId) {
    Objects.requireNonNull(county, "county");
    Objects.requireNonNull(profileId, "profileId");
    Profiles profiles = Profiles.builtIn();
    return profiles
        .effective(profileId)
        .mapLeft(r -> "Unknown profile for --profile: \"" + profileId + "\" (known: "
            + profiles.ids().mkString(", ") + ")")
        .map(p -> new CountyRun(county, p));
  }

  /**
   * Returns the as-of date of the run: the last school day of the county's school year.
   *
   * @return the as-of date
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Runs the county and returns the report.
   *
   * @param progress where to report progress, not null
   * @return the report
   */
  public DemoReport run(Progress progress) {
    State state = new State(null);
    return run(progress, state);
  }

  /**
   * Runs the county and returns the report with the full registers, ledger, rates by township,
   * weekly series, cases by step, screening list and reconciliation behind it, for the workbook
   * and the dashboard page. Memory grows with the students (every child's history is kept).
   *
   * @param progress where to report progress, not null
   * @return the book, whose {@link DemoBook#report()} equals what {@link #run} returns
   */
  public DemoBook book(Progress progress) {
    State state = new State(new BookCollector());
    DemoReport report = run(progress, state);
    return state.book.build(report, county, profile, state.counts.toRates(), state.weights, asOf);
  }

  private DemoReport run(Progress progress, State state) {
    progress.start("students", county.studentCount());
    Map<String, String> townshipNames = new LinkedHashMap<>();
    for (Township township : county.townships()) {
      townshipNames.put(township.code().toString(), township.name());
      List<SchoolRoster> rosters = new ArrayList<>();
      county.schoolsIn(township).forEach(s -> rosters.add(county.roster(s)));
      SyntheticOrganisation.township(county, township, rosters)
          .fold(
              problems -> {
                problems.forEach(p -> state.finding("DATA", p.toString()));
                return null;
              },
              org -> {
                for (CoverageFinding f : org.coverage(county.spec().schoolYear())) {
                  state.finding(f.code(), org.describe(f));
                }
                return null;
              });
      for (SchoolRoster roster : rosters) {
        state.population.add(roster);
        for (SyntheticStudent s : roster.everyone()) {
          student(state, roster, s);
        }
        progress.at(state.population.students);
      }
    }
    DemoReport.Header header = new DemoReport.Header(
        county.name() + " (" + county.code() + ")",
        county.spec().schoolYear().toString(),
        profile.id(),
        asOf.toString());
    return new DemoReport(
        header,
        state.population.population(county),
        state.rates(townshipNames),
        state.alerts,
        state.registers(asOf),
        state.cases(),
        new Sections.Coverage(state.coverage, state.examples),
        state.warnings());
  }

  private void student(State state, SchoolRoster roster, SyntheticStudent s) {
    SchoolYear year = county.spec().schoolYear();
    StudentId id = StudentId.of(s.id());
    List<FileInput> inputs = new ArrayList<>();
    // The record's history; a return is recorded after the escalation's events of its day.
    s.history().forEach(e -> inputs.add(FileInput.of(e)));
    for (Absence a : s.absences()) {
      inputs.add(FileInput.of(new EscalationInput.Mark(
          id, a.date(), a.excused() ? MarkKind.EXCUSED : MarkKind.ABSENT_WITHOUT_REASON)));
    }
    // A student without absence marks has no escalation, alert or case: her timeline is the
    // replay of her record under the profile's machine (the file keeper would give the same).
    StudentPicture picture = null;
    StudentTimeline timeline;
    if (s.absences().isEmpty()) {
      timeline = StudentTimeline.of(id, state.keeper.machine()).withAll(s.history());
    } else {
      picture = state.keeper.student(id, inputs, asOf);
      if (!picture.derived().isEmpty()) {
        List<StatusEvent> confirmations =
            SimulatedCasework.confirmations(picture, county.calendar(), asOf);
        if (!confirmations.isEmpty()) {
          confirmations.forEach(e -> inputs.add(FileInput.of(e)));
          picture = state.keeper.student(id, inputs, asOf);
        }
        for (CaseEvent.Step step : SimulatedCasework.steps(
            picture.timeline(), county.calendar(), county.spec().seed())) {
          inputs.add(FileInput.of(id, step));
        }
        picture = state.keeper.student(id, inputs, asOf);
      }
      timeline = picture.timeline();
      for (FileAlert a : picture.alerts()) {
        if (year.contains(a.alert().on())) {
          state.alerts.merge(a.alert().code().name(), 1L, Long::sum);
        }
      }
    }
    state
        .counts
        .add(
            timeline,
            new StudentAttributes(
                s.sex(), s.groups(), Option.some(s.birthDate()), Option.some(s.village())))
        .forEach(r -> state.finding("RATE_" + r.code(), r.toString()));
    SchoolingState now = timeline.statusOn(asOf).schooling();
    boolean derived = picture != null && !picture.derived().isEmpty();
    int streak = picture == null ? 0 : picture.absenceStreak();
    if (derived) {
      for (FileCase c : picture.cases()) {
        if (year.contains(c.returnCase().openedOn())) {
          state.addCase(c, s);
          if (state.book != null) {
            state.book.caseOf(c);
          }
        }
      }
    }
    // The book's registers, ledger and population list cover the children on this year's rolls
    // (those who left during the year included); former students of earlier years (completers,
    // deaths, moves, dropouts) are history only.
    boolean onRoll = s.leftIn().isEmpty();
    boolean thisYear = s.leftIn().map(county.spec().schoolYear()::equals).orElse(true);
    boolean inBook = state.book != null && thisYear;
    if (derived || inBook) {
      StudentHistory.Builder h = StudentHistory.builder()
          .residentId(s.residentId())
          .name(s.id())
          .school(roster.school().name())
          .village(s.village())
          .priorityGroups(s.groups());
      for (StatusSpan span : timeline.spans()) {
        h.addChanges(StatusChange.of(span.from(), span.state()));
      }
      StudentHistory history = h.build();
      if (derived) {
        state.histories.add(history);
      }
      if (inBook) {
        state.book.child(history, s.schoolId(), asOf);
      }
    }
    if (onRoll && (s.isPriority() || streak > 0 || now != SchoolingState.ATTENDING)) {
      ScreeningSubject subject = ScreeningSubject.builder()
          .residentId(s.residentId())
          .name(s.id())
          .school(roster.school().name())
          .state(now)
          .priorityGroups(s.groups())
          .absenceStreak(streak)
          .yearsOverAge(
              Math.max(0, CohortPolicy.NATIONAL.yearsOverAge(s.birthDate(), year, s.grade())))
          .build();
      int score = 0;
      for (RiskContribution c : ScreeningList.contributions(subject, state.weights)) {
        score += c.weight();
      }
      state.offer(subject, score);
      if (state.book != null) {
        state.book.subject(subject);
      }
    }
  }

  /** The run's mutable state: counters and bounded lists only. */
  private final class State {
    /** The book's collector, or null when only the report is asked for. */
    final BookCollector book;

    State(BookCollector book) {
      this.book = book;
    }

    final FileKeeper keeper = FileKeeper.of(profile, county.calendar());
    final Tally population = new Tally();
    final Map<SchoolId, Option<DivisionCode>> directory = directory();
    final RateHistory counts = RateHistory.of(
        id -> directory.getOrDefault(id, Option.none()),
        profile,
        CohortPolicy.NATIONAL,
        county.firstYear(),
        county.spec().schoolYear(),
        asOf);
    final Map<String, Long> alerts = new LinkedHashMap<>();
    final Map<String, Long> coverage = new LinkedHashMap<>();
    final List<String> examples = new ArrayList<>();
    final List<StudentHistory> histories = new ArrayList<>();
    final ScreeningWeights weights = profile.screeningWeights().value();
    final Map<String, Long> caseStates = new LinkedHashMap<>();

    {
      for (CaseState st : CaseState.values()) {
        caseStates.put(st.name(), 0L);
      }
    }

    final List<String> overdueCases = new ArrayList<>();
    long opened;
    long overdue;
    long lateSteps;

    void addCase(FileCase file, SyntheticStudent s) {
      var c = file.returnCase();
      opened++;
      caseStates.merge(c.state().name(), 1L, Long::sum);
      lateSteps += file.overdue().size();
      Option<LocalDate> due = file.due();
      if (due.isDefined() && due.get().isBefore(asOf)) {
        overdue++;
        if (overdueCases.size() < TOP) {
          overdueCases.add(s.residentId().masked() + "  " + c.state() + " → "
              + file.nextStep().map(Enum::name).getOrElse("-") + " due " + due.get()
              + "  (opened " + c.openedOn() + ")");
        }
      }
    }

    Sections.Cases cases() {
      return new Sections.Cases(opened, caseStates, overdue, lateSteps, overdueCases);
    }

    final PriorityQueue<Scored> top = new PriorityQueue<>();
    long offered;

    Map<SchoolId, Option<DivisionCode>> directory() {
      Map<SchoolId, Option<DivisionCode>> map = new java.util.HashMap<>();
      county.directory().forEach((id, division) -> map.put(SchoolId.of(id), Option.some(division)));
      return map;
    }

    void finding(String code, String text) {
      coverage.merge(code, 1L, Long::sum);
      if (examples.size() < TOP) {
        examples.add(text);
      }
    }

    void offer(ScreeningSubject subject, int score) {
      top.add(new Scored(subject, score, offered++));
      if (top.size() > TOP) {
        top.poll();
      }
    }

    RatesSection rates(Map<String, String> townshipNames) {
      return DemoRates.section(
          counts.toRates(), county.code(), county.name(), townshipNames, county.firstYear());
    }

    List<Sections.RegisterLine> registers(LocalDate day) {
      CountyRegisters registers = CountyRegisters.of(histories, day);
      List<Sections.RegisterLine> lines = new ArrayList<>();
      for (RegisterKind kind : List.of(RegisterKind.SUSPECTED_DROPOUT, RegisterKind.DROPOUT)) {
        List<String> first = new ArrayList<>();
        long closed = 0;
        for (RegisterEntry e : registers.entries(kind)) {
          if (!e.isOpen()) {
            if (e.closedOn().isPresent()
                && county.spec().schoolYear().contains(e.closedOn().get())) {
              closed++;
            }
          } else if (first.size() < TOP) {
            first.add(
                e.residentId().masked() + "  " + e.school().orElse("") + "  since " + e.openedOn());
          }
        }
        lines.add(new Sections.RegisterLine(
            kind.chineseLabel() + " " + kind.englishLabel(),
            registers.openCount(kind),
            closed,
            first));
      }
      return lines;
    }

    List<Sections.Warning> warnings() {
      List<Scored> sorted = new ArrayList<>(top);
      sorted.sort(null);
      List<Sections.Warning> lines = new ArrayList<>();
      for (int i = sorted.size() - 1; i >= 0; i--) {
        ScreeningSubject s = sorted.get(i).subject();
        List<String> reasons = new ArrayList<>();
        for (RiskContribution c : ScreeningList.contributions(s, weights)) {
          reasons.add(c.criterion().chineseLabel() + " +" + c.weight() + " (" + c.detail() + ")");
        }
        lines.add(new Sections.Warning(
            s.residentId().masked(), s.school().orElse(""), sorted.get(i).score(), reasons));
      }
      return lines;
    }
  }

  /** A subject with its score; the lowest score (then the latest offered) sorts first. */
  private record Scored(ScreeningSubject subject, int score, long order)
      implements Comparable<Scored> {
    @Override
    public int compareTo(Scored other) {
      int c = Integer.compare(score, other.score);
      return c != 0 ? c : Long.compare(other.order, order);
    }
  }
}
