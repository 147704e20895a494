package org.kbbx.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The architecture rules of kbbx-core, kbbx-rules and kbbx-reporting, defined once and shared
 * with the other modules through kbbx-core's test jar.
 *
 * <p>Each rule says why it exists and how to fix a violation. Every rule allows an empty set of
 * classes, because a module may have no main classes yet; {@code KbbxArchitectureRulesTest}
 * proves that each rule does fail on a deliberately bad class.
 */
public final class KbbxArchitectureRules {

  /** Fixture classes that prove the rules live in packages with this segment; never imported as main code. */
  public static final String FIXTURE_SEGMENT = "archfixture";

  private KbbxArchitectureRules() {}

  /** No file-system access: {@code java.io.File*}, {@code RandomAccessFile}, {@code java.nio.file}. */
  public static final ArchRule NO_FILE_SYSTEM = noClasses()
      .should()
      .dependOnClassesThat(fileSystemTypes())
      .as("no classes should use the file system (java.io.File*, java.nio.file)")
      .because("kbbx-core, -rules and -reporting do no I/O: take the data as an argument (values, "
          + "Readers, byte arrays) and let the embedding application or kbbx-examples open files")
      .allowEmptyShould(true);

  /** No network access: anything in {@code java.net}. */
  public static final ArchRule NO_NETWORK = noClasses()
      .should()
      .dependOnClassesThat(resideInAPackage("java.net.."))
      .as("no classes should use java.net")
      .because("the library does no network I/O: pass identifiers as values and let the caller "
          + "fetch data (note that java.net.URI is banned too; keep addresses as String)")
      .allowEmptyShould(true);

  /** No printing: {@code System.out}, {@code System.err}, {@code printStackTrace}. */
  public static final ArchRule NO_STANDARD_STREAMS = noClasses()
      .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
      .as("no classes should print to System.out or System.err")
      .because("the library returns values (results, findings, reports) and the caller decides "
          + "what to print; only kbbx-examples prints")
      .allowEmptyShould(true);

  /** No threads, executors, async futures or parallel streams. */
  public static final ArchRule NO_CONCURRENCY = noClasses()
      .should()
      .dependOnClassesThat(concurrencyTypes())
      .orShould(callParallelStreams())
      .as("no classes should start threads, use executors, async futures or parallel streams")
      .because("the library is synchronous and side-effect free: the caller chooses its own "
          + "concurrency, and aggregates merge (R-RATE-2) so partial results can be combined")
      .allowEmptyShould(true);

  /** No clock: {@code now()} of any java.time type, system millis/nanos, system clocks and zones. */
  public static final ArchRule NO_CLOCK = noClasses()
      .should(readTheClock())
      .as("no classes should read the system clock or time zone")
      .because("R-TIME-3: every computation takes its as-of date as an argument; add a LocalDate "
          + "parameter instead, and let kbbx-examples (or the caller) read the clock")
      .allowEmptyShould(true);

  /** The module direction core &lt;- rules &lt;- reporting &lt;- examples; testkit uses core only. */
  public static final ArchRule MODULE_DIRECTION = layeredArchitecture()
      .consideringOnlyDependenciesInLayers()
      .withOptionalLayers(true)
      .layer("core")
      .definedBy("org.kbbx.core..")
      .layer("rules")
      .definedBy("org.kbbx.rules..")
      .layer("reporting")
      .definedBy("org.kbbx.reporting..")
      .layer("examples")
      .definedBy("org.kbbx.examples..")
      .layer("testkit")
      .definedBy("org.kbbx.testkit..")
      .whereLayer("examples")
      .mayNotBeAccessedByAnyLayer()
      .whereLayer("testkit")
      .mayNotBeAccessedByAnyLayer()
      .whereLayer("reporting")
      .mayOnlyBeAccessedByLayers("examples")
      .whereLayer("rules")
      .mayOnlyBeAccessedByLayers("reporting", "examples")
      .whereLayer("testkit")
      .mayOnlyAccessLayers("core")
      .as(
          "module dependencies point one way: core <- rules <- reporting <- examples, testkit -> core")
      .because("a lower module must not know a higher one: move the shared type down into the "
          + "lower module, or declare an interface there that the higher module implements")
      .allowEmptyShould(true);

  /** No cycles between concept packages {@code org.kbbx.<module>.<concept>}. */
  public static final ArchRule NO_PACKAGE_CYCLES = slices()
      .matching("org.kbbx.(*).(*)..")
      .should()
      .beFreeOfCycles()
      .as("concept packages org.kbbx.<module>.<concept> should be free of cycles")
      .because("package by concept with one-way dependencies: when two packages need each other, "
          + "move the shared part into its own package or merge the two concepts")
      .allowEmptyShould(true);

  /** Every rule with its name, in a stable order. */
  public static final List<Map.Entry<String, ArchRule>> ALL = List.of(
      Map.entry("NO_FILE_SYSTEM", NO_FILE_SYSTEM),
      Map.entry("NO_NETWORK", NO_NETWORK),
      Map.entry("NO_STANDARD_STREAMS", NO_STANDARD_STREAMS),
      Map.entry("NO_CONCURRENCY", NO_CONCURRENCY),
      Map.entry("NO_CLOCK", NO_CLOCK),
      Map.entry("MODULE_DIRECTION", MODULE_DIRECTION),
      Map.entry("NO_PACKAGE_CYCLES", NO_PACKAGE_CYCLES));

  /**
   * Imports the main classes under {@code basePackage}: no test classes, no jars and no rule
   * fixtures.
   *
   * @param basePackage for example {@code org.kbbx.core}
   * @return the imported classes
   */
  public static JavaClasses importMainClasses(String basePackage) {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
        .withImportOption(location -> !location.contains("/" + FIXTURE_SEGMENT + "/"))
        .importPackages(basePackage);
  }

  private static DescribedPredicate<JavaClass> fileSystemTypes() {
    Set<String> fileTypes = Set.of(
        "java.io.File",
        "java.io.FileInputStream",
        "java.io.FileOutputStream",
        "java.io.FileReader",
        "java.io.FileWriter",
        "java.io.RandomAccessFile",
        "java.io.FileDescriptor");
    return describe(
        "are file-system types",
        (JavaClass type) -> fileTypes.contains(type.getName())
            || type.getPackageName().startsWith("java.nio.file"));
  }

  private static DescribedPredicate<JavaClass> concurrencyTypes() {
    return belongToAnyOf(
            Thread.class,
            ThreadGroup.class,
            java.util.concurrent.Executor.class,
            java.util.concurrent.ExecutorService.class,
            java.util.concurrent.Executors.class,
            java.util.concurrent.ScheduledExecutorService.class,
            java.util.concurrent.ForkJoinPool.class,
            java.util.concurrent.CompletableFuture.class,
            java.util.Timer.class)
        .or(resideInAPackage("io.vavr.concurrent.."))
        .as("are threads, executors or async futures");
  }

  private static ArchCondition<JavaClass> callParallelStreams() {
    return accessing(
        "call parallelStream() or parallel()",
        target -> (target.getName().equals("parallelStream") || target.getName().equals("parallel"))
            && target.getOwner().getPackageName().startsWith("java.util"));
  }

  private static ArchCondition<JavaClass> readTheClock() {
    List<String> systemTime = List.of("currentTimeMillis", "nanoTime");
    return accessing("read the system clock or time zone", target -> {
      String owner = target.getOwner().getName();
      String name = target.getName();
      return (owner.startsWith("java.time.") && name.equals("now"))
          || (owner.equals("java.lang.System") && systemTime.contains(name))
          || ((owner.equals("java.time.Clock") || owner.equals("java.time.InstantSource"))
              && name.startsWith("system"))
          || (owner.equals("java.time.ZoneId") && name.equals("systemDefault"))
          || (owner.equals("java.util.TimeZone") && name.equals("getDefault"))
          || (owner.equals("java.util.Calendar") && name.equals("getInstance"))
          || (owner.equals("java.util.Date")
              && name.equals("<init>")
              && target instanceof AccessTarget.CodeUnitAccessTarget unit
              && unit.getRawParameterTypes().isEmpty());
    });
  }

  /**
   * A condition that reports every access (call, method reference, field access) to a matching
   * target; used under {@code noClasses().should(...)}, each reported access is a violation.
   */
  private static ArchCondition<JavaClass> accessing(
      String description, java.util.function.Predicate<AccessTarget> bad) {
    return new ArchCondition<JavaClass>(description) {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        for (JavaAccess<?> access : item.getAccessesFromSelf()) {
          if (bad.test(access.getTarget())) {
            events.add(SimpleConditionEvent.satisfied(access, access.getDescription()));
          }
        }
      }
    };
  }
}
