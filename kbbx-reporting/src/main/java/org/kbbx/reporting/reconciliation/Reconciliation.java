package org.kbbx.reporting.reconciliation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import org.kbbx.core.id.ResidentId;

/**
 * Reconciles population data, school records and presence (R-LED-2, 四查三比对): one class per
 * person plus data-quality findings, nothing lost.
 *
 * <p>The join is a hash join on the normalised resident ID (R-ID-1): each source is read once, in
 * order, so the cost is linear in the number of rows and the sources may be streams (pass
 * {@code stream::iterator}). Two forms share one engine and the same rules:
 * {@link #reconcile} keeps every row per person ({@link ReconciliationResult});
 * {@link #summarize} keeps only compact per-person state (tens of bytes per person, no object per
 * person or row) and returns counts and row findings ({@link ReconciliationSummary}), optionally
 * handing each person to a sink as a {@link PersonOutcome}. Use the summary for a whole county.
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
 * <p>{@link #reconcile} and {@link #summarize} never throw: a null source is read as an empty
 * source (a sink's own exception does reach the caller).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Reconciliation {

  private final Set<String> schools;
  private final List<String> schoolList;
  private final Map<String, Integer> schoolIndex;

  private Reconciliation(Set<String> schools) {
    this.schools = schools;
    this.schoolList = List.copyOf(schools);
    Map<String, Integer> index = new HashMap<>();
    for (String school : schoolList) {
      index.put(school, index.size());
    }
    this.schoolIndex = Collections.unmodifiableMap(index);
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
   * registered-poor list, keeping every row per person. Never throws; a null source or list is
   * read as empty. Memory grows with the rows; for a whole county prefer {@link #summarize}.
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
    MatchRows rows = new MatchRows();
    ReconciliationRun run = read(population, records, presence, rows);
    PersonTable table = run.table();
    ReconciliationResult.Builder result = ReconciliationResult.builder()
        .rowsRead(counts(run::rowsRead))
        .addAllRowFindings(run.rowFindings());
    run.visitPersons(registeredPoor, (person, personClass, poor, kinds) -> {
      ResidentId id = ResidentId.ofBody(table.key(person));
      result.addPersons(ImmutablePersonMatch.of(
          id,
          personClass,
          rows.population(person),
          rows.records(person),
          rows.presence(person),
          codes(table.heldSchools(person)),
          codes(table.presentSchools(person)),
          poor));
      if (kinds != 0) {
        result.addAllPersonFindings(
            PersonFindings.of(table, person, kinds, personClass, id, schoolList));
      }
    });
    return result.build();
  }

  /**
   * Reconciles the three sources as {@link #reconcile} does, but keeps no rows: returns the
   * counts per class and per person-finding kind, and every row finding. For a county of
   * millions this needs tens of bytes per person. Never throws; a null source or list is read as
   * empty.
   *
   * @param population population rows, read once, may be null
   * @param records school record rows, read once, may be null
   * @param presence presence rows, read once, may be null
   * @param registeredPoor resident IDs on the registered-poor list (建档立卡), may be null
   * @return the summary, with every row accounted for
   */
  public ReconciliationSummary summarize(
      Iterable<PopulationRow> population,
      Iterable<RecordRow> records,
      Iterable<PresenceRow> presence,
      Set<ResidentId> registeredPoor) {
    return summarize(population, records, presence, registeredPoor, null);
  }

  /**
   * Reconciles as {@link #summarize(Iterable, Iterable, Iterable, Set)} does and hands each person
   * to {@code sink} exactly once, in order of first appearance (population, then records, then
   * presence), after all sources are read. The sink may keep what it needs (for example only the
   * out-of-school persons); nothing else per person is kept.
   *
   * @param population population rows, read once, may be null
   * @param records school record rows, read once, may be null
   * @param presence presence rows, read once, may be null
   * @param registeredPoor resident IDs on the registered-poor list (建档立卡), may be null
   * @param sink receives each person's outcome once; null for none; its exceptions propagate
   * @return the summary, with every row accounted for
   */
  public ReconciliationSummary summarize(
      Iterable<PopulationRow> population,
      Iterable<RecordRow> records,
      Iterable<PresenceRow> presence,
      Set<ResidentId> registeredPoor,
      Consumer<? super PersonOutcome> sink) {
    ReconciliationRun run = read(population, records, presence, ReconciliationRun.KEEP_NOTHING);
    PersonTable table = run.table();
    long[] classes = new long[PersonClass.values().length];
    long[] findings = new long[PersonFindingKind.values().length];
    PersonFindingKind[] kinds = PersonFindingKind.values();
    run.visitPersons(registeredPoor, (person, personClass, poor, found) -> {
      classes[personClass.ordinal()]++;
      for (PersonFindingKind kind : kinds) {
        if (PersonFindings.has(found, kind)) {
          findings[kind.ordinal()]++;
        }
      }
      if (sink != null) {
        sink.accept(outcome(table, person, personClass, poor, found));
      }
    });
    return ReconciliationSummary.builder()
        .rowsRead(counts(run::rowsRead))
        .rowsAttached(counts(run::rowsAttached))
        .classCounts(counts(PersonClass.class, classes))
        .personFindingCounts(counts(PersonFindingKind.class, findings))
        .addAllRowFindings(run.rowFindings())
        .build();
  }

  private ReconciliationRun read(
      Iterable<PopulationRow> population,
      Iterable<RecordRow> records,
      Iterable<PresenceRow> presence,
      ReconciliationRun.RowKeeper keeper) {
    ReconciliationRun run = new ReconciliationRun(schoolList, schoolIndex, keeper);
    run.readPopulation(population);
    run.readRecords(records);
    run.readPresence(presence);
    return run;
  }

  private PersonOutcome outcome(
      PersonTable table, int person, PersonClass personClass, boolean poor, int kinds) {
    long key = table.key(person);
    List<PersonFinding> findings = kinds == 0
        ? List.of()
        : PersonFindings.of(table, person, kinds, personClass, ResidentId.ofBody(key), schoolList);
    return new PersonOutcome(
        key,
        personClass,
        table.populationPosition(person) != PersonTable.NONE,
        codes(table.heldSchools(person)),
        codes(table.presentSchools(person)),
        poor,
        findings);
  }

  /** Returns the codes of the schools at these indexes, in the same order. */
  private Set<String> codes(int[] indexes) {
    if (indexes.length == 0) {
      return Set.of();
    }
    if (indexes.length == 1) {
      return Set.of(schoolList.get(indexes[0]));
    }
    Set<String> codes = new LinkedHashSet<>();
    for (int index : indexes) {
      codes.add(schoolList.get(index));
    }
    return codes;
  }

  private static Map<Source, Long> counts(ToLongFunction<Source> count) {
    Map<Source, Long> counts = new EnumMap<>(Source.class);
    for (Source source : Source.values()) {
      counts.put(source, count.applyAsLong(source));
    }
    return counts;
  }

  private static <E extends Enum<E>> Map<E, Long> counts(Class<E> type, long[] byOrdinal) {
    Map<E, Long> counts = new EnumMap<>(type);
    for (E constant : type.getEnumConstants()) {
      counts.put(constant, byOrdinal[constant.ordinal()]);
    }
    return counts;
  }
}
