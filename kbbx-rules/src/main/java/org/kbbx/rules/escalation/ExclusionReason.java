package org.kbbx.rules.escalation;

import io.vavr.control.Option;
import java.util.Objects;
import org.kbbx.core.status.SchoolingState;

/**
 * Why a school-age child who is not in class is not a dropout (不属于失学辍学, R-ABS-5, seed 003).
 *
 * <p>Each reason holds only with evidence (佐证材料); without it the child stays on the screening
 * list. Each constant carries its Chinese label. This class is immutable and thread-safe.
 */
public enum ExclusionReason {
  /** 延缓入学: approved deferred entry. */
  DEFERRED_ENTRY("延缓入学"),
  /** 送教上门: home education for a severe disability. */
  HOME_EDUCATION("送教上门"),
  /** 请假: approved leave. */
  APPROVED_LEAVE("请假"),
  /** 休学: approved suspension. */
  SUSPENSION("休学"),
  /** 初中已毕业: junior secondary already completed. */
  JUNIOR_COMPLETED("初中已毕业"),
  /** 在外地就学: studying elsewhere. */
  STUDYING_ELSEWHERE("在外地就学"),
  /** 出国/出境: abroad. */
  ABROAD("出国/出境"),
  /** 失踪失联: missing, with evidence. */
  MISSING("失踪失联"),
  /** 死亡: deceased. */
  DECEASED("死亡");

  private final String chineseLabel;

  ExclusionReason(String chineseLabel) {
    this.chineseLabel = chineseLabel;
  }

  /**
   * Returns the exclusion reason a schooling state stands for, if it is one (R-ABS-5): the nine
   * states that keep a child off the dropout lists only with evidence (佐证材料). Attending states,
   * the dropout states, not enrolled and aged out are none.
   *
   * @param state the schooling state, not null
   * @return the reason, or none
   * @throws NullPointerException if {@code state} is null
   */
  public static Option<ExclusionReason> of(SchoolingState state) {
    return switch (Objects.requireNonNull(state, "state")) {
      case DEFERRED -> Option.some(DEFERRED_ENTRY);
      case HOME_EDUCATION -> Option.some(HOME_EDUCATION);
      case ON_LEAVE -> Option.some(APPROVED_LEAVE);
      case SUSPENDED -> Option.some(SUSPENSION);
      case COMPLETED -> Option.some(JUNIOR_COMPLETED);
      case STUDYING_ELSEWHERE -> Option.some(STUDYING_ELSEWHERE);
      case ABROAD -> Option.some(ABROAD);
      case MISSING -> Option.some(MISSING);
      case DECEASED -> Option.some(DECEASED);
      case NOT_ENROLLED,
          ATTENDING,
          SUSPECTED_DROPOUT,
          DROPPED_OUT,
          BORROWED,
          SPECIAL_SCHOOL,
          AGED_OUT -> Option.none();
    };
  }

  /**
   * Returns the Chinese label, for example {@code 休学}.
   *
   * @return the label, never null
   */
  public String chineseLabel() {
    return chineseLabel;
  }
}
