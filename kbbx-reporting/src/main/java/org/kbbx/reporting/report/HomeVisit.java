package org.kbbx.reporting.report;

import java.time.LocalDate;

/**
 * One home-education visit (送教上门, R-LED-6) as recorded: the child and the date.
 *
 * <p>Untrusted input: a visit with a null component is ignored by the report. This class is
 * immutable and thread-safe.
 *
 * @param residentId the child visited
 * @param date the visit date
 */
public record HomeVisit(org.kbbx.core.id.ResidentId residentId, LocalDate date) {}
