package org.kbbx.reporting.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.immutables.value.Value;
import org.kbbx.core.id.ResidentId;
import org.kbbx.core.internal.KbbxStyle;

/**
 * The home-education visit report (送教上门, R-LED-6, seed 002: 原则上每周上门不少于1次): the students
 * and weeks with fewer visits than required.
 *
 * <p>A week (Monday to Sunday) is checked when the placement covers all of it and it has ended by
 * the as-of date; partial first and last weeks are not judged. Visits outside any placement are
 * ignored.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@KbbxStyle
public abstract class HomeEducationVisitReport {

  HomeEducationVisitReport() {}

  /**
   * Returns the report date.
   *
   * @return the as-of date
   */
  public abstract LocalDate asOf();

  /**
   * Returns the visits required per week.
   *
   * @return 0 or more
   */
  public abstract int requiredPerWeek();

  /**
   * Returns how many placement-weeks were checked.
   *
   * @return 0 or more
   */
  public abstract long weeksChecked();

  /**
   * Returns the weeks below the requirement, by placement order then week.
   *
   * @return the shortfalls, possibly empty
   */
  public abstract List<VisitShortfall> shortfalls();

  /**
   * Builds the report. Null placements and visits are skipped.
   *
   * @param placements the home-education placements, may be null (none)
   * @param visits the visits, may be null (none)
   * @param requiredPerWeek the visits required per week, 0 or more (seed 002: 1; 0 means no
   *     requirement and no shortfall), as in kbbx-rules
   *     {@code ObligationRules.homeEducationVisitsPerWeek()}
   * @param asOf the report date, not null
   * @return the report
   * @throws IllegalArgumentException if {@code requiredPerWeek} is negative
   */
  public static HomeEducationVisitReport of(
      Iterable<HomeEducationPlacement> placements,
      Iterable<HomeVisit> visits,
      int requiredPerWeek,
      LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    if (requiredPerWeek < 0) {
      throw new IllegalArgumentException(
          "Invalid value for requiredPerWeek (expected 0 or more): " + requiredPerWeek);
    }
    Map<ResidentId, Map<LocalDate, Integer>> perWeek = new HashMap<>();
    if (visits != null) {
      for (HomeVisit visit : visits) {
        if (visit == null || visit.residentId() == null || visit.date() == null) {
          continue;
        }
        perWeek
            .computeIfAbsent(visit.residentId(), k -> new HashMap<>())
            .merge(mondayOf(visit.date()), 1, Integer::sum);
      }
    }
    List<VisitShortfall> shortfalls = new ArrayList<>();
    long checked = 0;
    if (placements != null) {
      for (HomeEducationPlacement placement : placements) {
        if (placement == null) {
          continue;
        }
        LocalDate lastDay =
            placement.until() == null || placement.until().isAfter(asOf) ? asOf : placement.until();
        Map<LocalDate, Integer> weeks = perWeek.getOrDefault(placement.residentId(), Map.of());
        for (LocalDate monday =
                placement.from().with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
            !monday.plusDays(6).isAfter(lastDay);
            monday = monday.plusWeeks(1)) {
          checked++;
          int made = weeks.getOrDefault(monday, 0);
          if (made < requiredPerWeek) {
            shortfalls.add(
                new VisitShortfall(placement.residentId(), placement.school(), monday, made));
          }
        }
      }
    }
    return builder()
        .asOf(asOf)
        .requiredPerWeek(requiredPerWeek)
        .weeksChecked(checked)
        .shortfalls(shortfalls)
        .build();
  }

  private static LocalDate mondayOf(LocalDate date) {
    return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link HomeEducationVisitReport}. */
  public static final class Builder extends ImmutableHomeEducationVisitReport.Builder {
    Builder() {}
  }
}
