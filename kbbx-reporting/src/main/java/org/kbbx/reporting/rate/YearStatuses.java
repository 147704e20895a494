package org.kbbx.reporting.rate;

import java.util.Objects;
import org.kbbx.core.status.Status;
import org.kbbx.core.status.StudentTimeline;

/**
 * The four statuses of one student that a school year's rates read (R-RATE-10, R-RATE-11,
 * R-RATE-13): on the previous year's census date (repeaters), on the census date (enrolment), on
 * the count date (dropouts, completion of grade 9, transfers) and on the next year's census date
 * (completion of the last primary grade).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param previousCensus status on the previous year's census date, not null
 * @param census status on the census date, not null
 * @param countDay status on the count date, not null
 * @param nextCensus status on the next year's census date, not null
 */
public record YearStatuses(Status previousCensus, Status census, Status countDay, Status nextCensus) {

  /** Creates the statuses. */
  public YearStatuses {
    Objects.requireNonNull(previousCensus, "previousCensus");
    Objects.requireNonNull(census, "census");
    Objects.requireNonNull(countDay, "countDay");
    Objects.requireNonNull(nextCensus, "nextCensus");
  }

  /**
   * Reads the four statuses from a timeline (R-SM-6).
   *
   * @param timeline not null
   * @param dates not null
   * @return the statuses
   */
  public static YearStatuses of(StudentTimeline timeline, RateDates dates) {
    Objects.requireNonNull(timeline, "timeline");
    Objects.requireNonNull(dates, "dates");
    return new YearStatuses(
        timeline.statusOn(dates.previousCensus()),
        timeline.statusOn(dates.census()),
        timeline.statusOn(dates.countDate()),
        timeline.statusOn(dates.nextCensus()));
  }
}
