package org.kbbx.core.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Priority groups carry their labels; Hanzhong's five groups are a subset (R-GRP-1). */
class PriorityGroupTest {

  @ParameterizedTest
  @EnumSource(PriorityGroup.class)
  @Tag("R-GRP-1")
  void everyGroupHasChineseAndEnglishLabels(PriorityGroup group) {
    assertThat(group.chineseLabel()).isNotBlank().matches(".*\\p{IsHan}.*");
    assertThat(group.englishLabel()).isNotBlank();
  }

  @Test
  @Tag("R-GRP-1")
  void elevenGroupsOfTheDomainText() {
    assertThat(PriorityGroup.values()).hasSize(11);
    assertThat(Arrays.stream(PriorityGroup.values())
            .map(PriorityGroup::chineseLabel)
            .distinct())
        .hasSize(11);
    assertThat(PriorityGroup.LEFT_BEHIND.chineseLabel()).isEqualTo("留守儿童");
  }

  @Test
  @Tag("R-GRP-1")
  void hanzhongFiveGroupsAreACallerOwnedSubset() {
    var five = PriorityGroup.hanzhongFiveGroups();
    assertThat(five)
        .containsExactlyInAnyOrder(
            PriorityGroup.REGISTERED_POOR,
            PriorityGroup.LEFT_BEHIND,
            PriorityGroup.DISABLED,
            PriorityGroup.MIGRANT_CHILD,
            PriorityGroup.LEARNING_DIFFICULTY);
    five.clear();
    assertThat(PriorityGroup.hanzhongFiveGroups()).hasSize(5);
    assertThat(EnumSet.allOf(Sex.class)).extracting(Sex::chineseLabel).containsExactly("男", "女");
  }
}
