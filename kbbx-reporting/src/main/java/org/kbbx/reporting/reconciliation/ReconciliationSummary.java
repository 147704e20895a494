package org.kbbx.reporting.reconciliation;

import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.kbbx.core.internal.KbbxStyle;
import org.kbbx.core.mask.IdMask;

/**
 * The outcome of a reconciliation without the persons' rows (R-LED-2): how many rows each source
 * yielded and how many were attached, the number of persons per {@link PersonClass}, every row
 * finding with its source position, and the number of person findings per kind. It is what a
 * county reports (四查三比对 counts) and stays small however large the county.
 *
 * <p>Conservation: for every source, {@link #rowsIn(Source)} equals {@link #rowsOut(Source)}.
 *
 * <p>{@link #toString()} gives the counts and the number of row findings, no ID (R-ID-5). This
 * class is immutable and thread-safe.
 */
@Value.Immutable
@KbbxStyle
public abstract class ReconciliationSummary {

  ReconciliationSummary() {}

  /**
   * Returns how many rows each source yielded, null rows included.
   *
   * @return the count per source; every source is present
   */
  public abstract Map<Source, Long> rowsRead();

  /**
   * Returns how many rows of each source were attached to a person.
   *
   * @return the count per source; every source is present
   */
  public abstract Map<Source, Long> rowsAttached();

  /**
   * Returns the number of persons in each class.
   *
   * @return the counts by class; every class is present, zero when empty
   */
  public abstract Map<PersonClass, Long> classCounts();

  /**
   * Returns the number of person findings of each kind.
   *
   * @return the counts by kind; every kind is present, zero when none
   */
  public abstract Map<PersonFindingKind, Long> personFindingCounts();

  /**
   * Returns the rows that could not be attached to a person, in input order per source
   * (population, then records, then presence), each with its source position.
   *
   * @return the row findings, possibly empty
   */
  public abstract List<RowFinding> rowFindings();

  /**
   * Returns the number of persons: the sum of {@link #classCounts()}.
   *
   * @return the number of persons, never negative
   */
  public long persons() {
    return classCounts().values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * Returns how many rows {@code source} yielded.
   *
   * @param source the source, not null
   * @return the number of rows read, null rows included
   */
  public long rowsIn(Source source) {
    return rowsRead().getOrDefault(source, 0L);
  }

  /**
   * Returns how many rows of {@code source} are accounted for: attached to persons or in row
   * findings. Equal to {@link #rowsIn(Source)} (conservation).
   *
   * @param source the source, not null
   * @return the number of rows accounted for
   */
  public long rowsOut(Source source) {
    long rejected =
        rowFindings().stream().filter(f -> f.row().source() == source).count();
    return rowsAttached().getOrDefault(source, 0L) + rejected;
  }

  /** Returns the counts and the number of row findings; no ID (R-ID-5). */
  @Override
  public String toString() {
    return IdMask.maskIdLikeRuns(
        "ReconciliationSummary{rowsRead=" + rowsRead() + ", rowsAttached=" + rowsAttached()
            + ", classCounts=" + classCounts() + ", personFindingCounts=" + personFindingCounts()
            + ", rowFindings=" + rowFindings().size() + "}");
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReconciliationSummary}. */
  public static final class Builder extends ImmutableReconciliationSummary.Builder {
    Builder() {}
  }
}
