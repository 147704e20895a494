package org.kbbx.reporting.register;

import java.util.Objects;
import org.kbbx.core.status.SchoolingState;

/**
 * Why a register entry was closed (动态销号, R-LED-0). The name is the stable code.
 *
 * <p>This class is immutable and thread-safe.
 */
public enum ClosingReason {
  /** 复学: back at school (attending, on leave, home education, borrowed, special school). */
  RETURNED("复学", "returned to school"),
  /** 转入辍学台账: a suspected dropout became a dropout. */
  ESCALATED_TO_DROPOUT("转入辍学台账", "moved to the dropout register"),
  /** 不属于失学辍学: an exclusion (R-ABS-5), e.g. suspension, studying elsewhere, abroad. */
  EXCLUDED("不属于失学辍学", "excluded (not a dropout)"),
  /** 改列: moved to another list (e.g. back to not enrolled). */
  RECLASSIFIED("改列", "reclassified"),
  /** 完成义务教育: completed compulsory education. */
  COMPLETED("完成义务教育", "completed compulsory education"),
  /** 超龄: left compulsory age without completing. */
  AGED_OUT("超龄", "aged out"),
  /** 死亡: deceased. */
  DECEASED("死亡", "deceased");

  private final String chineseLabel;
  private final String englishLabel;

  ClosingReason(String chineseLabel, String englishLabel) {
    this.chineseLabel = chineseLabel;
    this.englishLabel = englishLabel;
  }

  /**
   * Returns why a suspected-dropout or dropout register entry closes when the child enters
   * {@code state} (动态销号, R-LED-0): attending, leave, home education, a borrowed place or a
   * special school close it as {@link #RETURNED}; deferral, suspension, studying elsewhere, abroad
   * and missing as {@link #EXCLUDED} (R-ABS-5); a dropout moves a suspected entry to the dropout
   * register; not enrolled and suspected again are a {@link #RECLASSIFIED} entry; the terminal
   * states close with their own reason.
   *
   * @param state the schooling state entered, not null
   * @return the closing reason, never null
   * @throws NullPointerException if {@code state} is null
   */
  public static ClosingReason onEntering(SchoolingState state) {
    return switch (Objects.requireNonNull(state, "state")) {
      case ATTENDING, ON_LEAVE, HOME_EDUCATION, BORROWED, SPECIAL_SCHOOL -> RETURNED;
      case DEFERRED, SUSPENDED, STUDYING_ELSEWHERE, ABROAD, MISSING -> EXCLUDED;
      case DROPPED_OUT -> ESCALATED_TO_DROPOUT;
      case NOT_ENROLLED, SUSPECTED_DROPOUT -> RECLASSIFIED;
      case COMPLETED -> COMPLETED;
      case DECEASED -> DECEASED;
      case AGED_OUT -> AGED_OUT;
    };
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label, never null
   */
  public String chineseLabel() {
    return chineseLabel;
  }

  /**
   * Returns the English label.
   *
   * @return the label, never null
   */
  public String englishLabel() {
    return englishLabel;
  }
}
