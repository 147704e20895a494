package org.kbbx.core.status;

/** A type-specific field of a {@link StatusEvent}; each {@link EventType} says which it requires. */
public enum EventField {
  /** The school the event names: the school enrolled at, transferred to, borrowed at, .... */
  SCHOOL("学校"),
  /** The grade after the event: the grade enrolled in, promoted to, repeated or skipped to. */
  GRADE("年级"),
  /** An end date: the end of a deferral or of an approved suspension (inclusive). */
  UNTIL("截止日期"),
  /** The id of the event a retraction removes. */
  TARGET_EVENT("撤销对象"),
  /** A reference to the evidence kept (佐证材料), for example a document number. */
  EVIDENCE("佐证材料"),
  /** A free-text reason. */
  REASON("原因"),
  /**
   * The grade system (学制) of the school the event places the student in, when it differs from the
   * jurisdiction's (R-SM-9); optional on the events that name a school the student enters.
   */
  GRADE_SYSTEM("学制");

  private final String chineseLabel;

  EventField(String chineseLabel) {
    this.chineseLabel = chineseLabel;
  }

  /** Returns the Chinese label, for example {@code 佐证材料}. */
  public String chineseLabel() {
    return chineseLabel;
  }
}
