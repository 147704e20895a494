package org.kbbx.reporting.report;

import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;
import org.kbbx.core.internal.KbbxStyle;

/**
 * A published statistics table as data (R-LED-7): labelled columns, labelled rows of counts.
 *
 * <p>Tables are what small-cell suppression applies to when they are written as JSON; the table
 * itself always holds the exact counts. This class is immutable and thread-safe.
 */
@Value.Immutable
@KbbxStyle
public abstract class StatisticsTable {

  StatisticsTable() {}

  /**
   * Returns the Chinese title, for example {@code 农村义务教育阶段学龄人口台账统计表}.
   *
   * @return the title, never null
   */
  public abstract String chineseTitle();

  /**
   * Returns the English title.
   *
   * @return the title, never null
   */
  public abstract String englishTitle();

  /**
   * Returns the columns.
   *
   * @return the columns, in order
   */
  public abstract List<TableColumn> columns();

  /**
   * Returns the rows; every row has one count per column.
   *
   * @return the rows, in order
   */
  public abstract List<TableRow> rows();

  /**
   * Returns the row with the given key.
   *
   * @param key the row key, not null
   * @return the row
   * @throws IllegalArgumentException if there is no such row
   */
  public TableRow row(String key) {
    Objects.requireNonNull(key, "key");
    return rows().stream()
        .filter(r -> r.key().equals(key))
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException("No row with key " + key + " in " + englishTitle()));
  }

  /**
   * Returns the index of the column with the given key.
   *
   * @param key the column key, not null
   * @return the 0-based index
   * @throws IllegalArgumentException if there is no such column
   */
  public int column(String key) {
    for (int i = 0; i < columns().size(); i++) {
      if (columns().get(i).key().equals(key)) {
        return i;
      }
    }
    throw new IllegalArgumentException("No column with key " + key + " in " + englishTitle());
  }

  @Value.Check
  void check() {
    for (TableRow row : rows()) {
      if (row.counts().size() != columns().size()) {
        throw new IllegalStateException("Invalid table " + englishTitle() + ": row " + row.key()
            + " has " + row.counts().size() + " counts, expected " + columns().size());
      }
    }
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StatisticsTable}. */
  public static final class Builder extends ImmutableStatisticsTable.Builder {
    Builder() {}
  }
}
