package org.kbbx.spark.rate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.reporting.rate.SchoolRef;

/** R-RATE-4 / R-DIV-1: a unit's counts belong to every unit containing it, one per level. */
@Tag("R-RATE-4")
@Tag("R-DIV-1")
class RollupLevelTest {

  @Test
  void schoolBelongsToItselfItsDivisionsAndTheNation() {
    SchoolRef school = SchoolRef.of("5205270001", DivisionCode.parse("520527100201"));
    assertThat(RollupLevel.unitsOfSchool(school))
        .extracting(RollupKey::toString)
        .containsExactly(
            "NATION:CN",
            "PROVINCE:520000000000",
            "CITY:520500000000",
            "COUNTY:520527000000",
            "TOWNSHIP:520527100000",
            "SCHOOL:5205270001");
  }

  @Test
  void codeWiderThanTheLevelStaysAsItIs() {
    assertThat(RollupLevel.unitsOfDivision(DivisionCode.parse("520527")))
        .extracting(RollupKey::toString)
        .containsExactly(
            "NATION:CN",
            "PROVINCE:520000000000",
            "CITY:520500000000",
            "COUNTY:520527000000",
            "TOWNSHIP:520527000000");
  }
}
