package org.kbbx.reporting.reconciliation;

import java.time.LocalDate;
import org.kbbx.core.mask.IdMask;

/**
 * One presence observation (在校核查, R-LED-2): whether the child was at the school on a date.
 *
 * <p>Rows are untrusted input: the ID, school and date may be null; a null school or date makes
 * the row a {@link RowFindingKind#MALFORMED_ROW} finding. {@link #toString()} shows the ID masked
 * by {@link IdMask} and the school with any ID-like run masked (R-ID-5). This class is immutable
 * and thread-safe.
 *
 * @param residentId the resident ID text as received, may be null or invalid
 * @param schoolCode the school where the check was made, may be null
 * @param present whether the child was found at the school
 * @param date the check date, may be null
 */
public record PresenceRow(String residentId, String schoolCode, boolean present, LocalDate date) {

  /** Returns the row with the ID masked (R-ID-5). */
  @Override
  public String toString() {
    return "PresenceRow[residentId=" + IdMask.mask(residentId) + ", schoolCode="
        + IdMask.maskIdLikeRuns(schoolCode) + ", present=" + present + ", date=" + date + "]";
  }
}
