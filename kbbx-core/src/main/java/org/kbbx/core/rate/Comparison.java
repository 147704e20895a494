package org.kbbx.core.rate;

/**
 * How a rate is held against a target threshold (R-RATE-3).
 *
 * <p>Each constant carries its symbol and its Chinese wording as the seeds use it, for example
 * Hezhang's "小学辍学率控制在 0.6% 以内" is {@link #AT_MOST} 0.6 %.
 */
public enum Comparison {
  /** The rate must not exceed the threshold (控制在…以内, ≤). */
  AT_MOST("<=", "不高于"),
  /** The rate must reach the threshold (达到…以上, ≥). */
  AT_LEAST(">=", "不低于"),
  /** The rate must equal the threshold exactly (=), for example "zero dropouts". */
  EQUALS("=", "等于");

  private final String symbol;
  private final String chineseLabel;

  Comparison(String symbol, String chineseLabel) {
    this.symbol = symbol;
    this.chineseLabel = chineseLabel;
  }

  /** Returns the ASCII symbol, {@code <=}, {@code >=} or {@code =}. */
  public String symbol() {
    return symbol;
  }

  /** Returns the Chinese label, for example {@code 不高于}. */
  public String chineseLabel() {
    return chineseLabel;
  }

  /**
   * Returns whether a value that compares to the threshold as {@code signum} satisfies this
   * comparison.
   *
   * @param signum −1, 0 or 1: the value is below, at or above the threshold
   * @return true when the target is met
   */
  public boolean isSatisfiedBy(int signum) {
    return switch (this) {
      case AT_MOST -> signum <= 0;
      case AT_LEAST -> signum >= 0;
      case EQUALS -> signum == 0;
    };
  }
}
