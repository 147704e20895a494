package org.kbbx.reporting.reconciliation;

import org.kbbx.core.mask.IdMask;

/**
 * One school record row (学籍, R-LED-2), as exported by the record system.
 *
 * <p>Rows are untrusted input: every component may be null; a null school or status makes the
 * row a {@link RowFindingKind#MALFORMED_ROW} finding. {@link #toString()} shows the ID masked by
 * {@link IdMask} and the school with any ID-like run masked (R-ID-5). This class is immutable and
 * thread-safe.
 *
 * @param residentId the resident ID text as received, may be null or invalid
 * @param schoolCode the code of the school holding the record, may be null
 * @param status the record status, may be null
 */
public record RecordRow(String residentId, String schoolCode, RecordStatus status) {

  /** Returns the row with the ID masked (R-ID-5). */
  @Override
  public String toString() {
    return "RecordRow[residentId=" + IdMask.mask(residentId) + ", schoolCode="
        + IdMask.maskIdLikeRuns(schoolCode) + ", status=" + status + "]";
  }
}
