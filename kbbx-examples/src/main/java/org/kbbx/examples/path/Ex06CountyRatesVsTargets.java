package org.kbbx.examples.path;

import java.io.PrintWriter;
import java.math.RoundingMode;
import java.util.Map;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.division.DivisionLevel;
import org.kbbx.core.person.PriorityGroup;
import org.kbbx.core.person.Sex;
import org.kbbx.core.rate.Rate;
import org.kbbx.core.rate.Target;
import org.kbbx.core.school.Grade;
import org.kbbx.core.school.GradeSystem;
import org.kbbx.core.school.SchoolLevel;
import org.kbbx.core.time.SchoolYear;
import org.kbbx.reporting.rate.CountsTable;
import org.kbbx.reporting.rate.DropoutRates;
import org.kbbx.reporting.rate.SchoolRef;
import org.kbbx.reporting.rate.Slice;
import org.kbbx.reporting.rate.StudentYear;
import org.kbbx.reporting.rate.UnitCounts;

/**
 * Example 6 — a county's dropout rates against its targets (R-RATE-1..3, R-RATE-10).
 *
 * <p>Four schools in two townships report the school year 2019 one student at a time; the counts
 * merge per school, roll up to townships and the county, and are checked against Hezhang's
 * targets (primary ≤ 0.6 %, junior ≤ 1.8 %) and Hanzhong's "no registered-poor child drops out".
 * Rates are exact fractions; rounding happens only when printing.
 */
public final class Ex06CountyRatesVsTargets {

  /**
   * The schools' year, as data: school, township, level, enrolled, dropouts, of which registered
   * poor.
   */
  private static final Object[][] SCHOOLS = {
    {"5224280001", "522428101000", SchoolLevel.PRIMARY, 1_200, 5, 0},
    {"5224280002", "522428101000", SchoolLevel.JUNIOR_SECONDARY, 600, 13, 1},
    {"5224280003", "522428201000", SchoolLevel.PRIMARY, 800, 4, 0},
    {"5224280004", "522428201000", SchoolLevel.JUNIOR_SECONDARY, 450, 6, 0},
  };

  private static final Map<SchoolLevel, Target> TARGETS = Map.of(
      SchoolLevel.PRIMARY, Target.atMostPercent("0.6"),
      SchoolLevel.JUNIOR_SECONDARY, Target.atMostPercent("1.8"));

  private Ex06CountyRatesVsTargets() {}

  /**
   * Prints the story.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
    run(out);
    out.flush();
  }

  /**
   * Tells the story on {@code out}.
   *
   * @param out where to print
   */
  public static void run(PrintWriter out) {
    SchoolYear year = SchoolYear.of(2019);
    UnitCounts.Accumulator counts = UnitCounts.accumulator(GradeSystem.SIX_THREE);
    for (Object[] row : SCHOOLS) {
      DivisionCode township = DivisionCode.parse((String) row[1]);
      SchoolRef school = SchoolRef.of((String) row[0], DivisionCode.of(township.value() + 201));
      SchoolLevel level = (SchoolLevel) row[2];
      Grade grade = GradeSystem.SIX_THREE.firstGradeOf(level);
      int enrolled = (Integer) row[3];
      int dropouts = (Integer) row[4];
      int poorDropouts = (Integer) row[5];
      for (int i = 0; i < enrolled; i++) {
        StudentYear.Builder b = StudentYear.builder()
            .schoolYear(year)
            .school(school)
            .sex(i % 2 == 0 ? Sex.MALE : Sex.FEMALE)
            .grade(grade)
            .enrolled(true)
            .droppedOut(i < dropouts);
        if (i < poorDropouts || (i >= dropouts && i % 10 == 9)) {
          b.addPriorityGroups(PriorityGroup.REGISTERED_POOR);
        }
        counts.add(b.build());
      }
    }
    UnitCounts all = counts.toCounts();
    for (Map.Entry<DivisionCode, CountsTable> township :
        new java.util.TreeMap<>(all.rollUp(DivisionLevel.TOWNSHIP)).entrySet()) {
      report(out, "Township " + township.getKey(), township.getValue());
    }
    report(out, "County 522428 (all schools)", all.total());
    Rate poor =
        DropoutRates.annual(all.total(), Slice.all().withGroup(PriorityGroup.REGISTERED_POOR));
    out.println("Registered-poor dropouts: " + poor.numerator() + " of " + poor.denominator()
        + " — Hanzhong's zero target " + (poor.numerator() == 0 ? "met" : "NOT met"));
  }

  private static void report(PrintWriter out, String unit, CountsTable table) {
    out.println(unit + ":");
    for (SchoolLevel level : SchoolLevel.values()) {
      Rate rate = DropoutRates.annual(table, Slice.of(level));
      Target target = TARGETS.get(level);
      out.println("  " + level.chineseLabel() + " dropout " + rate.numerator() + "/"
          + rate.denominator() + " = " + rate.format(2, RoundingMode.HALF_UP) + "  target "
          + target + "  " + target.check(rate).outcome());
    }
  }
}
