package org.kbbx.core.archfixture.good;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.kbbx.core.time.SchoolYear;

/** A class that follows every rule: takes its as-of date, returns values, uses core only. */
public class PureCalculation {
  public SchoolYear yearOf(LocalDate asOf) {
    return SchoolYear.containing(asOf);
  }

  public List<String> labels(List<LocalDate> dates) {
    return dates.stream().map(LocalDate::toString).collect(Collectors.toList());
  }
}
