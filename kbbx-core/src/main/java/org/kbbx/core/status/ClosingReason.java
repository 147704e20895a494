package org.kbbx.core.status;

/** Why a record (学籍) was closed ({@link RecordState#CLOSED}). */
public enum ClosingReason {
  /** 毕业: compulsory education completed. */
  COMPLETED("毕业"),
  /** 死亡: the student died. */
  DECEASED("死亡"),
  /** 注销: cancelled, for example when the student left compulsory age without completing. */
  CANCELLED("注销");

  private final String chineseLabel;

  ClosingReason(String chineseLabel) {
    this.chineseLabel = chineseLabel;
  }

  /** Returns the Chinese label, for example {@code 毕业}. */
  public String chineseLabel() {
    return chineseLabel;
  }
}
