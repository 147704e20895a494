package org.kbbx.core.status;

/**
 * The record part of a student's status (学籍, docs/rules.md §4), which changes independently of the
 * schooling part ({@link SchoolingState}): a dropout keeps an active record (籍在人不在).
 */
public enum RecordState {
  /** 无学籍: never enrolled, no record. */
  NONE("无学籍"),
  /** 学籍在籍: an active record at a school. */
  ACTIVE("在籍"),
  /** 转学中: transfer-out (转出) sent, transfer-in (转入) not yet confirmed (R-SM-8). */
  TRANSFER_PENDING("转学待确认"),
  /** 学籍关闭: closed, with a {@link ClosingReason}. */
  CLOSED("学籍关闭");

  private final String chineseLabel;

  RecordState(String chineseLabel) {
    this.chineseLabel = chineseLabel;
  }

  /** Returns the Chinese label, for example {@code 转学待确认}. */
  public String chineseLabel() {
    return chineseLabel;
  }
}
