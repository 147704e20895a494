package org.kbbx.core.status;

/**
 * The schooling part of a student's status (docs/rules.md §4): where the child actually is, as opposed
 * to where the record (学籍) is ({@link RecordState}).
 *
 * <p>{@link #NOT_ENROLLED} is the initial state. {@link #COMPLETED}, {@link #DECEASED} and
 * {@link #AGED_OUT} are terminal: they accept no event except a retraction (R-SM-5).
 */
public enum SchoolingState {
  /** 失学: school-age, never enrolled. The initial state. */
  NOT_ENROLLED("未入学", "not enrolled", false, false),
  /** 延缓入学: approved deferred entry, with an end date; re-applied yearly. */
  DEFERRED("延缓入学", "deferred entry", false, false),
  /** 在读: attending a school in a grade. */
  ATTENDING("在读", "attending", true, false),
  /** 请假: on approved leave. */
  ON_LEAVE("请假", "on approved leave", true, false),
  /** 疑似辍学: suspected dropout, absent without valid reason. */
  SUSPECTED_DROPOUT("疑似辍学", "suspected dropout", true, false),
  /** 辍学: dropped out; the record stays (籍在人不在). */
  DROPPED_OUT("辍学", "dropped out", false, false),
  /** 休学: approved suspension, bounded in length and extensions. */
  SUSPENDED("休学", "suspended", false, false),
  /** 送教上门: home education for a child with a severe disability, delivered by the record school. */
  HOME_EDUCATION("送教上门", "home education", true, false),
  /** 随父母外出就学: studying elsewhere with the parents, with evidence. */
  STUDYING_ELSEWHERE("随父母外出就学", "studying elsewhere", false, false),
  /** 借读: attends one school while the record stays at another. */
  BORROWED("借读", "borrowed place", true, false),
  /** 专门学校: special (work-study) school; counts as attending. */
  SPECIAL_SCHOOL("专门学校", "special school", true, false),
  /** 完成义务教育: completed compulsory education. Terminal. */
  COMPLETED("完成义务教育", "completed", false, true),
  /** 出国（境）: abroad. */
  ABROAD("出国（境）", "abroad", false, false),
  /** 失踪失联: missing, out of contact. */
  MISSING("失踪失联", "missing", false, false),
  /** 死亡: deceased. Terminal. */
  DECEASED("死亡", "deceased", false, true),
  /** 超龄未完成: left compulsory age without completing. Terminal. */
  AGED_OUT("超龄未完成", "aged out", false, true);

  private final String chineseLabel;
  private final String englishLabel;
  private final boolean attendsSchool;
  private final boolean terminal;

  SchoolingState(
      String chineseLabel, String englishLabel, boolean attendsSchool, boolean terminal) {
    this.chineseLabel = chineseLabel;
    this.englishLabel = englishLabel;
    this.attendsSchool = attendsSchool;
    this.terminal = terminal;
  }

  /** Returns the Chinese label, for example {@code 疑似辍学}. */
  public String chineseLabel() {
    return chineseLabel;
  }

  /**
   * Returns the English label, for example {@code suspected dropout}, as registers and reports
   * print it next to the Chinese one (R-LED-7).
   *
   * @return the label, never null
   */
  public String englishLabel() {
    return englishLabel;
  }

  /**
   * Returns whether a child in this state has an attending school: the school whose register
   * marks the child's presence (在读, 请假, 疑似辍学, 送教上门, 借读, 专门学校).
   *
   * @return true if {@link Status#attendingSchool()} is present in this state
   */
  public boolean attendsSchool() {
    return attendsSchool;
  }

  /**
   * Returns whether this state is terminal: {@link #COMPLETED}, {@link #DECEASED} or
   * {@link #AGED_OUT}, which accept nothing but a retraction (R-SM-5).
   *
   * @return true if terminal
   */
  public boolean isTerminal() {
    return terminal;
  }

  /**
   * Returns whether a child in this state holds an open record (学籍) at a school: every state
   * except {@link #NOT_ENROLLED}, {@link #DEFERRED} and the terminal ones.
   *
   * @return true if the record is {@link RecordState#ACTIVE} or {@link RecordState#TRANSFER_PENDING}
   */
  public boolean holdsRecord() {
    return this != NOT_ENROLLED && this != DEFERRED && !terminal;
  }
}
