package org.kbbx.reporting.report;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kbbx.core.responsibility.Role;
import org.kbbx.core.time.SchoolCalendar;
import org.kbbx.rules.obligation.TermStartDeadline;

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

  /**
   * Returns the term-start findings for the units that play {@code actor}, with the deadlines of
   * a profile's term-start tasks (kbbx-rules {@code ObligationRules.termStart()}) computed on the
   * school calendar. The obligation code is the task's name ({@code FULL_CHECK}, {@code REPORT},
   * ...). A task whose due date the calendar cannot give (no school day near enough) is a
   * {@link ReportFindingKind#DEADLINE_UNKNOWN} finding.
   *
   * @param actor who the units are, for example {@code Role.SCHOOL}, not null
   * @param units the units that owe the tasks of that actor, not null
   * @param termStart the first day of term, not null
   * @param tasks the profile's term-start deadlines; tasks of other actors are ignored, not null
   * @param calendar the school days, not null
   * @param submissions the submissions received, may be null (none)
   * @param asOf the moment of the check, not null
   * @return missing, late and unexpected submissions, and deadlines that could not be computed
   */
  public static List<ReportFinding> findings(
      Role actor,
      Iterable<String> units,
      LocalDate termStart,
      List<TermStartDeadline> tasks,
      SchoolCalendar calendar,
      Iterable<Submission> submissions,
      LocalDateTime asOf) {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(termStart, "termStart");
    Objects.requireNonNull(tasks, "tasks");
    Objects.requireNonNull(calendar, "calendar");
    List<Deadline> deadlines = new ArrayList<>();
    List<ReportFinding> unknown = new ArrayList<>();
    for (TermStartDeadline task : tasks) {
      if (task.actor() != actor) {
        continue;
      }
      Option<LocalDate> due = task.within().dueFrom(termStart, calendar);
      if (due.isDefined()) {
        deadlines.add(Deadline.endOf(task.task().name(), due.get()));
      } else {
        unknown.add(new ReportFinding(
            ReportFindingKind.DEADLINE_UNKNOWN,
            null,
            task.task().name(),
            "no school day within reach of " + termStart + " + " + task.within()));
      }
    }
    List<ReportFinding> findings =
        new ArrayList<>(DeadlineCheck.findings(units, deadlines, submissions, asOf));
    findings.addAll(unknown);
    return findings;
  }
}
