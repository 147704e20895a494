package org.kbbx.reporting.report;

import java.util.List;
import java.util.Objects;

/**
 * A row of a {@link StatisticsTable}: a stable key, labels and one count per column.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param key the stable key, for example a village code or {@code TOTAL}, never null
 * @param chineseLabel the Chinese label, never null
 * @param englishLabel the English label, never null
 * @param counts one non-negative count per column, in column order, copied
 */
public record TableRow(String key, String chineseLabel, String englishLabel, List<Long> counts) {

  /** Checks the components and copies the counts. */
  public TableRow {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(chineseLabel, "chineseLabel");
    Objects.requireNonNull(englishLabel, "englishLabel");
    counts = List.copyOf(counts);
    for (Long count : counts) {
      if (count < 0) {
        throw new IllegalArgumentException(
            "Invalid count in row " + key + " (expected 0 or more): " + count);
      }
    }
  }

  /**
   * Returns the count in column {@code index}.
   *
   * @param index the 0-based column index
   * @return the count
   */
  public long count(int index) {
    return counts.get(index);
  }
}
