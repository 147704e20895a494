package org.kbbx.spark.reconciliation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import org.kbbx.core.id.ResidentId;
import org.kbbx.reporting.reconciliation.PersonFinding;
import org.kbbx.reporting.reconciliation.PersonMatch;
import org.kbbx.reporting.reconciliation.PopulationRow;
import org.kbbx.reporting.reconciliation.PresenceRow;
import org.kbbx.reporting.reconciliation.ReconciliationResult;
import org.kbbx.reporting.reconciliation.RecordRow;
import org.kbbx.reporting.reconciliation.RowFinding;
import org.kbbx.reporting.reconciliation.Source;
import org.kbbx.reporting.reconciliation.SourceRow;

/**
 * Flattens a kbbx {@link ReconciliationResult} into {@link ReconciledRow}s: one {@code ROW} per
 * input row, one {@code PERSON} per person, one {@code PERSON_FINDING} per person finding (R-LED-2).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReconciledRows {

  private ReconciledRows() {}

  /**
   * Returns the rows of a result.
   *
   * @param result the result, not null
   * @param rowIds maps a source and a position in what was given to kbbx to the row's id
   * @return the rows: persons with their attached rows, then row findings, then person findings
   */
  public static List<ReconciledRow> of(
      ReconciliationResult result, BiFunction<Source, Long, Long> rowIds) {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(rowIds, "rowIds");
    List<ReconciledRow> rows = new ArrayList<>();
    for (PersonMatch person : result.persons()) {
      String masked = person.residentId().masked();
      String personClass = person.personClass().name();
      rows.add(row(ReconciledRow.PERSON, null, null, masked, personClass, null, null));
      person.population().ifPresent(r -> rows.add(attached(r, rowIds, masked, personClass)));
      person.records().forEach(r -> rows.add(attached(r, rowIds, masked, personClass)));
      person.presence().forEach(r -> rows.add(attached(r, rowIds, masked, personClass)));
    }
    for (RowFinding finding : result.rowFindings()) {
      SourceRow<?> located = finding.row();
      rows.add(row(
          ReconciledRow.ROW,
          located.source().name(),
          rowIds.apply(located.source(), located.position()),
          maskedIdOf(located.row()),
          null,
          finding.kind().name(),
          finding.detail()));
    }
    for (PersonFinding finding : result.personFindings()) {
      rows.add(row(
          ReconciledRow.PERSON_FINDING,
          null,
          null,
          finding.residentId().masked(),
          null,
          finding.kind().name(),
          finding.detail()));
    }
    return rows;
  }

  private static ReconciledRow attached(
      SourceRow<?> located,
      BiFunction<Source, Long, Long> rowIds,
      String masked,
      String personClass) {
    return row(
        ReconciledRow.ROW,
        located.source().name(),
        rowIds.apply(located.source(), located.position()),
        masked,
        personClass,
        null,
        null);
  }

  private static String maskedIdOf(Object row) {
    String text = row instanceof PopulationRow p
        ? p.residentId()
        : row instanceof RecordRow r
            ? r.residentId()
            : row instanceof PresenceRow s ? s.residentId() : null;
    return ResidentId.check(text).fold(problems -> null, ResidentId::masked);
  }

  private static ReconciledRow row(
      String kind,
      String source,
      Long rowId,
      String masked,
      String personClass,
      String finding,
      String detail) {
    ReconciledRow row = new ReconciledRow();
    row.setKind(kind);
    row.setSource(source);
    row.setRowId(rowId);
    row.setMaskedResidentId(masked);
    row.setPersonClass(personClass);
    row.setFinding(finding);
    row.setDetail(detail);
    return row;
  }
}
