package org.kbbx.rules.profile;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.kbbx.core.internal.KbbxStyle;
import org.kbbx.core.responsibility.AccountabilityRule;
import org.kbbx.core.responsibility.GuaranteeCap;
import org.kbbx.core.responsibility.GuaranteeKind;
import org.kbbx.rules.casework.StepDeadline;
import org.kbbx.rules.escalation.AbsenceTrigger;
import org.kbbx.rules.escalation.DropoutRule;
import org.kbbx.rules.escalation.ExclusionRule;
import org.kbbx.rules.obligation.Duties;
import org.kbbx.rules.obligation.RecordDeadlines;
import org.kbbx.rules.obligation.TermStartDeadline;
import org.kbbx.rules.obligation.WeeklyReportRule;
import org.kbbx.rules.routing.RoutingTable;

/**
 * A jurisdiction profile as written: its own settings only, each with its source (R-PROF-1).
 *
 * <p>A profile names its parent and sets only what its seed says; an absent setting is inherited.
 * A root profile (no parent, {@code NATIONAL}) sets every {@link ProfileSetting}. {@link
 * Profiles#effective} resolves the chain. Examples (R-PROF-3) belong to the profile itself and are
 * not inherited.
 *
 * <p>Built with {@link #builder()}; {@link Profiles#of} checks the parent chain. This class is
 * immutable and thread-safe.
 */
@Value.Immutable
@KbbxStyle
public abstract class JurisdictionProfile {

  /**
   * Returns the id, upper case letters, digits and underscores, for example {@code HEZHANG_2018}.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns the name, for example {@code 赫章县进一步加强控辍保学工作实施方案}.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the parent profile's id; empty for a root profile.
   *
   * @return the parent id
   */
  public abstract Optional<String> parent();

  /**
   * Returns the first day the profile applies (included).
   *
   * @return the first day
   */
  public abstract LocalDate validFrom();

  /**
   * Returns the last day the profile applies (included); empty when open-ended.
   *
   * @return the last day
   */
  public abstract Optional<LocalDate> validTo();

  /**
   * Returns the document the profile encodes (seed file, or national texts).
   *
   * @return the document
   */
  public abstract Source document();

  /**
   * Returns the first-contact rule (R-ABS-2), if set here: a threshold of 1–60 school days, each
   * action due within one school year (R-PROF-5, {@link ProfileBounds}).
   *
   * @return the setting
   */
  public abstract Optional<Sourced<AbsenceTrigger>> firstContact();

  /**
   * Returns the report-only home-visit rules (R-ABS-2), if set here: thresholds of 1–60 school
   * days, each action due within one school year (R-PROF-5).
   *
   * @return the setting
   */
  public abstract Optional<Sourced<List<AbsenceTrigger>>> homeVisits();

  /**
   * Returns the suspected-dropout rule (R-ABS-2), if set here: a threshold of 1–60 school days
   * (R-PROF-5).
   *
   * @return the setting
   */
  public abstract Optional<Sourced<AbsenceTrigger>> suspected();

  /**
   * Returns the dropout rule (R-ABS-3), if set here: a wait of 1–12 months (R-PROF-5).
   *
   * @return the setting
   */
  public abstract Optional<Sourced<DropoutRule>> dropout();

  /**
   * Returns the exclusion reasons and their evidence (R-ABS-5), if set here.
   *
   * @return the setting
   */
  public abstract Optional<Sourced<List<ExclusionRule>>> exclusions();

  /**
   * Returns the term-start tasks (R-LED-5), if set here: each due within one school year
   * (R-PROF-5).
   *
   * @return the setting
   */
  public abstract Optional<Sourced<List<TermStartDeadline>>> termStart();

  /**
   * Returns the weekly reports (R-LED-4), if set here.
   *
   * @return the setting
   */
  public abstract Optional<Sourced<List<WeeklyReportRule>>> weeklyReports();

  /**
   * Returns the minimum home-education visits per week (R-LED-6), if set here: 0 (none) to 7
   * (R-PROF-5).
   *
   * @return the setting
   */
  public abstract Optional<Sourced<Integer>> homeEducationVisitsPerWeek();

  /**
   * Returns the transfer and death-cancellation deadlines, if set here: each at most one school
   * year (R-PROF-5).
   *
   * @return the setting
   */
  public abstract Optional<Sourced<RecordDeadlines>> recordDeadlines();

  /**
   * Returns the suspension limits, if set here: lengths P1D to P2Y, 0–3 extensions (R-PROF-5).
   *
   * @return the setting
   */
  public abstract Optional<Sourced<SuspensionLimits>> suspension();

  /**
   * Returns the return-persuasion step deadlines (R-CASE-4), if set here: each at most one school
   * year (R-PROF-5).
   *
   * @return the setting
   */
  public abstract Optional<Sourced<List<StepDeadline>>> caseDeadlines();

  /**
   * Returns the targets (R-RATE-3), if set here: target years 1900–2200 (R-PROF-5).
   *
   * @return the setting
   */
  public abstract Optional<Sourced<List<TargetRule>>> targets();

  /**
   * Returns the rate settings (R-RATE-19), if set here.
   *
   * @return the setting
   */
  public abstract Optional<Sourced<RateSettings>> rateSettings();

  /**
   * Returns the guarantee caps per kind of guarantee (R-RC-4), if set here.
   *
   * @return the setting
   */
  public abstract Optional<Sourced<Map<GuaranteeKind, GuaranteeCap>>> guaranteeCaps();

  /**
   * Returns the accountability rules (R-RC-9), if set here.
   *
   * @return the setting
   */
  public abstract Optional<Sourced<List<AccountabilityRule>>> accountability();

  /**
   * Returns the screening risk weights (R-LED-3), if set here: weights 0–100, a minimum streak of
   * 1–60 school days (R-PROF-5).
   *
   * @return the setting
   */
  public abstract Optional<Sourced<ScreeningWeights>> screeningWeights();

  /**
   * Returns who acts and who is told for each alert and case step (R-RC-14), if set here. A
   * profile that sets it sets the whole table (every alert and step has a row).
   *
   * @return the setting
   */
  public abstract Optional<Sourced<RoutingTable>> routing();

  // --- R-OBL-1..5 duties (obligations block) ---
  /**
   * Returns the campaigns, recurring duties, inspections and funding floor (R-OBL-1..5), if set
   * here. A profile that sets it sets the whole value; the built-in ones keep NATIONAL's duties
   * and add their own ({@link org.kbbx.rules.obligation.Duties#plus}).
   *
   * @return the setting
   */
  public abstract Optional<Sourced<Duties>> duties();
  // --- end R-OBL-1..5 duties ---

  /**
   * Returns how seats are held and which links need letters (R-RC-11, R-RC-3), if set here.
   *
   * @return the setting
   */
  public abstract Optional<Sourced<OrganisationSettings>> organisation();

  /**
   * Returns the profile's own self-testing examples (R-PROF-3).
   *
   * @return the examples, possibly empty
   */
  public abstract List<ProfileExample> examples();

  /**
   * Returns the profile's own self-tests of its accountability rules (R-PROF-3, R-RC-9, R-RC-17),
   * run against the effective rules like {@link #examples()}; not inherited.
   *
   * @return the examples, possibly empty
   */
  public abstract List<AccountabilityExample> accountabilityExamples();

  /** Rejects values outside their documented ranges (R-PROF-5), listing every one with its path. */
  @Value.Check
  void checkBounds() {
    java.util.List<org.kbbx.core.validation.Violation> problems = ProfileBounds.problems(this);
    if (!problems.isEmpty()) {
      StringBuilder message = new StringBuilder("Invalid profile " + id() + " (R-PROF-5): ");
      for (int i = 0; i < problems.size(); i++) {
        message.append(i == 0 ? "" : "; ").append(problems.get(i));
      }
      throw new IllegalArgumentException(message.toString());
    }
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link JurisdictionProfile}; {@code build()} throws if a required part is missing or
   * a value lies outside its range ({@link ProfileBounds}, R-PROF-5), naming every such value with
   * its path and range.
   */
  public static final class Builder extends ImmutableJurisdictionProfile.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
