package org.kbbx.reporting.report;

/**
 * A school's submission for a reporting obligation, as received (R-LED-4, R-LED-5).
 *
 * <p>Untrusted input: any component may be null; the deadline check turns a bad submission into
 * an {@link ReportFindingKind#UNEXPECTED_SUBMISSION} finding. This class is immutable and
 * thread-safe.
 *
 * @param school the submitting school's code
 * @param obligation the obligation code the submission answers
 * @param submittedAt when it was received
 */
public record Submission(String school, String obligation, java.time.LocalDateTime submittedAt) {}
