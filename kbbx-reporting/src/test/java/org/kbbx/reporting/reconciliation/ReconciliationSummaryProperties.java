package org.kbbx.reporting.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.id.ResidentId;
import org.quicktheories.core.Gen;

/**
 * R-LED-2: the summary form ({@link Reconciliation#summarize}) and the full form
 * ({@link Reconciliation#reconcile}) share one engine and must agree on everything the summary
 * reports, for any mix of sources: duplicates, invalid IDs (wrong check character, a date that
 * does not exist, lower-case x), unknown schools, null rows and fields, persons held at two
 * schools and presence on two dates. The sink sees every person exactly once.
 */
class ReconciliationSummaryProperties {

  private static final Reconciliation COUNTY = Reconciliation.forSchools(Set.of("S0", "S1", "S2"));
  private static final DivisionCode VILLAGE = DivisionCode.parse("522428100201");
  private static final String[] SCHOOLS = {"S0", "S1", "S2", "S0", "S1", "S9", null};
  private static final LocalDate DAY = LocalDate.of(2023, 9, 11);
  private static final String WITH_X = firstChildWithCheckX();

  /** An ID pool small enough for frequent joins: 7 valid IDs, 3 kinds of invalid one, null. */
  private static String idFor(int code) {
    int slot = code % 12;
    return switch (slot) {
      case 7 -> TestIds.withWrongCheck(TestIds.child(1));
      case 8 -> TestIds.id("522428", "20120231", 5);
      case 9 -> null;
      case 10 -> WITH_X.toLowerCase(Locale.ROOT);
      case 11 -> WITH_X;
      default -> slot < 5 ? TestIds.child(slot) : TestIds.id("522428", "20110101", slot);
    };
  }

  private static String firstChildWithCheckX() {
    for (int sequence = 0; ; sequence++) {
      if (TestIds.child(sequence).endsWith("X")) {
        return TestIds.child(sequence);
      }
    }
  }

  private static PopulationRow population(int code) {
    if (code % 31 == 0) {
      return null;
    }
    LocalDate birth = switch (code / 12 % 4) {
      case 0 -> null;
      case 1 -> LocalDate.of(2011, 1, 1);
      default -> LocalDate.of(2012, 3, 15);
    };
    return new PopulationRow(idFor(code), "n" + code, birth, VILLAGE);
  }

  private static RecordRow record(int code) {
    if (code % 31 == 0) {
      return null;
    }
    RecordStatus status = code % 17 == 0 ? null : RecordStatus.values()[code / 12 % 3];
    return new RecordRow(idFor(code), SCHOOLS[code / 36 % SCHOOLS.length], status);
  }

  private static PresenceRow presence(int code) {
    if (code % 31 == 0) {
      return null;
    }
    LocalDate date = code % 19 == 0 ? null : DAY.plusDays(code / 12 % 2);
    return new PresenceRow(
        idFor(code), SCHOOLS[code / 24 % SCHOOLS.length], code / 7 % 3 != 0, date);
  }

  private static Gen<List<Integer>> codes() {
    return lists().of(integers().between(0, 9_999)).ofSizeBetween(0, 50);
  }

  private static <T> List<T> rows(List<Integer> codes, IntFunction<T> row) {
    List<T> rows = new ArrayList<>(codes.size());
    codes.forEach(code -> rows.add(row.apply(code)));
    return rows;
  }

  private static Set<ResidentId> poor(int mask) {
    Set<ResidentId> poor = new HashSet<>();
    for (int slot = 0; slot < 7; slot++) {
      if ((mask >> slot & 1) == 1) {
        poor.add(ResidentId.parse(idFor(slot)));
      }
    }
    if ((mask & 128) != 0) {
      poor.add(ResidentId.parse(WITH_X));
    }
    return poor;
  }

  @Test
  @Tag("R-LED-2")
  void summaryAgreesWithTheFullResultAndTheSinkSeesEachPersonOnce() {
    qt().forAll(codes(), codes(), codes(), integers().between(0, 255))
        .checkAssert((p, r, s, mask) -> {
          ReconciliationResult full = COUNTY.reconcile(
              rows(p, ReconciliationSummaryProperties::population),
              rows(r, ReconciliationSummaryProperties::record),
              rows(s, ReconciliationSummaryProperties::presence),
              poor(mask));
          List<PersonOutcome> seen = new ArrayList<>();
          ReconciliationSummary summary = COUNTY.summarize(
              rows(p, ReconciliationSummaryProperties::population),
              rows(r, ReconciliationSummaryProperties::record),
              rows(s, ReconciliationSummaryProperties::presence),
              poor(mask),
              seen::add);

          assertThat(summary.rowsRead()).isEqualTo(full.rowsRead());
          assertThat(summary.classCounts()).isEqualTo(full.classCounts());
          assertThat(summary.rowFindings()).isEqualTo(full.rowFindings());
          Map<PersonFindingKind, Long> byKind = new EnumMap<>(PersonFindingKind.class);
          for (PersonFindingKind kind : PersonFindingKind.values()) {
            byKind.put(
                kind,
                full.personFindings().stream().filter(f -> f.kind() == kind).count());
          }
          assertThat(summary.personFindingCounts()).isEqualTo(byKind);
          assertThat(summary.persons()).isEqualTo(full.persons().size());
          for (Source source : Source.values()) {
            assertThat(summary.rowsOut(source))
                .isEqualTo(summary.rowsIn(source))
                .isEqualTo(full.rowsOut(source));
          }

          assertThat(seen).hasSize(full.persons().size());
          Set<ResidentId> once = new HashSet<>();
          List<PersonFinding> sinkFindings = new ArrayList<>();
          for (int i = 0; i < seen.size(); i++) {
            PersonOutcome outcome = seen.get(i);
            PersonMatch match = full.persons().get(i);
            assertThat(once.add(outcome.residentId())).as("each person once").isTrue();
            assertThat(outcome.residentId()).isEqualTo(match.residentId());
            assertThat(outcome.personClass()).isEqualTo(match.personClass());
            assertThat(outcome.inPopulation()).isEqualTo(match.population().isPresent());
            assertThat(outcome.recordSchools()).isEqualTo(match.recordSchools());
            assertThat(outcome.presentSchools()).isEqualTo(match.presentSchools());
            assertThat(outcome.registeredPoor()).isEqualTo(match.registeredPoor());
            sinkFindings.addAll(outcome.findings());
          }
          assertThat(sinkFindings).isEqualTo(full.personFindings());
        });
  }

  /** Guards the property above against a generator that never reaches a class or a finding. */
  @Test
  @Tag("R-LED-2")
  void theGeneratedSourcesReachEveryClassAndEveryFinding() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(2023);
    Map<PersonClass, Long> classes = new EnumMap<>(PersonClass.class);
    Map<PersonFindingKind, Long> findings = new EnumMap<>(PersonFindingKind.class);
    Set<RowFindingKind> rowKinds = new HashSet<>();
    for (int run = 0; run < 300; run++) {
      ReconciliationSummary summary = COUNTY.summarize(
          rows(randomCodes(random), ReconciliationSummaryProperties::population),
          rows(randomCodes(random), ReconciliationSummaryProperties::record),
          rows(randomCodes(random), ReconciliationSummaryProperties::presence),
          poor(random.nextInt(256)));
      summary.classCounts().forEach((k, n) -> classes.merge(k, n, Long::sum));
      summary.personFindingCounts().forEach((k, n) -> findings.merge(k, n, Long::sum));
      summary.rowFindings().forEach(f -> rowKinds.add(f.kind()));
    }
    assertThat(classes.values()).allMatch(count -> count > 0);
    assertThat(findings.values()).allMatch(count -> count > 0);
    assertThat(rowKinds).containsExactlyInAnyOrder(RowFindingKind.values());
  }

  private static List<Integer> randomCodes(java.util.SplittableRandom random) {
    List<Integer> codes = new ArrayList<>();
    for (int i = random.nextInt(12); i > 0; i--) {
      codes.add(random.nextInt(10_000));
    }
    return codes;
  }
}
