package org.kbbx.core.school;

/**
 * A grade (年级) of nine-year compulsory education, 1 to 9.
 *
 * <p>Grades are numbered across both levels, so grade 7 is the first junior-secondary grade under
 * the 6-3 system and the second under 5-4; {@link GradeSystem#levelOf(Grade)} tells the level.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Grade implements Comparable<Grade> {

  /** The first grade. */
  public static final int FIRST = 1;

  /** The last grade of compulsory education. */
  public static final int LAST = 9;

  private static final Grade[] GRADES = new Grade[LAST + 1];

  static {
    for (int n = FIRST; n <= LAST; n++) {
      GRADES[n] = new Grade(n);
    }
  }

  private final int number;

  private Grade(int number) {
    this.number = number;
  }

  /**
   * Returns grade {@code number}.
   *
   * @param number 1 to 9
   * @return the grade
   * @throws IllegalArgumentException if the number is out of range
   */
  public static Grade of(int number) {
    if (number < FIRST || number > LAST) {
      throw new IllegalArgumentException(
          "Invalid value for Grade (valid values " + FIRST + " - " + LAST + "): " + number);
    }
    return GRADES[number];
  }

  /** Returns whether {@code number} is a valid grade number, 1 to 9. */
  public static boolean isValid(int number) {
    return number >= FIRST && number <= LAST;
  }

  /** Returns the grade number, 1 to 9. */
  public int number() {
    return number;
  }

  /**
   * Returns the grade {@code steps} later.
   *
   * @param steps grades to add, may be negative
   * @return the grade
   * @throws IllegalArgumentException if the result is outside 1 to 9
   */
  public Grade plus(int steps) {
    return of(number + steps);
  }

  /** Returns whether this is grade 9, the last grade of compulsory education. */
  public boolean isLast() {
    return number == LAST;
  }

  @Override
  public int compareTo(Grade other) {
    return Integer.compare(number, other.number);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Grade that && that.number == number;
  }

  @Override
  public int hashCode() {
    return number;
  }

  /** Returns {@code G1} … {@code G9}. */
  @Override
  public String toString() {
    return "G" + number;
  }
}
