package org.kbbx.rules.file;

import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.Objects;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.status.Status;
import org.kbbx.core.status.StatusEvent;
import org.kbbx.core.status.StatusSpan;
import org.kbbx.core.status.StudentTimeline;

/**
 * One student's whole picture as of a date (R-FILE-1): status and history, absence streak,
 * alerts with who acts, the status events the rules derived, the return-persuasion cases, and
 * every input that was not applied.
 *
 * <p>Everything is as of the end of {@link #asOf()}: alerts, derived events, cases and
 * rejections dated later are not in it. This class is immutable and thread-safe.
 *
 * @param student the student, not null
 * @param asOf the as-of date, not null
 * @param status the status at the end of {@code asOf} (R-SM-6), not null
 * @param history the status spans that start on or before {@code asOf}, not null
 * @param absenceStreak the streak of school days absent without reason on {@code asOf} (R-ABS-1)
 * @param alerts the alerts raised up to {@code asOf}, in date order, routed, not null
 * @param derived the derived status events up to {@code asOf}, with stable ids, not null
 * @param cases the return-persuasion cases opened up to {@code asOf}, oldest first, not null
 * @param rejections the inputs up to {@code asOf} that were not applied: status events the
 *     machine rejected, case events without an open case or refused by the case, not null
 * @param timeline the full timeline (the file's events and the derived ones), not null
 */
public record StudentPicture(
    StudentId student,
    LocalDate asOf,
    Status status,
    Seq<StatusSpan> history,
    int absenceStreak,
    Seq<FileAlert> alerts,
    Seq<StatusEvent> derived,
    Seq<FileCase> cases,
    Seq<FileRejection> rejections,
    StudentTimeline timeline) {

  /** Checks the parts. */
  public StudentPicture {
    Objects.requireNonNull(student, "student");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(alerts, "alerts");
    Objects.requireNonNull(derived, "derived");
    Objects.requireNonNull(cases, "cases");
    Objects.requireNonNull(rejections, "rejections");
    Objects.requireNonNull(timeline, "timeline");
  }

  /** Returns a short form without the student's id (PIPL). */
  @Override
  public String toString() {
    return "StudentPicture[as of " + asOf + ", " + status.schooling() + ", streak "
        + absenceStreak + ", " + alerts.size() + " alerts, " + cases.size() + " cases, "
        + rejections.size() + " rejections]";
  }
}
