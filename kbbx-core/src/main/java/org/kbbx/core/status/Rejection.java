package org.kbbx.core.status;

import java.util.Objects;
import org.kbbx.core.Problem;
import org.kbbx.core.id.StudentId;

/**
 * Why an event was not applied (R-SM-2): a closed family of records, each with a stable
 * {@link #code()}, the status it met ({@link #status()}, null only for {@link NullStatus}), the
 * event ({@link #event()}, null for {@link NullEvent}) and a human-readable {@link #message()}.
 *
 * <p>Codes are stable API: embedding systems may store and match them.
 *
 * <p>Every implementation is immutable and thread-safe.
 */
public sealed interface Rejection extends Problem {

  /** The stable codes of this family: a constant's name is the code (see {@link Problem}). */
  enum Code {
    /** See the record of this code. */
    NULL_STATUS,
    /** See the record of this code. */
    NULL_EVENT,
    /** See the record of this code. */
    NO_SUCH_TRANSITION,
    /** See the record of this code. */
    GUARD_FAILED,
    /** See the record of this code. */
    EVENT_BEFORE_STATE,
    /** See the record of this code. */
    WRONG_STUDENT,
    /** See the record of this code. */
    DUPLICATE_EVENT_ID,
    /** See the record of this code. */
    DATE_OUT_OF_RANGE,
    /** See the record of this code. */
    UNKNOWN_RETRACTION_TARGET,
    /** See the record of this code. */
    RETRACTION_OF_RETRACTION
  }

  /** Returns the stable code, for example {@code NO_SUCH_TRANSITION}. */
  @Override
  Code code();

  /** Returns the status the event met; null only for {@link NullStatus}. */
  Status status();

  /** Returns the rejected event; null for {@link NullEvent}. */
  StatusEvent event();

  /** Returns what went wrong, naming the state and the event. */
  @Override
  String message();

  /** Returns the schooling state the event met, or null for {@link NullStatus}. */
  default SchoolingState state() {
    return status() == null ? null : status().schooling();
  }

  /**
   * No status was given.
   *
   * @param event the event, may be null
   */
  record NullStatus(StatusEvent event) implements Rejection {
    @Override
    public Code code() {
      return Code.NULL_STATUS;
    }

    @Override
    public Status status() {
      return null;
    }

    @Override
    public String message() {
      return "no status given for event " + (event == null ? "null" : event.id());
    }
  }

  /**
   * No event was given (a null event).
   *
   * @param status the status it met
   */
  record NullEvent(Status status) implements Rejection {
    @Override
    public Code code() {
      return Code.NULL_EVENT;
    }

    @Override
    public StatusEvent event() {
      return null;
    }

    @Override
    public String message() {
      return "null event in state " + status.schooling();
    }
  }

  /**
   * The table has no row for (state, event type) (R-SM-1).
   *
   * @param status the status it met
   * @param event the event
   */
  record NoSuchTransition(Status status, StatusEvent event) implements Rejection {

    @Override
    public Code code() {
      return Code.NO_SUCH_TRANSITION;
    }

    @Override
    public String message() {
      return "no such transition: " + event.type() + " (" + event.type().chineseLabel() + ") from "
          + status.schooling() + " (" + status.schooling().chineseLabel() + ")";
    }
  }

  /**
   * The row exists but its guard failed (R-SM-7).
   *
   * @param status the status it met
   * @param event the event
   * @param guard the guard that failed
   * @param detail what the guard found
   */
  record GuardFailed(Status status, StatusEvent event, Guard guard, String detail)
      implements Rejection {
    /** Creates the rejection; no component may be null. */
    public GuardFailed {
      Objects.requireNonNull(guard, "guard");
      Objects.requireNonNull(detail, "detail");
    }

    @Override
    public Code code() {
      return Code.GUARD_FAILED;
    }

    @Override
    public String message() {
      return event.type() + " from " + status.schooling() + " fails guard " + guard + ": " + detail;
    }
  }

  /**
   * The event is dated before the current state began, so it cannot follow it.
   *
   * @param status the status it met
   * @param event the event
   */
  record EventBeforeState(Status status, StatusEvent event) implements Rejection {
    @Override
    public Code code() {
      return Code.EVENT_BEFORE_STATE;
    }

    @Override
    public String message() {
      return "event " + event.id() + " dated " + event.effectiveDate() + " precedes "
          + status.schooling() + " since "
          + status.since().map(Object::toString).orElse("?");
    }
  }

  /**
   * The event concerns another student than the timeline's.
   *
   * @param status the status it met
   * @param event the event
   * @param expected the timeline's student
   */
  record WrongStudent(Status status, StatusEvent event, StudentId expected) implements Rejection {
    @Override
    public Code code() {
      return Code.WRONG_STUDENT;
    }

    @Override
    public String message() {
      return "event " + event.id() + " is for student " + event.student() + ", not " + expected;
    }
  }

  /**
   * The timeline already holds an event with this id; the first to arrive is kept.
   *
   * @param status the status it met
   * @param event the event
   */
  record DuplicateEventId(Status status, StatusEvent event) implements Rejection {
    @Override
    public Code code() {
      return Code.DUPLICATE_EVENT_ID;
    }

    @Override
    public String message() {
      return "the timeline already holds an event with id " + event.id();
    }
  }

  /**
   * The event's date is outside the plausible range {@link StudentTimeline#EARLIEST_DATE} …
   * {@link StudentTimeline#LATEST_DATE}.
   *
   * @param status the status it met
   * @param event the event
   */
  record DateOutOfRange(Status status, StatusEvent event) implements Rejection {
    @Override
    public Code code() {
      return Code.DATE_OUT_OF_RANGE;
    }

    @Override
    public String message() {
      return "event " + event.id() + " is dated " + event.effectiveDate() + ", outside "
          + StudentTimeline.EARLIEST_DATE + " - " + StudentTimeline.LATEST_DATE;
    }
  }

  /**
   * A retraction names an event id the timeline does not (yet) hold (R-SM-5); it takes effect if
   * that event arrives later.
   *
   * @param status the status it met
   * @param event the retraction
   */
  record UnknownRetractionTarget(Status status, StatusEvent event) implements Rejection {
    @Override
    public Code code() {
      return Code.UNKNOWN_RETRACTION_TARGET;
    }

    @Override
    public String message() {
      return "retraction " + event.id() + " names unknown event "
          + event.targetEventId().orElse("?");
    }
  }

  /**
   * A retraction names another retraction; to undo a retraction, send the event again under a
   * new id.
   *
   * @param status the status it met
   * @param event the retraction
   */
  record RetractionOfRetraction(Status status, StatusEvent event) implements Rejection {
    @Override
    public Code code() {
      return Code.RETRACTION_OF_RETRACTION;
    }

    @Override
    public String message() {
      return "retraction " + event.id() + " names retraction "
          + event.targetEventId().orElse("?") + "; a retraction cannot be retracted";
    }
  }
}
