package org.kbbx.spark.reconciliation;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.id.ResidentId;
import org.kbbx.reporting.reconciliation.PopulationRow;
import org.kbbx.reporting.reconciliation.PresenceRow;
import org.kbbx.reporting.reconciliation.Reconciliation;
import org.kbbx.reporting.reconciliation.ReconciliationResult;
import org.kbbx.reporting.reconciliation.RecordRow;
import org.kbbx.reporting.reconciliation.RecordStatus;
import org.kbbx.reporting.reconciliation.Source;

/**
 * The reconciliation of population data, school records and presence (R-LED-2, 四查三比对) as a
 * distributed join keyed by the normalised resident ID: one shuffle, then kbbx's {@link
 * Reconciliation} on each person's rows.
 *
 * <p>Every input row comes out as exactly one {@code ROW} (conservation): attached to its person's
 * class, or kept as a data-quality finding (malformed, invalid ID, duplicate ID, unknown school).
 * Rows with an invalid ID are keyed alone, so kbbx reports them and they are never dropped. Within
 * a person the rows go to kbbx in row-id order, so the first row wins over later duplicates, as in
 * one JVM. Finding details that cite a position cite the position within the person's rows; the
 * {@code rowId} column is the row's id in its source.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DistributedReconciliation implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String[] schools;

  private DistributedReconciliation(String[] schools) {
    this.schools = schools;
  }

  /**
   * Returns the reconciliation for the schools in scope (a county, a province, the nation).
   *
   * @param schools the school codes whose records count as "record here", not null, no null
   * @return the distributed reconciliation
   */
  public static DistributedReconciliation forSchools(Set<String> schools) {
    Objects.requireNonNull(schools, "schools");
    schools.forEach(s -> Objects.requireNonNull(s, "schools contains null"));
    return new DistributedReconciliation(new TreeSet<>(schools).toArray(new String[0]));
  }

  /**
   * Reconciles the entries of all sources, as built by {@link ReconciliationInputs}.
   *
   * @param entries population, record, presence and registered-poor entries, not null
   * @return one {@code ROW} per input row, one {@code PERSON} per person, and the person findings
   */
  public Dataset<ReconciledRow> reconcile(Dataset<SourceEntry> entries) {
    Objects.requireNonNull(entries, "entries");
    Broadcast<Set<String>> scope = JavaSparkContext.fromSparkContext(
            entries.sparkSession().sparkContext())
        .broadcast(Set.of(schools));
    MapFunction<SourceEntry, String> key = SourceEntry::getKey;
    return entries
        .groupByKey(key, Encoders.STRING())
        .flatMapGroups(new PersonGroup(scope), Encoders.bean(ReconciledRow.class));
  }

  /** Runs kbbx on the rows of one key; one instance per task, its reconciliation made once. */
  private static final class PersonGroup
      implements FlatMapGroupsFunction<String, SourceEntry, ReconciledRow> {

    private static final long serialVersionUID = 1L;
    private static final Comparator<SourceEntry> INPUT_ORDER =
        Comparator.comparing(SourceEntry::getSource).thenComparingLong(SourceEntry::getRowId);

    private final Broadcast<Set<String>> scope;
    private transient Reconciliation reconciliation;

    PersonGroup(Broadcast<Set<String>> scope) {
      this.scope = scope;
    }

    @Override
    public Iterator<ReconciledRow> call(String key, Iterator<SourceEntry> group) {
      if (reconciliation == null) {
        reconciliation = Reconciliation.forSchools(scope.value());
      }
      List<SourceEntry> entries = new ArrayList<>();
      group.forEachRemaining(entries::add);
      entries.sort(INPUT_ORDER);
      Map<Source, List<Long>> ids = new EnumMap<>(Source.class);
      for (Source source : Source.values()) {
        ids.put(source, new ArrayList<>(1));
      }
      List<PopulationRow> population = new ArrayList<>(1);
      List<RecordRow> records = new ArrayList<>(1);
      List<PresenceRow> presence = new ArrayList<>(1);
      Set<ResidentId> poor = new HashSet<>(1);
      for (SourceEntry e : entries) {
        if (ReconciliationInputs.POOR.equals(e.getSource())) {
          ResidentId.check(e.getResidentId()).forEach(poor::add);
          continue;
        }
        Source source = Source.valueOf(e.getSource());
        ids.get(source).add(e.getRowId());
        switch (source) {
          case POPULATION ->
            population.add(new PopulationRow(
                e.getResidentId(),
                e.getName(),
                e.getDate(),
                e.getHouseholdDivision() == null
                    ? null
                    : DivisionCode.validate(e.getHouseholdDivision().toString()).getOrNull()));
          case RECORD ->
            records.add(new RecordRow(e.getResidentId(), e.getSchoolCode(), status(e.getStatus())));
          case PRESENCE ->
            presence.add(
                new PresenceRow(e.getResidentId(), e.getSchoolCode(), e.isPresent(), e.getDate()));
        }
      }
      if (population.isEmpty() && records.isEmpty() && presence.isEmpty()) {
        return List.<ReconciledRow>of().iterator();
      }
      ReconciliationResult result = reconciliation.reconcile(population, records, presence, poor);
      return ReconciledRows.of(
              result, (source, position) -> ids.get(source).get(Math.toIntExact(position)))
          .iterator();
    }

    private static RecordStatus status(String name) {
      for (RecordStatus status : RecordStatus.values()) {
        if (status.name().equals(name)) {
          return status;
        }
      }
      return null;
    }
  }
}
