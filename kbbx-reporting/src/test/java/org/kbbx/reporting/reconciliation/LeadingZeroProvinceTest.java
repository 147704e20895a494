package org.kbbx.reporting.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.id.ResidentId;

/**
 * A resident ID whose province code starts with 0 passes the ID checks; the reconciliation takes
 * it like any other instead of aborting the run (R-SM-2).
 */
class LeadingZeroProvinceTest {

  private static final String ZERO_PROVINCE = "050102201501010011";
  private static final DivisionCode VILLAGE = DivisionCode.parse("522428100201");
  private static final LocalDate CHECK_DAY = LocalDate.of(2023, 9, 11);
  private static final Reconciliation COUNTY = Reconciliation.forSchools(Set.of("S1"));

  @Test
  @Tag("R-SM-2")
  void anIdWithProvinceZeroIsReconciledAndTheRunGoesOn() {
    assertThat(ResidentId.validate(ZERO_PROVINCE).isValid())
        .as("the ID checks pass")
        .isTrue();
    String other = TestIds.child(1);

    ReconciliationResult result = COUNTY.reconcile(
        List.of(
            new PopulationRow(ZERO_PROVINCE, "child", LocalDate.of(2015, 1, 1), VILLAGE),
            new PopulationRow(other, "child", LocalDate.of(2012, 3, 15), VILLAGE)),
        List.of(new RecordRow(ZERO_PROVINCE, "S1", RecordStatus.ACTIVE)),
        List.of(new PresenceRow(ZERO_PROVINCE, "S1", true, CHECK_DAY)),
        Set.of());

    assertThat(result.persons())
        .extracting(PersonMatch::residentId)
        .contains(ResidentId.parse(ZERO_PROVINCE), ResidentId.parse(other));
    assertThat(result.persons().stream()
            .filter(p -> p.residentId().equals(ResidentId.parse(ZERO_PROVINCE)))
            .findFirst()
            .orElseThrow()
            .personClass())
        .isEqualTo(PersonClass.CONSISTENT);
    assertThat(result.rowFindings()).isEmpty();
  }

  @Test
  @Tag("R-SM-2")
  void aSummaryCountsThatPersonToo() {
    ReconciliationSummary summary = COUNTY.summarize(
        List.of(new PopulationRow(ZERO_PROVINCE, "child", LocalDate.of(2015, 1, 1), VILLAGE)),
        List.of(new RecordRow(ZERO_PROVINCE, "S1", RecordStatus.ACTIVE)),
        List.of(new PresenceRow(ZERO_PROVINCE, "S1", true, CHECK_DAY)),
        Set.of());

    assertThat(summary.classCounts()).containsEntry(PersonClass.CONSISTENT, 1L);
  }

  @Test
  @Tag("R-SM-2")
  void theIdsCountyCodeRoundTripsThroughItsText() {
    DivisionCode county = ResidentId.parse(ZERO_PROVINCE).county();

    assertThat(county.toString()).isEqualTo("050102000000");
    assertThat(DivisionCode.parse(county.toString())).isEqualTo(county);
    assertThat(DivisionCode.of(county.value())).isEqualTo(county);
    assertThat(ResidentId.ofBody(5010220150101001L).unmasked()).isEqualTo(ZERO_PROVINCE);
  }
}
