package org.kbbx.reporting.rate;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Objects;
import org.kbbx.core.school.Grade;
import org.kbbx.core.school.GradeSystem;
import org.kbbx.core.school.SchoolLevel;
import org.kbbx.core.status.EntryOutcome;
import org.kbbx.core.status.EventType;
import org.kbbx.core.status.Status;
import org.kbbx.core.status.StudentTimeline;
import org.kbbx.core.status.TimelineEntry;

/**
 * What a school year's rates read about one student (R-RATE-10, R-RATE-11, R-RATE-13, R-RATE-16,
 * R-RATE-17): the statuses on the previous year's census date (repeaters), on the census date
 * (enrolment), on the count date (dropouts, nine-year completion, transfers) and on the next
 * year's census date, and, when read from a timeline, the year's completion and entry events.
 *
 * <p>Built from four statuses alone (the four-argument constructor), primary completion and intake
 * are read from them: a student in the last primary grade on the count date and in a junior grade
 * on the next census date completed at his count-date school; a student in grade 1 on the census
 * date with no record a year before, or in the first junior grade after a primary grade a year
 * before, is intake. A late entrant is intake only when read from the timeline ({@link #of}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param previousCensus status on the previous year's census date, not null
 * @param census status on the census date, not null
 * @param countDay status on the count date, not null
 * @param nextCensus status on the next year's census date, not null
 * @param events the year's completion and entry read from the events, or none when only the
 *     statuses are known, not null
 */
public record YearStatuses(
    Status previousCensus,
    Status census,
    Status countDay,
    Status nextCensus,
    Option<YearEvents> events) {

  /** Creates the statuses. */
  public YearStatuses {
    Objects.requireNonNull(previousCensus, "previousCensus");
    Objects.requireNonNull(census, "census");
    Objects.requireNonNull(countDay, "countDay");
    Objects.requireNonNull(nextCensus, "nextCensus");
    Objects.requireNonNull(events, "events");
  }

  /**
   * Creates the statuses without the year's events: completion and intake are read from the
   * statuses.
   *
   * @param previousCensus not null
   * @param census not null
   * @param countDay not null
   * @param nextCensus not null
   */
  public YearStatuses(Status previousCensus, Status census, Status countDay, Status nextCensus) {
    this(previousCensus, census, countDay, nextCensus, Option.none());
  }

  /**
   * Reads the four statuses (R-SM-6) and the year's completion and entry events from a timeline.
   *
   * <p>Primary completion (R-RATE-17) is a 小升初 or a promotion out of the last primary grade into
   * a junior grade dated after the census date of the year and on or before the next one, counted
   * at the school he left. Intake (R-RATE-16) is the first enrolment in grade 1 dated from the
   * census date to the day before the next, or the first entry into the first junior grade: by
   * enrolment in that window, or by 小升初 or promotion after the previous census date and on or
   * before this one (the year after the primary completion). Repeaters are excluded: a student who
   * held the grade before is not intake again. Linear in the timeline's events.
   *
   * @param timeline not null
   * @param dates not null
   * @return the statuses and events
   */
  public static YearStatuses of(StudentTimeline timeline, RateDates dates) {
    Objects.requireNonNull(timeline, "timeline");
    Objects.requireNonNull(dates, "dates");
    return new YearStatuses(
        timeline.statusOn(dates.previousCensus()),
        timeline.statusOn(dates.census()),
        timeline.statusOn(dates.countDate()),
        timeline.statusOn(dates.nextCensus()),
        Option.some(scan(timeline, dates)));
  }

  private static YearEvents scan(StudentTimeline timeline, RateDates dates) {
    GradeSystem jurisdiction = timeline.machine().parameters().gradeSystem();
    LocalDate previous = dates.previousCensus();
    LocalDate census = dates.census();
    LocalDate next = dates.nextCensus();
    Status before = Status.initial();
    boolean heldFirst = false;
    boolean heldFirstJunior = false;
    Status completedFrom = null;
    LocalDate completedOn = null;
    Status entered = null;
    for (TimelineEntry entry : timeline.entries()) {
      if (entry.outcome() != EntryOutcome.APPLIED || entry.status().grade().isEmpty()) {
        before = entry.outcome() == EntryOutcome.APPLIED ? entry.status() : before;
        continue;
      }
      Status after = entry.status();
      EventType type = entry.event().type();
      LocalDate on = entry.event().effectiveDate();
      int grade = after.grade().get().number();
      GradeSystem system = after.gradeSystemOr(jurisdiction);
      boolean firstJunior =
          grade == system.firstGradeOf(SchoolLevel.JUNIOR_SECONDARY).number();
      boolean fromPrimary = (type == EventType.PROGRESS_TO_JUNIOR || type == EventType.PROMOTE)
          && before.grade().isPresent()
          && before.gradeSystemOr(jurisdiction).levelOf(before.grade().get()) == SchoolLevel.PRIMARY
          && system.levelOf(after.grade().get()) == SchoolLevel.JUNIOR_SECONDARY;
      if (fromPrimary && on.isAfter(census) && !on.isAfter(next)) {
        completedFrom = before;
        completedOn = on;
      }
      if (entered == null) {
        boolean enrolled = type == EventType.ENROL && !on.isBefore(census) && on.isBefore(next);
        if (grade == Grade.FIRST && enrolled && !heldFirst) {
          entered = after;
        } else if (firstJunior
            && !heldFirstJunior
            && (enrolled || (fromPrimary && on.isAfter(previous) && !on.isAfter(census)))) {
          entered = after;
        }
      }
      heldFirst |= grade == Grade.FIRST;
      heldFirstJunior |= firstJunior;
      before = after;
    }
    return new YearEvents(Option.of(completedFrom), Option.of(completedOn), Option.of(entered));
  }

  /**
   * What the events of a timeline say about one school year (R-RATE-16, R-RATE-17).
   *
   * @param completedFrom the status just before the primary completion of the year (its school,
   *     grade and system are where he finished), or none, not null
   * @param completedOn the date of that completion, present with it, not null
   * @param entered the status just after the year's entry into grade 1 or the first junior grade
   *     (its school is where he entered), or none, not null
   */
  public record YearEvents(
      Option<Status> completedFrom, Option<LocalDate> completedOn, Option<Status> entered) {

    /** Creates the events. */
    public YearEvents {
      Objects.requireNonNull(completedFrom, "completedFrom");
      Objects.requireNonNull(completedOn, "completedOn");
      Objects.requireNonNull(entered, "entered");
      if (completedFrom.isDefined() != completedOn.isDefined()) {
        throw new IllegalArgumentException(
            "Invalid YearEvents: a completion needs its date and a date its completion");
      }
    }
  }
}
