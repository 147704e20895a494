package org.kbbx.reporting;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Architecture of the reconciliation, register, report and json packages (R-LED-7, STYLE.md
 * rules 1, 4 and 9): Jackson stays in {@code json}, no I/O or clock, no package cycles.
 */
class ReportsArchitectureTest {

  private static final String[] DOMAIN = {
    "org.kbbx.reporting.reconciliation..",
    "org.kbbx.reporting.register..",
    "org.kbbx.reporting.report.."
  };

  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages(
          "org.kbbx.reporting.reconciliation",
          "org.kbbx.reporting.register",
          "org.kbbx.reporting.report",
          "org.kbbx.json.report");

  @Test
  @Tag("R-LED-7")
  void domainPackagesDoNotImportJackson() {
    noClasses()
        .that()
        .resideInAnyPackage(DOMAIN)
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.fasterxml.jackson..")
        .because(
            "Jackson stays at the edge: put serialisation in org.kbbx.json.report (STYLE.md 9)")
        .check(CLASSES);
  }

  @Test
  void domainPackagesUseNoJavaIoAtAll() {
    // Clock, standard streams, files, network and package cycles are checked for every reporting
    // class by ArchitectureTest (the shared KbbxArchitectureRules); this rule is stricter for the
    // report domain: not even java.io streams.
    noClasses()
        .that()
        .resideInAnyPackage(DOMAIN)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.io..", "java.nio.file..", "java.net..")
        .because("kbbx-reporting does no I/O: take rows as Iterables and return values (R-TIME-3)")
        .check(CLASSES);
  }
}
