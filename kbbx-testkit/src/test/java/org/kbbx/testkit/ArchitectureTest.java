package org.kbbx.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.kbbx.architecture.KbbxArchitectureRules;

/**
 * kbbx-testkit's main code follows every architecture rule: no I/O, no printing, no threads, no
 * clock (its generators are seeded), and it depends on kbbx-core only.
 */
class ArchitectureTest {

  private static final JavaClasses MAIN =
      KbbxArchitectureRules.importMainClasses("org.kbbx.testkit");

  @Test
  void importFindsTheMainClasses() {
    assertThat(MAIN.contain("org.kbbx.testkit.StatusGenerators")).isTrue();
  }

  @TestFactory
  Stream<DynamicTest> mainCodeFollowsEveryArchitectureRule() {
    return KbbxArchitectureRules.ALL.stream()
        .map(entry ->
            DynamicTest.dynamicTest(entry.getKey(), () -> entry.getValue().check(MAIN)));
  }
}
