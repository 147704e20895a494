package org.kbbx.core.id;

import java.util.Objects;
import org.kbbx.core.mask.IdMask;

/**
 * The key of one student's timeline, for example a student record number (学籍号, R-ID-4): an
 * opaque, non-blank string with no further parsing.
 *
 * <p>A 学籍号 often is {@code G} followed by the child's resident ID, so {@link #toString()} and
 * every library message show the key masked by the one rule {@link IdMask#mask} (R-ID-2, R-ID-5):
 * {@code G11010*********002X}, and a short key such as {@code H1} as {@code **}. The full key
 * needs the explicit {@link #unmasked()}. Equality is on the full key.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StudentId {

  private final String value;
  /**
   * The key packed exactly, when it has a shape that packs, else {@link #NO_CODE}. Two ids with
   * codes are equal exactly when their codes are, and hash from the code: a county day hashes and
   * compares tens of thousands of ids, and reading the code here saves reading the string (kbbx's
   * tables keep it beside their slots, read through kbbx's internal {@code StudentIdCode}, which
   * documents the shapes).
   */
  private final long code;

  /** The code of a key with no code: {@code StudentIdCode.NONE}. */
  private static final long NO_CODE = -1L;

  private static final String PREFIXES = "GLJ";
  private static final int SHORT = 9;
  private static final int RESIDENT = 18;

  private StudentId(String value) {
    this.value = value;
    this.code = code(value);
  }

  /**
   * Returns the student id {@code value}.
   *
   * @param value the key, not null and not blank; kept exactly as given
   * @return the id
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if the value is blank
   */
  public static StudentId of(String value) {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("Invalid StudentId: must not be blank");
    }
    return new StudentId(value);
  }

  /**
   * Packs a key into its code (the shapes are documented on kbbx's internal {@code
   * StudentIdCode}): up to 9 characters from U+0001 to U+007F, 7 bits each; or 17 digits and a
   * digit or {@code X}, alone or after {@code G}, {@code L} or {@code J}, as one number under the
   * top bit and the prefix.
   *
   * @param text the key, not null
   * @return its code, or {@link #NO_CODE} when the text has neither shape
   */
  private static long code(String text) {
    int n = text.length();
    if (n <= SHORT) {
      long code = 0;
      for (int i = 0; i < n; i++) {
        char c = text.charAt(i);
        if (c == 0 || c > 0x7F) {
          return NO_CODE;
        }
        code |= (long) c << (7 * (SHORT - 1 - i));
      }
      return code;
    }
    int start = n - RESIDENT;
    if (start != 0 && start != 1) {
      return NO_CODE;
    }
    long prefix = start == 0 ? 0 : PREFIXES.indexOf(text.charAt(0)) + 1;
    if (prefix == 0 && start == 1) {
      return NO_CODE;
    }
    long digits = 0;
    for (int i = start; i < n - 1; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return NO_CODE;
      }
      digits = 10 * digits + (c - '0');
    }
    char last = text.charAt(n - 1);
    int check;
    if (last >= '0' && last <= '9') {
      check = last - '0';
    } else if (last == 'X') {
      check = 10;
    } else {
      return NO_CODE;
    }
    // 10^17 * 11 < 2^60; with at most three prefixes the top four bits are never all ones.
    return Long.MIN_VALUE | prefix << 60 | (11 * digits + check);
  }

  /**
   * Returns the key exactly as given: the one explicit way to the full text (R-ID-2); use only
   * where the reader may see it. No library message calls it.
   *
   * @return the full key
   */
  public String unmasked() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StudentId that
        && that.code == code
        && (code != NO_CODE || that.value.equals(value));
  }

  @Override
  public int hashCode() {
    // A key with a code hashes from it (the code's high bits after a multiplication by the
    // golden ratio), any other from its text.
    return code != NO_CODE ? (int) ((code * 0x9E3779B97F4A7C15L) >>> 32) : value.hashCode();
  }

  /** Returns the key masked by {@link IdMask#mask} (R-ID-5), for example {@code G11010*********002X}. */
  @Override
  public String toString() {
    return IdMask.mask(value);
  }
}
