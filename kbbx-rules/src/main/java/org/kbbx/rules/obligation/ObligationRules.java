package org.kbbx.rules.obligation;

import java.util.List;
import java.util.Objects;

/**
 * The reporting and visiting duties of one jurisdiction, resolved (R-LED-4..6).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param termStart the term-start tasks, possibly empty; copied
 * @param weeklyReports the weekly reports, possibly empty; copied
 * @param homeEducationVisitsPerWeek the minimum home-education visits per student per week, 0 for
 *     none
 * @param records the transfer and death-cancellation deadlines, not null
 */
public record ObligationRules(
    List<TermStartDeadline> termStart,
    List<WeeklyReportRule> weeklyReports,
    int homeEducationVisitsPerWeek,
    RecordDeadlines records) {

  /** Creates the rules. */
  public ObligationRules {
    termStart = List.copyOf(Objects.requireNonNull(termStart, "termStart"));
    weeklyReports = List.copyOf(Objects.requireNonNull(weeklyReports, "weeklyReports"));
    if (homeEducationVisitsPerWeek < 0) {
      throw new IllegalArgumentException(
          "Invalid value for homeEducationVisitsPerWeek (valid values 0 or more): "
              + homeEducationVisitsPerWeek);
    }
    Objects.requireNonNull(records, "records");
  }
}
