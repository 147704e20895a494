package org.kbbx.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kbbx.core.status.SchoolingState;

/** The column of the village statistics table each schooling state falls into (R-LED-1). */
@Tag("R-LED-1")
class LedgerColumnTest {

  @ParameterizedTest
  @CsvSource({
    "NOT_ENROLLED, OUT_OF_SCHOOL",
    "DEFERRED, DEFERRED",
    "ATTENDING, ATTENDING_LOCALLY",
    "ON_LEAVE, ON_LEAVE",
    "SUSPECTED_DROPOUT, SUSPECTED_DROPOUT",
    "DROPPED_OUT, OUT_OF_SCHOOL",
    "SUSPENDED, SUSPENDED",
    "HOME_EDUCATION, HOME_EDUCATION",
    "STUDYING_ELSEWHERE, ATTENDING_ELSEWHERE",
    "BORROWED, ATTENDING_LOCALLY",
    "SPECIAL_SCHOOL, ATTENDING_LOCALLY",
    "COMPLETED, COMPLETED",
    "ABROAD, ABROAD",
    "MISSING, MISSING",
    "DECEASED, DECEASED",
    "AGED_OUT, OUT_OF_SCHOOL",
  })
  void everyStateFallsIntoOneColumn(SchoolingState state, LedgerColumn column) {
    assertThat(LedgerColumn.of(state)).isEqualTo(column);
  }

  @Test
  void anUnknownStateIsNotVerified() {
    assertThat(LedgerColumn.of(null)).isEqualTo(LedgerColumn.NOT_VERIFIED);
  }

  /** A column named after one state carries that state's labels, so the two cannot drift. */
  @Test
  void aColumnOfOneStateIsLabelledAsTheState() {
    int named = 0;
    for (SchoolingState state : SchoolingState.values()) {
      LedgerColumn column = LedgerColumn.of(state);
      if (column.name().equals(state.name()) && column != LedgerColumn.COMPLETED) {
        assertThat(column.chineseLabel()).isEqualTo(state.chineseLabel());
        assertThat(column.englishLabel()).isEqualTo(state.englishLabel());
        named++;
      }
    }
    assertThat(named).isEqualTo(8);
    assertThat(LedgerColumn.COMPLETED.chineseLabel()).isEqualTo("初中已毕业");
  }
}
