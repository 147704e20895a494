package org.kbbx.reporting.reconciliation;

/**
 * One school record row (学籍, R-LED-2), as exported by the record system.
 *
 * <p>Rows are untrusted input: every component may be null; a null school or status makes the
 * row a {@link RowFindingKind#MALFORMED_ROW} finding. This class is immutable and thread-safe.
 *
 * @param residentId the resident ID text as received, may be null or invalid
 * @param schoolCode the code of the school holding the record, may be null
 * @param status the record status, may be null
 */
public record RecordRow(String residentId, String schoolCode, RecordStatus status) {}
