package org.kbbx.core.time;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;
import org.kbbx.core.validation.Violation;

/**
 * A school year (学年) running from 1 September of its start year to 31 August of the next (R-TIME-1).
 *
 * <p>{@code SchoolYear.of(2022)} is 2022-09-01 … 2023-08-31, both inclusive, written
 * {@code 2022-2023}. The autumn term (秋季学期) opens in the start year, the spring term (春季学期) in
 * the next. Supported start years are {@value #MIN_START_YEAR} to {@value #MAX_START_YEAR}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SchoolYear implements Comparable<SchoolYear> {

  /** The earliest supported start year. */
  public static final int MIN_START_YEAR = 1900;

  /** The latest supported start year. */
  public static final int MAX_START_YEAR = 2200;

  private final int startYear;

  private SchoolYear(int startYear) {
    this.startYear = startYear;
  }

  /**
   * Returns the school year that starts on 1 September of {@code startYear}.
   *
   * @param startYear the calendar year in which the school year starts, 1900 to 2200
   * @return the school year
   * @throws IllegalArgumentException if the year is out of range
   */
  public static SchoolYear of(int startYear) {
    if (startYear < MIN_START_YEAR || startYear > MAX_START_YEAR) {
      throw new IllegalArgumentException("Invalid value for SchoolYear start year (valid values "
          + MIN_START_YEAR
          + " - "
          + MAX_START_YEAR
          + "): "
          + startYear);
    }
    return new SchoolYear(startYear);
  }

  /**
   * Returns the school year that contains {@code date}: dates from 1 September on belong to the
   * school year starting that year, earlier dates to the one starting the year before.
   *
   * @param date the date, not null
   * @return the school year containing the date
   */
  public static SchoolYear containing(LocalDate date) {
    Objects.requireNonNull(date, "date");
    int year =
        date.getMonthValue() >= Month.SEPTEMBER.getValue() ? date.getYear() : date.getYear() - 1;
    return of(year);
  }

  /**
   * Parses the {@code 2022-2023} form, where the second year must follow the first.
   *
   * @param text the text, not null
   * @return the school year
   * @throws IllegalArgumentException naming the text and the expected form if it does not parse
   */
  public static SchoolYear parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    Validation<Seq<Violation>, SchoolYear> result = validate(text.toString());
    if (result.isInvalid()) {
      throw new IllegalArgumentException(result.getError().head().message());
    }
    return result.get();
  }

  /**
   * Validates untrusted text in the {@code 2022-2023} form (a bare start year such as
   * {@code 2022} is accepted too).
   *
   * @param text the text; null gives a violation
   * @return the school year or every problem found
   */
  public static Validation<Seq<Violation>, SchoolYear> validate(String text) {
    if (text == null) {
      return Validation.invalid(List.of(Violation.at("schoolYear", "missing school year")));
    }
    String trimmed = text.trim();
    String expected = "expected the form 2022-2023 (start year, hyphen, the next year)";
    if (trimmed.matches("\\d{4}")) {
      return validateStart(text, Integer.parseInt(trimmed));
    }
    if (!trimmed.matches("\\d{4}-\\d{4}")) {
      return Validation.invalid(
          List.of(Violation.at("schoolYear", "Invalid school year '" + text + "': " + expected)));
    }
    int start = Integer.parseInt(trimmed.substring(0, 4));
    int end = Integer.parseInt(trimmed.substring(5));
    if (end != start + 1) {
      return Validation.invalid(List.of(Violation.at(
          "schoolYear",
          "Invalid school year '" + text + "': the second year must be " + (start + 1))));
    }
    return validateStart(text, start);
  }

  private static Validation<Seq<Violation>, SchoolYear> validateStart(String text, int start) {
    if (start < MIN_START_YEAR || start > MAX_START_YEAR) {
      return Validation.invalid(List.of(Violation.at(
          "schoolYear",
          "Invalid school year '"
              + text
              + "': start year must be "
              + MIN_START_YEAR
              + " - "
              + MAX_START_YEAR)));
    }
    return Validation.valid(new SchoolYear(start));
  }

  /** Returns the calendar year in which this school year starts. */
  public int startYear() {
    return startYear;
  }

  /** Returns the first day, 1 September of the start year (inclusive). */
  public LocalDate start() {
    return LocalDate.of(startYear, Month.SEPTEMBER, 1);
  }

  /** Returns the last day, 31 August of the following year (inclusive). */
  public LocalDate end() {
    return LocalDate.of(startYear + 1, Month.AUGUST, 31);
  }

  /**
   * Returns whether {@code date} lies in this school year, both ends included.
   *
   * @param date the date, not null
   * @return true if {@code start() <= date <= end()}
   */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  /** Returns the following school year. */
  public SchoolYear next() {
    return plusYears(1);
  }

  /** Returns the preceding school year. */
  public SchoolYear previous() {
    return plusYears(-1);
  }

  /**
   * Returns the school year {@code years} later (earlier if negative).
   *
   * @param years the number of years to add
   * @return the shifted school year
   * @throws IllegalArgumentException if the result is out of range
   */
  public SchoolYear plusYears(int years) {
    return of(Math.addExact(startYear, years));
  }

  @Override
  public int compareTo(SchoolYear other) {
    return Integer.compare(startYear, other.startYear);
  }

  /** Returns whether this school year starts before {@code other}. */
  public boolean isBefore(SchoolYear other) {
    return startYear < other.startYear;
  }

  /** Returns whether this school year starts after {@code other}. */
  public boolean isAfter(SchoolYear other) {
    return startYear > other.startYear;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SchoolYear that && that.startYear == startYear;
  }

  @Override
  public int hashCode() {
    return startYear;
  }

  /** Returns the {@code 2022-2023} form. */
  @Override
  public String toString() {
    return startYear + "-" + (startYear + 1);
  }
}
