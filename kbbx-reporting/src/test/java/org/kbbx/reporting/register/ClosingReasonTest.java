package org.kbbx.reporting.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kbbx.core.status.SchoolingState;

/**
 * How entering each schooling state closes a suspected-dropout or dropout register entry (动态销号,
 * R-LED-0), as the package description reads it: every state is listed, so a changed reason or a
 * new state fails here.
 */
@Tag("R-LED-0")
class ClosingReasonTest {

  @ParameterizedTest
  @CsvSource({
    "NOT_ENROLLED, RECLASSIFIED",
    "DEFERRED, EXCLUDED",
    "ATTENDING, RETURNED",
    "ON_LEAVE, RETURNED",
    "SUSPECTED_DROPOUT, RECLASSIFIED",
    "DROPPED_OUT, ESCALATED_TO_DROPOUT",
    "SUSPENDED, EXCLUDED",
    "HOME_EDUCATION, RETURNED",
    "STUDYING_ELSEWHERE, EXCLUDED",
    "BORROWED, RETURNED",
    "SPECIAL_SCHOOL, RETURNED",
    "COMPLETED, COMPLETED",
    "ABROAD, EXCLUDED",
    "MISSING, EXCLUDED",
    "DECEASED, DECEASED",
    "AGED_OUT, AGED_OUT",
  })
  void enteringAStateClosesWithItsReason(SchoolingState state, ClosingReason reason) {
    assertThat(ClosingReason.onEntering(state)).isEqualTo(reason);
  }

  @Test
  void everyReasonIsReachable() {
    java.util.Set<ClosingReason> seen = java.util.EnumSet.noneOf(ClosingReason.class);
    for (SchoolingState s : SchoolingState.values()) {
      seen.add(ClosingReason.onEntering(s));
    }
    assertThat(seen).containsExactlyInAnyOrder(ClosingReason.values());
  }

  @Test
  void nullStateIsAProgrammerError() {
    assertThatThrownBy(() -> ClosingReason.onEntering(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("state");
  }
}
