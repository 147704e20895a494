package org.kbbx.core.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The labels of the schooling states, pinned to docs/rules.md §4 and the seeds: the one place the
 * labels live, so registers, ledgers and reports cannot drift from them.
 */
class SchoolingStateTest {

  /** Every constant once; the Chinese wording follows §4 (seed 001: 随父母…外出就学). */
  @ParameterizedTest
  @Tag("R-LED-7")
  @CsvSource({
    "NOT_ENROLLED, 未入学, not enrolled",
    "DEFERRED, 延缓入学, deferred entry",
    "ATTENDING, 在读, attending",
    "ON_LEAVE, 请假, on approved leave",
    "SUSPECTED_DROPOUT, 疑似辍学, suspected dropout",
    "DROPPED_OUT, 辍学, dropped out",
    "SUSPENDED, 休学, suspended",
    "HOME_EDUCATION, 送教上门, home education",
    "STUDYING_ELSEWHERE, 随父母外出就学, studying elsewhere",
    "BORROWED, 借读, borrowed place",
    "SPECIAL_SCHOOL, 专门学校, special school",
    "COMPLETED, 完成义务教育, completed",
    "ABROAD, 出国（境）, abroad",
    "MISSING, 失踪失联, missing",
    "DECEASED, 死亡, deceased",
    "AGED_OUT, 超龄未完成, aged out",
  })
  void labelsFollowTheDomainText(String name, String chinese, String english) {
    SchoolingState state = SchoolingState.valueOf(name);
    assertThat(state.chineseLabel()).isEqualTo(chinese);
    assertThat(state.englishLabel()).isEqualTo(english);
  }

  @Test
  void everyStateHasItsOwnLabels() {
    assertThat(Arrays.stream(SchoolingState.values()).map(SchoolingState::chineseLabel))
        .doesNotHaveDuplicates()
        .hasSize(16);
    assertThat(Arrays.stream(SchoolingState.values()).map(SchoolingState::englishLabel))
        .doesNotHaveDuplicates()
        .hasSize(16);
  }

  @Test
  @Tag("R-SM-5")
  void onlyCompletedDeceasedAndAgedOutAreTerminal() {
    Set<SchoolingState> terminal = EnumSet.noneOf(SchoolingState.class);
    for (SchoolingState s : SchoolingState.values()) {
      if (s.isTerminal()) {
        terminal.add(s);
      }
    }
    assertThat(terminal)
        .containsExactlyInAnyOrder(
            SchoolingState.COMPLETED, SchoolingState.DECEASED, SchoolingState.AGED_OUT);
  }
}
