package org.kbbx.reporting.reconciliation;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.kbbx.core.id.ResidentId;
import org.kbbx.core.id.ResidentIdProblem;
import org.kbbx.core.mask.IdMask;

/**
 * One reconciliation run (R-LED-2): reads the three sources once, in order, applies the row rules
 * documented on {@link Reconciliation}, keeps each person's state in a {@link PersonTable}, and then
 * visits every person once with its class and finding kinds. The rows themselves are handed to a
 * {@link RowKeeper}, which keeps them or not. Confined to one call of {@link Reconciliation}.
 */
final class ReconciliationRun {

  /** Receives every row attached to a person, with its position; keeps it or not. */
  interface RowKeeper {
    void population(int person, long position, PopulationRow row);

    void record(int person, long position, RecordRow row);

    void presence(int person, long position, PresenceRow row);
  }

  /** Receives each person once, in order of first attachment. */
  interface PersonVisitor {
    void visit(int person, PersonClass personClass, boolean registeredPoor, int findingKinds);
  }

  /** A keeper that keeps nothing: the summary's. */
  static final RowKeeper KEEP_NOTHING = new RowKeeper() {
    @Override
    public void population(int person, long position, PopulationRow row) {}

    @Override
    public void record(int person, long position, RecordRow row) {}

    @Override
    public void presence(int person, long position, PresenceRow row) {}
  };

  /**
   * Rows read ahead of processing: their index slots are touched first, so that the cache misses
   * of a county-sized index overlap instead of stalling one row at a time.
   */
  private static final int BATCH = 32;

  private static final int INVALID = -2;
  private static final int NEW = -1;

  private final List<String> schools;
  private final Map<String, Integer> schoolIndex;
  private final RowKeeper keeper;
  private final PersonTable table = new PersonTable();
  private final List<RowFinding> rowFindings = new ArrayList<>();
  private final long[] read = new long[Source.values().length];
  private final long[] attached = new long[Source.values().length];
  private final long[] keys = new long[BATCH];
  private long newKey;

  ReconciliationRun(List<String> schools, Map<String, Integer> schoolIndex, RowKeeper keeper) {
    this.schools = schools;
    this.schoolIndex = schoolIndex;
    this.keeper = keeper;
  }

  PersonTable table() {
    return table;
  }

  List<RowFinding> rowFindings() {
    return rowFindings;
  }

  long rowsRead(Source source) {
    return read[source.ordinal()];
  }

  long rowsAttached(Source source) {
    return attached[source.ordinal()];
  }

  /** Takes one row with its join key ({@link PersonIndex#key}, -1 for a null row) and position. */
  private interface RowStep<R> {
    void take(R row, long key, long position);
  }

  /**
   * Reads {@code rows} in batches of {@link #BATCH}: computes each row's key, touches the batch's
   * index slots, then takes the rows in order. Returns the number of rows read (0 for null).
   */
  private <R> long readInBatches(
      Iterable<R> rows, Function<? super R, String> residentId, RowStep<R> step) {
    if (rows == null) {
      return 0;
    }
    List<R> batch = new ArrayList<>(BATCH);
    long position = 0;
    for (Iterator<R> it = rows.iterator(); it.hasNext(); ) {
      batch.clear();
      for (int count = 0; count < BATCH && it.hasNext(); count++) {
        R row = it.next();
        batch.add(row);
        keys[count] = row == null ? -1 : PersonIndex.key(residentId.apply(row));
      }
      table.prefetch(keys, batch.size());
      for (int i = 0; i < batch.size(); i++, position++) {
        step.take(batch.get(i), keys[i], position);
      }
    }
    return position;
  }

  void readPopulation(Iterable<PopulationRow> rows) {
    read[Source.POPULATION.ordinal()] =
        readInBatches(rows, PopulationRow::residentId, this::population);
  }

  private void population(PopulationRow row, long key, long position) {
    if (row == null) {
      reject(RowFindingKind.MALFORMED_ROW, Source.POPULATION, position, null, "the row is null");
      return;
    }
    int person = find(Source.POPULATION, position, row, key, row.residentId());
    if (person == INVALID) {
      return;
    }
    long first = person == NEW ? PersonTable.NONE : table.populationPosition(person);
    if (first != PersonTable.NONE) {
      reject(
          RowFindingKind.DUPLICATE_ID,
          Source.POPULATION,
          position,
          row,
          "the same ID is already at population position " + first);
      return;
    }
    person = attach(person, Source.POPULATION);
    table.attachPopulation(person, position, row.birthDate());
    keeper.population(person, position, row);
  }

  void readRecords(Iterable<RecordRow> rows) {
    read[Source.RECORD.ordinal()] = readInBatches(rows, RecordRow::residentId, this::record);
  }

  private void record(RecordRow row, long key, long position) {
    String missing = row == null
        ? "the row is null"
        : row.schoolCode() == null
            ? "the school code is missing"
            : row.status() == null ? "the record status is missing" : null;
    if (missing != null) {
      reject(RowFindingKind.MALFORMED_ROW, Source.RECORD, position, row, missing);
      return;
    }
    int person = find(Source.RECORD, position, row, key, row.residentId());
    int school = person == INVALID ? -1 : school(Source.RECORD, position, row, row.schoolCode());
    if (school < 0) {
      return;
    }
    long same = person == NEW ? PersonTable.NONE : table.recordPositionAt(person, school);
    if (same != PersonTable.NONE) {
      reject(
          RowFindingKind.DUPLICATE_ID,
          Source.RECORD,
          position,
          row,
          "the same ID at school " + IdMask.maskIdLikeRuns(row.schoolCode())
              + " is already at record position " + same);
      return;
    }
    person = attach(person, Source.RECORD);
    table.attachRecord(person, position, school, row.status());
    keeper.record(person, position, row);
  }

  void readPresence(Iterable<PresenceRow> rows) {
    read[Source.PRESENCE.ordinal()] = readInBatches(rows, PresenceRow::residentId, this::presence);
  }

  private void presence(PresenceRow row, long key, long position) {
    String missing = row == null
        ? "the row is null"
        : row.schoolCode() == null
            ? "the school code is missing"
            : row.date() == null ? "the check date is missing" : null;
    if (missing != null) {
      reject(RowFindingKind.MALFORMED_ROW, Source.PRESENCE, position, row, missing);
      return;
    }
    int person = find(Source.PRESENCE, position, row, key, row.residentId());
    int school = person == INVALID ? -1 : school(Source.PRESENCE, position, row, row.schoolCode());
    if (school < 0) {
      return;
    }
    person = attach(person, Source.PRESENCE);
    table.attachPresence(person, school, row.present(), row.date().toEpochDay());
    keeper.presence(person, position, row);
  }

  /**
   * Visits every person once, in order of first attachment, with the class, whether the person
   * is on the registered-poor list and the finding kinds ({@link PersonFindings#kinds}).
   */
  void visitPersons(Set<ResidentId> registeredPoor, PersonVisitor visitor) {
    PersonIndex poor = poorIndex(registeredPoor);
    for (int person = 0; person < table.size(); person++) {
      PersonClass personClass = table.classify(person);
      boolean isPoor = poor != null && poor.get(table.key(person)) >= 0;
      visitor.visit(
          person, personClass, isPoor, PersonFindings.kinds(table, person, personClass, isPoor));
    }
  }

  /** The registered-poor IDs as an index of ID bodies; null when the list is null or empty. */
  private static PersonIndex poorIndex(Set<ResidentId> registeredPoor) {
    if (registeredPoor == null || registeredPoor.isEmpty()) {
      return null;
    }
    PersonIndex poor = new PersonIndex();
    for (ResidentId id : registeredPoor) {
      long key = id == null ? -1 : PersonIndex.key(id.unmasked());
      if (key >= 0 && poor.get(key) < 0) {
        poor.put(key, 0);
      }
    }
    return poor;
  }

  /**
   * Returns the person with the row's ID, whose {@link PersonIndex#key} is {@code key};
   * {@link #NEW} (the body in {@link #newKey}) for a valid
   * ID not yet attached; {@link #INVALID}, with an invalid-ID finding, if the ID fails R-ID-1.
   */
  private int find(Source source, long position, Object row, long key, String text) {
    if (key >= 0) {
      int person = table.find(key);
      if (person >= 0) {
        return person;
      }
      if (ResidentId.isValidBody(key)) {
        newKey = key;
        return NEW;
      }
    }
    Validation<Seq<ResidentIdProblem>, ResidentId> id = ResidentIds.check(text);
    if (id.isInvalid()) {
      reject(RowFindingKind.INVALID_ID, source, position, row, ResidentIds.describe(id.getError()));
      return INVALID;
    }
    long checked = PersonIndex.key(id.get().unmasked());
    if (!ResidentId.isValidBody(checked)) {
      // R-SM-2: an ID the result could not rebuild is this row's finding, never the run's abort
      reject(
          RowFindingKind.INVALID_ID,
          source,
          position,
          row,
          "resident ID passes the checks but its address or birth date cannot be represented");
      return INVALID;
    }
    int person = table.find(checked);
    if (person >= 0) {
      return person;
    }
    newKey = checked;
    return NEW;
  }

  /** Makes a person found by {@link #find} part of the result, once, and counts the row. */
  private int attach(int person, Source source) {
    attached[source.ordinal()]++;
    return person == NEW ? table.add(newKey) : person;
  }

  /** Returns the index of a county school; -1, with an unknown-school finding, otherwise. */
  private int school(Source source, long position, Object row, String code) {
    Integer index = schoolIndex.get(code);
    if (index != null) {
      return index;
    }
    reject(
        RowFindingKind.UNKNOWN_SCHOOL,
        source,
        position,
        row,
        "school '" + IdMask.maskIdLikeRuns(code) + "' is not one of the county's " + schools.size()
            + " schools");
    return -1;
  }

  private void reject(
      RowFindingKind kind, Source source, long position, Object row, String detail) {
    rowFindings.add(new RowFinding(kind, new SourceRow<>(source, position, row), detail));
  }
}
