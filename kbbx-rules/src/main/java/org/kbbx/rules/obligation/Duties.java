package org.kbbx.rules.obligation;

import io.vavr.control.Option;
import java.util.List;
import java.util.Objects;

/**
 * A jurisdiction's campaigns, recurring duties, inspections and funding floor, as profile data
 * (R-OBL-1..5; the profile setting {@code duties}).
 *
 * <p>{@link ObligationCalendar#dutiesDue} turns the campaigns and recurring duties into dated
 * {@link Obligation}s, {@link ObligationCalendar#dailyTracking} the daily tracking of a named
 * unit, {@link UnannouncedVisits#plan} the unannounced visits, and {@link #fundedHeadcount} the
 * funding floor.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param campaigns the dated campaigns, possibly empty; copied
 * @param recurring the recurring duties, possibly empty; copied
 * @param dailyTracking the daily tracking of units with prominent problems, if any
 * @param unannounced the unannounced supervision, if any
 * @param fundingFloor the headcount a village primary school or teaching point with fewer
 *     students is funded as, 0 for none, else {@value #MIN_FLOOR} to {@value #MAX_FLOOR}
 * @param examples the self-tests (R-PROF-3), possibly empty; copied
 */
public record Duties(
    List<Campaign> campaigns,
    List<RecurringDuty> recurring,
    Option<DailyTracking> dailyTracking,
    Option<UnannouncedVisits> unannounced,
    int fundingFloor,
    List<DutyExample> examples) {

  /** The smallest funding floor other than none: {@value}. */
  public static final int MIN_FLOOR = 1;

  /** The largest funding floor: {@value}. */
  public static final int MAX_FLOOR = 1000;

  /** Creates the duties. */
  public Duties {
    campaigns = List.copyOf(Objects.requireNonNull(campaigns, "campaigns"));
    recurring = List.copyOf(Objects.requireNonNull(recurring, "recurring"));
    Objects.requireNonNull(dailyTracking, "dailyTracking");
    Objects.requireNonNull(unannounced, "unannounced");
    examples = List.copyOf(Objects.requireNonNull(examples, "examples"));
    if (fundingFloor != 0 && (fundingFloor < MIN_FLOOR || fundingFloor > MAX_FLOOR)) {
      throw new IllegalArgumentException("Invalid value for fundingFloor (valid values 0 or "
          + MIN_FLOOR + " to " + MAX_FLOOR + "): " + fundingFloor);
    }
    if (campaigns.stream().map(Campaign::name).distinct().count() != campaigns.size()) {
      throw new IllegalArgumentException("Invalid campaigns: two campaigns have the same name");
    }
  }

  /**
   * Returns no duties.
   *
   * @return the empty duties
   */
  public static Duties none() {
    return new Duties(List.of(), List.of(), Option.none(), Option.none(), 0, List.of());
  }

  /**
   * Returns the headcount a school is funded as (R-OBL-2, seed 000 五(二)2 "按100人核定公用经费"):
   * a village primary school or teaching point with fewer students than the floor is funded as
   * the floor; every other school, or any school when there is no floor, as its students.
   *
   * <p>Example with a floor of 100: a teaching point with 37 students is funded as 100, a village
   * primary school with 150 as 150, a central school with 37 as 37.
   *
   * @param site the kind of school, not null
   * @param students the students enrolled, at least 0
   * @return the funded headcount
   * @throws IllegalArgumentException when {@code students} is negative
   */
  public int fundedHeadcount(SchoolSite site, int students) {
    Objects.requireNonNull(site, "site");
    if (students < 0) {
      throw new IllegalArgumentException(
          "Invalid value for students (valid values 0 or more): " + students);
    }
    return site == SchoolSite.OTHER ? students : Math.max(students, fundingFloor);
  }

  /**
   * Returns these duties with {@code more}'s campaigns and recurring duties added, {@code more}'s
   * daily tracking, unannounced visits and non-zero funding floor where set, and only {@code
   * more}'s examples (a profile's examples are its own, R-PROF-3).
   *
   * @param more the duties to add, not null
   * @return the combined duties
   */
  public Duties plus(Duties more) {
    Objects.requireNonNull(more, "more");
    return new Duties(
        concat(campaigns, more.campaigns),
        concat(recurring, more.recurring),
        more.dailyTracking.orElse(dailyTracking),
        more.unannounced.orElse(unannounced),
        more.fundingFloor != 0 ? more.fundingFloor : fundingFloor,
        more.examples);
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> out = new java.util.ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
