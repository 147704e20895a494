package org.kbbx.core.responsibility;

import java.util.Objects;
import org.kbbx.core.person.PriorityGroup;
import org.kbbx.core.rate.Fraction;
import org.kbbx.core.rate.Rate;
import org.kbbx.core.school.SchoolLevel;

/**
 * One accountability rule of a jurisdiction profile (R-RC-9): when it fires and what follows.
 *
 * <p>A closed family of records, each with a stable {@link #code()} and Chinese label:
 *
 * <ul>
 *   <li>{@link TownshipHeadInterview} — 对年度辍学率高的乡(镇)长进行约谈 (seed 000);
 *   <li>{@link PrincipalPayForfeit} — 连续两学年辍学率超标的学校,取消校长全年绩效工资并调整工作 (seed 000);
 *   <li>{@link OneVoteVeto} — 建档立卡贫困户子女辍学实行一票否决 (seed 004);
 *   <li>{@link OrderSelfExamination} and {@link PublicCriticism} — 对工作不力的单位和个人给予责令检查、通报批评
 *       (seed 002).
 * </ul>
 *
 * <p>The rules are data; evaluating them against a county's rates and findings is done in
 * {@code org.kbbx.rules.accountability}.
 */
public sealed interface AccountabilityRule {

  /** Returns the stable code, for example {@code TOWNSHIP_HEAD_INTERVIEW}. */
  String code();

  /** Returns the Chinese label, for example {@code 约谈乡(镇)长}. */
  String chineseLabel();

  /** Returns what happens when the rule fires. */
  Sanction sanction();

  /**
   * The township head is interviewed (约谈) when the township's annual dropout rate at {@code level}
   * exceeds {@code threshold} (seed 000: 对控辍保学工作不力、年度辍学率高的乡(镇)长进行约谈). The seed does not say
   * how high is "high"; the profile fixes the threshold.
   *
   * <p>This class is immutable and thread-safe.
   *
   * <p>Example: {@code new TownshipHeadInterview(SchoolLevel.JUNIOR_SECONDARY,
   * Fraction.ofPercent("1.8"))} interviews the head of a township whose junior dropout rate is
   * above 1.8 %.
   *
   * @param level the school level whose rate counts, not null
   * @param threshold the exact rate above which the rule fires (strictly greater), at least 0, not null
   */
  record TownshipHeadInterview(SchoolLevel level, Fraction threshold)
      implements AccountabilityRule {

    /** Stable code of this rule. */
    public static final String CODE = "TOWNSHIP_HEAD_INTERVIEW";

    /** Checks that both parts are present and the threshold is not negative. */
    public TownshipHeadInterview {
      Objects.requireNonNull(level, "level");
      Objects.requireNonNull(threshold, "threshold");
      if (threshold.signum() < 0) {
        throw new IllegalArgumentException(
            "Invalid value for TownshipHeadInterview threshold (valid values >= 0): " + threshold);
      }
    }

    /**
     * Returns whether {@code rate} is strictly above the threshold; an undefined rate (zero
     * enrolment, R-RATE-1) exceeds nothing.
     *
     * @param rate the township's annual dropout rate at {@link #level()}, not null
     * @return true if the rule fires for that rate
     */
    public boolean isExceededBy(Rate rate) {
      Objects.requireNonNull(rate, "rate");
      return rate.compareTo(threshold).exists(sign -> sign > 0);
    }

    @Override
    public String code() {
      return CODE;
    }

    @Override
    public String chineseLabel() {
      return "年度辍学率高约谈乡(镇)长";
    }

    @Override
    public Sanction sanction() {
      return Sanction.INTERVIEW;
    }
  }

  /**
   * A school over its dropout target in {@code consecutiveYears} consecutive school years: the
   * principal loses the annual performance pay and is reassigned (seed 000: 连续两学年辍学率超标的学校,
   * 取消校长全年绩效工资并调整工作, so 2 there).
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param consecutiveYears how many school years in a row, at least 1
   */
  record PrincipalPayForfeit(int consecutiveYears) implements AccountabilityRule {

    /** Stable code of this rule. */
    public static final String CODE = "PRINCIPAL_PAY_FORFEIT";

    /** Checks {@code consecutiveYears >= 1}. */
    public PrincipalPayForfeit {
      if (consecutiveYears < 1) {
        throw new IllegalArgumentException(
            "Invalid value for PrincipalPayForfeit consecutiveYears (valid values 1 - "
                + Integer.MAX_VALUE
                + "): "
                + consecutiveYears);
      }
    }

    @Override
    public String code() {
      return CODE;
    }

    @Override
    public String chineseLabel() {
      return "连续" + consecutiveYears + "学年辍学率超标取消校长全年绩效工资并调整工作";
    }

    @Override
    public Sanction sanction() {
      return Sanction.PERFORMANCE_PAY_FORFEITED_AND_REASSIGNED;
    }
  }

  /**
   * One-vote veto (一票否决): a unit fails its annual assessment when one child of {@code group}
   * drops out there in the school year (seed 004: 建档立卡贫困户子女无义务教育学生辍学 … 实行一票否决制度).
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param group the priority group whose dropout vetoes, not null (seed 004: registered poor)
   */
  record OneVoteVeto(PriorityGroup group) implements AccountabilityRule {

    /** Stable code of this rule. */
    public static final String CODE = "ONE_VOTE_VETO";

    /** Checks that the group is present. */
    public OneVoteVeto {
      Objects.requireNonNull(group, "group");
    }

    @Override
    public String code() {
      return CODE;
    }

    @Override
    public String chineseLabel() {
      return group.chineseLabel() + "子女辍学一票否决";
    }

    @Override
    public Sanction sanction() {
      return Sanction.ONE_VOTE_VETO;
    }
  }

  /**
   * A school, township or person with at least {@code minimumFindings} failures of the listed
   * {@code causes} in a school year is ordered to examine itself (责令检查, seed 002, R-RC-17); never
   * the county itself.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param minimumFindings the number of failures from which the rule fires, at least 1
   * @param causes the causes that count (R-RC-17), at least one, not null
   */
  record OrderSelfExamination(int minimumFindings, java.util.Set<WorkFailure> causes)
      implements AccountabilityRule {

    /** Stable code of this rule. */
    public static final String CODE = "ORDER_SELF_EXAMINATION";

    /** Checks {@code minimumFindings >= 1} and at least one cause; copies the causes. */
    public OrderSelfExamination {
      requireAtLeastOne("OrderSelfExamination", minimumFindings);
      causes = copyCauses("OrderSelfExamination", causes);
    }

    /**
     * Returns the rule for seed 002's causes ({@link WorkFailure#seed002()}).
     *
     * @param minimumFindings the number of failures from which the rule fires, at least 1
     */
    public OrderSelfExamination(int minimumFindings) {
      this(minimumFindings, WorkFailure.seed002());
    }

    @Override
    public String code() {
      return CODE;
    }

    @Override
    public String chineseLabel() {
      return "工作不力责令检查";
    }

    @Override
    public Sanction sanction() {
      return Sanction.ORDERED_SELF_EXAMINATION;
    }
  }

  /**
   * A school, township or person with at least {@code minimumFindings} failures of the listed
   * {@code causes} in a school year is criticised in a circular (通报批评, seed 002, R-RC-17); never
   * the county itself.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param minimumFindings the number of failures from which the rule fires, at least 1
   * @param causes the causes that count (R-RC-17), at least one, not null
   */
  record PublicCriticism(int minimumFindings, java.util.Set<WorkFailure> causes)
      implements AccountabilityRule {

    /** Stable code of this rule. */
    public static final String CODE = "PUBLIC_CRITICISM";

    /** Checks {@code minimumFindings >= 1} and at least one cause; copies the causes. */
    public PublicCriticism {
      requireAtLeastOne("PublicCriticism", minimumFindings);
      causes = copyCauses("PublicCriticism", causes);
    }

    /**
     * Returns the rule for seed 002's causes ({@link WorkFailure#seed002()}).
     *
     * @param minimumFindings the number of failures from which the rule fires, at least 1
     */
    public PublicCriticism(int minimumFindings) {
      this(minimumFindings, WorkFailure.seed002());
    }

    @Override
    public String code() {
      return CODE;
    }

    @Override
    public String chineseLabel() {
      return "工作不力通报批评";
    }

    @Override
    public Sanction sanction() {
      return Sanction.PUBLIC_CRITICISM;
    }
  }

  private static java.util.Set<WorkFailure> copyCauses(
      String type, java.util.Set<WorkFailure> causes) {
    java.util.Objects.requireNonNull(causes, type + " causes");
    if (causes.isEmpty()) {
      throw new IllegalArgumentException(
          "Invalid value for " + type + " causes: expected at least one cause");
    }
    java.util.EnumSet<WorkFailure> copy = java.util.EnumSet.noneOf(WorkFailure.class);
    for (WorkFailure cause : causes) {
      copy.add(java.util.Objects.requireNonNull(cause, type + " cause"));
    }
    return java.util.Collections.unmodifiableSet(copy);
  }

  private static void requireAtLeastOne(String type, int minimumFindings) {
    if (minimumFindings < 1) {
      throw new IllegalArgumentException("Invalid value for "
          + type
          + " minimumFindings (valid values 1 - "
          + Integer.MAX_VALUE
          + "): "
          + minimumFindings);
    }
  }
}
