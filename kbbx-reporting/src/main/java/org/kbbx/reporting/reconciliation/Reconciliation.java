package org.kbbx.reporting.reconciliation;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.kbbx.core.id.ResidentId;
import org.kbbx.core.id.ResidentIdProblem;

/**
 * Reconciles population data, school records and presence (R-LED-2, 四查三比对): one class per
 * person plus data-quality findings, nothing lost.
 *
 * <p>The join is a hash join on the normalised resident ID (R-ID-1): each source is read once, in
 * order, so the cost is linear in the number of rows and the sources may be streams (pass
 * {@code stream::iterator}). Memory holds one entry per distinct person.
 *
 * <p>Rules, in the order they are applied to each row:
 * <ol>
 *   <li>a null row, or a record/presence row without school (or status, or date), is a
 *       {@link RowFindingKind#MALFORMED_ROW};
 *   <li>an ID that fails R-ID-1 is {@link RowFindingKind#INVALID_ID};
 *   <li>a record or presence row for a school outside {@link #schools()} is
 *       {@link RowFindingKind#UNKNOWN_SCHOOL};
 *   <li>a second population row with the same ID, or a second record row with the same ID at the
 *       same school, is {@link RowFindingKind#DUPLICATE_ID} (the first row wins);
 *   <li>otherwise the row is attached to its person.
 * </ol>
 * Then each person gets its {@link PersonClass} and its person findings: R-ID-3 birth-date
 * mismatch, a student counted in two schools (records held at two schools, or present at two
 * schools on one date), and the priority cross-check (out of school and registered poor).
 *
 * <p>Presence: the latest presence date of a person decides; the person is present at the schools
 * marked present on that date. A person with no presence row is not present.
 *
 * <p>{@link #reconcile} never throws: a null source is read as an empty source.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Reconciliation {

  private final Set<String> schools;

  private Reconciliation(Set<String> schools) {
    this.schools = schools;
  }

  /**
   * Returns a reconciliation for a county whose schools have the given codes.
   *
   * @param schools the codes of the county's schools, not null, no null element
   * @return the reconciliation
   * @throws NullPointerException if {@code schools} or an element is null
   */
  public static Reconciliation forSchools(Set<String> schools) {
    Objects.requireNonNull(schools, "schools");
    for (String school : schools) {
      Objects.requireNonNull(school, "schools contains null");
    }
    return new Reconciliation(Collections.unmodifiableSet(new TreeSet<>(schools)));
  }

  /**
   * Returns the county's school codes.
   *
   * @return the codes, sorted, unmodifiable
   */
  public Set<String> schools() {
    return schools;
  }

  /**
   * Reconciles the three sources and cross-checks out-of-school persons against the
   * registered-poor list. Never throws; a null source or list is read as empty.
   *
   * @param population population rows, read once, may be null
   * @param records school record rows, read once, may be null
   * @param presence presence rows, read once, may be null
   * @param registeredPoor resident IDs on the registered-poor list (建档立卡), may be null
   * @return the result, with every row accounted for
   */
  public ReconciliationResult reconcile(
      Iterable<PopulationRow> population,
      Iterable<RecordRow> records,
      Iterable<PresenceRow> presence,
      Set<ResidentId> registeredPoor) {
    Join join = new Join();
    Map<Source, Long> read = new EnumMap<>(Source.class);
    read.put(Source.POPULATION, readPopulation(population, join));
    read.put(Source.RECORD, readRecords(records, join));
    read.put(Source.PRESENCE, readPresence(presence, join));
    Set<ResidentId> poor = registeredPoor == null ? Set.of() : registeredPoor;

    ReconciliationResult.Builder result = ReconciliationResult.builder().rowsRead(read);
    result.addAllRowFindings(join.rowFindings);
    for (Person person : join.persons) {
      PersonMatch match = person.toMatch(poor.contains(person.id));
      result.addPersons(match);
      List<PersonFinding> findings = PersonFindings.of(match);
      if (!findings.isEmpty()) {
        result.addAllPersonFindings(findings);
      }
    }
    return result.build();
  }

  private long readPopulation(Iterable<PopulationRow> rows, Join join) {
    if (rows == null) {
      return 0;
    }
    long position = 0;
    for (Iterator<PopulationRow> it = rows.iterator(); it.hasNext(); position++) {
      SourceRow<PopulationRow> located = new SourceRow<>(Source.POPULATION, position, it.next());
      PopulationRow row = located.row();
      if (row == null) {
        join.reject(RowFindingKind.MALFORMED_ROW, located, "the row is null");
        continue;
      }
      Person person = join.find(located, row.residentId());
      if (person == null) {
        continue;
      }
      if (person.population != null) {
        join.reject(
            RowFindingKind.DUPLICATE_ID,
            located,
            "the same ID is already at population position " + person.population.position());
      } else {
        join.attach(person).population = located;
      }
    }
    return position;
  }

  private long readRecords(Iterable<RecordRow> rows, Join join) {
    if (rows == null) {
      return 0;
    }
    long position = 0;
    for (Iterator<RecordRow> it = rows.iterator(); it.hasNext(); position++) {
      SourceRow<RecordRow> located = new SourceRow<>(Source.RECORD, position, it.next());
      RecordRow row = located.row();
      String missing =
          row == null ? "the row is null"
              : row.schoolCode() == null ? "the school code is missing"
              : row.status() == null ? "the record status is missing" : null;
      if (missing != null) {
        join.reject(RowFindingKind.MALFORMED_ROW, located, missing);
        continue;
      }
      Person person = join.find(located, row.residentId());
      if (person == null || !knownSchool(join, located, row.schoolCode())) {
        continue;
      }
      SourceRow<RecordRow> same = person.recordAt(row.schoolCode());
      if (same != null) {
        join.reject(
            RowFindingKind.DUPLICATE_ID,
            located,
            "the same ID at school " + row.schoolCode() + " is already at record position "
                + same.position());
      } else {
        join.attach(person).addRecord(located);
      }
    }
    return position;
  }

  private long readPresence(Iterable<PresenceRow> rows, Join join) {
    if (rows == null) {
      return 0;
    }
    long position = 0;
    for (Iterator<PresenceRow> it = rows.iterator(); it.hasNext(); position++) {
      SourceRow<PresenceRow> located = new SourceRow<>(Source.PRESENCE, position, it.next());
      PresenceRow row = located.row();
      String missing =
          row == null ? "the row is null"
              : row.schoolCode() == null ? "the school code is missing"
              : row.date() == null ? "the check date is missing" : null;
      if (missing != null) {
        join.reject(RowFindingKind.MALFORMED_ROW, located, missing);
        continue;
      }
      Person person = join.find(located, row.residentId());
      if (person != null && knownSchool(join, located, row.schoolCode())) {
        join.attach(person).addPresence(located);
      }
    }
    return position;
  }

  private boolean knownSchool(Join join, SourceRow<?> located, String school) {
    if (schools.contains(school)) {
      return true;
    }
    join.reject(
        RowFindingKind.UNKNOWN_SCHOOL,
        located,
        "school '" + school + "' is not one of the county's " + schools.size() + " schools");
    return false;
  }

  /** The mutable state of one reconciliation run; confined to {@link #reconcile}. */
  private static final class Join {
    final PersonIndex index = new PersonIndex();
    final List<Person> persons = new ArrayList<>();
    final List<RowFinding> rowFindings = new ArrayList<>();

    /**
     * Returns the person with the row's ID: a known one, or a new one not yet in the result
     * (see {@link #attach}); null, with an invalid-ID finding, if the ID fails R-ID-1.
     */
    Person find(SourceRow<?> located, String text) {
      long key = PersonIndex.key(text);
      int position = key < 0 ? -1 : index.get(key);
      if (position >= 0) {
        return persons.get(position);
      }
      Validation<Seq<ResidentIdProblem>, ResidentId> id = ResidentIds.check(text);
      if (id.isInvalid()) {
        reject(RowFindingKind.INVALID_ID, located, ResidentIds.describe(id.getError()));
        return null;
      }
      return new Person(id.get(), key);
    }

    /** Makes a person found by {@link #find} part of the result, once. */
    Person attach(Person person) {
      if (!person.attached) {
        index.put(person.key, persons.size());
        persons.add(person);
        person.attached = true;
      }
      return person;
    }

    void reject(RowFindingKind kind, SourceRow<?> located, String detail) {
      rowFindings.add(new RowFinding(kind, located, detail));
    }
  }

  /** The rows gathered for one person; confined to one run. */
  private static final class Person {
    final ResidentId id;
    final long key;
    boolean attached;
    SourceRow<PopulationRow> population;
    List<SourceRow<RecordRow>> records = List.of();
    List<SourceRow<PresenceRow>> presence = List.of();

    Person(ResidentId id, long key) {
      this.id = id;
      this.key = key;
    }

    void addRecord(SourceRow<RecordRow> row) {
      if (records.isEmpty()) {
        records = new ArrayList<>(2);
      }
      records.add(row);
    }

    void addPresence(SourceRow<PresenceRow> row) {
      if (presence.isEmpty()) {
        presence = new ArrayList<>(2);
      }
      presence.add(row);
    }

    SourceRow<RecordRow> recordAt(String school) {
      for (SourceRow<RecordRow> record : records) {
        if (record.row().schoolCode().equals(school)) {
          return record;
        }
      }
      return null;
    }

    PersonMatch toMatch(boolean poor) {
      Set<String> recordSchools = heldSchools();
      Set<String> presentSchools = presentOnLatestDate();
      return ImmutablePersonMatch.of(
          id,
          classify(recordSchools, presentSchools),
          Optional.ofNullable(population),
          records,
          presence,
          recordSchools,
          presentSchools,
          poor);
    }

    private Set<String> heldSchools() {
      if (records.size() == 1) {
        RecordRow only = records.get(0).row();
        return only.status().isHeld() ? Set.of(only.schoolCode()) : Set.of();
      }
      Set<String> schools = new LinkedHashSet<>();
      for (SourceRow<RecordRow> record : records) {
        if (record.row().status().isHeld()) {
          schools.add(record.row().schoolCode());
        }
      }
      return schools;
    }

    private Set<String> presentOnLatestDate() {
      if (presence.isEmpty()) {
        return Set.of();
      }
      if (presence.size() == 1) {
        PresenceRow only = presence.get(0).row();
        return only.present() ? Set.of(only.schoolCode()) : Set.of();
      }
      LocalDate latest = null;
      for (SourceRow<PresenceRow> row : presence) {
        if (latest == null || row.row().date().isAfter(latest)) {
          latest = row.row().date();
        }
      }
      Set<String> present = new LinkedHashSet<>();
      for (SourceRow<PresenceRow> row : presence) {
        if (row.row().present() && row.row().date().equals(latest)) {
          present.add(row.row().schoolCode());
        }
      }
      return present;
    }

    private static PersonClass classify(Set<String> recordSchools, Set<String> presentSchools) {
      if (presentSchools.isEmpty()) {
        return recordSchools.isEmpty() ? PersonClass.NO_RECORD : PersonClass.RECORD_HERE_PERSON_ABSENT;
      }
      for (String school : presentSchools) {
        if (recordSchools.contains(school)) {
          return PersonClass.CONSISTENT;
        }
      }
      return PersonClass.PERSON_HERE_RECORD_ELSEWHERE;
    }
  }
}
