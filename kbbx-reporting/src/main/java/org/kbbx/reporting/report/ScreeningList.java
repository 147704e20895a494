package org.kbbx.reporting.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;
import org.kbbx.core.internal.KbbxStyle;
import org.kbbx.core.person.PriorityGroup;
import org.kbbx.core.status.SchoolingState;
import org.kbbx.rules.escalation.ExclusionReason;
import org.kbbx.rules.profile.RiskCriterion;
import org.kbbx.rules.profile.ScreeningWeights;

/**
 * The screening warning list (筛查预警清单, R-LED-3): every child with a positive weighted risk
 * score, highest first, each with the criteria that contributed and their weights.
 *
 * <p>Criteria: each priority group; an absence streak of at least
 * {@link ScreeningWeights#minimumStreakDays()}; suspected-dropout status; an exclusion state that needs
 * evidence (R-ABS-5) without evidence; primary→junior transition not made; over-age for grade;
 * repeated grade. A criterion with weight 0 does not contribute.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@KbbxStyle
public abstract class ScreeningList {

  private static final Comparator<ScreeningEntry> ORDER = Comparator.comparingInt(
          ScreeningEntry::score)
      .reversed()
      .thenComparing(e -> e.residentId().unmasked());

  ScreeningList() {}

  /**
   * Returns the date of the list.
   *
   * @return the as-of date, never null
   */
  public abstract LocalDate asOf();

  /**
   * Returns the weights used.
   *
   * @return the weights, never null
   */
  public abstract ScreeningWeights weights();

  /**
   * Returns the children at risk, highest score first, then by ID.
   *
   * @return the entries, possibly empty
   */
  public abstract List<ScreeningEntry> entries();

  /**
   * Screens the given children. Null children are skipped; never throws for the subjects.
   *
   * @param subjects the children, read once, may be null (none)
   * @param weights the weights, not null
   * @param asOf the as-of date, not null
   * @return the list
   * @throws NullPointerException if {@code weights} or {@code asOf} is null
   */
  public static ScreeningList of(
      Iterable<ScreeningSubject> subjects, ScreeningWeights weights, LocalDate asOf) {
    Objects.requireNonNull(weights, "weights");
    Objects.requireNonNull(asOf, "asOf");
    List<ScreeningEntry> entries = new ArrayList<>();
    if (subjects != null) {
      for (ScreeningSubject subject : subjects) {
        if (subject == null) {
          continue;
        }
        List<RiskContribution> contributions = contributions(subject, weights);
        if (!contributions.isEmpty()) {
          ScreeningEntry.Builder entry = ScreeningEntry.builder()
              .residentId(subject.residentId())
              .name(subject.name())
              .contributions(contributions);
          subject.school().ifPresent(entry::school);
          entries.add(entry.build());
        }
      }
    }
    entries.sort(ORDER);
    return builder().asOf(asOf).weights(weights).entries(entries).build();
  }

  /**
   * Returns the contributions of one child, in criterion order.
   *
   * @param subject the child, not null
   * @param weights the weights, not null
   * @return the contributions with a weight above 0
   */
  public static List<RiskContribution> contributions(
      ScreeningSubject subject, ScreeningWeights weights) {
    List<RiskContribution> out = new ArrayList<>();
    for (PriorityGroup group : PriorityGroup.values()) {
      if (subject.priorityGroups().contains(group)) {
        add(out, weights, RiskCriterion.PRIORITY_GROUP, group.chineseLabel());
      }
    }
    if (subject.absenceStreak() >= weights.minimumStreakDays()) {
      add(out, weights, RiskCriterion.ABSENCE_STREAK, subject.absenceStreak() + " school days");
    }
    SchoolingState state = subject.state().orElse(null);
    if (state == SchoolingState.SUSPECTED_DROPOUT) {
      add(out, weights, RiskCriterion.SUSPECTED_STATUS, state.chineseLabel());
    }
    if (state != null
        && ExclusionReason.of(state).isDefined()
        && subject.evidence().isEmpty()) {
      add(
          out,
          weights,
          RiskCriterion.MISSING_EXCLUSION_EVIDENCE,
          state.chineseLabel() + " without evidence");
    }
    if (subject.transitionNotMade()) {
      add(out, weights, RiskCriterion.TRANSITION_NOT_MADE, "not enrolled in junior secondary");
    }
    if (subject.yearsOverAge() > 0) {
      add(
          out,
          weights,
          RiskCriterion.OVER_AGE_FOR_GRADE,
          subject.yearsOverAge() + " years over age");
    }
    if (subject.repeatedGrade()) {
      add(out, weights, RiskCriterion.REPEATED_GRADE, "repeated a grade");
    }
    return out;
  }

  private static void add(
      List<RiskContribution> out,
      ScreeningWeights weights,
      RiskCriterion criterion,
      String detail) {
    int weight = weights.weight(criterion);
    if (weight > 0) {
      out.add(new RiskContribution(criterion, weight, detail));
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

  /** Builds a {@link ScreeningList}. */
  public static final class Builder extends ImmutableScreeningList.Builder {
    Builder() {}
  }
}
