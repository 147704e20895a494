package org.kbbx.benchmarks.reconciliation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.id.ResidentId;
import org.kbbx.reporting.reconciliation.PopulationRow;
import org.kbbx.reporting.reconciliation.RecordRow;
import org.kbbx.reporting.reconciliation.RecordStatus;

/**
 * A synthetic county for the reconciliation benchmark (R-LED-2): {@code n} population rows with
 * distinct valid IDs and {@code n} record rows in a different order, of which 97 % match a
 * population row, 3 % belong to children outside the population list, and about 0.1 % each have a
 * broken check character or an unknown school. Deterministic for a given {@code n}.
 */
public final class ReconciliationData {

  /** Schools in the county. */
  public static final int SCHOOLS = 200;

  private final List<PopulationRow> population;
  private final List<RecordRow> records;
  private final Set<String> schools;

  /**
   * Builds the data.
   *
   * @param n population rows and record rows, 1 to 3,000,000
   */
  public ReconciliationData(int n) {
    if (n < 1 || n > 3_000_000) {
      throw new IllegalArgumentException("Invalid value for n (valid values 1 - 3000000): " + n);
    }
    DivisionCode village = DivisionCode.parse("522428100201");
    LocalDate firstBirth = LocalDate.of(2008, 9, 1);
    population = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      population.add(new PopulationRow(
          id(firstBirth, i), "child" + i, firstBirth.plusDays(i / 1000), village));
    }
    records = new ArrayList<>(n);
    long stride = 7_919;
    for (int k = 0; k < n; k++) {
      int i = (int) ((k * stride) % n);
      boolean outside = i % 100 >= 97;
      String text = id(firstBirth, outside ? n + i : i);
      if (i % 1000 == 1) {
        text = text.substring(0, 17) + (text.charAt(17) == '1' ? '2' : '1');
      }
      String school = i % 1000 == 2 ? "UNKNOWN" : "S" + (i % SCHOOLS);
      records.add(new RecordRow(text, school, RecordStatus.ACTIVE));
    }
    schools = new HashSet<>();
    for (int s = 0; s < SCHOOLS; s++) {
      schools.add("S" + s);
    }
  }

  private static String id(LocalDate firstBirth, int i) {
    String birth = firstBirth.plusDays(i / 1000).toString().replace("-", "");
    String sequence = Integer.toString(1000 + i % 1000).substring(1);
    String body = "522428" + birth + sequence;
    return body + ResidentId.checkCharacterOf(body);
  }

  /**
   * Returns the population rows.
   *
   * @return the rows, unmodifiable view not needed: the benchmark only reads them
   */
  public List<PopulationRow> population() {
    return population;
  }

  /**
   * Returns the record rows.
   *
   * @return the rows
   */
  public List<RecordRow> records() {
    return records;
  }

  /**
   * Returns the county's school codes.
   *
   * @return the codes
   */
  public Set<String> schools() {
    return schools;
  }
}
