package org.kbbx.rules.profile;

import io.vavr.control.Option;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.kbbx.core.status.MachineParameters;
import org.kbbx.core.time.SchoolYear;
import org.kbbx.core.validation.Violation;
import org.kbbx.rules.casework.StepDeadline;
import org.kbbx.rules.escalation.AbsenceTrigger;
import org.kbbx.rules.escalation.DropoutRule;
import org.kbbx.rules.escalation.RequiredAction;
import org.kbbx.rules.obligation.DayCount;
import org.kbbx.rules.obligation.RecordDeadlines;
import org.kbbx.rules.obligation.TermStartDeadline;

/**
 * The valid range of every numeric or period setting of a profile (R-PROF-5), checked by {@link
 * JurisdictionProfile}'s builder and by the JSON reader, each problem with its path and the range.
 *
 * <p>The ranges (docs/rules.md §4, §5, §10 and the seeds; where they are silent, what a county
 * education bureau would accept):
 *
 * <ul>
 *   <li>absence thresholds ({@code firstContact}, {@code homeVisits}, {@code suspected}, {@code
 *       screeningWeights.minimumStreakDays}): {@value #MIN_SCHOOL_DAYS} to {@value
 *       #MAX_SCHOOL_DAYS} school days (the seeds use 1 to 20);
 *   <li>every deadline (a required action's {@code within}, {@code termStart}, {@code
 *       recordDeadlines}, {@code caseDeadlines}): at most one school year — {@value
 *       #MAX_DEADLINE_SCHOOL_DAYS} school days, {@value #MAX_DEADLINE_CALENDAR_DAYS} calendar days,
 *       {@value #MAX_DEADLINE_WEEKS} weeks or {@value #MAX_DEADLINE_MONTHS} months; 0 means the
 *       same day;
 *   <li>{@code dropout.months}: {@value #MIN_DROPOUT_MONTHS} to {@value #MAX_DROPOUT_MONTHS};
 *   <li>{@code suspension}: {@code maxLength} and {@code maxTotal} from P1D to {@link
 *       MachineParameters#MAX_SUSPENSION_LIMIT} (two years), {@code maxExtensions} 0 to {@link
 *       MachineParameters#MAX_EXTENSIONS_LIMIT};
 *   <li>{@code homeEducationVisitsPerWeek}: 0 (no frequency set) to {@value #MAX_VISITS_PER_WEEK};
 *   <li>{@code screeningWeights}: each weight 0 to {@value #MAX_WEIGHT};
 *   <li>{@code targets[i].byYear}: {@value SchoolYear#MIN_START_YEAR} to {@value
 *       SchoolYear#MAX_START_YEAR};
 *   <li>guarantee caps, accountability rules and duties carry their ranges in their own types
 *       ({@code GuaranteeCap}, {@code AccountabilityRule}, {@code Duties}), whose factories reject
 *       any value outside them.
 * </ul>
 *
 * <p>Inside these ranges no machine throws or runs for more than linear time: every date the
 * machines compute from a supported date stays a supported {@code LocalDate}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProfileBounds {

  /** The smallest absence threshold: {@value} school day. */
  public static final int MIN_SCHOOL_DAYS = 1;

  /** The largest absence threshold: {@value} school days (about three months of school). */
  public static final int MAX_SCHOOL_DAYS = 60;

  /** The longest deadline in school days: {@value} (one school year). */
  public static final int MAX_DEADLINE_SCHOOL_DAYS = 200;

  /** The longest deadline in calendar days: {@value} (one school year). */
  public static final int MAX_DEADLINE_CALENDAR_DAYS = 366;

  /** The longest deadline in weeks: {@value} (one school year). */
  public static final int MAX_DEADLINE_WEEKS = 52;

  /** The longest deadline in months: {@value} (one school year). */
  public static final int MAX_DEADLINE_MONTHS = 12;

  /** The shortest wait before a suspected dropout becomes a dropout: {@value} month. */
  public static final int MIN_DROPOUT_MONTHS = 1;

  /** The longest wait before a suspected dropout becomes a dropout: {@value} months. */
  public static final int MAX_DROPOUT_MONTHS = 12;

  /** The most home-education visits per week: {@value}. */
  public static final int MAX_VISITS_PER_WEEK = 7;

  /** The largest screening weight: {@value}. */
  public static final int MAX_WEIGHT = 100;

  private ProfileBounds() {}

  /**
   * Returns every value of {@code profile}'s own settings outside its range, each with its JSON
   * path ({@code $.settings.suspected.value.schoolDays}) and a message naming the range and the
   * value.
   *
   * @param profile the profile, not null
   * @return the problems, empty when every value is in range
   */
  public static List<Violation> problems(JurisdictionProfile profile) {
    List<Violation> problems = new ArrayList<>();
    for (ProfileSetting setting : ProfileSetting.values()) {
      Option<? extends Sourced<?>> sourced = setting.in(profile);
      if (sourced.isDefined()) {
        problems.addAll(problems(
            setting, "$.settings." + setting.key() + ".value", sourced.get().value()));
      }
    }
    return problems;
  }

  /**
   * Returns every part of one setting's value outside its range.
   *
   * @param setting the setting, not null
   * @param path the path of the value, for example {@code $.settings.suspected.value}
   * @param value the value, of the setting's type; null has no problem here
   * @return the problems, empty when every part is in range
   */
  public static List<Violation> problems(ProfileSetting setting, String path, Object value) {
    List<Violation> out = new ArrayList<>();
    if (value == null) {
      return out;
    }
    switch (setting) {
      case FIRST_CONTACT, SUSPECTED -> trigger(out, path, (AbsenceTrigger) value);
      case HOME_VISITS -> {
        List<?> triggers = (List<?>) value;
        for (int i = 0; i < triggers.size(); i++) {
          trigger(out, path + "[" + i + "]", (AbsenceTrigger) triggers.get(i));
        }
      }
      case DROPOUT -> {
        DropoutRule rule = (DropoutRule) value;
        range(out, path + ".months", rule.months(), MIN_DROPOUT_MONTHS, MAX_DROPOUT_MONTHS);
        actions(out, path + ".actions", rule.actions());
      }
      case TERM_START -> {
        List<?> deadlines = (List<?>) value;
        for (int i = 0; i < deadlines.size(); i++) {
          deadline(
              out, path + "[" + i + "].within", ((TermStartDeadline) deadlines.get(i)).within());
        }
      }
      case HOME_EDUCATION_VISITS -> range(out, path, (Integer) value, 0, MAX_VISITS_PER_WEEK);
      case RECORD_DEADLINES -> {
        RecordDeadlines d = (RecordDeadlines) value;
        deadline(out, path + ".transfer", d.transfer());
        deadline(out, path + ".deathCancellation", d.deathCancellation());
      }
      case SUSPENSION -> {
        SuspensionLimits s = (SuspensionLimits) value;
        period(out, path + ".maxLength", s.maxLength(), MachineParameters.MAX_SUSPENSION_LIMIT);
        range(
            out,
            path + ".maxExtensions",
            s.maxExtensions(),
            0,
            MachineParameters.MAX_EXTENSIONS_LIMIT);
        period(out, path + ".maxTotal", s.maxTotal(), MachineParameters.MAX_SUSPENSION_LIMIT);
      }
      case CASE_DEADLINES -> {
        List<?> deadlines = (List<?>) value;
        for (int i = 0; i < deadlines.size(); i++) {
          deadline(out, path + "[" + i + "].within", ((StepDeadline) deadlines.get(i)).within());
        }
      }
      case TARGETS -> {
        List<?> targets = (List<?>) value;
        for (int i = 0; i < targets.size(); i++) {
          Option<Integer> year = ((TargetRule) targets.get(i)).byYear();
          if (year.isDefined()) {
            range(
                out,
                path + "[" + i + "].byYear",
                year.get(),
                SchoolYear.MIN_START_YEAR,
                SchoolYear.MAX_START_YEAR);
          }
        }
      }
      case SCREENING_WEIGHTS -> weights(out, path, (ScreeningWeights) value);
      default -> {} // no number of its own, or bounded by its own type (see the class description)
    }
    return out;
  }

  private static void trigger(List<Violation> out, String path, AbsenceTrigger trigger) {
    range(out, path + ".schoolDays", trigger.schoolDays(), MIN_SCHOOL_DAYS, MAX_SCHOOL_DAYS);
    actions(out, path + ".actions", trigger.actions());
  }

  private static void actions(List<Violation> out, String path, List<RequiredAction> actions) {
    for (int i = 0; i < actions.size(); i++) {
      deadline(out, path + "[" + i + "].within", actions.get(i).within());
    }
  }

  private static void weights(List<Violation> out, String path, ScreeningWeights w) {
    range(out, path + ".priorityGroup", w.priorityGroup(), 0, MAX_WEIGHT);
    range(out, path + ".absenceStreak", w.absenceStreak(), 0, MAX_WEIGHT);
    range(out, path + ".suspectedStatus", w.suspectedStatus(), 0, MAX_WEIGHT);
    range(out, path + ".missingExclusionEvidence", w.missingExclusionEvidence(), 0, MAX_WEIGHT);
    range(out, path + ".transitionNotMade", w.transitionNotMade(), 0, MAX_WEIGHT);
    range(out, path + ".overAgeForGrade", w.overAgeForGrade(), 0, MAX_WEIGHT);
    range(out, path + ".repeatedGrade", w.repeatedGrade(), 0, MAX_WEIGHT);
    range(
        out, path + ".minimumStreakDays", w.minimumStreakDays(), MIN_SCHOOL_DAYS, MAX_SCHOOL_DAYS);
  }

  /**
   * Returns the longest deadline of {@code count}'s unit (one school year): {@value
   * #MAX_DEADLINE_SCHOOL_DAYS} school days, {@value #MAX_DEADLINE_CALENDAR_DAYS} calendar days,
   * {@value #MAX_DEADLINE_WEEKS} weeks or {@value #MAX_DEADLINE_MONTHS} months.
   *
   * @param count the deadline, not null
   * @return the largest amount of its unit
   */
  public static int maxAmount(DayCount count) {
    return switch (count.unit()) {
      case SCHOOL_DAYS -> MAX_DEADLINE_SCHOOL_DAYS;
      case CALENDAR_DAYS -> MAX_DEADLINE_CALENDAR_DAYS;
      case WEEKS -> MAX_DEADLINE_WEEKS;
      case MONTHS -> MAX_DEADLINE_MONTHS;
    };
  }

  private static void deadline(List<Violation> out, String path, DayCount count) {
    if (count.amount() > maxAmount(count)) {
      out.add(Violation.at(
          path,
          "deadline longer than one school year (valid values 0 - " + maxAmount(count) + " "
              + count.unit().name().toLowerCase(java.util.Locale.ROOT) + "): " + count.amount()));
    }
  }

  private static void period(List<Violation> out, String path, Period value, Period max) {
    if (!MachineParameters.isWithin(value, max)) {
      out.add(Violation.at(path, "out of range (valid values P1D - " + max + "): " + value));
    }
  }

  private static void range(List<Violation> out, String path, int value, int min, int max) {
    if (value < min || value > max) {
      out.add(
          Violation.at(path, "out of range (valid values " + min + " - " + max + "): " + value));
    }
  }
}
