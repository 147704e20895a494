package org.kbbx.core.division;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.Objects;
import org.kbbx.core.mask.IdMask;
import org.kbbx.core.validation.Violation;

/**
 * A 12-digit statistical division code (统计用区划代码, R-DIV-1), such as {@code 520527100201}.
 *
 * <p>The digits split into province (2), city (2), county (2), township (3) and village or
 * community (3). Trailing zero groups make a code name a wider division: {@code 520527000000} is a
 * county. The level is the narrowest non-zero group; a zero group above a non-zero one (for
 * example a village under township {@code 000}) is invalid. A 6-digit county code, as used in
 * resident IDs, is accepted and padded with zeros.
 *
 * <p>Roll-ups follow the code: a village's township is its first 9 digits padded with zeros, its
 * county the first 6, and so on.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DivisionCode implements Comparable<DivisionCode> {

  private static final long[] POWERS = {
    1L,
    10L,
    100L,
    1_000L,
    10_000L,
    100_000L,
    1_000_000L,
    10_000_000L,
    100_000_000L,
    1_000_000_000L,
    10_000_000_000L,
    100_000_000_000L,
    1_000_000_000_000L
  };

  private static final DivisionLevel[] LEVELS = DivisionLevel.values();

  private final long value;
  private final DivisionLevel level;

  private DivisionCode(long value, DivisionLevel level) {
    this.value = value;
    this.level = level;
  }

  /**
   * Parses a 12-digit code, or a 6-digit county code that is padded to 12 digits.
   *
   * @param code the digits, not null
   * @return the division code
   * @throws IllegalArgumentException naming the code and the problem if it is not valid
   */
  public static DivisionCode parse(CharSequence code) {
    Objects.requireNonNull(code, "code");
    Validation<Seq<Violation>, DivisionCode> result = validate(code.toString());
    if (result.isInvalid()) {
      throw new IllegalArgumentException(result.getError().head().message());
    }
    return result.get();
  }

  /**
   * Returns the division code with the given 12-digit numeric value.
   *
   * @param value the code as a number, for example {@code 520527100201L}; a province code 01 to 09
   *     gives a value below 10<sup>11</sup> ({@code 50102000000L} is {@code 050102000000})
   * @return the division code
   * @throws IllegalArgumentException if the value is not a valid code
   */
  public static DivisionCode of(long value) {
    if (value < POWERS[10] || value >= POWERS[12]) {
      throw new IllegalArgumentException(
          "Invalid division code " + IdMask.maskIdLikeRuns(Long.toString(value))
              + ": expected 12 digits with a non-zero province");
    }
    DivisionLevel level = levelOf(value);
    return level != null ? new DivisionCode(value, level) : parse(twelveDigits(value));
  }

  /**
   * Returns the level of a 12-digit value by arithmetic, or null if a non-zero group sits under an
   * all-zero wider group (then {@link #parse} names the problem).
   */
  private static DivisionLevel levelOf(long value) {
    DivisionLevel level = null;
    boolean zeroSeen = false;
    int from = 0;
    for (DivisionLevel candidate : LEVELS) {
      int to = candidate.significantDigits();
      long group = value / POWERS[12 - to] % POWERS[to - from];
      if (group == 0) {
        zeroSeen = true;
      } else if (zeroSeen) {
        return null;
      } else {
        level = candidate;
      }
      from = to;
    }
    return level;
  }

  /**
   * Validates untrusted text as a division code, reporting every problem found.
   *
   * @param code the text; null gives a violation
   * @return the code or the problems
   */
  public static Validation<Seq<Violation>, DivisionCode> validate(String code) {
    String path = "divisionCode";
    if (code == null) {
      return Validation.invalid(List.of(Violation.at(path, "missing division code")));
    }
    String digits = code.trim();
    if (digits.length() == 6) {
      digits = digits + "000000";
    }
    if (digits.length() != 12) {
      return invalid(
          path,
          code,
          "expected 12 digits (or a 6-digit county code), found " + code.trim().length()
              + " characters");
    }
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        return invalid(
            path, code, "character '" + c + "' at position " + (i + 1) + " is not a digit");
      }
    }
    long value = Long.parseLong(digits);
    DivisionLevel level = null;
    boolean zeroSeen = false;
    int from = 0;
    for (DivisionLevel candidate : DivisionLevel.values()) {
      int to = candidate.significantDigits();
      boolean zero = isZeros(digits, from, to);
      if (!zero && zeroSeen) {
        return invalid(
            path,
            code,
            "the " + candidate.name().toLowerCase(java.util.Locale.ROOT)
                + " digits are set under an all-zero wider part");
      }
      if (zero) {
        zeroSeen = true;
      } else {
        level = candidate;
      }
      from = to;
    }
    if (level == null || isZeros(digits, 0, 2)) {
      return invalid(path, code, "the province digits must not be 00");
    }
    return Validation.valid(new DivisionCode(value, level));
  }

  private static boolean isZeros(String digits, int from, int to) {
    for (int i = from; i < to; i++) {
      if (digits.charAt(i) != '0') {
        return false;
      }
    }
    return true;
  }

  private static Validation<Seq<Violation>, DivisionCode> invalid(
      String path, String code, String why) {
    return Validation.invalid(
        List.of(Violation.at(path, "Invalid division code '" + code + "': " + why)));
  }

  /** Returns the code as a 12-digit number. */
  public long value() {
    return value;
  }

  /** Returns the narrowest level this code names. */
  public DivisionLevel level() {
    return level;
  }

  /**
   * Returns the division of {@code wider} level that contains this one, or this code itself when
   * it is already of that level.
   *
   * @param wider a level at or above this code's level, not null
   * @return the containing division
   * @throws IllegalArgumentException if {@code wider} is below this code's level
   */
  public DivisionCode at(DivisionLevel wider) {
    Objects.requireNonNull(wider, "wider");
    if (level.isAbove(wider)) {
      throw new IllegalArgumentException(
          "Division " + this + " is a " + level + "; it has no containing " + wider);
    }
    if (wider == level) {
      return this;
    }
    long unit = POWERS[12 - wider.significantDigits()];
    return new DivisionCode(value / unit * unit, wider);
  }

  /**
   * Returns this code with the digits below {@code level} set to zero, as {@code
   * LocalDateTime.truncatedTo} does for time: the division of that level containing this one, or
   * this code itself when it is already of that level or wider. Roll-ups use it to put a village,
   * a township and a county code each under the right unit of one level.
   *
   * @param level the level to truncate to, not null
   * @return the containing division of {@code level}, or this code when it is that wide already
   */
  public DivisionCode truncatedTo(DivisionLevel level) {
    Objects.requireNonNull(level, "level");
    return this.level.isAbove(level) ? this : at(level);
  }

  /** Returns the immediately wider division, or none for a province. */
  public Option<DivisionCode> parent() {
    if (level == DivisionLevel.PROVINCE) {
      return Option.none();
    }
    DivisionLevel up = DivisionLevel.values()[level.ordinal() - 1];
    DivisionCode candidate = at(up);
    // A county directly under a province (city digits 00 do not occur; 90 is "directly
    // administered") still has a city-level parent code; it is the code's own prefix.
    return Option.of(candidate);
  }

  /** Returns the province containing this division. */
  public DivisionCode province() {
    return at(DivisionLevel.PROVINCE);
  }

  /**
   * Returns the county containing this division.
   *
   * @throws IllegalArgumentException if this code is a province or city
   */
  public DivisionCode county() {
    return at(DivisionLevel.COUNTY);
  }

  /**
   * Returns the township containing this division.
   *
   * @throws IllegalArgumentException if this code is above township level
   */
  public DivisionCode township() {
    return at(DivisionLevel.TOWNSHIP);
  }

  /** Returns the 6-digit county prefix, as in a resident ID's address code. */
  public String countyPrefix() {
    return toString().substring(0, 6);
  }

  /**
   * Returns whether this division lies within {@code other} (or is {@code other}).
   *
   * @param other the possibly wider division, not null
   * @return true if {@code other} is this division or contains it
   */
  public boolean isWithin(DivisionCode other) {
    Objects.requireNonNull(other, "other");
    if (other.level.isAbove(level) || other.level == level) {
      return at(other.level).value == other.value;
    }
    return false;
  }

  @Override
  public int compareTo(DivisionCode other) {
    return Long.compare(value, other.value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DivisionCode that && that.value == value;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(value);
  }

  /**
   * Returns the 12 digits, leading zeros included, so that {@code parse(code.toString())} equals
   * {@code code} for every code (a province code 01 to 09 prints as {@code 050102000000}).
   */
  @Override
  public String toString() {
    return twelveDigits(value);
  }

  private static String twelveDigits(long value) {
    String digits = Long.toString(value);
    return digits.length() >= 12 ? digits : "000000000000".substring(digits.length()) + digits;
  }
}
