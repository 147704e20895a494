package org.kbbx.rules.escalation;

/**
 * What a required action asks someone to do when an absence alert fires (R-ABS-2).
 *
 * <p>This class is immutable and thread-safe.
 */
public enum ActionKind {
  /** 联系家长核实: contact the family and verify why the student is absent. */
  CONTACT_FAMILY("联系家长核实"),
  /** 家访: visit the family at home. */
  HOME_VISIT("家访"),
  /** 书面报告: send a written report to the recipient. */
  WRITTEN_REPORT("书面报告"),
  /** 学籍系统标注: mark the status in the national student-record system. */
  MARK_IN_RECORD_SYSTEM("学籍系统标注"),
  /** 启动劝返: open the return-persuasion case (R-CASE-1). */
  START_RETURN_CASE("启动劝返复学程序"),
  /** 确认辍学: decide whether the student has dropped out and record it. */
  CONFIRM_DROPOUT("确认辍学");

  private final String chineseLabel;

  ActionKind(String chineseLabel) {
    this.chineseLabel = chineseLabel;
  }

  /**
   * Returns the Chinese label, for example {@code 家访}.
   *
   * @return the label, never null
   */
  public String chineseLabel() {
    return chineseLabel;
  }
}
