package org.kbbx.rules.profile;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.kbbx.core.internal.KbbxStyle;
import org.kbbx.core.responsibility.AccountabilityRule;
import org.kbbx.core.responsibility.GuaranteeCap;
import org.kbbx.core.responsibility.GuaranteeKind;
import org.kbbx.core.responsibility.ResponsibilityProfile;
import org.kbbx.core.status.MachineParameters;
import org.kbbx.rules.casework.CaseStep;
import org.kbbx.rules.casework.StepDeadline;
import org.kbbx.rules.escalation.AbsenceTrigger;
import org.kbbx.rules.escalation.DropoutMode;
import org.kbbx.rules.escalation.DropoutRule;
import org.kbbx.rules.escalation.EscalationRules;
import org.kbbx.rules.escalation.ExclusionRule;
import org.kbbx.rules.obligation.DayCount;
import org.kbbx.rules.obligation.Duties;
import org.kbbx.rules.obligation.ObligationRules;
import org.kbbx.rules.obligation.RecordDeadlines;
import org.kbbx.rules.obligation.TermStartDeadline;
import org.kbbx.rules.obligation.WeeklyReportRule;
import org.kbbx.rules.routing.RoutingTable;
import org.kbbx.rules.routing.WhoActs;

/**
 * A profile with every setting resolved along its parent chain, each value with the profile it
 * came from and its source (R-PROF-1).
 *
 * <p>Obtained from {@link Profiles#effective}. The engines read it through {@link
 * #escalationRules()}, {@link #obligationRules()} and {@link #caseDeadlines()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@KbbxStyle
public abstract class EffectiveProfile {

  /**
   * Returns the profile's id.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns the profile's name.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the document the profile encodes.
   *
   * @return the document
   */
  public abstract Source document();

  /**
   * Returns the chain of profile ids from this profile to the root, for example {@code
   * [HEZHANG_2018, NATIONAL]}.
   *
   * @return the chain, never empty
   */
  public abstract List<String> chain();

  /**
   * Returns the first day the profile applies.
   *
   * @return the first day
   */
  public abstract LocalDate validFrom();

  /**
   * Returns the last day the profile applies, if any.
   *
   * @return the last day
   */
  public abstract Optional<LocalDate> validTo();

  /**
   * Returns the first-contact rule.
   *
   * @return the resolved value
   */
  public abstract Resolved<AbsenceTrigger> firstContact();

  /**
   * Returns the home-visit rules.
   *
   * @return the resolved value
   */
  public abstract Resolved<List<AbsenceTrigger>> homeVisits();

  /**
   * Returns the suspected-dropout rule.
   *
   * @return the resolved value
   */
  public abstract Resolved<AbsenceTrigger> suspected();

  /**
   * Returns the dropout rule.
   *
   * @return the resolved value
   */
  public abstract Resolved<DropoutRule> dropout();

  /**
   * Returns the exclusion reasons and their evidence.
   *
   * @return the resolved value
   */
  public abstract Resolved<List<ExclusionRule>> exclusions();

  /**
   * Returns the term-start tasks.
   *
   * @return the resolved value
   */
  public abstract Resolved<List<TermStartDeadline>> termStart();

  /**
   * Returns the weekly reports.
   *
   * @return the resolved value
   */
  public abstract Resolved<List<WeeklyReportRule>> weeklyReports();

  /**
   * Returns the minimum home-education visits per week.
   *
   * @return the resolved value
   */
  public abstract Resolved<Integer> homeEducationVisitsPerWeek();

  /**
   * Returns the transfer and death-cancellation deadlines.
   *
   * @return the resolved value
   */
  public abstract Resolved<RecordDeadlines> recordDeadlines();

  /**
   * Returns the suspension limits.
   *
   * @return the resolved value
   */
  public abstract Resolved<SuspensionLimits> suspension();

  /**
   * Returns the return-persuasion step deadlines.
   *
   * @return the resolved value
   */
  public abstract Resolved<List<StepDeadline>> caseDeadlines();

  /**
   * Returns the targets (R-RATE-3).
   *
   * @return the resolved value
   */
  public abstract Resolved<List<TargetRule>> targets();

  /**
   * Returns the rate settings (R-RATE-19).
   *
   * @return the resolved value
   */
  public abstract Resolved<RateSettings> rateSettings();

  /**
   * Returns the guarantee caps (R-RC-4).
   *
   * @return the resolved value
   */
  public abstract Resolved<Map<GuaranteeKind, GuaranteeCap>> guaranteeCaps();

  /**
   * Returns the accountability rules (R-RC-9).
   *
   * @return the resolved value
   */
  public abstract Resolved<List<AccountabilityRule>> accountability();

  /**
   * Returns the screening risk weights (R-LED-3).
   *
   * @return the resolved value
   */
  public abstract Resolved<ScreeningWeights> screeningWeights();

  /**
   * Returns who acts and who is told for each alert and case step (R-RC-14); {@code NATIONAL}
   * sets {@link RoutingTable#national()}.
   *
   * @return the resolved value
   */
  public abstract Resolved<RoutingTable> routing();

  // --- R-OBL-1..5 duties (obligations block) ---
  /**
   * Returns the campaigns, recurring duties, inspections and funding floor (R-OBL-1..5); {@code
   * NATIONAL} sets the "四个一" cadence.
   *
   * @return the resolved value
   */
  public abstract Resolved<Duties> duties();
  // --- end R-OBL-1..5 duties ---

  /**
   * Returns how seats are held and which links need letters (R-RC-11, R-RC-3); {@code NATIONAL}
   * sets {@link OrganisationSettings#national()}.
   *
   * @return the resolved value
   */
  public abstract Resolved<OrganisationSettings> organisation();

  /**
   * Returns the router over this profile's routing table (R-RC-6, R-RC-14): who acts and who is
   * told for a student's alert or case step.
   *
   * @return the router
   */
  public WhoActs whoActs() {
    return WhoActs.using(routing().value());
  }

  /**
   * Returns the status machine's guard parameters for this profile: its suspension limits and its
   * dropout rule (automatic or confirmation required, after how many months), the grade system
   * staying the national default.
   *
   * @return the parameters
   */
  public MachineParameters machineParameters() {
    return MachineParameters.builder()
        .maxSuspension(suspension().value().maxLength())
        .maxSuspensionExtensions(suspension().value().maxExtensions())
        .maxSuspensionTotal(suspension().value().maxTotal())
        .automaticDropout(dropout().value().mode() == DropoutMode.AUTOMATIC)
        .automaticDropoutAfter(java.time.Period.ofMonths(dropout().value().months()))
        .build();
  }

  /**
   * Returns the responsibility part for the chain checks: this profile's guarantee caps, seat
   * holding and letters (R-RC-11) and accountability rules.
   *
   * @return the responsibility profile
   */
  public ResponsibilityProfile responsibility() {
    return new ResponsibilityProfile(
        guaranteeCaps().value(),
        organisation().value().holding(),
        organisation().value().letters(),
        accountability().value());
  }

  /**
   * Returns the profile's own examples (not inherited).
   *
   * @return the examples
   */
  public abstract List<ProfileExample> examples();

  /**
   * Returns the profile's own accountability examples (not inherited), checked against {@link
   * #accountability()} (R-PROF-3).
   *
   * @return the examples
   */
  public abstract List<AccountabilityExample> accountabilityExamples();

  /**
   * Returns whether the profile applies on {@code date}.
   *
   * @param date the date, not null
   * @return true inside the validity period (both ends included)
   */
  public boolean isValidOn(LocalDate date) {
    return !date.isBefore(validFrom()) && validTo().map(to -> !date.isAfter(to)).orElse(true);
  }

  /**
   * Returns the absence rules for the escalation engine.
   *
   * @return the rules
   */
  public EscalationRules escalationRules() {
    return new EscalationRules(
        firstContact().value(),
        homeVisits().value(),
        suspected().value(),
        dropout().value());
  }

  /**
   * Returns the reporting and visiting duties for the obligation calendar.
   *
   * @return the rules
   */
  public ObligationRules obligationRules() {
    return new ObligationRules(
        termStart().value(),
        weeklyReports().value(),
        homeEducationVisitsPerWeek().value(),
        recordDeadlines().value());
  }

  /**
   * Returns the step deadlines as a map.
   *
   * @return a new map the caller owns, one entry per step that has a deadline
   */
  public Map<CaseStep, DayCount> caseDeadlineMap() {
    Map<CaseStep, DayCount> map = new EnumMap<>(CaseStep.class);
    for (StepDeadline d : caseDeadlines().value()) {
      map.put(d.step(), d.within());
    }
    return map;
  }

  /**
   * Returns this profile flattened into a root profile: no parent, every {@link ProfileSetting}
   * set to its resolved value and source, the same examples. The profile each value came from is
   * in {@link ProfileSetting#in(EffectiveProfile)}.
   *
   * @return the flattened profile
   */
  public JurisdictionProfile flattened() {
    return JurisdictionProfile.builder()
        .id(id())
        .name(name())
        .validFrom(validFrom())
        .validTo(validTo())
        .document(document())
        .firstContact(firstContact().sourced())
        .homeVisits(homeVisits().sourced())
        .suspected(suspected().sourced())
        .dropout(dropout().sourced())
        .exclusions(exclusions().sourced())
        .termStart(termStart().sourced())
        .weeklyReports(weeklyReports().sourced())
        .homeEducationVisitsPerWeek(homeEducationVisitsPerWeek().sourced())
        .recordDeadlines(recordDeadlines().sourced())
        .suspension(suspension().sourced())
        .caseDeadlines(caseDeadlines().sourced())
        .targets(targets().sourced())
        .rateSettings(rateSettings().sourced())
        .guaranteeCaps(guaranteeCaps().sourced())
        .accountability(accountability().sourced())
        .screeningWeights(screeningWeights().sourced())
        .routing(routing().sourced())
        // --- R-OBL-1..5 duties ---
        .duties(duties().sourced())
        // --- end R-OBL-1..5 duties ---
        .organisation(organisation().sourced())
        .addAllExamples(examples())
        .addAllAccountabilityExamples(accountabilityExamples())
        .build();
  }

  static Builder builder() {
    return new Builder();
  }

  static final class Builder extends ImmutableEffectiveProfile.Builder {}
}
