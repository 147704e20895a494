package org.kbbx.benchmarks.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.reporting.reconciliation.PersonClass;
import org.kbbx.reporting.reconciliation.Reconciliation;
import org.kbbx.reporting.reconciliation.ReconciliationResult;
import org.kbbx.reporting.reconciliation.RowFindingKind;
import org.kbbx.reporting.reconciliation.Source;

/** Runs the benchmark's reconciliation once on a small county; checks counts, never timings. */
class ReconciliationDataTest {

  @Test
  @Tag("R-LED-2")
  void benchmarkCountyConservesEveryRow() {
    ReconciliationData data = new ReconciliationData(10_000);
    ReconciliationResult result = Reconciliation.forSchools(data.schools())
        .reconcile(data.population(), data.records(), List.of(), Set.of());

    for (Source source : Source.values()) {
      assertThat(result.rowsOut(source)).isEqualTo(result.rowsIn(source));
    }
    assertThat(result.rowsIn(Source.POPULATION)).isEqualTo(10_000);
    assertThat(result.rowsIn(Source.RECORD)).isEqualTo(10_000);
    assertThat(result.rowFindings())
        .extracting(f -> f.kind())
        .containsOnly(RowFindingKind.INVALID_ID, RowFindingKind.UNKNOWN_SCHOOL);
    assertThat(result.rowFindings()).hasSize(20);
    assertThat(result.classCounts().get(PersonClass.NO_RECORD)).isPositive();
  }
}
