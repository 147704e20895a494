package org.kbbx.reporting.rate;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.school.GradeSystem;
import org.kbbx.core.status.Status;

/**
 * {@link YearStatusReader} over one student's {@link YearStatuses} and {@link StudentAttributes}.
 *
 * <p>Mutable and not thread-safe: a cursor re-positioned with {@link #at} for each student.
 */
final class ObjectYearReader implements YearStatusReader {

  private final Status[] slots = new Status[6];
  private boolean events;
  private LocalDate completedOn;
  private StudentAttributes attributes;

  /** Positions the reader on one student. */
  ObjectYearReader at(YearStatuses statuses, StudentAttributes attributes) {
    Objects.requireNonNull(statuses, "statuses");
    this.attributes = Objects.requireNonNull(attributes, "attributes");
    slots[PREVIOUS] = statuses.previousCensus();
    slots[CENSUS] = statuses.census();
    slots[COUNT] = statuses.countDay();
    slots[NEXT] = statuses.nextCensus();
    events = statuses.events().isDefined();
    if (events) {
      YearStatuses.YearEvents e = statuses.events().get();
      slots[COMPLETED_FROM] = e.completedFrom().getOrNull();
      slots[ENTERED] = e.entered().getOrNull();
      completedOn = e.completedOn().getOrNull();
    } else {
      slots[COMPLETED_FROM] = null;
      slots[ENTERED] = null;
      completedOn = null;
    }
    return this;
  }

  /** Returns the record school of a slot that has one. */
  SchoolId school(int slot) {
    return slots[slot].recordSchool().get();
  }

  StudentAttributes attributes() {
    return attributes;
  }

  @Override
  public int schooling(int slot) {
    return slots[slot].schooling().ordinal();
  }

  @Override
  public int record(int slot) {
    return slots[slot].record().ordinal();
  }

  @Override
  public int grade(int slot) {
    Optional<org.kbbx.core.school.Grade> grade = slots[slot].grade();
    return grade.isPresent() ? grade.get().number() : 0;
  }

  @Override
  public GradeSystem system(int slot, GradeSystem jurisdiction) {
    return slots[slot].gradeSystemOr(jurisdiction);
  }

  @Override
  public boolean hasSchool(int slot) {
    return slots[slot].recordSchool().isPresent();
  }

  @Override
  public boolean sameSchool(int a, int b) {
    return slots[a].recordSchool().get().equals(slots[b].recordSchool().get());
  }

  @Override
  public long sinceDay(int slot) {
    Optional<LocalDate> since = slots[slot].since();
    return since.isPresent() ? since.get().toEpochDay() : NO_DAY;
  }

  @Override
  public boolean countIsCensus() {
    return slots[COUNT] == slots[CENSUS];
  }

  @Override
  public boolean hasEvents() {
    return events;
  }

  @Override
  public boolean present(int slot) {
    return slots[slot] != null;
  }

  @Override
  public long completedOnDay() {
    return completedOn == null ? NO_DAY : completedOn.toEpochDay();
  }

  @Override
  public boolean hasHousehold() {
    return attributes.household().isDefined();
  }

  @Override
  public boolean hasBirthDate() {
    return attributes.birthDate().isDefined();
  }

  @Override
  public int populationRow(AgeLookup ages) {
    return ages.populationRow(attributes.birthDate().get());
  }
}
