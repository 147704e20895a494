package org.kbbx.reporting.reconciliation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The full result's {@link ReconciliationRun.RowKeeper}: keeps every attached row, wrapped once in
 * its {@link SourceRow}, per person, so that {@link Reconciliation#reconcile} can show each
 * person's rows. Confined to one run.
 */
final class MatchRows implements ReconciliationRun.RowKeeper {

  private final List<SourceRow<PopulationRow>> population = new ArrayList<>();
  private final List<List<SourceRow<RecordRow>>> records = new ArrayList<>();
  private final List<List<SourceRow<PresenceRow>>> presence = new ArrayList<>();

  @Override
  public void population(int person, long position, PopulationRow row) {
    reach(person);
    population.set(person, new SourceRow<>(Source.POPULATION, position, row));
  }

  @Override
  public void record(int person, long position, RecordRow row) {
    reach(person);
    records.set(person, append(records.get(person), new SourceRow<>(Source.RECORD, position, row)));
  }

  @Override
  public void presence(int person, long position, PresenceRow row) {
    reach(person);
    presence.set(
        person, append(presence.get(person), new SourceRow<>(Source.PRESENCE, position, row)));
  }

  Optional<SourceRow<PopulationRow>> population(int person) {
    return Optional.ofNullable(population.get(person));
  }

  List<SourceRow<RecordRow>> records(int person) {
    List<SourceRow<RecordRow>> rows = records.get(person);
    return rows == null ? List.of() : rows;
  }

  List<SourceRow<PresenceRow>> presence(int person) {
    List<SourceRow<PresenceRow>> rows = presence.get(person);
    return rows == null ? List.of() : rows;
  }

  /** Persons arrive in order: the first row of person n comes after persons 0 to n - 1 exist. */
  private void reach(int person) {
    while (population.size() <= person) {
      population.add(null);
      records.add(null);
      presence.add(null);
    }
  }

  private static <R> List<SourceRow<R>> append(List<SourceRow<R>> rows, SourceRow<R> row) {
    if (rows == null) {
      return List.of(row);
    }
    List<SourceRow<R>> more = new ArrayList<>(rows.size() + 1);
    more.addAll(rows);
    more.add(row);
    return more;
  }
}
