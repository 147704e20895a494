package org.kbbx.examples.demo;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import org.kbbx.core.cohort.CohortPolicy;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.person.PriorityGroup;
import org.kbbx.core.rate.Rate;
import org.kbbx.core.rate.Target;
import org.kbbx.core.responsibility.CoverageFinding;
import org.kbbx.core.school.SchoolLevel;
import org.kbbx.core.status.EventType;
import org.kbbx.core.status.SchoolingState;
import org.kbbx.core.status.StatusEvent;
import org.kbbx.core.status.StatusSpan;
import org.kbbx.core.status.StudentTimeline;
import org.kbbx.core.time.SchoolYear;
import org.kbbx.examples.synthetic.Absence;
import org.kbbx.examples.synthetic.SchoolRoster;
import org.kbbx.examples.synthetic.SyntheticCounty;
import org.kbbx.examples.synthetic.SyntheticOrganisation;
import org.kbbx.examples.synthetic.SyntheticStudent;
import org.kbbx.examples.synthetic.Township;
import org.kbbx.reporting.rate.CountsTable;
import org.kbbx.reporting.rate.DropoutRates;
import org.kbbx.reporting.rate.RateDates;
import org.kbbx.reporting.rate.Slice;
import org.kbbx.reporting.rate.StudentAttributes;
import org.kbbx.reporting.rate.StudentCounter;
import org.kbbx.reporting.rate.YearStatuses;
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
import org.kbbx.rules.profile.TargetIndicator;
import org.kbbx.rules.profile.TargetRule;

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
    progress.start("students", county.studentCount());
    State state = new State();
    for (Township township : county.townships()) {
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
                  state.finding(f.code(), f.describe());
                }
                return null;
              });
      for (SchoolRoster roster : rosters) {
        state.population.add(roster);
        for (SyntheticStudent s : roster.students()) {
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
        state.rates(),
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
    inputs.add(FileInput.of(StatusEvent.builder()
        .id("enrol:" + s.id())
        .student(id)
        .effectiveDate(s.enrolled())
        .sequence(0)
        .type(EventType.ENROL)
        .school(SchoolId.of(s.schoolId()))
        .grade(s.grade())
        .build()));
    // The school records the return after the escalation's events of the day.
    s.returnedOn()
        .ifPresent(day -> inputs.add(
            FileInput.of(StatusEvent.of("return:" + day, id, day, 2_000, EventType.RETURN))));
    for (Absence a : s.absences()) {
      inputs.add(FileInput.of(new EscalationInput.Mark(
          id, a.date(), a.excused() ? MarkKind.EXCUSED : MarkKind.ABSENT_WITHOUT_REASON)));
    }
    StudentPicture picture = state.keeper.student(id, inputs, asOf);
    if (!picture.derived().isEmpty()) {
      for (CaseEvent.Step step : SimulatedCasework.steps(
          picture.timeline(), county.calendar(), county.spec().seed())) {
        inputs.add(FileInput.of(id, step));
      }
      picture = state.keeper.student(id, inputs, asOf);
    }
    StudentTimeline timeline = picture.timeline();
    for (FileAlert a : picture.alerts()) {
      state.alerts.merge(a.alert().code().name(), 1L, Long::sum);
    }
    state
        .counts
        .add(
            YearStatuses.of(timeline, state.dates),
            new StudentAttributes(
                s.sex(), s.groups(), Option.some(s.birthDate()), Option.some(s.village())))
        .forEach(r -> state.finding("RATE_" + r.code(), r.toString()));
    SchoolingState now = timeline.statusOn(asOf).schooling();
    if (!picture.derived().isEmpty()) {
      for (FileCase c : picture.cases()) {
        state.addCase(c, s);
      }
      StudentHistory.Builder h = StudentHistory.builder()
          .residentId(s.residentId())
          .name(s.id())
          .school(roster.school().name())
          .village(s.village())
          .priorityGroups(s.groups());
      for (StatusSpan span : timeline.spans()) {
        h.addChanges(StatusChange.of(span.from(), span.state()));
      }
      state.histories.add(h.build());
    }
    if (s.isPriority() || picture.absenceStreak() > 0 || now != SchoolingState.ATTENDING) {
      ScreeningSubject subject = ScreeningSubject.builder()
          .residentId(s.residentId())
          .name(s.id())
          .school(roster.school().name())
          .state(now)
          .priorityGroups(s.groups())
          .absenceStreak(picture.absenceStreak())
          .yearsOverAge(
              Math.max(0, CohortPolicy.NATIONAL.yearsOverAge(s.birthDate(), year, s.grade())))
          .build();
      int score = 0;
      for (RiskContribution c : ScreeningList.contributions(subject, state.weights)) {
        score += c.weight();
      }
      state.offer(subject, score);
    }
  }

  /** The run's mutable state: counters and bounded lists only. */
  private final class State {
    final FileKeeper keeper = FileKeeper.of(profile, county.calendar());
    final Tally population = new Tally();
    final RateDates dates = RateDates.of(county.spec().schoolYear());
    final Map<SchoolId, Option<DivisionCode>> directory = directory();
    final StudentCounter counts = StudentCounter.of(
        dates, CohortPolicy.NATIONAL, id -> directory.getOrDefault(id, Option.none()));
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
      Optional<LocalDate> due = file.due();
      if (due.isPresent() && due.get().isBefore(asOf)) {
        overdue++;
        if (overdueCases.size() < TOP) {
          overdueCases.add(s.residentId().masked() + "  " + c.state() + " → "
              + file.nextStep().map(Enum::name).orElse("-") + " due " + due.get()
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
      county.schools().forEach(sc -> map.put(SchoolId.of(sc.id()), Option.some(sc.division())));
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

    List<Sections.RateLine> rates() {
      CountsTable total = counts.toCounts().total();
      List<Sections.RateLine> lines = new ArrayList<>();
      for (SchoolLevel level : SchoolLevel.values()) {
        lines.add(line(
            level.chineseLabel() + "年辍学率 " + level.englishLabel() + " annual dropout rate",
            DropoutRates.annual(total, Slice.of(level)),
            target(TargetIndicator.ANNUAL_DROPOUT_RATE, Optional.of(level))));
      }
      lines.add(line(
          "建档立卡/脱贫家庭子女辍学率 registered-poor dropout rate",
          DropoutRates.annual(total, Slice.all().withGroup(PriorityGroup.REGISTERED_POOR)),
          target(TargetIndicator.REGISTERED_POOR_DROPOUT_RATE, Optional.empty())));
      return lines;
    }

    private Optional<Target> target(TargetIndicator indicator, Optional<SchoolLevel> level) {
      return profile.targets().value().stream()
          .filter(t -> t.indicator() == indicator)
          .filter(t -> t.level().isEmpty() || t.level().equals(level))
          .map(TargetRule::target)
          .findFirst();
    }

    private Sections.RateLine line(String name, Rate rate, Optional<Target> target) {
      return new Sections.RateLine(
          name,
          rate.numerator(),
          rate.denominator(),
          rate.format(2, RoundingMode.HALF_UP),
          target.map(Target::toString).orElse("none in profile " + profile.id()),
          target.map(t -> t.check(rate).outcome().name()).orElse("-"));
    }

    List<Sections.RegisterLine> registers(LocalDate day) {
      CountyRegisters registers = CountyRegisters.of(histories, day);
      List<Sections.RegisterLine> lines = new ArrayList<>();
      for (RegisterKind kind : List.of(RegisterKind.SUSPECTED_DROPOUT, RegisterKind.DROPOUT)) {
        List<String> first = new ArrayList<>();
        long closed = 0;
        for (RegisterEntry e : registers.entries(kind)) {
          if (!e.isOpen()) {
            closed++;
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
