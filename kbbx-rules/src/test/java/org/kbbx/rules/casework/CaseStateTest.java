package org.kbbx.rules.casework;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * One case-step vocabulary (docs/rules.md §6): the states at a step are derived from
 * {@link CaseStep}; only the opening and the three endings of R-CASE-2 are states of their own.
 */
class CaseStateTest {

  @Test
  @Tag("R-CASE-1")
  void everyStepHasExactlyOneStateOfTheSameNameAndLabel() {
    for (CaseStep step : CaseStep.values()) {
      CaseState at = CaseState.at(step);
      assertThat(at.name()).isEqualTo(step.name());
      assertThat(at.step()).isEqualTo(Option.some(step));
      assertThat(at.chineseLabel()).isEqualTo("已" + step.chineseLabel());
      assertThat(at.isEnded()).isFalse();
    }
  }

  @Test
  @Tag("R-CASE-2")
  void theStatesWithoutAStepAreTheOpeningAndTheThreeEndings() {
    Set<CaseState> withoutStep = EnumSet.noneOf(CaseState.class);
    Set<CaseState> ended = EnumSet.noneOf(CaseState.class);
    for (CaseState s : CaseState.values()) {
      if (s.step().isEmpty()) {
        withoutStep.add(s);
      }
      if (s.isEnded()) {
        ended.add(s);
      }
    }
    assertThat(withoutStep)
        .containsExactlyInAnyOrder(
            CaseState.OPENED, CaseState.RETURNED, CaseState.EXCLUDED, CaseState.AGED_OUT);
    assertThat(ended)
        .containsExactlyInAnyOrder(CaseState.RETURNED, CaseState.EXCLUDED, CaseState.AGED_OUT);
    assertThat(CaseState.values()).hasSize(CaseStep.values().length + 4);
  }

  @Test
  @Tag("R-CASE-1")
  void fromEveryOpenStateTheTableReachesTheThreeEndings() {
    for (CaseState s : CaseState.values()) {
      assertThat(CaseTable.legalFrom(s))
          .as(s.name())
          .containsAll(
              s.isEnded()
                  ? java.util.List.of()
                  : java.util.List.of(CaseState.RETURNED, CaseState.EXCLUDED, CaseState.AGED_OUT));
      if (s.isEnded()) {
        assertThat(CaseTable.legalFrom(s)).as(s.name()).isEmpty();
      }
    }
  }
}
