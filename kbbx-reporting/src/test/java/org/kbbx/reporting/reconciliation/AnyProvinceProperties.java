package org.kbbx.reporting.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.id.ResidentId;
import org.quicktheories.core.Gen;

/**
 * Resident IDs with any province code from 01 to 99 — those starting with 0 included — are
 * reconciled and summarised without aborting the run (R-SM-2), every row accounted for.
 */
class AnyProvinceProperties {

  private static final DivisionCode VILLAGE = DivisionCode.parse("522428100201");
  private static final LocalDate CHECK_DAY = LocalDate.of(2023, 9, 11);
  private static final Reconciliation COUNTY = Reconciliation.forSchools(Set.of("S1"));

  /** A valid ID of province 01..99, county 0101, born 2010-2016, sequence 001..999. */
  static Gen<String> anyProvinceIds() {
    return integers()
        .between(1, 99)
        .zip(integers().between(0, 2556), integers().between(1, 999), (province, day, seq) -> {
          LocalDate born = LocalDate.of(2010, 1, 1).plusDays(day);
          String body = String.format(
              "%02d0101%04d%02d%02d%03d",
              province, born.getYear(), born.getMonthValue(), born.getDayOfMonth(), seq);
          return body + ResidentId.checkCharacterOf(body);
        });
  }

  @Test
  @Tag("R-SM-2")
  void anyProvinceIsReconciledAndSummarised() {
    qt().forAll(lists().of(anyProvinceIds()).ofSizeBetween(1, 20)).checkAssert(ids -> {
      List<PopulationRow> population = new ArrayList<>();
      List<RecordRow> records = new ArrayList<>();
      for (String id : ids) {
        assertThat(ResidentId.validate(id).isValid()).as("the ID checks pass").isTrue();
        population.add(new PopulationRow(id, "child", ResidentId.parse(id).birthDate(), VILLAGE));
        records.add(new RecordRow(id, "S1", RecordStatus.ACTIVE));
      }
      List<PresenceRow> presence = List.of(new PresenceRow(ids.get(0), "S1", true, CHECK_DAY));

      ReconciliationResult result = COUNTY.reconcile(population, records, presence, Set.of());
      ReconciliationSummary summary = COUNTY.summarize(population, records, presence, Set.of());

      long distinct = ids.stream().distinct().count();
      assertThat(result.persons()).hasSize((int) distinct);
      assertThat(summary.persons()).isEqualTo(distinct);
      for (Source source : Source.values()) {
        assertThat(result.rowsOut(source)).isEqualTo(result.rowsIn(source));
      }
      for (PersonMatch person : result.persons()) {
        DivisionCode county = person.residentId().county();
        assertThat(DivisionCode.parse(county.toString())).isEqualTo(county);
      }
    });
  }
}
