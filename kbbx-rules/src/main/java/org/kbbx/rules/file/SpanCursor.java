package org.kbbx.rules.file;

import io.vavr.collection.Seq;
import org.kbbx.core.status.SchoolingState;
import org.kbbx.core.status.StatusSpan;
import org.kbbx.rules.escalation.EscalationInput;
import org.kbbx.rules.escalation.MarkKind;

/**
 * {@link Derivation#classify} for marks given in date order, in one forward pass over the spans:
 * classifying n marks against s spans costs O(n + s) span reads instead of O(n × s) (issue 19,
 * docs/rules.md §11). Confined to one derivation.
 */
final class SpanCursor {

  private final Seq<StatusSpan> spans;
  /** The last span starting on or before the latest mark's date, or -1. */
  private int at = -1;
  /** Spans read so far, for the complexity guard. */
  private long reads;

  SpanCursor(Seq<StatusSpan> spans) {
    this.spans = spans;
  }

  /**
   * The mark as the escalation takes it: excused on a day the student is not expected (R-FILE-2).
   *
   * @param mark a mark dated on or after every mark classified before it
   */
  EscalationInput.Mark classify(EscalationInput.Mark mark) {
    while (at + 1 < spans.size() && !spans.get(at + 1).from().isAfter(mark.date())) {
      at++;
      reads++;
    }
    reads++;
    if (mark.kind() == MarkKind.EXCUSED
        || Derivation.expectedAtSchool(
            at < 0 ? SchoolingState.NOT_ENROLLED : spans.get(at).state())) {
      return mark;
    }
    return new EscalationInput.Mark(mark.studentId(), mark.date(), MarkKind.EXCUSED);
  }

  /** Returns how many spans were read (including the one kept per mark). */
  long reads() {
    return reads;
  }
}
