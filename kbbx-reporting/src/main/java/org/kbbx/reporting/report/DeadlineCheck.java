package org.kbbx.reporting.report;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Checks schools' submissions against reporting deadlines (R-LED-4 weekly reports, R-LED-5
 * term-start checks): a deadline passed without a submission is {@code MISSING_REPORT}, a first
 * submission at or after the deadline is {@code LATE_REPORT}. Nothing is lost: a submission that
 * matches no school or obligation is {@code UNEXPECTED_SUBMISSION}.
 *
 * <p>Findings come in deadline order, then school order, then the unexpected submissions in
 * input order. {@link #findings} never throws for the submissions.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DeadlineCheck {

  private DeadlineCheck() {}

  /**
   * Returns the findings as of {@code asOf}.
   *
   * @param schools the schools that owe every obligation, not null
   * @param deadlines the obligations and their deadlines, not null
   * @param submissions the submissions received, read once, may be null (none)
   * @param asOf the moment of the check; deadlines at or before it are due, not null
   * @return the findings, possibly empty
   * @throws NullPointerException if {@code schools}, {@code deadlines} or {@code asOf} is null
   */
  public static List<ReportFinding> findings(
      Iterable<String> schools,
      List<Deadline> deadlines,
      Iterable<Submission> submissions,
      LocalDateTime asOf) {
    Objects.requireNonNull(schools, "schools");
    Objects.requireNonNull(deadlines, "deadlines");
    Objects.requireNonNull(asOf, "asOf");
    TreeSet<String> owing = new TreeSet<>();
    schools.forEach(s -> owing.add(Objects.requireNonNull(s, "schools contains null")));
    Map<String, Deadline> byObligation = new LinkedHashMap<>();
    deadlines.forEach(d -> byObligation.put(d.obligation(), d));

    Map<String, LocalDateTime> first = new HashMap<>();
    List<ReportFinding> unexpected = new ArrayList<>();
    if (submissions != null) {
      for (Submission s : submissions) {
        if (s == null
            || s.submittedAt() == null
            || !owing.contains(s.school())
            || !byObligation.containsKey(s.obligation())) {
          unexpected.add(new ReportFinding(
              ReportFindingKind.UNEXPECTED_SUBMISSION,
              s == null ? null : s.school(),
              s == null ? null : s.obligation(),
              "submission " + s + " matches no school and obligation of this check"));
          continue;
        }
        first.merge(
            s.school() + "\n" + s.obligation(), s.submittedAt(), (a, b) -> a.isBefore(b) ? a : b);
      }
    }
    List<ReportFinding> findings = new ArrayList<>();
    for (Deadline deadline : byObligation.values()) {
      for (String school : owing) {
        LocalDateTime at = first.get(school + "\n" + deadline.obligation());
        if (at == null) {
          if (!asOf.isBefore(deadline.dueBefore())) {
            findings.add(new ReportFinding(
                ReportFindingKind.MISSING_REPORT,
                school,
                deadline.obligation(),
                "due before " + deadline.dueBefore() + ", none by " + asOf));
          }
        } else if (!deadline.isMetBy(at)) {
          findings.add(new ReportFinding(
              ReportFindingKind.LATE_REPORT,
              school,
              deadline.obligation(),
              "due before " + deadline.dueBefore() + ", received " + at));
        }
      }
    }
    findings.addAll(unexpected);
    return findings;
  }
}
