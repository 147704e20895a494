package org.kbbx.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.id.ResidentId;
import org.kbbx.core.status.SchoolingState;
import org.kbbx.reporting.reconciliation.TestIds;
import org.kbbx.reporting.register.StatusChange;
import org.kbbx.reporting.register.StudentHistory;

/** The school-age population ledger and its village table (R-LED-1). */
class PopulationLedgerTest {

  private static final LocalDate AS_OF = LocalDate.of(2022, 10, 17);
  private static final DivisionCode V1 = DivisionCode.parse("610924100201");
  private static final DivisionCode V2 = DivisionCode.parse("610924100202");
  private static final DivisionCode V3 = DivisionCode.parse("610924100203");
  private static final DivisionCode ELSEWHERE = DivisionCode.parse("610924100299");

  private static StudentHistory child(int n, DivisionCode village, SchoolingState state) {
    StudentHistory.Builder child =
        StudentHistory.builder().residentId(ResidentId.parse(TestIds.child(n))).name("c" + n);
    if (village != null) {
      child.village(village);
    }
    if (state != null) {
      child.addChanges(StatusChange.of(AS_OF.minusDays(30), state));
    }
    return child.build();
  }

  @Test
  @Tag("R-LED-1")
  void everyVillageIsListedEvenWhenEmptyAndNobodyIsLost() {
    PopulationLedger ledger = PopulationLedger.of(
        List.of(
            child(1, V1, SchoolingState.ATTENDING),
            child(2, V1, SchoolingState.STUDYING_ELSEWHERE),
            child(3, V1, SchoolingState.DROPPED_OUT),
            child(4, V2, SchoolingState.HOME_EDUCATION),
            child(5, ELSEWHERE, SchoolingState.ATTENDING),
            child(6, null, null)),
        List.of(V3, V2, V1),
        AS_OF);

    StatisticsTable table = ledger.villageTable();
    assertThat(table.rows())
        .extracting(TableRow::key)
        .containsExactly(
            V1.toString(),
            V2.toString(),
            V3.toString(),
            PopulationLedger.UNKNOWN_VILLAGE,
            PopulationLedger.TOTAL);
    TableRow v1 = table.row(V1.toString());
    assertThat(v1.count(table.column("POPULATION"))).isEqualTo(3);
    assertThat(v1.count(table.column("ATTENDING_LOCALLY"))).isEqualTo(1);
    assertThat(v1.count(table.column("ATTENDING_ELSEWHERE"))).isEqualTo(1);
    assertThat(v1.count(table.column("OUT_OF_SCHOOL"))).isEqualTo(1);
    assertThat(table.row(V2.toString()).count(table.column("HOME_EDUCATION"))).isEqualTo(1);
    assertThat(table.row(V3.toString()).counts()).allMatch(c -> c == 0);
    TableRow unknown = table.row(PopulationLedger.UNKNOWN_VILLAGE);
    assertThat(unknown.count(table.column("POPULATION"))).isEqualTo(2);
    assertThat(unknown.count(table.column("NOT_VERIFIED"))).isEqualTo(1);
    assertThat(table.row(PopulationLedger.TOTAL).count(0)).isEqualTo(6);
    assertThat(ledger.entries()).hasSize(6);
  }

  @Test
  @Tag("R-LED-1")
  void populationEqualsTheSumOfTheOtherColumnsInEveryRow() {
    SchoolingState[] states = SchoolingState.values();
    DivisionCode[] villages = {V1, V2, ELSEWHERE, null};
    qt().forAll(lists().of(integers().between(0, 10_000)).ofSizeBetween(0, 60))
        .checkAssert(codes -> {
          List<StudentHistory> children = new ArrayList<>();
          for (int i = 0; i < codes.size(); i++) {
            int code = codes.get(i);
            SchoolingState state = code % 17 == 16 ? null : states[code % 17 % states.length];
            children.add(child(i % 1000, villages[(code / 17) % 4], state));
          }
          StatisticsTable table =
              PopulationLedger.of(children, List.of(V1, V2), AS_OF).villageTable();
          long sumOfVillages = 0;
          for (TableRow row : table.rows()) {
            long others =
                row.counts().stream().skip(1).mapToLong(Long::longValue).sum();
            assertThat(row.count(0)).isEqualTo(others);
            if (!row.key().equals(PopulationLedger.TOTAL)) {
              sumOfVillages += row.count(0);
            }
          }
          assertThat(sumOfVillages).isEqualTo(codes.size());
          assertThat(table.row(PopulationLedger.TOTAL).count(0)).isEqualTo(codes.size());
        });
  }
}
