package org.kbbx.reporting.reconciliation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.kbbx.core.internal.KbbxStyle;
import org.kbbx.core.mask.IdMask;

/**
 * The outcome of a reconciliation (R-LED-2): one {@link PersonMatch} per person, the rows that
 * could not be attached, and the findings about persons.
 *
 * <p>Conservation: for every source, {@link #rowsIn(Source)} equals {@link #rowsOut(Source)}, and
 * every input position appears exactly once, either in a person or in a row finding.
 *
 * <p>{@link #toString()} gives the counts, not the persons, and no ID (R-ID-5). This class is
 * immutable and thread-safe.
 */
@Value.Immutable
@KbbxStyle
public abstract class ReconciliationResult {

  ReconciliationResult() {}

  /**
   * Returns one match per person, in order of first appearance (population, then records, then
   * presence).
   *
   * @return the persons, possibly empty
   */
  public abstract List<PersonMatch> persons();

  /**
   * Returns the rows that could not be attached to a person, in input order per source.
   *
   * @return the row findings, possibly empty
   */
  public abstract List<RowFinding> rowFindings();

  /**
   * Returns the findings about matched persons, grouped by person in person order.
   *
   * @return the person findings, possibly empty
   */
  public abstract List<PersonFinding> personFindings();

  /**
   * Returns how many rows each source yielded.
   *
   * @return the count per source; every source is present
   */
  public abstract Map<Source, Long> rowsRead();

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
   * Returns how many rows of {@code source} are in the output: attached to persons or in row
   * findings. Equal to {@link #rowsIn(Source)} (conservation).
   *
   * @param source the source, not null
   * @return the number of rows accounted for
   */
  public long rowsOut(Source source) {
    long attached = 0;
    for (PersonMatch person : persons()) {
      attached += switch (source) {
        case POPULATION -> person.population().isPresent() ? 1 : 0;
        case RECORD -> person.records().size();
        case PRESENCE -> person.presence().size();
      };
    }
    long rejected =
        rowFindings().stream().filter(f -> f.row().source() == source).count();
    return attached + rejected;
  }

  /**
   * Returns the number of persons in each class; every class is present, zero when empty.
   *
   * @return the counts by class
   */
  @Value.Derived
  public Map<PersonClass, Long> classCounts() {
    Map<PersonClass, Long> counts = new EnumMap<>(PersonClass.class);
    for (PersonClass personClass : PersonClass.values()) {
      counts.put(personClass, 0L);
    }
    for (PersonMatch person : persons()) {
      counts.merge(person.personClass(), 1L, Long::sum);
    }
    return counts;
  }

  /**
   * Returns the counts: rows read per source, persons per class, row and person findings; no
   * person and no ID (R-ID-5), and short however large the county.
   */
  @Override
  public String toString() {
    return IdMask.maskIdLikeRuns(
        "ReconciliationResult{rowsRead=" + rowsRead() + ", classCounts=" + classCounts()
            + ", persons=" + persons().size() + ", rowFindings=" + rowFindings().size()
            + ", personFindings=" + personFindings().size() + "}");
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReconciliationResult}. */
  public static final class Builder extends ImmutableReconciliationResult.Builder {
    Builder() {}
  }
}
