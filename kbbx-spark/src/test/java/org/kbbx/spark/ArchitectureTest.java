package org.kbbx.spark;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.kbbx.architecture.KbbxArchitectureRules;

/**
 * kbbx-spark's main code follows the shared architecture rules (no printing, no clock, no threads
 * of its own, no file system except through Spark, no package cycles), and the adapters do not
 * depend on the example job.
 */
class ArchitectureTest {

  private static final JavaClasses MAIN = KbbxArchitectureRules.importMainClasses("org.kbbx.spark");

  @TestFactory
  Stream<DynamicTest> mainCodeFollowsEveryArchitectureRule() {
    return KbbxArchitectureRules.ALL.stream()
        .map(entry ->
            DynamicTest.dynamicTest(entry.getKey(), () -> entry.getValue().check(MAIN)));
  }

  @Test
  void adaptersDoNotDependOnTheExampleJob() {
    noClasses()
        .that()
        .resideInAnyPackage("org.kbbx.spark.rate..", "org.kbbx.spark.reconciliation..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.kbbx.spark.example..")
        .check(MAIN);
  }
}
