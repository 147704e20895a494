package org.kbbx.reporting.register;

/**
 * The schooling state of a child as the registers, ledger and reports read it (docs/rules.md §4).
 *
 * <p>The constants have the names of the status machine's schooling states, so a state from a
 * timeline maps by name ({@code RegisterState.valueOf(state.name())}). Each constant says which
 * column of the village statistics table (R-LED-1) it falls into and how a register entry is closed
 * when a child enters it (动态销号, R-LED-0).
 *
 * <p>This class is immutable and thread-safe.
 */
public enum RegisterState {
  /** 未入学: school-age, never enrolled (失学). */
  NOT_ENROLLED("未入学", "not enrolled", ClosingReason.RECLASSIFIED),
  /** 延缓入学: approved deferred entry (an exclusion, R-ABS-5). */
  DEFERRED("延缓入学", "deferred entry", ClosingReason.EXCLUDED),
  /** 在读: attending. */
  ATTENDING("在读", "attending", ClosingReason.RETURNED),
  /** 请假: approved leave (an exclusion). */
  ON_LEAVE("请假", "on approved leave", ClosingReason.RETURNED),
  /** 疑似辍学: suspected dropout. */
  SUSPECTED_DROPOUT("疑似辍学", "suspected dropout", ClosingReason.RECLASSIFIED),
  /** 辍学: dropped out. */
  DROPPED_OUT("辍学", "dropped out", ClosingReason.ESCALATED_TO_DROPOUT),
  /** 休学: approved suspension (an exclusion). */
  SUSPENDED("休学", "suspended", ClosingReason.EXCLUDED),
  /** 送教上门: home education (an exclusion, counts as enrolled). */
  HOME_EDUCATION("送教上门", "home education", ClosingReason.RETURNED),
  /** 随父母外出就学: studying elsewhere, with evidence. */
  STUDYING_ELSEWHERE("外出就学", "studying elsewhere", ClosingReason.EXCLUDED),
  /** 借读: attends one school, record at another. */
  BORROWED("借读", "borrowed place", ClosingReason.RETURNED),
  /** 专门学校: special school, counts as attending. */
  SPECIAL_SCHOOL("专门学校", "special school", ClosingReason.RETURNED),
  /** 完成义务教育: completed compulsory education (初中已毕业). */
  COMPLETED("完成义务教育", "completed", ClosingReason.COMPLETED),
  /** 出国（境）: abroad (an exclusion). */
  ABROAD("出国（境）", "abroad", ClosingReason.EXCLUDED),
  /** 失踪失联: missing (an exclusion when evidenced). */
  MISSING("失踪失联", "missing", ClosingReason.EXCLUDED),
  /** 死亡: deceased. */
  DECEASED("死亡", "deceased", ClosingReason.DECEASED),
  /** 超龄未完成: left compulsory age without completing. */
  AGED_OUT("超龄未完成", "aged out", ClosingReason.AGED_OUT);

  private final String chineseLabel;
  private final String englishLabel;
  private final ClosingReason closes;

  RegisterState(String chineseLabel, String englishLabel, ClosingReason closes) {
    this.chineseLabel = chineseLabel;
    this.englishLabel = englishLabel;
    this.closes = closes;
  }

  /**
   * Returns the register state of a status-machine schooling state (same name, R-SM-6).
   *
   * @param state the schooling state, not null
   * @return the register state with the same name
   */
  public static RegisterState of(org.kbbx.core.status.SchoolingState state) {
    return valueOf(java.util.Objects.requireNonNull(state, "state").name());
  }

  /**
   * Returns why a suspected-dropout or dropout register entry closes when the child enters this
   * state.
   *
   * @return the closing reason, never null
   */
  public ClosingReason closingReason() {
    return closes;
  }

  /**
   * Returns whether this state ends compulsory education for the register of school-age children:
   * completed, deceased or aged out.
   *
   * @return true for the terminal states
   */
  public boolean isTerminal() {
    return this == COMPLETED || this == DECEASED || this == AGED_OUT;
  }

  /**
   * Returns whether this state is an exclusion that needs evidence (佐证材料) to keep the child off
   * the dropout lists (R-ABS-5).
   *
   * @return true for deferred, home education, leave, suspension, studying elsewhere, abroad,
   *     missing, completed and deceased
   */
  public boolean needsEvidence() {
    return switch (this) {
      case DEFERRED,
          HOME_EDUCATION,
          ON_LEAVE,
          SUSPENDED,
          STUDYING_ELSEWHERE,
          ABROAD,
          MISSING,
          COMPLETED,
          DECEASED -> true;
      default -> false;
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
