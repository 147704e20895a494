package org.kbbx.rules.obligation;

import java.time.LocalDate;
import java.util.Objects;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.responsibility.Role;

/**
 * One unannounced visit of a plan (R-OBL-4): which school, on which school day, by whom.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param school the school, not null
 * @param day the day of the visit, a school day, not null
 * @param visitor who visits, not null
 */
public record PlannedVisit(SchoolId school, LocalDate day, Role visitor) {

  /** Creates a visit. */
  public PlannedVisit {
    Objects.requireNonNull(school, "school");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(visitor, "visitor");
  }
}
