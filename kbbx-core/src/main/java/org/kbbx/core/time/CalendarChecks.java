package org.kbbx.core.time;

import io.vavr.Tuple2;
import io.vavr.collection.List;
import java.time.LocalDate;
import org.kbbx.core.validation.Violation;

/** The checks behind {@link SchoolCalendar#validate}; each returns every problem it finds. */
final class CalendarChecks {

  private CalendarChecks() {}

  static List<Violation> nulls(String path, List<?> items, String what) {
    return items
        .zipWithIndex()
        .filter(pair -> pair._1 == null)
        .map(pair -> Violation.at(
            path + "[" + pair._2 + "]", "Invalid school calendar: " + what + " missing (null)"));
  }

  static List<Violation> overlaps(List<Term> terms) {
    List<Tuple2<Term, Integer>> sorted =
        terms.zipWithIndex().filter(pair -> pair._1 != null).sortBy(pair -> pair._1.start());
    List<Violation> problems = List.empty();
    Tuple2<Term, Integer> latestEnding = null;
    for (Tuple2<Term, Integer> current : sorted) {
      if (latestEnding != null && latestEnding._1.overlaps(current._1)) {
        problems = problems.append(Violation.at(
            "terms[" + current._2 + "]",
            "Invalid school calendar: term '" + current._1.name() + "' (" + current._1.range()
                + ") overlaps term '" + latestEnding._1.name() + "' (" + latestEnding._1.range()
                + "); terms must not share a day"));
      }
      if (latestEnding == null || current._1.end().isAfter(latestEnding._1.end())) {
        latestEnding = current;
      }
    }
    return problems;
  }

  static List<Violation> badMakeUpDays(List<LocalDate> makeUpDays, List<LocalDate> holidays) {
    java.util.Set<LocalDate> holidaySet = holidays.toJavaSet();
    return makeUpDays.zipWithIndex().filter(pair -> pair._1 != null).flatMap(pair -> {
      List<Violation> found = List.empty();
      String path = "makeUpDays[" + pair._2 + "]";
      if (!SchoolCalendar.isWeekend(pair._1)) {
        found = found.append(Violation.at(
            path,
            "Invalid make-up day " + pair._1 + " (" + pair._1.getDayOfWeek()
                + "): a make-up working day (调休) must be a Saturday or Sunday"));
      }
      if (holidaySet.contains(pair._1)) {
        found = found.append(Violation.at(
            path,
            "Invalid make-up day " + pair._1
                + ": it is also listed as a holiday; list it as one or the other"));
      }
      return found;
    });
  }
}
