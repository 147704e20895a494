package org.kbbx.reporting.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.immutables.value.Value;
import org.kbbx.core.internal.KbbxStyle;
import org.kbbx.core.status.SchoolingState;
import org.kbbx.reporting.register.ClosingReason;
import org.kbbx.reporting.register.StatusChange;
import org.kbbx.reporting.register.StudentHistory;

/**
 * One school's weekly report (周报, R-LED-4) on its registered-poor and monitored children:
 * counts at the end of the week and the changes during it.
 *
 * <p>A school with nothing to report still has a report: a zero report (零报告, {@link
 * #zeroReport()}). The week runs Monday to Sunday, both included.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@KbbxStyle
public abstract class WeeklyReport {

  WeeklyReport() {}

  /**
   * Returns the school.
   *
   * @return the school code, never null
   */
  public abstract String school();

  /**
   * Returns the week's Monday.
   *
   * @return the first day of the week
   */
  public abstract LocalDate weekStart();

  /**
   * Returns the number of watched children with a known state at the end of the week.
   *
   * @return 0 or more
   */
  public abstract long watched();

  /**
   * Returns how many watched children attend (attending, leave, home education, borrowed,
   * special school) at the end of the week.
   *
   * @return 0 or more
   */
  public abstract long attending();

  /**
   * Returns how many watched children are suspected dropouts at the end of the week.
   *
   * @return 0 or more
   */
  public abstract long suspected();

  /**
   * Returns how many watched children are dropouts at the end of the week.
   *
   * @return 0 or more
   */
  public abstract long droppedOut();

  /**
   * Returns how many watched children became suspected during the week.
   *
   * @return 0 or more
   */
  public abstract long newlySuspected();

  /**
   * Returns how many watched children dropped out during the week.
   *
   * @return 0 or more
   */
  public abstract long newlyDroppedOut();

  /**
   * Returns how many suspected or dropped-out watched children returned during the week.
   *
   * @return 0 or more
   */
  public abstract long returned();

  /**
   * Returns whether this is a zero report: no suspected or dropped-out child and no change.
   *
   * @return true if there is nothing to report
   */
  @Value.Derived
  public boolean zeroReport() {
    return suspected() + droppedOut() + newlySuspected() + newlyDroppedOut() + returned() == 0;
  }

  /**
   * Builds one report per school for the week starting {@code monday}, zero reports included.
   * Children whose school is not among {@code schools}, and children outside the registered-poor
   * and monitored groups, are not counted; null children are skipped.
   *
   * @param schools the schools that report, not null
   * @param children the children, read once, may be null (none)
   * @param monday the week's Monday, not null
   * @return one report per school, in the order the schools are given
   * @throws IllegalArgumentException if {@code monday} is not a Monday
   */
  public static List<WeeklyReport> of(
      Iterable<String> schools, Iterable<StudentHistory> children, LocalDate monday) {
    Objects.requireNonNull(schools, "schools");
    requireMonday(monday);
    LocalDate sunday = monday.plusDays(6);
    Map<String, long[]> counts = new LinkedHashMap<>();
    schools.forEach(
        s -> counts.put(Objects.requireNonNull(s, "schools contains null"), new long[7]));
    if (children != null) {
      for (StudentHistory child : children) {
        if (child == null || !child.isWeeklyWatched() || child.school().isEmpty()) {
          continue;
        }
        long[] c = counts.get(child.school().get());
        SchoolingState end = child.stateOn(sunday).getOrNull();
        if (c == null || end == null) {
          continue;
        }
        c[0]++;
        c[1] += attends(end) ? 1 : 0;
        c[2] += end == SchoolingState.SUSPECTED_DROPOUT ? 1 : 0;
        c[3] += end == SchoolingState.DROPPED_OUT ? 1 : 0;
        countChanges(child, monday, sunday, c);
      }
    }
    List<WeeklyReport> reports = new ArrayList<>();
    counts.forEach((school, c) -> reports.add(builder()
        .school(school)
        .weekStart(monday)
        .watched(c[0])
        .attending(c[1])
        .suspected(c[2])
        .droppedOut(c[3])
        .newlySuspected(c[4])
        .newlyDroppedOut(c[5])
        .returned(c[6])
        .build()));
    return reports;
  }

  private static void countChanges(
      StudentHistory child, LocalDate monday, LocalDate sunday, long[] c) {
    SchoolingState before = child.stateOn(monday.minusDays(1)).getOrNull();
    boolean suspected = false;
    boolean dropped = false;
    boolean returned = false;
    for (StatusChange change : child.ordered()) {
      if (change.date().isBefore(monday) || change.date().isAfter(sunday)) {
        continue;
      }
      SchoolingState now = change.state();
      suspected |= now == SchoolingState.SUSPECTED_DROPOUT && before != now;
      dropped |= now == SchoolingState.DROPPED_OUT && before != now;
      returned |= ClosingReason.onEntering(now) == ClosingReason.RETURNED
          && (before == SchoolingState.SUSPECTED_DROPOUT || before == SchoolingState.DROPPED_OUT);
      before = now;
    }
    c[4] += suspected ? 1 : 0;
    c[5] += dropped ? 1 : 0;
    c[6] += returned ? 1 : 0;
  }

  private static boolean attends(SchoolingState state) {
    return ClosingReason.onEntering(state) == ClosingReason.RETURNED;
  }

  static void requireMonday(LocalDate monday) {
    Objects.requireNonNull(monday, "monday");
    if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
      throw new IllegalArgumentException(
          "Invalid week start (expected a Monday): " + monday + " is a " + monday.getDayOfWeek());
    }
  }

  static String obligationOf(LocalDate monday) {
    return "WEEKLY " + monday;
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WeeklyReport}. */
  public static final class Builder extends ImmutableWeeklyReport.Builder {
    Builder() {}
  }
}
