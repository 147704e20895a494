package org.kbbx.reporting.rate;

import org.kbbx.core.school.GradeSystem;

/**
 * What the one classification of {@link StatusMembership} reads about one student (R-RATE-2,
 * R-RATE-14): a few primitive facts of each dated status, addressed by slot, and of the
 * attributes. Implemented over the value objects ({@link ObjectYearReader}: {@link YearStatuses}
 * and {@link StudentAttributes}) and over primitive columns ({@link StatusColumns}), so that the
 * rules are written once and both inputs give the same counts.
 *
 * <p>Not API. Implementations are mutable cursors positioned on one student at a time.
 */
interface YearStatusReader {

  /** The status on the previous year's census date. */
  int PREVIOUS = 0;
  /** The status on the census date. */
  int CENSUS = 1;
  /** The status on the count date. */
  int COUNT = 2;
  /** The status on the next year's census date. */
  int NEXT = 3;
  /** The status just before the year's primary completion, read from events. */
  int COMPLETED_FROM = 4;
  /** The status just after the year's entry into grade 1 or the first junior grade, from events. */
  int ENTERED = 5;
  /** No slot. */
  int NO_SLOT = -1;
  /** A day not known ({@link #sinceDay}, {@link #completedOnDay}). */
  long NO_DAY = Long.MIN_VALUE;

  /** Returns the ordinal of the slot's {@code SchoolingState}. */
  int schooling(int slot);

  /** Returns the ordinal of the slot's {@code RecordState}. */
  int record(int slot);

  /** Returns the slot's grade 1–9, or 0 without a record. */
  int grade(int slot);

  /** Returns the slot's grade system, {@code jurisdiction} when it names none. */
  GradeSystem system(int slot, GradeSystem jurisdiction);

  /** Returns whether the slot has a record school. */
  boolean hasSchool(int slot);

  /** Returns whether two slots, both with a record school, name the same school. */
  boolean sameSchool(int a, int b);

  /** Returns the epoch day the slot's state began, or {@link #NO_DAY}. */
  long sinceDay(int slot);

  /**
   * Returns whether the count-date status is known to read as the census one wherever the
   * classification places counts: the same status object, or, without events, a status at the same
   * school in the same grade (a shortcut: false is always a correct answer).
   */
  boolean countIsCensus();

  /** Returns whether the year's completion and entry were read from events. */
  boolean hasEvents();

  /** With events: whether {@link #COMPLETED_FROM} or {@link #ENTERED} holds a status. */
  boolean present(int slot);

  /** With events and a completion: the epoch day of the completion. */
  long completedOnDay();

  /** Returns whether the child is on the resident population list. */
  boolean hasHousehold();

  /** Returns whether the birth date is known. */
  boolean hasBirthDate();

  /** Returns the population row of the known birth date ({@link AgeLookup#populationRow}). */
  int populationRow(AgeLookup ages);
}
