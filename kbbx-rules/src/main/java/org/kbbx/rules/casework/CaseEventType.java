package org.kbbx.rules.casework;

/**
 * The kinds of event a return-persuasion case takes: one per step, and the three endings.
 *
 * <p>This class is immutable and thread-safe.
 */
public enum CaseEventType {
  /** Take {@link CaseStep#CONTACT}. */
  CONTACT,
  /** Take {@link CaseStep#NON_RESIDENT_HANDOVER}. */
  NON_RESIDENT_HANDOVER,
  /** Take {@link CaseStep#RETURN_NOTICE}. */
  RETURN_NOTICE,
  /** Take {@link CaseStep#BUREAU_REPORT}. */
  BUREAU_REPORT,
  /** Take {@link CaseStep#GOVERNMENT_ESCALATION}. */
  GOVERNMENT_ESCALATION,
  /** Take {@link CaseStep#ORDER_TO_CORRECT}. */
  ORDER_TO_CORRECT,
  /** Take {@link CaseStep#URGE_NOTICE}. */
  URGE_NOTICE,
  /** Take {@link CaseStep#LEGAL_ACTION}. */
  LEGAL_ACTION,
  /** 复学: the student returned. */
  RETURN,
  /** 排除: an exclusion reason with evidence. */
  EXCLUDE,
  /** 超龄: the student left compulsory age. */
  AGE_OUT;

  /**
   * Returns the event type that takes {@code step}.
   *
   * @param step the step, not null
   * @return the event type of the same name
   */
  public static CaseEventType of(CaseStep step) {
    return valueOf(step.name());
  }
}
