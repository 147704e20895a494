package org.kbbx.rules.casework;

import io.vavr.control.Option;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where a return-persuasion case stands: opened, at one of the {@link CaseStep}s, or ended
 * (R-CASE-1, R-CASE-2).
 *
 * <p>The step vocabulary is {@link CaseStep}: a state at a step is derived from it (its name, and
 * its label "已" + the step's label), so the two cannot drift. Only {@link #OPENED} and the three
 * endings of docs/rules.md §6 (R-CASE-2) are states of their own. An event leads to exactly one
 * state, so the case table is keyed by (state, state reached): a step event reaches
 * {@link #at(CaseStep)}, a return {@link #RETURNED}, an exclusion {@link #EXCLUDED}, ageing out
 * {@link #AGED_OUT}.
 *
 * <p>Each constant carries its Chinese label. This class is immutable and thread-safe.
 */
public enum CaseState {
  /** 已立案: opened, no step taken yet. */
  OPENED("已立案"),
  /** At {@link CaseStep#CONTACT}. */
  CONTACT(CaseStep.CONTACT),
  /** At {@link CaseStep#NON_RESIDENT_HANDOVER}. */
  NON_RESIDENT_HANDOVER(CaseStep.NON_RESIDENT_HANDOVER),
  /** At {@link CaseStep#RETURN_NOTICE}. */
  RETURN_NOTICE(CaseStep.RETURN_NOTICE),
  /** At {@link CaseStep#BUREAU_REPORT}. */
  BUREAU_REPORT(CaseStep.BUREAU_REPORT),
  /** At {@link CaseStep#GOVERNMENT_ESCALATION}. */
  GOVERNMENT_ESCALATION(CaseStep.GOVERNMENT_ESCALATION),
  /** At {@link CaseStep#ORDER_TO_CORRECT}. */
  ORDER_TO_CORRECT(CaseStep.ORDER_TO_CORRECT),
  /** At {@link CaseStep#URGE_NOTICE}. */
  URGE_NOTICE(CaseStep.URGE_NOTICE),
  /** At {@link CaseStep#LEGAL_ACTION}. */
  LEGAL_ACTION(CaseStep.LEGAL_ACTION),
  /** 已复学: ended, the student returned. */
  RETURNED("已复学"),
  /** 不属于失学辍学: ended, an exclusion reason with evidence (R-ABS-5). */
  EXCLUDED("不属于失学辍学"),
  /** 超龄: ended, the student left compulsory age. */
  AGED_OUT("超出义务教育年龄");

  private static final Map<CaseStep, CaseState> AT = new EnumMap<>(CaseStep.class);

  static {
    for (CaseState s : values()) {
      if (s.step != null) {
        AT.put(s.step, s);
      }
    }
  }

  private final String chineseLabel;
  private final CaseStep step;

  CaseState(String chineseLabel) {
    this.chineseLabel = chineseLabel;
    this.step = null;
  }

  CaseState(CaseStep step) {
    this.chineseLabel = "已" + step.chineseLabel();
    this.step = step;
  }

  /**
   * Returns the Chinese label, for example {@code 已复学} or, at a step, {@code 已下达劝返通知书}.
   *
   * @return the label, never null
   */
  public String chineseLabel() {
    return chineseLabel;
  }

  /**
   * Returns the step the case is at, if it is at one.
   *
   * @return the step; none for {@link #OPENED} and the endings
   */
  public Option<CaseStep> step() {
    return Option.of(step);
  }

  /**
   * Returns whether the case has ended.
   *
   * @return true for {@link #RETURNED}, {@link #EXCLUDED} and {@link #AGED_OUT}
   */
  public boolean isEnded() {
    return this == RETURNED || this == EXCLUDED || this == AGED_OUT;
  }

  /**
   * Returns the state reached by taking {@code step}.
   *
   * @param step the step, not null
   * @return the state at that step, never null
   * @throws NullPointerException if {@code step} is null
   */
  public static CaseState at(CaseStep step) {
    return AT.get(Objects.requireNonNull(step, "step"));
  }
}
