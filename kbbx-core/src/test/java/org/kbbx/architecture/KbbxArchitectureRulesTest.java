package org.kbbx.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kbbx.archfixture.cyclea.NeedsB;
import org.kbbx.archfixture.cycleb.NeedsA;
import org.kbbx.core.archfixture.bad.clock.CallsCurrentTimeMillis;
import org.kbbx.core.archfixture.bad.clock.CallsLocalDateNow;
import org.kbbx.core.archfixture.bad.clock.CallsNanoTime;
import org.kbbx.core.archfixture.bad.clock.ReferencesInstantNow;
import org.kbbx.core.archfixture.bad.clock.UsesDefaultZone;
import org.kbbx.core.archfixture.bad.clock.UsesSystemClock;
import org.kbbx.core.archfixture.bad.direction.CoreUsesRules;
import org.kbbx.core.archfixture.bad.io.ReadsAFile;
import org.kbbx.core.archfixture.bad.io.UsesNioPath;
import org.kbbx.core.archfixture.bad.io.UsesUri;
import org.kbbx.core.archfixture.bad.streams.PrintsToStandardErr;
import org.kbbx.core.archfixture.bad.streams.PrintsToStandardOut;
import org.kbbx.core.archfixture.bad.threads.StartsAThread;
import org.kbbx.core.archfixture.bad.threads.UsesAnExecutor;
import org.kbbx.core.archfixture.bad.threads.UsesCompletableFuture;
import org.kbbx.core.archfixture.bad.threads.UsesParallelStream;
import org.kbbx.core.archfixture.good.PureCalculation;
import org.kbbx.reporting.archfixture.ReportingPart;
import org.kbbx.reporting.archfixture.ReportingUsesRules;
import org.kbbx.rules.archfixture.RulesPart;
import org.kbbx.rules.archfixture.RulesUsesReporting;

/** Proves that every architecture rule fails on a deliberately bad class and passes a good one. */
class KbbxArchitectureRulesTest {

  static Stream<Arguments> badClasses() {
    return Stream.of(
        Arguments.of(
            "NO_FILE_SYSTEM", KbbxArchitectureRules.NO_FILE_SYSTEM, new Class<?>[] {ReadsAFile.class
            }),
        Arguments.of("NO_FILE_SYSTEM", KbbxArchitectureRules.NO_FILE_SYSTEM, new Class<?>[] {
          UsesNioPath.class
        }),
        Arguments.of(
            "NO_NETWORK", KbbxArchitectureRules.NO_NETWORK, new Class<?>[] {UsesUri.class}),
        Arguments.of(
            "NO_STANDARD_STREAMS",
            KbbxArchitectureRules.NO_STANDARD_STREAMS,
            new Class<?>[] {PrintsToStandardOut.class}),
        Arguments.of(
            "NO_STANDARD_STREAMS",
            KbbxArchitectureRules.NO_STANDARD_STREAMS,
            new Class<?>[] {PrintsToStandardErr.class}),
        Arguments.of("NO_CONCURRENCY", KbbxArchitectureRules.NO_CONCURRENCY, new Class<?>[] {
          StartsAThread.class
        }),
        Arguments.of("NO_CONCURRENCY", KbbxArchitectureRules.NO_CONCURRENCY, new Class<?>[] {
          UsesAnExecutor.class
        }),
        Arguments.of("NO_CONCURRENCY", KbbxArchitectureRules.NO_CONCURRENCY, new Class<?>[] {
          UsesCompletableFuture.class
        }),
        Arguments.of("NO_CONCURRENCY", KbbxArchitectureRules.NO_CONCURRENCY, new Class<?>[] {
          UsesParallelStream.class
        }),
        Arguments.of(
            "NO_CLOCK", KbbxArchitectureRules.NO_CLOCK, new Class<?>[] {CallsLocalDateNow.class}),
        Arguments.of(
            "NO_CLOCK", KbbxArchitectureRules.NO_CLOCK, new Class<?>[] {ReferencesInstantNow.class
            }),
        Arguments.of(
            "NO_CLOCK", KbbxArchitectureRules.NO_CLOCK, new Class<?>[] {CallsCurrentTimeMillis.class
            }),
        Arguments.of(
            "NO_CLOCK", KbbxArchitectureRules.NO_CLOCK, new Class<?>[] {CallsNanoTime.class}),
        Arguments.of(
            "NO_CLOCK", KbbxArchitectureRules.NO_CLOCK, new Class<?>[] {UsesSystemClock.class}),
        Arguments.of(
            "NO_CLOCK", KbbxArchitectureRules.NO_CLOCK, new Class<?>[] {UsesDefaultZone.class}),
        Arguments.of("MODULE_DIRECTION", KbbxArchitectureRules.MODULE_DIRECTION, new Class<?>[] {
          CoreUsesRules.class, RulesPart.class
        }),
        Arguments.of("MODULE_DIRECTION", KbbxArchitectureRules.MODULE_DIRECTION, new Class<?>[] {
          RulesUsesReporting.class, ReportingPart.class
        }),
        Arguments.of("NO_PACKAGE_CYCLES", KbbxArchitectureRules.NO_PACKAGE_CYCLES, new Class<?>[] {
          NeedsA.class, NeedsB.class
        }));
  }

  @ParameterizedTest(name = "{0} fails on {2}")
  @MethodSource("badClasses")
  void everyRuleFailsOnABadClass(String name, ArchRule rule, Class<?>[] classes) {
    JavaClasses imported = new ClassFileImporter().importClasses(classes);
    EvaluationResult result = rule.evaluate(imported);
    assertThat(result.hasViolation())
        .as(name + " must flag " + classes[0].getSimpleName())
        .isTrue();
    assertThat(result.getFailureReport().toString())
        .as("the message names the cure")
        .contains("because")
        .contains(classes[0].getSimpleName());
  }

  @Test
  void everyRuleHasAFailureProof() {
    assertThat(badClasses().map(arguments -> (String) arguments.get()[0]).distinct())
        .containsExactlyInAnyOrderElementsOf(
            KbbxArchitectureRules.ALL.stream().map(java.util.Map.Entry::getKey).toList());
  }

  @Test
  void everyRulePassesAGoodClassAndAllowedDependencies() {
    JavaClasses good = new ClassFileImporter()
        .importClasses(PureCalculation.class, ReportingUsesRules.class, RulesPart.class);
    KbbxArchitectureRules.ALL.forEach(
        entry -> assertThat(entry.getValue().evaluate(good).hasViolation())
            .as(entry.getKey())
            .isFalse());
  }

  @Test
  void mainImportLeavesOutFixturesAndTests() {
    JavaClasses main = KbbxArchitectureRules.importMainClasses("org.kbbx");
    assertThat(main.stream().map(type -> type.getName()))
        .contains("org.kbbx.core.time.SchoolYear")
        .noneMatch(name -> name.contains(KbbxArchitectureRules.FIXTURE_SEGMENT))
        .noneMatch(name -> name.endsWith("Test") || name.endsWith("Properties"));
  }
}
