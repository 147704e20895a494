package org.kbbx.reporting.reconciliation;

import java.time.LocalDate;
import org.kbbx.core.division.DivisionCode;

/**
 * One row of household-registration or population data (户籍/人口, R-LED-2), as received.
 *
 * <p>Rows are untrusted input: every component may be null; the reconciliation turns a bad row
 * into a finding and never throws. This class is immutable and thread-safe.
 *
 * @param residentId the resident ID text as received (R-ID-1), may be null or invalid
 * @param name the child's name, may be null
 * @param birthDate the recorded birth date, may be null (then no R-ID-3 cross-check)
 * @param householdDivision the household's village or community code (R-DIV-1), may be null
 */
public record PopulationRow(
    String residentId, String name, LocalDate birthDate, DivisionCode householdDivision) {}
