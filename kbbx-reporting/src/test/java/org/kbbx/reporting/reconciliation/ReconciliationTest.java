package org.kbbx.reporting.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kbbx.reporting.reconciliation.TestIds.child;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.id.ResidentId;

/** Example tables for the reconciliation (R-LED-2, R-ID-3). */
class ReconciliationTest {

  private static final DivisionCode VILLAGE = DivisionCode.parse("522428100201");
  private static final LocalDate BORN = LocalDate.of(2012, 3, 15);
  private static final LocalDate CHECK_DAY = LocalDate.of(2023, 9, 11);
  private static final Reconciliation COUNTY = Reconciliation.forSchools(Set.of("S1", "S2"));

  private static PopulationRow pop(String id) {
    return new PopulationRow(id, "child", BORN, VILLAGE);
  }

  private static RecordRow rec(String id, String school) {
    return new RecordRow(id, school, RecordStatus.ACTIVE);
  }

  private static PresenceRow here(String id, String school) {
    return new PresenceRow(id, school, true, CHECK_DAY);
  }

  private static PersonClass classOf(ReconciliationResult result, String id) {
    ResidentId key = ResidentId.parse(id);
    return result.persons().stream()
        .filter(p -> p.residentId().equals(key))
        .findFirst()
        .orElseThrow()
        .personClass();
  }

  @Test
  @Tag("R-LED-2")
  void eachCombinationOfRecordAndPresenceGivesItsClass() {
    ReconciliationResult result = COUNTY.reconcile(
        List.of(pop(child(1)), pop(child(2)), pop(child(3)), pop(child(4)), pop(child(5))),
        List.of(
            rec(child(1), "S1"),
            rec(child(3), "S1"),
            rec(child(5), "S1"),
            new RecordRow(child(6), "S2", RecordStatus.CLOSED)),
        List.of(
            here(child(1), "S1"),
            here(child(2), "S2"),
            here(child(5), "S2"),
            new PresenceRow(child(3), "S1", false, CHECK_DAY)),
        Set.of());

    assertThat(classOf(result, child(1))).isEqualTo(PersonClass.CONSISTENT);
    assertThat(classOf(result, child(2))).isEqualTo(PersonClass.PERSON_HERE_RECORD_ELSEWHERE);
    assertThat(classOf(result, child(3))).isEqualTo(PersonClass.RECORD_HERE_PERSON_ABSENT);
    assertThat(classOf(result, child(4))).isEqualTo(PersonClass.NO_RECORD);
    assertThat(classOf(result, child(5))).isEqualTo(PersonClass.PERSON_HERE_RECORD_ELSEWHERE);
    assertThat(classOf(result, child(6)))
        .as("closed record is not record here")
        .isEqualTo(PersonClass.NO_RECORD);
    assertThat(result.rowFindings()).isEmpty();
    assertThat(result.classCounts())
        .containsEntry(PersonClass.CONSISTENT, 1L)
        .containsEntry(PersonClass.NO_RECORD, 2L);
  }

  @Test
  @Tag("R-LED-2")
  void summaryCountsTheClassesAndTheSinkSeesEachPersonWithItsSchools() {
    List<PersonOutcome> outcomes = new ArrayList<>();
    ReconciliationSummary summary = COUNTY.summarize(
        List.of(pop(child(1)), pop(child(2)), pop(child(3)), pop(child(4)), pop(child(5))),
        List.of(
            rec(child(1), "S1"),
            rec(child(3), "S1"),
            rec(child(5), "S1"),
            new RecordRow(child(6), "S2", RecordStatus.CLOSED),
            rec(child(7), "S9")),
        List.of(
            here(child(1), "S1"),
            here(child(2), "S2"),
            here(child(5), "S2"),
            new PresenceRow(child(3), "S1", false, CHECK_DAY)),
        Set.of(ResidentId.parse(child(4))),
        outcomes::add);

    assertThat(summary.classCounts())
        .containsExactly(
            org.assertj.core.api.Assertions.entry(PersonClass.CONSISTENT, 1L),
            org.assertj.core.api.Assertions.entry(PersonClass.NO_RECORD, 2L),
            org.assertj.core.api.Assertions.entry(PersonClass.PERSON_HERE_RECORD_ELSEWHERE, 2L),
            org.assertj.core.api.Assertions.entry(PersonClass.RECORD_HERE_PERSON_ABSENT, 1L));
    assertThat(summary.personFindingCounts())
        .containsEntry(PersonFindingKind.PRIORITY_CASE, 1L)
        .containsEntry(PersonFindingKind.COUNTED_IN_TWO_SCHOOLS, 0L);
    assertThat(summary.rowFindings()).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(RowFindingKind.UNKNOWN_SCHOOL);
      assertThat(f.row().position()).isEqualTo(4);
    });
    assertThat(summary.rowsOut(Source.RECORD))
        .isEqualTo(summary.rowsIn(Source.RECORD))
        .isEqualTo(5);
    assertThat(outcomes)
        .extracting(o -> o.residentId().unmasked())
        .containsExactly(child(1), child(2), child(3), child(4), child(5), child(6));
    assertThat(outcomes.get(4).recordSchools()).containsExactly("S1");
    assertThat(outcomes.get(4).presentSchools()).containsExactly("S2");
    assertThat(outcomes.get(5).inPopulation()).isFalse();
    assertThat(outcomes.get(3).findings())
        .extracting(PersonFinding::kind)
        .containsExactly(PersonFindingKind.PRIORITY_CASE);
    assertThat(outcomes.get(3)).hasToString(ResidentId.parse(child(4)).masked() + " 无学籍");
  }

  @Test
  @Tag("R-LED-2")
  void latestPresenceDateDecides() {
    ReconciliationResult result = COUNTY.reconcile(
        List.of(),
        List.of(rec(child(1), "S1")),
        List.of(
            new PresenceRow(child(1), "S1", true, CHECK_DAY),
            new PresenceRow(child(1), "S1", false, CHECK_DAY.plusDays(1))),
        Set.of());
    assertThat(classOf(result, child(1))).isEqualTo(PersonClass.RECORD_HERE_PERSON_ABSENT);
  }

  @Test
  @Tag("R-LED-2")
  void badRowsBecomeFindingsWithTheRowAndNothingIsLost() {
    String bad = TestIds.withWrongCheck(child(1));
    ReconciliationResult result = COUNTY.reconcile(
        Arrays.asList(pop(child(1)), pop(bad), pop(child(1)), null, pop(null)),
        Arrays.asList(
            rec(child(1), "S9"),
            rec(child(1), "S1"),
            rec(child(1), "S1"),
            new RecordRow(child(1), null, RecordStatus.ACTIVE),
            new RecordRow(child(1), "S1", null)),
        Arrays.asList(new PresenceRow(child(1), "S1", true, null), here("12345", "S1")),
        Set.of());

    assertThat(result.rowFindings())
        .extracting(f -> f.kind() + "@" + f.row().source() + f.row().position())
        .containsExactly(
            "INVALID_ID@POPULATION1",
            "DUPLICATE_ID@POPULATION2",
            "MALFORMED_ROW@POPULATION3",
            "INVALID_ID@POPULATION4",
            "UNKNOWN_SCHOOL@RECORD0",
            "DUPLICATE_ID@RECORD2",
            "MALFORMED_ROW@RECORD3",
            "MALFORMED_ROW@RECORD4",
            "MALFORMED_ROW@PRESENCE0",
            "INVALID_ID@PRESENCE1");
    assertThat(result.rowFindings().get(1).row().row()).isEqualTo(pop(child(1)));
    for (Source source : Source.values()) {
      assertThat(result.rowsOut(source)).isEqualTo(result.rowsIn(source));
    }
  }

  @Test
  @Tag("R-LED-2")
  void studentCountedInTwoSchoolsIsAFindingAndKeepsBothRecords() {
    ReconciliationResult result = COUNTY.reconcile(
        List.of(pop(child(1)), pop(child(2))),
        List.of(rec(child(1), "S1"), rec(child(1), "S2"), rec(child(2), "S1")),
        List.of(here(child(1), "S1"), here(child(2), "S1"), here(child(2), "S2")),
        Set.of());

    assertThat(result.personFindings())
        .extracting(PersonFinding::kind, f -> f.residentId().unmasked())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(PersonFindingKind.COUNTED_IN_TWO_SCHOOLS, child(1)),
            org.assertj.core.groups.Tuple.tuple(
                PersonFindingKind.COUNTED_IN_TWO_SCHOOLS, child(2)));
    assertThat(result.persons().get(0).records()).hasSize(2);
  }

  @Test
  @Tag("R-ID-3")
  @Tag("R-ID-5")
  void birthDateMismatchIsReportedNotFixed() {
    PopulationRow row = new PopulationRow(child(1), "child", BORN.plusDays(1), VILLAGE);
    ReconciliationResult result = COUNTY.reconcile(List.of(row), List.of(), List.of(), Set.of());

    assertThat(result.personFindings()).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(PersonFindingKind.BIRTH_DATE_MISMATCH);
      // the recorded date only: with the masked ID, the encoded date would be the full number
      // (R-ID-5)
      assertThat(f.detail()).contains("2012-03-16").doesNotContain("2012-03-15");
      assertThat(f.toString()).doesNotContain(child(1)).doesNotContain("2012-03-15");
    });
    assertThat(result.persons().get(0).population().orElseThrow().row().birthDate())
        .isEqualTo(BORN.plusDays(1));
  }

  @Test
  @Tag("R-LED-2")
  void outOfSchoolRegisteredPoorChildIsAPriorityCase() {
    ReconciliationResult result = COUNTY.reconcile(
        List.of(pop(child(1)), pop(child(2)), pop(child(3))),
        List.of(rec(child(2), "S1"), rec(child(3), "S1")),
        List.of(here(child(3), "S1")),
        Set.of(ResidentId.parse(child(1)), ResidentId.parse(child(2)), ResidentId.parse(child(3))));

    assertThat(result.personFindings())
        .filteredOn(f -> f.kind() == PersonFindingKind.PRIORITY_CASE)
        .extracting(f -> f.residentId().unmasked())
        .containsExactly(child(1), child(2));
  }

  @Test
  @Tag("R-LED-2")
  void nullSourcesAreReadAsEmptyAndStreamsAreReadOnce() {
    List<PopulationRow> rows = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      rows.add(pop(child(i)));
    }
    Iterable<PopulationRow> once = rows.stream()::iterator;
    ReconciliationResult result = COUNTY.reconcile(once, null, null, null);
    assertThat(result.persons()).hasSize(50);
    assertThat(result.rowsIn(Source.RECORD)).isZero();
    assertThat(result.classCounts()).containsEntry(PersonClass.NO_RECORD, 50L);
  }
}
