package org.kbbx.reporting.reconciliation;

/**
 * The status of a school record row as the record system exports it (R-LED-2).
 *
 * <p>{@link #ACTIVE} and {@link #TRANSFER_PENDING} records are "record here" (籍在) for the
 * reconciliation; a {@link #CLOSED} record (graduated, deceased, cancelled) is not. The names match
 * the record part of the status machine (R-SM-8) so an embedding system can map one to the other
 * by name. This class is immutable and thread-safe.
 */
public enum RecordStatus {
  /** 在籍: the record is active at the school. */
  ACTIVE("在籍", "active"),
  /** 转学中: transfer-out sent, transfer-in not yet confirmed; the record is still here. */
  TRANSFER_PENDING("转学中", "transfer pending"),
  /** 已注销: the record is closed (completed, deceased or cancelled). */
  CLOSED("已注销", "closed");

  private final String chineseLabel;
  private final String englishLabel;

  RecordStatus(String chineseLabel, String englishLabel) {
    this.chineseLabel = chineseLabel;
    this.englishLabel = englishLabel;
  }

  /**
   * Returns whether a record in this status is held at its school ("record here", 籍在).
   *
   * @return true for active and transfer-pending records
   */
  public boolean isHeld() {
    return this != CLOSED;
  }

  /**
   * Returns the Chinese label, for example {@code 在籍}.
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
