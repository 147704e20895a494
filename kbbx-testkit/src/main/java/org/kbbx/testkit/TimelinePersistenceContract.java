package org.kbbx.testkit;

import static org.quicktheories.QuickTheory.qt;

import io.vavr.collection.Vector;
import org.junit.jupiter.api.Test;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.status.StatusEvent;
import org.kbbx.core.status.StatusMachine;
import org.kbbx.core.status.StudentTimeline;

/**
 * The contract a vendor's persistence of student timelines must meet: what you stored and loaded
 * replays to the same status, spans and history. Extend it in a JUnit 5 test and implement
 * {@link #storeAndLoad}:
 *
 * <pre>{@code
 * class MyRepositoryContractTest extends TimelinePersistenceContract {
 *   private final MyRepository repository = new MyRepository(testDatabase());
 *
 *   @Override
 *   protected Iterable<StatusEvent> storeAndLoad(StudentId student, Vector<StatusEvent> events) {
 *     repository.saveAll(student, events);
 *     return repository.loadAll(student);
 *   }
 * }
 * }</pre>
 *
 * <p>Each test runs QuickTheories ({@code QT_EXAMPLES} examples, {@code QT_SEED} seed when set) over
 * legal sequences and over sets of legal, illegal and retraction events, each for a fresh student
 * id, and checks {@link TimelineReplay#assertReplaysTheSame}. Events carry Chinese text,
 * {@code |}, backslashes and line breaks in their evidence and reason, so naive text encodings
 * fail here rather than in production.
 */
public abstract class TimelinePersistenceContract {

  /** Creates the contract. */
  protected TimelinePersistenceContract() {}

  /**
   * Stores {@code events} of {@code student} in the persistence under test and loads them back.
   * The loaded order does not matter.
   *
   * @param student the student, a new id for each example
   * @param events the events to store, in timeline order
   * @return the events as loaded
   */
  protected abstract Iterable<StatusEvent> storeAndLoad(
      StudentId student, Vector<StatusEvent> events);

  /**
   * Returns the machine timelines are replayed under; the national machine unless overridden.
   *
   * @return the machine
   */
  protected StatusMachine machine() {
    return StatusMachine.national();
  }

  /** A legal sequence stored and loaded replays to the same timeline. */
  @Test
  public void legalSequencesReplayToTheSameTimeline() {
    qt().forAll(CoreGenerators.studentIds()
            .flatMap(student -> StatusGenerators.legalSequences(
                student, machine(), StatusGenerators.DEFAULT_MAX_LENGTH))
            .toGen())
        .checkAssert(this::roundTrip);
  }

  /** Legal, illegal and retraction events stored and loaded replay to the same timeline. */
  @Test
  public void mixedEventSetsReplayToTheSameTimeline() {
    qt().forAll(CoreGenerators.studentIds()
            .flatMap(student -> StatusGenerators.eventSets(student, machine()))
            .toGen())
        .checkAssert(this::roundTrip);
  }

  private void roundTrip(Vector<StatusEvent> events) {
    if (events.isEmpty()) {
      return;
    }
    StudentId student = events.head().student();
    StudentTimeline original = StudentTimeline.of(student, machine()).withAll(events);
    Iterable<StatusEvent> loaded = storeAndLoad(student, TimelineReplay.eventsToStore(original));
    TimelineReplay.assertReplaysTheSame(original, loaded);
  }
}
