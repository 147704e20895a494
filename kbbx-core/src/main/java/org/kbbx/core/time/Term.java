package org.kbbx.core.time;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.kbbx.core.validation.Violation;

/**
 * One term (学期) of a school calendar: its name, kind, and first and last day, both included
 * (R-TIME-2).
 *
 * <p>A term lasts at least one day and at most {@value #MAX_LENGTH_DAYS} days. Whether a day of
 * the term is a school day is decided by the {@link SchoolCalendar} that holds the term
 * (weekends, holidays and make-up days).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name the name, for example {@code 2022-2023 autumn}, not blank
 * @param kind autumn or spring, not null
 * @param start the first day of the term, included, not null
 * @param end the last day of the term, included, not null and not before {@code start}
 */
public record Term(String name, TermKind kind, LocalDate start, LocalDate end) {

  /** The longest allowed term, in days (one leap year); a school year holds two terms. */
  public static final int MAX_LENGTH_DAYS = 366;

  /** Creates a term; throws naming the field if any part is invalid. */
  public Term {
    List<Violation> problems = problems(name, kind, start, end);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(problems.map(Violation::message).mkString("; "));
    }
  }

  /**
   * Returns the term {@code name} of {@code kind} from {@code start} to {@code end}, both included.
   *
   * @param name the name, not blank
   * @param kind the kind, not null
   * @param start the first day, not null
   * @param end the last day, not null, not before {@code start}
   * @return the term
   * @throws IllegalArgumentException naming every invalid part
   */
  public static Term of(String name, TermKind kind, LocalDate start, LocalDate end) {
    return new Term(name, kind, start, end);
  }

  /**
   * Returns an autumn term named after the school year containing {@code start}, for example
   * {@code 2022-2023 autumn}.
   *
   * @param start the first day, not null
   * @param end the last day, not null, not before {@code start}
   * @return the term
   */
  public static Term autumn(LocalDate start, LocalDate end) {
    return named(TermKind.AUTUMN, start, end);
  }

  /**
   * Returns a spring term named after the school year containing {@code start}, for example
   * {@code 2022-2023 spring}.
   *
   * @param start the first day, not null
   * @param end the last day, not null, not before {@code start}
   * @return the term
   */
  public static Term spring(LocalDate start, LocalDate end) {
    return named(TermKind.SPRING, start, end);
  }

  private static Term named(TermKind kind, LocalDate start, LocalDate end) {
    Objects.requireNonNull(start, "start");
    String label = kind == TermKind.AUTUMN ? "autumn" : "spring";
    return new Term(SchoolYear.containing(start) + " " + label, kind, start, end);
  }

  /**
   * Validates untrusted term data, listing every problem (paths {@code name}, {@code kind},
   * {@code start}, {@code end}).
   *
   * @param name the name; null or blank is a problem
   * @param kind the kind; null is a problem
   * @param start the first day; null is a problem
   * @param end the last day; null, or before {@code start}, or too far after it, is a problem
   * @return the term or every problem found
   */
  public static Validation<Seq<Violation>, Term> validate(
      String name, TermKind kind, LocalDate start, LocalDate end) {
    List<Violation> problems = problems(name, kind, start, end);
    return problems.isEmpty()
        ? Validation.valid(new Term(name, kind, start, end))
        : Validation.invalid(problems);
  }

  private static List<Violation> problems(
      String name, TermKind kind, LocalDate start, LocalDate end) {
    List<Violation> problems = List.empty();
    if (name == null || name.isBlank()) {
      problems = problems.append(Violation.at(
          "name", "Invalid term name: expected non-blank text, found " + quoted(name)));
    }
    if (kind == null) {
      problems = problems.append(
          Violation.at("kind", "Invalid term kind: expected AUTUMN or SPRING, found null"));
    }
    if (start == null) {
      problems =
          problems.append(Violation.at("start", "Invalid term start: expected a date, found null"));
    }
    if (end == null) {
      problems =
          problems.append(Violation.at("end", "Invalid term end: expected a date, found null"));
    }
    if (start != null && end != null) {
      if (end.isBefore(start)) {
        problems = problems.append(Violation.at(
            "end", "Invalid term " + quoted(name) + ": end " + end + " is before start " + start));
      } else if (ChronoUnit.DAYS.between(start, end) + 1 > MAX_LENGTH_DAYS) {
        problems = problems.append(Violation.at(
            "end",
            "Invalid term " + quoted(name) + ": " + start + ".." + end + " lasts "
                + (ChronoUnit.DAYS.between(start, end) + 1) + " days, expected at most "
                + MAX_LENGTH_DAYS));
      }
    }
    return problems;
  }

  private static String quoted(String text) {
    return text == null ? "null" : "'" + text + "'";
  }

  /**
   * Returns whether {@code date} lies in this term, both ends included.
   *
   * @param date the date, not null
   * @return true if {@code start <= date <= end}
   */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(start) && !date.isAfter(end);
  }

  /** Returns the number of calendar days in the term, both ends counted. */
  public int lengthInDays() {
    return (int) ChronoUnit.DAYS.between(start, end) + 1;
  }

  /** Returns the term's days as a closed range. */
  public DateRange range() {
    return DateRange.of(start, end);
  }

  /**
   * Returns whether this term shares at least one day with {@code other}.
   *
   * @param other the other term, not null
   * @return true if the two closed ranges intersect
   */
  public boolean overlaps(Term other) {
    Objects.requireNonNull(other, "other");
    return !other.end.isBefore(start) && !other.start.isAfter(end);
  }
}
