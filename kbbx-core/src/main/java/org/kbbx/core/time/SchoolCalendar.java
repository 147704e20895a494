package org.kbbx.core.time;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.kbbx.core.validation.Violation;

/**
 * The school days of one place: its terms, public holidays and make-up working days (R-TIME-2).
 *
 * <p>A <em>school day</em> is a day inside a term that is not a holiday and is either Monday to
 * Friday or a make-up working day (调休: a Saturday or Sunday on which school is held). "Working
 * day" (工作日) in the policy texts means a school day while school is in term. Calendars differ by
 * year and place, so they are input data: the library never looks one up.
 *
 * <p>Holidays and make-up days outside every term are allowed and have no effect. The builder
 * rejects overlapping terms, make-up days that fall on Monday to Friday, and a day listed both as
 * a holiday and as a make-up day.
 *
 * <p>Queries are fast: the school days of every term are precomputed as running counts when the
 * calendar is built (four bytes per term day), so {@link #isSchoolDay} and
 * {@link #schoolDaysBetween} cost one binary search over the terms, and {@link #plusSchoolDays} two
 * (for any count, however large: no query walks day by day; docs/rules.md §11).
 *
 * <pre>{@code
 * SchoolCalendar calendar = SchoolCalendar.builder()
 *     .term(Term.autumn(LocalDate.of(2023, 9, 1), LocalDate.of(2024, 1, 19)))
 *     .holidays(LocalDate.of(2023, 9, 29), LocalDate.of(2023, 10, 6))
 *     .makeUpDay(LocalDate.of(2023, 10, 7))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SchoolCalendar {

  private final List<Term> terms;
  private final SortedSet<LocalDate> holidays;
  private final SortedSet<LocalDate> makeUpDays;
  private final SchoolDayIndex index;

  private SchoolCalendar(
      List<Term> sortedTerms, SortedSet<LocalDate> holidays, SortedSet<LocalDate> makeUpDays) {
    this.terms = sortedTerms;
    this.holidays = holidays;
    this.makeUpDays = makeUpDays;
    this.index = new SchoolDayIndex(sortedTerms, this::computeSchoolDay);
  }

  private boolean computeSchoolDay(LocalDate day) {
    if (makeUpDays.contains(day)) {
      return true;
    }
    return !isWeekend(day) && !holidays.contains(day);
  }

  static boolean isWeekend(LocalDate day) {
    DayOfWeek dow = day.getDayOfWeek();
    return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
  }

  /**
   * Returns a builder for a calendar.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Validates untrusted calendar data, listing every problem with its path ({@code terms[i]},
   * {@code holidays[i]}, {@code makeUpDays[i]}; indexes are positions in the given iterables).
   *
   * <p>Problems: a null iterable or element, two terms that share a day, a make-up day on Monday
   * to Friday, a day that is both a holiday and a make-up day.
   *
   * @param terms the terms, in any order
   * @param holidays the holidays; days outside every term are allowed and ignored
   * @param makeUpDays the make-up working days (Saturdays or Sundays)
   * @return the calendar or every problem found
   */
  public static Validation<Seq<Violation>, SchoolCalendar> validate(
      Iterable<Term> terms, Iterable<LocalDate> holidays, Iterable<LocalDate> makeUpDays) {
    List<Violation> problems = List.empty();
    List<Term> termList = List.empty();
    if (terms == null) {
      problems =
          problems.append(Violation.at("terms", "Invalid school calendar: terms missing (null)"));
    } else {
      termList = List.ofAll(terms);
      problems = problems.appendAll(CalendarChecks.nulls("terms", termList, "term"));
      problems = problems.appendAll(CalendarChecks.overlaps(termList));
    }
    List<LocalDate> holidayList = List.empty();
    if (holidays == null) {
      problems = problems.append(
          Violation.at("holidays", "Invalid school calendar: holidays missing (null)"));
    } else {
      holidayList = List.ofAll(holidays);
      problems = problems.appendAll(CalendarChecks.nulls("holidays", holidayList, "holiday"));
    }
    List<LocalDate> makeUpList = List.empty();
    if (makeUpDays == null) {
      problems = problems.append(
          Violation.at("makeUpDays", "Invalid school calendar: make-up days missing (null)"));
    } else {
      makeUpList = List.ofAll(makeUpDays);
      problems = problems.appendAll(CalendarChecks.nulls("makeUpDays", makeUpList, "make-up day"));
      problems = problems.appendAll(
          CalendarChecks.badMakeUpDays(makeUpList, holidayList.filter(Objects::nonNull)));
    }
    if (!problems.isEmpty()) {
      return Validation.invalid(problems);
    }
    return Validation.valid(new SchoolCalendar(
        termList.sortBy(Term::start), TreeSet.ofAll(holidayList), TreeSet.ofAll(makeUpList)));
  }

  /**
   * Returns whether {@code date} is a school day: inside a term, not a holiday, and Monday to
   * Friday or a make-up day.
   *
   * @param date the date, not null
   * @return true for a school day
   */
  public boolean isSchoolDay(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return index.isSchoolDay(date);
  }

  /**
   * Returns the number of school days from {@code startInclusive} to {@code endExclusive}: the
   * start date is counted, the end date is not (as in {@code ChronoUnit.DAYS.between}).
   *
   * <p>If the end is before the start the result is negative: {@code between(b, a) == -between(a, b)}.
   *
   * @param startInclusive the first day counted, not null
   * @param endExclusive the day after the last day counted, not null
   * @return the number of school days in {@code [startInclusive, endExclusive)}
   */
  public long schoolDaysBetween(LocalDate startInclusive, LocalDate endExclusive) {
    Objects.requireNonNull(startInclusive, "startInclusive");
    Objects.requireNonNull(endExclusive, "endExclusive");
    return index.countBefore(endExclusive) - index.countBefore(startInclusive);
  }

  /**
   * Returns the school day {@code n} school days after {@code date} (before it if {@code n} is
   * negative); {@code date} itself is never counted, and need not be a school day.
   *
   * <p>{@code plusSchoolDays(d, 1)} is the first school day after {@code d};
   * {@code plusSchoolDays(d, -1)} the last school day before {@code d}; {@code plusSchoolDays(d, 0)}
   * is {@code d}. The result is empty when the calendar's terms hold fewer than {@code |n|} school
   * days after (or before) {@code date}: the calendar does not know days beyond its terms.
   *
   * @param date the starting date, not null
   * @param n the number of school days to move
   * @return the school day reached, or none if it lies beyond the calendar's terms
   */
  public Option<LocalDate> plusSchoolDays(LocalDate date, long n) {
    Objects.requireNonNull(date, "date");
    if (n == 0) {
      return Option.some(date);
    }
    if (n > index.total() || n < -index.total()) {
      return Option.none(); // beyond the calendar whatever the date; also keeps the sum below exact
    }
    long beforeDate = index.countBefore(date);
    long target = n > 0 ? beforeDate + (isSchoolDay(date) ? 1 : 0) + n - 1 : beforeDate + n;
    return index.schoolDayAt(target);
  }

  /**
   * Returns the {@code n}-th school day of {@code term}, counting from 1.
   *
   * @param term a term of this calendar, not null
   * @param n the position, 1 or more
   * @return the school day, or none if the term has fewer than {@code n} school days
   * @throws IllegalArgumentException if the term is not one of this calendar's terms or n &lt; 1
   */
  public Option<LocalDate> nthSchoolDayOfTerm(Term term, int n) {
    int k = indexOf(term);
    if (n < 1) {
      throw new IllegalArgumentException("Invalid value for n (valid values 1 or more): " + n);
    }
    return n <= index.countIn(k)
        ? index.schoolDayAt(index.firstPositionOf(k) + n - 1)
        : Option.none();
  }

  /**
   * Returns the number of school days in {@code term}.
   *
   * @param term a term of this calendar, not null
   * @return the count, 0 or more
   * @throws IllegalArgumentException if the term is not one of this calendar's terms
   */
  public int schoolDaysIn(Term term) {
    int k = indexOf(term);
    return (int) index.countIn(k);
  }

  /**
   * Returns the term containing {@code date}, both ends of each term included.
   *
   * @param date the date, not null
   * @return the term, or none in a vacation or outside the calendar
   */
  public Option<Term> termContaining(LocalDate date) {
    Objects.requireNonNull(date, "date");
    int k = index.floorTerm(date);
    return k >= 0 && index.term(k).contains(date) ? Option.some(index.term(k)) : Option.none();
  }

  /**
   * Returns the school days from {@code startInclusive} to {@code endExclusive} in date order: the
   * start date is included, the end date is not. The stream is lazy.
   *
   * @param startInclusive the first day considered, not null
   * @param endExclusive the day after the last day considered, not null
   * @return the school days in {@code [startInclusive, endExclusive)}; empty if the end is not after the start
   */
  public Stream<LocalDate> schoolDays(LocalDate startInclusive, LocalDate endExclusive) {
    Objects.requireNonNull(startInclusive, "startInclusive");
    Objects.requireNonNull(endExclusive, "endExclusive");
    if (!endExclusive.isAfter(startInclusive)) {
      return Stream.empty();
    }
    int from = Math.max(0, index.floorTerm(startInclusive));
    return IntStream.range(from, index.termCount())
        .mapToObj(index::term)
        .takeWhile(term -> term.start().isBefore(endExclusive))
        .flatMap(term -> {
          // by epoch day, so a term ending on LocalDate.MAX never steps past it (R-SM-2)
          long first = Math.max(term.start().toEpochDay(), startInclusive.toEpochDay());
          long stop = Math.min(term.end().toEpochDay() + 1, endExclusive.toEpochDay());
          return first < stop
              ? LongStream.range(first, stop)
                  .mapToObj(LocalDate::ofEpochDay)
                  .filter(this::isSchoolDay)
              : Stream.empty();
        });
  }

  /** Returns the terms, sorted by start date. */
  public Seq<Term> terms() {
    return terms;
  }

  /**
   * Returns the terms that start within {@code year}.
   *
   * @param year the school year, not null
   * @return its terms in date order, usually autumn then spring
   */
  public Seq<Term> termsIn(SchoolYear year) {
    Objects.requireNonNull(year, "year");
    return terms.filter(term -> year.contains(term.start()));
  }

  /** Returns the holidays as given, including any outside the terms (which have no effect). */
  public SortedSet<LocalDate> holidays() {
    return holidays;
  }

  /** Returns the make-up working days as given, including any outside the terms. */
  public SortedSet<LocalDate> makeUpDays() {
    return makeUpDays;
  }

  /** Returns the days from the first term's start to the last term's end, or none without terms. */
  public Option<DateRange> span() {
    return terms.isEmpty()
        ? Option.none()
        : Option.some(DateRange.of(terms.head().start(), terms.last().end()));
  }

  private int indexOf(Term term) {
    Objects.requireNonNull(term, "term");
    int k = index.floorTerm(term.start());
    if (k < 0 || !index.term(k).equals(term)) {
      throw new IllegalArgumentException(
          "Term " + term + " is not a term of this calendar " + this);
    }
    return k;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SchoolCalendar that
        && terms.equals(that.terms)
        && holidays.equals(that.holidays)
        && makeUpDays.equals(that.makeUpDays);
  }

  @Override
  public int hashCode() {
    return Objects.hash(terms, holidays, makeUpDays);
  }

  @Override
  public String toString() {
    return "SchoolCalendar[" + terms.size() + " terms"
        + span().map(range -> " " + range).getOrElse("") + ", " + holidays.size() + " holidays, "
        + makeUpDays.size() + " make-up days]";
  }

  /**
   * Collects terms, holidays and make-up days; {@link #build()} checks them together.
   *
   * <p>This class is mutable and not thread-safe; the calendar it builds is immutable.
   */
  public static final class Builder {
    // Vectors: List.append copies the whole list, so n holidays added one by one would cost
    // O(n²) (docs/rules.md §11); a Vector appends in effectively constant time.
    private Vector<Term> terms = Vector.empty();
    private Vector<LocalDate> holidays = Vector.empty();
    private Vector<LocalDate> makeUpDays = Vector.empty();

    private Builder() {}

    /**
     * Adds a term.
     *
     * @param term the term, not null
     * @return this builder
     */
    public Builder term(Term term) {
      terms = terms.append(Objects.requireNonNull(term, "term"));
      return this;
    }

    /**
     * Adds a holiday; a holiday outside every term is allowed and has no effect.
     *
     * @param date the holiday, not null
     * @return this builder
     */
    public Builder holiday(LocalDate date) {
      holidays = holidays.append(Objects.requireNonNull(date, "date"));
      return this;
    }

    /**
     * Adds every day from {@code first} to {@code last}, both included, as holidays.
     *
     * @param first the first holiday, not null
     * @param last the last holiday, not null, not before {@code first}, at most {@value
     *     Term#MAX_LENGTH_DAYS} days after it counting both ends
     * @throws IllegalArgumentException for a longer range (a programmer error: no holiday lasts
     *     longer than a term)
     * @return this builder
     */
    public Builder holidays(LocalDate first, LocalDate last) {
      DateRange range = DateRange.of(first, last);
      if (ChronoUnit.DAYS.between(first, last) >= Term.MAX_LENGTH_DAYS) {
        throw new IllegalArgumentException("Invalid holiday range " + range + " (valid lengths 1 - "
            + Term.MAX_LENGTH_DAYS + " days)");
      }
      // A list, not a one-shot iterator: Vector.appendAll reads its argument twice.
      holidays = holidays.appendAll(
          LongStream.rangeClosed(range.first().toEpochDay(), range.last().toEpochDay())
              .mapToObj(LocalDate::ofEpochDay)
              .collect(java.util.stream.Collectors.toList()));
      return this;
    }

    /**
     * Adds a make-up working day (调休), which must be a Saturday or Sunday.
     *
     * @param date the make-up day, not null
     * @return this builder
     */
    public Builder makeUpDay(LocalDate date) {
      makeUpDays = makeUpDays.append(Objects.requireNonNull(date, "date"));
      return this;
    }

    /**
     * Checks everything added and returns the calendar or every problem found.
     *
     * @return the calendar or the problems
     */
    public Validation<Seq<Violation>, SchoolCalendar> validate() {
      return SchoolCalendar.validate(terms, holidays, makeUpDays);
    }

    /**
     * Builds the calendar.
     *
     * @return the calendar
     * @throws IllegalArgumentException listing every problem: overlapping terms, make-up days on
     *     Monday to Friday, days both holiday and make-up day
     */
    public SchoolCalendar build() {
      Validation<Seq<Violation>, SchoolCalendar> result = validate();
      if (result.isInvalid()) {
        throw new IllegalArgumentException(
            result.getError().map(Violation::toString).mkString("; "));
      }
      return result.get();
    }
  }
}
