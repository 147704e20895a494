package org.kbbx.examples.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.id.ResidentId;
import org.kbbx.core.rate.Target;
import org.kbbx.core.status.SchoolingState;
import org.kbbx.core.time.SchoolYear;
import org.kbbx.reporting.rate.Compliance;
import org.kbbx.reporting.rate.ProfileRates;
import org.kbbx.reporting.rate.RateKind;
import org.kbbx.reporting.rate.UnitRates;
import org.kbbx.reporting.reconciliation.PopulationRow;
import org.kbbx.reporting.reconciliation.PresenceRow;
import org.kbbx.reporting.reconciliation.Reconciliation;
import org.kbbx.reporting.reconciliation.ReconciliationSummary;
import org.kbbx.reporting.reconciliation.RecordRow;
import org.kbbx.reporting.reconciliation.RecordStatus;
import org.kbbx.reporting.register.CountyRegisters;
import org.kbbx.reporting.register.RegisterEntry;
import org.kbbx.reporting.register.RegisterKind;
import org.kbbx.reporting.register.StatusChange;
import org.kbbx.reporting.register.StudentHistory;
import org.kbbx.reporting.report.PopulationLedger;
import org.kbbx.reporting.report.ScreeningList;
import org.kbbx.reporting.report.ScreeningSubject;
import org.kbbx.rules.casework.CaseEvent;
import org.kbbx.rules.casework.CaseStep;
import org.kbbx.rules.file.FileCase;
import org.kbbx.rules.profile.EffectiveProfile;
import org.kbbx.rules.profile.ScreeningWeights;
import org.kbbx.rules.profile.TargetRule;
import org.kbbx.testkit.county.SyntheticCounty;
import org.kbbx.testkit.county.Township;
import org.kbbx.testkit.county.Village;

/**
 * Collects what a {@link DemoBook} needs during a {@link CountyRun}: every child's history, every
 * screened subject, every case and one reconciliation row per source and child. Memory grows with
 * the students, which is why the demo asks for a book only when a workbook or page is written.
 * Not thread-safe.
 */
final class BookCollector {

  private final List<StudentHistory> histories = new ArrayList<>();
  private final List<StudentHistory> everSuspected = new ArrayList<>();
  private final List<ScreeningSubject> subjects = new ArrayList<>();
  private final Map<CaseStep, Long> casesByStep = new EnumMap<>(CaseStep.class);
  private final List<PopulationRow> population = new ArrayList<>();
  private final List<RecordRow> records = new ArrayList<>();
  private final List<PresenceRow> presence = new ArrayList<>();
  private final Set<String> schools = new java.util.HashSet<>();

  BookCollector() {
    for (CaseStep step : CaseStep.values()) {
      casesByStep.put(step, 0L);
    }
  }

  /** Adds a child: her history (for the registers and ledger) and her reconciliation rows. */
  void child(StudentHistory history, String schoolCode, LocalDate asOf) {
    histories.add(history);
    for (StatusChange c : history.changes()) {
      if (c.state() == SchoolingState.SUSPECTED_DROPOUT
          || c.state() == SchoolingState.DROPPED_OUT) {
        everSuspected.add(history);
        break;
      }
    }
    ResidentId id = history.residentId();
    schools.add(schoolCode);
    population.add(new PopulationRow(
        id.unmasked(), history.name(), id.birthDate(), history.village().orElse(null)));
    records.add(new RecordRow(id.unmasked(), schoolCode, RecordStatus.ACTIVE));
    boolean present =
        history.stateOn(asOf).map(s -> s == SchoolingState.ATTENDING).getOrElse(false);
    presence.add(new PresenceRow(id.unmasked(), schoolCode, present, asOf));
  }

  /** Adds a subject of the screening list. */
  void subject(ScreeningSubject subject) {
    subjects.add(subject);
  }

  /** Adds a case: each step it took counts once. */
  void caseOf(FileCase file) {
    Set<CaseStep> taken = EnumSet.noneOf(CaseStep.class);
    for (CaseEvent e : file.returnCase().events()) {
      if (e instanceof CaseEvent.Step s) {
        taken.add(s.step());
      }
    }
    taken.forEach(step -> casesByStep.merge(step, 1L, Long::sum));
  }

  /** Builds the book once every student was added. */
  DemoBook build(
      DemoReport report,
      SyntheticCounty county,
      EffectiveProfile profile,
      ProfileRates rates,
      ScreeningWeights weights,
      LocalDate asOf) {
    SchoolYear year = rates.dates().year();
    Map<String, String> places = new LinkedHashMap<>();
    places.put(county.code().toString(), county.name());
    List<DivisionCode> villages = new ArrayList<>();
    for (Township t : county.townships()) {
      places.put(t.code().toString(), t.name());
      for (Village v : t.villages()) {
        places.put(v.code().toString(), v.name());
        villages.add(v.code());
      }
    }
    List<DemoBook.Unit> units = new ArrayList<>();
    Map<String, UnitRates> byName = new LinkedHashMap<>();
    units.add(
        new DemoBook.Unit(county.code().toString(), county.name(), rates.rates(county.code())));
    for (Township t : county.townships()) {
      units.add(new DemoBook.Unit(t.code().toString(), t.name(), rates.rates(t.code())));
    }
    units.forEach(u -> byName.put(u.name(), u.rates()));
    Map<RateKind, Target> targets = new EnumMap<>(RateKind.class);
    for (TargetRule rule : Compliance.dueTargets(profile, year)) {
      targets.putIfAbsent(RateKind.of(rule), rule.target());
    }
    ReconciliationSummary reconciliation =
        Reconciliation.forSchools(schools).summarize(population, records, presence, Set.of());
    return new DemoBook(
        report,
        CountyRegisters.of(histories, asOf),
        PopulationLedger.of(histories, villages, asOf),
        places,
        units,
        targets,
        Compliance.check(byName, profile, year),
        weeks(county.schoolDays().get(0), asOf),
        casesByStep,
        ScreeningList.of(subjects, weights, asOf),
        reconciliation);
  }

  /** The registers of the ever-suspected children at the end of each week, as of that day. */
  private List<DemoBook.Week> weeks(LocalDate first, LocalDate asOf) {
    List<DemoBook.Week> weeks = new ArrayList<>();
    CountyRegisters all = CountyRegisters.of(everSuspected, asOf);
    for (LocalDate from = first.with(DayOfWeek.MONDAY);
        !from.isAfter(asOf);
        from = from.plusWeeks(1)) {
      LocalDate to = from.plusDays(6).isAfter(asOf) ? asOf : from.plusDays(6);
      CountyRegisters then = CountyRegisters.of(everSuspected, to);
      weeks.add(new DemoBook.Week(
          from,
          to,
          then.openCount(RegisterKind.SUSPECTED_DROPOUT),
          then.openCount(RegisterKind.DROPOUT),
          opened(all, RegisterKind.SUSPECTED_DROPOUT, from, to),
          opened(all, RegisterKind.DROPOUT, from, to)));
    }
    return weeks;
  }

  private static long opened(
      CountyRegisters registers, RegisterKind kind, LocalDate from, LocalDate to) {
    long n = 0;
    for (RegisterEntry e : registers.entries(kind)) {
      if (!e.openedOn().isBefore(from) && !e.openedOn().isAfter(to)) {
        n++;
      }
    }
    return n;
  }
}
