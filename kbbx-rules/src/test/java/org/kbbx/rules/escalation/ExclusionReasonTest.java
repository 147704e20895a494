package org.kbbx.rules.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kbbx.core.status.SchoolingState;

/**
 * Which schooling states are an exclusion (不属于失学辍学) that needs evidence (R-ABS-5, seed 003:
 * 延缓入学、送教上门、请假、休学、初中已毕业、在外地就学、出国、失踪失联、死亡). Every state is listed.
 */
@Tag("R-ABS-5")
class ExclusionReasonTest {

  @ParameterizedTest
  @CsvSource({
    "NOT_ENROLLED, ",
    "DEFERRED, DEFERRED_ENTRY",
    "ATTENDING, ",
    "ON_LEAVE, APPROVED_LEAVE",
    "SUSPECTED_DROPOUT, ",
    "DROPPED_OUT, ",
    "SUSPENDED, SUSPENSION",
    "HOME_EDUCATION, HOME_EDUCATION",
    "STUDYING_ELSEWHERE, STUDYING_ELSEWHERE",
    "BORROWED, ",
    "SPECIAL_SCHOOL, ",
    "COMPLETED, JUNIOR_COMPLETED",
    "ABROAD, ABROAD",
    "MISSING, MISSING",
    "DECEASED, DECEASED",
    "AGED_OUT, ",
  })
  void aStateIsAnExclusionExactlyWhenTheSeedListsIt(SchoolingState state, ExclusionReason reason) {
    assertThat(ExclusionReason.of(state)).isEqualTo(Option.of(reason));
  }
}
