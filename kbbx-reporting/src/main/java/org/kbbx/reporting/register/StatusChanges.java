package org.kbbx.reporting.register;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.kbbx.core.status.StatusSpan;
import org.kbbx.core.status.StudentTimeline;

/**
 * Turns a student's status timeline (R-SM-6) into the dated changes the registers read
 * (R-LED-0): one change per span, at the span's first day, with its schooling state.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StatusChanges {

  private StatusChanges() {}

  /**
   * Returns the changes of a timeline, in date order; empty if the status never changed.
   *
   * @param timeline the timeline, not null
   * @return one change per span
   */
  public static List<StatusChange> of(StudentTimeline timeline) {
    Objects.requireNonNull(timeline, "timeline");
    List<StatusChange> changes = new ArrayList<>();
    for (StatusSpan span : timeline.spans()) {
      changes.add(StatusChange.of(span.from(), span.state()));
    }
    return changes;
  }
}
