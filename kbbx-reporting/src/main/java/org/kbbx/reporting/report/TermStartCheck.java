package org.kbbx.reporting.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Term-start check findings (开学排查, R-LED-5): each obligation is due a period after the term
 * starts; missing and late submissions are findings.
 *
 * <p>Examples from the seeds: {@code BISHAN_2024} full check within 5 days, report within 10 days;
 * {@code HEZHANG_2018} schools count within one week, the township centre reports within one
 * month; {@code XX_COUNTY_2023} the three rosters within two weeks. The last day on time is
 * {@code termStart.plus(within)}: a check "within 5 days" of a term starting on 1 September is on
 * time through 6 September.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TermStartCheck {

  private TermStartCheck() {}

  /**
   * Returns the deadline of an obligation due {@code within} after {@code termStart}.
   *
   * @param obligation the obligation code, not null
   * @param termStart the first day of term, not null
   * @param within the period allowed, not null
   * @return the deadline, at the end of {@code termStart.plus(within)}
   */
  public static Deadline deadline(String obligation, LocalDate termStart, Period within) {
    Objects.requireNonNull(termStart, "termStart");
    Objects.requireNonNull(within, "within");
    return Deadline.endOf(obligation, termStart.plus(within));
  }

  /**
   * Returns the term-start findings as of {@code asOf}.
   *
   * @param schools the schools that owe the obligations, not null
   * @param termStart the first day of term, not null
   * @param obligations each obligation code with the period allowed, iterated in map order, not
   *     null
   * @param submissions the submissions received, may be null (none)
   * @param asOf the moment of the check, not null
   * @return missing, late and unexpected submissions
   */
  public static List<ReportFinding> findings(
      Iterable<String> schools,
      LocalDate termStart,
      Map<String, Period> obligations,
      Iterable<Submission> submissions,
      LocalDateTime asOf) {
    Objects.requireNonNull(obligations, "obligations");
    List<Deadline> deadlines = new ArrayList<>();
    obligations.forEach((code, within) -> deadlines.add(deadline(code, termStart, within)));
    return DeadlineCheck.findings(schools, deadlines, submissions, asOf);
  }
}
