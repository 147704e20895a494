package org.kbbx.reporting;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.Test;

/**
 * Architecture of the reconciliation, register, report and json packages (R-LED-7, STYLE.md
 * rules 1, 4 and 9): Jackson stays in {@code json}, no I/O or clock, no package cycles.
 */
class ReportsArchitectureTest {

  private static final String[] DOMAIN = {
    "org.kbbx.reporting.reconciliation..", "org.kbbx.reporting.register..", "org.kbbx.reporting.report.."
  };

  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.kbbx.reporting.reconciliation", "org.kbbx.reporting.register",
          "org.kbbx.reporting.report", "org.kbbx.reporting.json");

  @Test
  void rLed7_domainPackagesDoNotImportJackson() {
    noClasses().that().resideInAnyPackage(DOMAIN)
        .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
        .because("Jackson stays at the edge: put serialisation in org.kbbx.reporting.json (STYLE.md 9)")
        .check(CLASSES);
  }

  @Test
  void noIoNoClockNoStandardStreams() {
    noClasses().that().resideInAnyPackage(DOMAIN)
        .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.net..")
        .because("kbbx-reporting does no I/O: take rows as Iterables and return values (R-TIME-3, BRIEF)")
        .check(CLASSES);
    noClasses().should().callMethod(java.time.LocalDate.class, "now")
        .orShould().callMethod(java.time.LocalDateTime.class, "now")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .because("every computation takes its as-of date as an argument (R-TIME-3)")
        .check(CLASSES);
    GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(CLASSES);
  }

  @Test
  void reportPackagesAreFreeOfCycles() {
    slices().matching("org.kbbx.reporting.(*)..")
        .should().beFreeOfCycles()
        .because("reconciliation and register sit below report, and json sits above all (STYLE.md 1)")
        .check(CLASSES);
  }
}
