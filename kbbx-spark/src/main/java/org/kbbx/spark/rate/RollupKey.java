package org.kbbx.spark.rate;

import java.io.Serializable;
import java.util.Objects;

/**
 * The key of one unit of the national rates table: its {@link RollupLevel} and code (a 12-digit
 * division code, a school id, or {@link RollupLevel#NATION_CODE}).
 *
 * <p>A Java bean so that Spark can group by it as columns; instances made by {@link #of} are not
 * changed afterwards. Not thread-safe while being filled by Spark.
 */
public final class RollupKey implements Serializable, Comparable<RollupKey> {

  private static final long serialVersionUID = 1L;

  private String level;
  private String code;

  /** Creates an empty key, for Spark's bean encoder. */
  public RollupKey() {}

  /**
   * Returns the key of one unit.
   *
   * @param level not null
   * @param code not null
   * @return the key
   */
  public static RollupKey of(RollupLevel level, String code) {
    RollupKey key = new RollupKey();
    key.level = Objects.requireNonNull(level, "level").name();
    key.code = Objects.requireNonNull(code, "code");
    return key;
  }

  /** Returns the {@link RollupLevel} name. */
  public String getLevel() {
    return level;
  }

  /** Sets the {@link RollupLevel} name. */
  public void setLevel(String level) {
    this.level = level;
  }

  /** Returns the unit's code. */
  public String getCode() {
    return code;
  }

  /** Sets the unit's code. */
  public void setCode(String code) {
    this.code = code;
  }

  /** Orders by level (nation first), then code. */
  @Override
  public int compareTo(RollupKey other) {
    int byLevel = Integer.compare(
        RollupLevel.valueOf(level).ordinal(), RollupLevel.valueOf(other.level).ordinal());
    return byLevel != 0 ? byLevel : code.compareTo(other.code);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RollupKey that
        && Objects.equals(level, that.level)
        && Objects.equals(code, that.code);
  }

  @Override
  public int hashCode() {
    return Objects.hash(level, code);
  }

  @Override
  public String toString() {
    return level + ":" + code;
  }
}
