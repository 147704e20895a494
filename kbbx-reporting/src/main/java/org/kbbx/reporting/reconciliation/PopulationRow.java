package org.kbbx.reporting.reconciliation;

import java.time.LocalDate;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.mask.IdMask;

/**
 * One row of household-registration or population data (户籍/人口, R-LED-2), as received.
 *
 * <p>Rows are untrusted input: every component may be null; the reconciliation turns a bad row
 * into a finding and never throws. {@link #toString()} shows the ID masked by {@link IdMask}, the
 * name with any ID-like run masked, and only whether a birth date is present: the masked ID and
 * the birth date together would be the full number (R-ID-5). This class is immutable and
 * thread-safe.
 *
 * @param residentId the resident ID text as received (R-ID-1), may be null or invalid
 * @param name the child's name, may be null
 * @param birthDate the recorded birth date, may be null (then no R-ID-3 cross-check)
 * @param householdDivision the household's village or community code (R-DIV-1), may be null
 */
public record PopulationRow(
    String residentId, String name, LocalDate birthDate, DivisionCode householdDivision) {

  /** Returns the row with the ID masked and the birth date left out (R-ID-5). */
  @Override
  public String toString() {
    return "PopulationRow[residentId=" + IdMask.mask(residentId) + ", name="
        + IdMask.maskIdLikeRuns(name)
        + ", birthDate=" + (birthDate == null ? "null" : "(given)")
        + ", householdDivision=" + householdDivision + "]";
  }
}
