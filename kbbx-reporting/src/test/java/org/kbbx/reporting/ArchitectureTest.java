package org.kbbx.reporting;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.kbbx.architecture.KbbxArchitectureRules;

/**
 * kbbx-reporting's main code follows every architecture rule: no I/O, no printing, no threads, no
 * clock (R-TIME-3), dependencies only downwards, no package cycles.
 *
 * <p>The rules allow an empty module; kbbx-core's {@code KbbxArchitectureRulesTest} proves that
 * each rule fails on a bad class.
 */
@Tag("R-TIME-3")
class ArchitectureTest {

  private static final JavaClasses MAIN =
      KbbxArchitectureRules.importMainClasses("org.kbbx.reporting");

  @TestFactory
  Stream<DynamicTest> mainCodeFollowsEveryArchitectureRule() {
    return KbbxArchitectureRules.ALL.stream()
        .map(entry ->
            DynamicTest.dynamicTest(entry.getKey(), () -> entry.getValue().check(MAIN)));
  }
}
