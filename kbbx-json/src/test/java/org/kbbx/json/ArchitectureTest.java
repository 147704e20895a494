package org.kbbx.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.kbbx.architecture.KbbxArchitectureRules;

/**
 * kbbx-json's main code follows every architecture rule kbbx-reporting's did when it held the
 * report JSON: no files, network, printing, threads or clock (R-TIME-3), no package cycles. It
 * reads and writes strings and Jackson trees; the caller opens files.
 */
@Tag("R-TIME-3")
class ArchitectureTest {

  private static final JavaClasses MAIN = KbbxArchitectureRules.importMainClasses("org.kbbx.json");

  @Test
  void checksTheJsonClassesNotAnEmptySet() {
    assertThat(MAIN.contain("org.kbbx.json.profile.ProfileJson")).isTrue();
    assertThat(MAIN.contain("org.kbbx.json.report.KbbxReportModule")).isTrue();
  }

  @TestFactory
  Stream<DynamicTest> mainCodeFollowsEveryArchitectureRule() {
    return KbbxArchitectureRules.ALL.stream()
        .map(entry ->
            DynamicTest.dynamicTest(entry.getKey(), () -> entry.getValue().check(MAIN)));
  }
}
