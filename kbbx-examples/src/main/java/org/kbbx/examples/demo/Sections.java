package org.kbbx.examples.demo;

import java.util.List;
import java.util.Map;

/**
 * The sections of a {@link DemoReport} other than population: plain records for the JSON edge.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Sections {

  private Sections() {}

  /**
   * One register (台账, R-LED-0).
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param register the register's name
   * @param open the number of open entries
   * @param closed the number of entries closed during the year (动态销号)
   * @param first the first open entries (masked ID, school, opened on)
   */
  public record RegisterLine(String register, long open, long closed, List<String> first) {
    /** Copies the list. */
    public RegisterLine {
      first = List.copyOf(first);
    }
  }

  /**
   * The coverage check's findings (R-RC-5).
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param byCode the number of findings per code
   * @param first the first findings, described
   */
  public record Coverage(Map<String, Long> byCode, List<String> first) {
    /** Copies the map and list. */
    public Coverage {
      byCode = Ordered.copy(byCode);
      first = List.copyOf(first);
    }
  }

  /**
   * One entry of the screening warning list (R-LED-3).
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param residentId the masked resident ID
   * @param school the school
   * @param score the risk score
   * @param reasons each contributing criterion with its weight
   */
  public record Warning(String residentId, String school, int score, List<String> reasons) {
    /** Copies the list. */
    public Warning {
      reasons = List.copyOf(reasons);
    }
  }

  /**
   * The return-persuasion cases of the year (R-CASE-1..4).
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param opened cases opened during the year
   * @param byState cases by their state on the as-of date
   * @param overdue open cases whose next step is overdue
   * @param lateSteps steps taken late or overdue, over all cases
   * @param first the first overdue cases (masked ID, state, next step, due)
   */
  public record Cases(
      long opened, Map<String, Long> byState, long overdue, long lateSteps, List<String> first) {
    /** Copies the map and list. */
    public Cases {
      byState = Ordered.copy(byState);
      first = List.copyOf(first);
    }
  }
}
