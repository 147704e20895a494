package org.kbbx.reporting.report;

import java.util.Objects;

/**
 * A column of a {@link StatisticsTable}: a stable key and its Chinese and English labels
 * (R-LED-7).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param key the stable key, for example {@code OUT_OF_SCHOOL}, never null
 * @param chineseLabel the Chinese label, never null
 * @param englishLabel the English label, never null
 */
public record TableColumn(String key, String chineseLabel, String englishLabel) {

  /** Checks that no component is null. */
  public TableColumn {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(chineseLabel, "chineseLabel");
    Objects.requireNonNull(englishLabel, "englishLabel");
  }
}
