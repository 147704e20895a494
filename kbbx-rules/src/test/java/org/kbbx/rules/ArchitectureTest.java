package org.kbbx.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.kbbx.architecture.KbbxArchitectureRules;

/**
 * kbbx-rules's main code follows every architecture rule: no I/O, no printing, no threads, no
 * clock (R-TIME-3), dependencies only downwards, no package cycles.
 *
 * <p>The rules allow an empty module; kbbx-core's {@code KbbxArchitectureRulesTest} proves that
 * each rule fails on a bad class.
 */
@Tag("R-TIME-3")
class ArchitectureTest {

  private static final JavaClasses MAIN = KbbxArchitectureRules.importMainClasses("org.kbbx.rules");

  /** The packages kbbx-rules's module exports. */
  private static final String[] EXPORTED = {
    "org.kbbx.rules.accountability",
    "org.kbbx.rules.casework",
    "org.kbbx.rules.escalation",
    "org.kbbx.rules.file",
    "org.kbbx.rules.obligation",
    "org.kbbx.rules.profile",
    "org.kbbx.rules.routing"
  };

  /**
   * The Immutables value types whose optional attributes stay {@code java.util.Optional}:
   * Immutables maps Vavr's {@code Option} only through its Vavr encoding module, which the build
   * does not use. Their abstract attributes and the generated classes are the only exceptions.
   */
  private static final Set<String> IMMUTABLES_OPTIONAL_ATTRIBUTES = Set.of(
      "org.kbbx.rules.profile.JurisdictionProfile",
      "org.kbbx.rules.profile.ImmutableJurisdictionProfile",
      "org.kbbx.rules.profile.EffectiveProfile",
      "org.kbbx.rules.profile.ImmutableEffectiveProfile",
      "org.kbbx.rules.casework.ReturnCase",
      "org.kbbx.rules.casework.ImmutableReturnCase",
      "org.kbbx.rules.obligation.Obligation",
      "org.kbbx.rules.obligation.ImmutableObligation");

  @Test
  void publicMethodsOfExportedPackagesReturnVavrOptionNotJavaUtilOptional() {
    noMethods()
        .that()
        .arePublic()
        .and()
        .areDeclaredInClassesThat()
        .resideInAnyPackage(EXPORTED)
        .and()
        .areDeclaredInClassesThat(DescribedPredicate.describe(
            "are not an Immutables value type or its generated class",
            (JavaClass c) ->
                !IMMUTABLES_OPTIONAL_ATTRIBUTES.contains(c.getName().replaceAll("\\$.*", ""))))
        .should()
        .haveRawReturnType(Optional.class)
        .because("STYLE rule 8: the public API speaks Vavr Option")
        .check(MAIN);
  }

  @TestFactory
  Stream<DynamicTest> mainCodeFollowsEveryArchitectureRule() {
    return KbbxArchitectureRules.ALL.stream()
        .map(entry ->
            DynamicTest.dynamicTest(entry.getKey(), () -> entry.getValue().check(MAIN)));
  }
}
