package org.kbbx.rules.obligation;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.responsibility.Role;
import org.kbbx.core.time.SchoolCalendar;

/**
 * Unannounced supervision ("四不两直", R-OBL-4): who visits and how many schools a day at most; its
 * {@link #plan} picks the day of each school's visit from a seed the caller supplies.
 *
 * <p>Example (XX_COUNTY_2023, seed 002 二(四)2): the county education bureau visits each school
 * once in the period, at most 3 schools a day (the number is a kbbx default; the seed gives none).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param visitor who visits, not null
 * @param maxSchoolsPerDay the most schools visited on one day, {@value #MIN_PER_DAY} to {@value
 *     #MAX_PER_DAY}
 */
public record UnannouncedVisits(Role visitor, int maxSchoolsPerDay) {

  /** The fewest schools a day: {@value}. */
  public static final int MIN_PER_DAY = 1;

  /** The most schools a day: {@value}. */
  public static final int MAX_PER_DAY = 50;

  /** The longest plan period, in days from its first to its last day: {@value}. */
  public static final int MAX_PERIOD_DAYS = 366;

  /** Creates the rule. */
  public UnannouncedVisits {
    Objects.requireNonNull(visitor, "visitor");
    if (maxSchoolsPerDay < MIN_PER_DAY || maxSchoolsPerDay > MAX_PER_DAY) {
      throw new IllegalArgumentException("Invalid value for maxSchoolsPerDay (valid values "
          + MIN_PER_DAY + " to " + MAX_PER_DAY + "): " + maxSchoolsPerDay);
    }
  }

  /**
   * Plans one unannounced visit to each school on a school day from {@code from} to {@code to},
   * at most {@link #maxSchoolsPerDay()} a day, drawn from {@code seed} (R-OBL-4).
   *
   * <p>The plan depends only on the seed, the set of schools (not their order or repeats), the
   * calendar and the period: no clock and no randomness of its own, so anyone holding the seed
   * can reproduce and audit it. The draw is SplitMix64 seeded with {@code seed}, shuffling the
   * period's visit slots (school day × place in the day). Time and space are linear in the number
   * of slots.
   *
   * @param schools the schools, no null elements, not null
   * @param calendar the school calendar, not null
   * @param from the first day, not null
   * @param to the last day, not null
   * @param seed the caller's seed
   * @return the visits by day then school, or why none can be planned
   */
  public Either<PlanRejection, Seq<PlannedVisit>> plan(
      Collection<SchoolId> schools,
      SchoolCalendar calendar,
      LocalDate from,
      LocalDate to,
      long seed) {
    Objects.requireNonNull(schools, "schools");
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    long span = ChronoUnit.DAYS.between(from, to);
    if (span < 0 || span > MAX_PERIOD_DAYS) {
      return Either.left(new PlanRejection.InvalidPeriod(from, to));
    }
    List<SchoolId> sorted = new ArrayList<>(new TreeSet<>(schools));
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      if (calendar.isSchoolDay(d)) {
        days.add(d);
      }
    }
    int slots = days.size() * maxSchoolsPerDay;
    if (sorted.size() > slots) {
      return Either.left(
          new PlanRejection.NotEnoughDays(sorted.size(), days.size(), maxSchoolsPerDay));
    }
    int[] slot = new int[slots];
    for (int i = 0; i < slots; i++) {
      slot[i] = i;
    }
    long state = seed;
    List<PlannedVisit> out = new ArrayList<>(sorted.size());
    for (int i = 0; i < sorted.size(); i++) {
      state += 0x9E3779B97F4A7C15L;
      int j = i + (int) Long.remainderUnsigned(mix(state), slots - i);
      int t = slot[i];
      slot[i] = slot[j];
      slot[j] = t;
      out.add(new PlannedVisit(sorted.get(i), days.get(slot[i] / maxSchoolsPerDay), visitor));
    }
    out.sort(Comparator.comparing(PlannedVisit::day).thenComparing(PlannedVisit::school));
    return Either.right(Vector.ofAll(out));
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
