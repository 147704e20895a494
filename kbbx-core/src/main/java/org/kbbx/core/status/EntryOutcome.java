package org.kbbx.core.status;

/** What became of one event given to a {@link StudentTimeline} (R-SM-3). */
public enum EntryOutcome {
  /** 已生效: the event moved (or, for a retraction, corrected) the status. */
  APPLIED("已生效"),
  /** 被拒绝: the machine rejected the event in its place in the order; it stays in the history. */
  REJECTED("被拒绝"),
  /** 已撤销: a retraction removed the event's effect; it stays in the history (R-SM-5). */
  RETRACTED("已撤销"),
  /** 拒收: bad input (null, another student, duplicate id, implausible date), never ordered. */
  REFUSED("拒收");

  private final String chineseLabel;

  EntryOutcome(String chineseLabel) {
    this.chineseLabel = chineseLabel;
  }

  /** Returns the Chinese label, for example {@code 已撤销}. */
  public String chineseLabel() {
    return chineseLabel;
  }
}
