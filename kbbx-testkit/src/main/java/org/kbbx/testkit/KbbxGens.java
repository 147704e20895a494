package org.kbbx.testkit;

import io.vavr.collection.Vector;
import java.time.LocalDate;
import org.kbbx.core.cohort.CohortPolicy;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.id.ResidentId;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.school.Grade;
import org.kbbx.core.school.GradeSystem;
import org.kbbx.core.status.MachineParameters;
import org.kbbx.core.status.Status;
import org.kbbx.core.status.StatusEvent;
import org.kbbx.core.status.StatusMachine;
import org.kbbx.core.status.StudentTimeline;
import org.kbbx.core.time.SchoolCalendar;
import org.kbbx.core.time.SchoolYear;
import org.quicktheories.core.Gen;

/**
 * QuickTheories {@link Gen}s for kbbx-core types, with shrinking: the same generators as
 * {@link CoreGenerators} and {@link StatusGenerators}, drawing from QuickTheories' randomness so
 * that a failing example shrinks (shorter sequences, earlier dates, smaller grades).
 *
 * <pre>{@code
 * qt().forAll(KbbxGens.legalSequences())
 *     .checkAssert(events -> assertThat(replay(events)).isNotNull());
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class KbbxGens {

  private KbbxGens() {}

  /** Returns valid resident IDs. */
  public static Gen<ResidentId> residentIds() {
    return CoreGenerators.residentIds().toGen().describedAs(ResidentId::unmasked);
  }

  /** Returns texts that fail exactly one named resident-ID check. */
  public static Gen<BrokenResidentId> brokenResidentIds() {
    return CoreGenerators.brokenResidentIds().toGen();
  }

  /** Returns birth dates, 1975–2090. */
  public static Gen<LocalDate> birthDates() {
    return CoreGenerators.birthDates().toGen();
  }

  /**
   * Returns birth dates of compulsory age in {@code year} (R-AGE-2).
   *
   * @param year the school year
   * @return the generator
   */
  public static Gen<LocalDate> compulsoryAgeBirthDates(SchoolYear year) {
    return CoreGenerators.compulsoryAgeBirthDates(year).toGen();
  }

  /** Returns valid cohort policies, the national one a third of the time. */
  public static Gen<CohortPolicy> cohortPolicies() {
    return CoreGenerators.cohortPolicies().toGen();
  }

  /** Returns valid division codes at every level. */
  public static Gen<DivisionCode> divisionCodes() {
    return CoreGenerators.divisionCodes().toGen();
  }

  /** Returns school years, 1990–2090. */
  public static Gen<SchoolYear> schoolYears() {
    return CoreGenerators.schoolYears().toGen();
  }

  /** Returns grades 1–9. */
  public static Gen<Grade> grades() {
    return CoreGenerators.grades().toGen();
  }

  /** Returns grade systems. */
  public static Gen<GradeSystem> gradeSystems() {
    return CoreGenerators.gradeSystems().toGen();
  }

  /** Returns school calendars of school years 1990–2090. */
  public static Gen<SchoolCalendar> schoolCalendars() {
    return CoreGenerators.schoolCalendars().toGen();
  }

  /** Returns student ids. */
  public static Gen<StudentId> studentIds() {
    return CoreGenerators.studentIds().toGen();
  }

  /** Returns machine parameters around the national defaults. */
  public static Gen<MachineParameters> machineParameters() {
    return CoreGenerators.machineParameters().toGen();
  }

  /**
   * Returns single arbitrary events of {@code student}, legal or not.
   *
   * @param student the student
   * @return the generator
   */
  public static Gen<StatusEvent> events(StudentId student) {
    return StatusGenerators.events(student).toGen();
  }

  /** Returns legal sequences of a random student under the national machine. */
  public static Gen<Vector<StatusEvent>> legalSequences() {
    return StatusGenerators.legalSequences().toGen();
  }

  /**
   * Returns legal sequences of {@code student} under {@code machine}.
   *
   * @param student the student
   * @param machine the machine
   * @return the generator
   */
  public static Gen<Vector<StatusEvent>> legalSequences(StudentId student, StatusMachine machine) {
    return StatusGenerators.legalSequences(student, machine, StatusGenerators.DEFAULT_MAX_LENGTH)
        .toGen();
  }

  /**
   * Returns sets of distinct well-formed events of {@code student}, legal and illegal, with
   * retractions.
   *
   * @param student the student
   * @return the generator
   */
  public static Gen<Vector<StatusEvent>> eventSets(StudentId student) {
    return StatusGenerators.eventSets(student, StatusMachine.national()).toGen();
  }

  /**
   * Returns arbitrary timeline input of {@code student}, bad input and nulls included.
   *
   * @param student the student
   * @return the generator
   */
  public static Gen<Vector<StatusEvent>> arbitrarySequences(StudentId student) {
    return StatusGenerators.arbitrarySequences(student).toGen();
  }

  /** Returns statuses reachable under the national machine (the end of a legal sequence). */
  public static Gen<Status> reachableStatuses() {
    return StatusGenerators.legalSequences()
        .map(events -> StudentTimeline.of(
                events.isEmpty() ? StudentId.of("none") : events.head().student())
            .withAll(events)
            .current())
        .toGen();
  }
}
