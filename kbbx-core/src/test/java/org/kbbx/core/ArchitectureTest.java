package org.kbbx.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.kbbx.architecture.KbbxArchitectureRules;

/**
 * kbbx-core's main code follows every architecture rule: no I/O, no printing, no threads, no
 * clock (R-TIME-3), dependencies only downwards, no package cycles.
 */
@Tag("R-TIME-3")
class ArchitectureTest {

  private static final JavaClasses MAIN = KbbxArchitectureRules.importMainClasses("org.kbbx.core");

  @Test
  void importFindsTheMainClasses() {
    assertThat(MAIN.contain("org.kbbx.core.time.SchoolCalendar")).isTrue();
  }

  @TestFactory
  Stream<DynamicTest> mainCodeFollowsEveryArchitectureRule() {
    return KbbxArchitectureRules.ALL.stream()
        .map(entry ->
            DynamicTest.dynamicTest(entry.getKey(), () -> entry.getValue().check(MAIN)));
  }
}
