package org.kbbx.spark.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.id.ResidentId;
import org.kbbx.reporting.reconciliation.PopulationRow;
import org.kbbx.reporting.reconciliation.PresenceRow;
import org.kbbx.reporting.reconciliation.Reconciliation;
import org.kbbx.reporting.reconciliation.ReconciliationResult;
import org.kbbx.reporting.reconciliation.RecordRow;
import org.kbbx.reporting.reconciliation.RecordStatus;
import org.kbbx.reporting.reconciliation.Source;
import org.kbbx.spark.LocalSpark;

/**
 * R-LED-2 on Spark: the distributed join keyed by resident ID gives the same classes and findings
 * as kbbx in one JVM, and conserves rows: every input row of every source comes out exactly once.
 */
@Tag("R-LED-2")
class DistributedReconciliationTest {

  private static final int PERSONS = 40_000;
  private static final Set<String> SCHOOLS = Set.of("S1", "S2", "S3", "S4", "S5");

  private static final List<SourceEntry> POPULATION = new ArrayList<>();
  private static final List<SourceEntry> RECORDS = new ArrayList<>();
  private static final List<SourceEntry> PRESENCE = new ArrayList<>();
  private static final List<SourceEntry> POOR = new ArrayList<>();
  private static List<ReconciledRow> onSpark;

  @BeforeAll
  static void reconcileOnSpark() {
    generate();
    List<SourceEntry> all = new ArrayList<>();
    all.addAll(POPULATION);
    all.addAll(RECORDS);
    all.addAll(PRESENCE);
    all.addAll(POOR);
    Dataset<SourceEntry> entries = LocalSpark.session()
        .createDataset(all, Encoders.bean(SourceEntry.class))
        .repartition(8);
    onSpark = DistributedReconciliation.forSchools(SCHOOLS).reconcile(entries).collectAsList();
  }

  @Test
  void everyInputRowComesOutExactlyOnceAsARow() {
    for (Source source : Source.values()) {
      List<SourceEntry> input = switch (source) {
        case POPULATION -> POPULATION;
        case RECORD -> RECORDS;
        case PRESENCE -> PRESENCE;
      };
      List<Long> out = onSpark.stream()
          .filter(r -> r.getKind().equals(ReconciledRow.ROW) && r.getSource().equals(source.name()))
          .map(ReconciledRow::getRowId)
          .sorted()
          .collect(Collectors.toList());
      assertThat(out)
          .as("rows of %s", source)
          .hasSize(input.size())
          .containsExactlyElementsOf(
              LongStream.range(0, input.size()).boxed().collect(Collectors.toList()));
    }
  }

  @Test
  void findingsAreKeptAsRows() {
    Map<String, Long> findings = new TreeMap<>();
    onSpark.stream()
        .filter(r -> r.getFinding() != null)
        .forEach(r -> findings.merge(r.getFinding(), 1L, Long::sum));
    assertThat(findings)
        .containsKeys(
            "MALFORMED_ROW",
            "INVALID_ID",
            "DUPLICATE_ID",
            "UNKNOWN_SCHOOL",
            "BIRTH_DATE_MISMATCH",
            "COUNTED_IN_TWO_SCHOOLS",
            "PRIORITY_CASE");
    assertThat(onSpark)
        .filteredOn(r -> r.getFinding() != null)
        .allSatisfy(r -> assertThat(r.getDetail()).isNotBlank());
  }

  @Test
  void sameClassesAndFindingsAsOneJvm() {
    ReconciliationResult oneJvm = Reconciliation.forSchools(SCHOOLS)
        .reconcile(
            POPULATION.stream()
                .map(e -> new PopulationRow(
                    e.getResidentId(),
                    e.getName(),
                    e.getDate(),
                    e.getHouseholdDivision() == null
                        ? null
                        : DivisionCode.of(e.getHouseholdDivision())))
                .toList(),
            RECORDS.stream()
                .map(e -> new RecordRow(
                    e.getResidentId(),
                    e.getSchoolCode(),
                    e.getStatus() == null ? null : RecordStatus.valueOf(e.getStatus())))
                .toList(),
            PRESENCE.stream()
                .map(e -> new PresenceRow(
                    e.getResidentId(), e.getSchoolCode(), e.isPresent(), e.getDate()))
                .toList(),
            POOR.stream()
                .map(e -> ResidentId.parse(e.getResidentId()))
                .collect(Collectors.toSet()));
    List<ReconciledRow> expected = ReconciledRows.of(oneJvm, (source, position) -> position);
    assertThat(oneJvm.classCounts().values()).allSatisfy(n -> assertThat(n).isPositive());
    // Details cite positions within what kbbx was given: the whole source here, the person on
    // Spark.
    assertThat(withoutDetail(onSpark)).hasSize(expected.size()).isEqualTo(withoutDetail(expected));
  }

  private static List<String> withoutDetail(List<ReconciledRow> rows) {
    return rows.stream()
        .map(r -> String.join(
            "|",
            r.getKind(),
            String.valueOf(r.getSource()),
            String.valueOf(r.getRowId()),
            String.valueOf(r.getMaskedResidentId()),
            String.valueOf(r.getPersonClass()),
            String.valueOf(r.getFinding())))
        .sorted(Comparator.naturalOrder())
        .collect(Collectors.toList());
  }

  /** Deterministic persons with every kind of class and finding. */
  private static void generate() {
    SplittableRandom r = new SplittableRandom(20260901);
    LocalDate firstBirth = LocalDate.of(2011, 9, 1);
    List<String> schools = new ArrayList<>(new TreeSet<>(SCHOOLS));
    for (int i = 0; i < PERSONS; i++) {
      LocalDate birth = firstBirth.plusDays(i / 500);
      String id = idOf(birth, i % 500);
      String school = schools.get(r.nextInt(schools.size()));
      int roll = r.nextInt(1000);
      String shownId = roll < 5 ? corrupt(id) : roll < 7 ? null : roll < 9 ? id.toLowerCase() : id;
      if (r.nextInt(100) < 95) {
        LocalDate recorded = r.nextInt(100) == 0 ? birth.plusDays(1) : birth;
        POPULATION.add(ReconciliationInputs.population(
            POPULATION.size(), shownId, "child " + i, recorded, 320101001001L));
        if (r.nextInt(200) == 0) {
          POPULATION.add(ReconciliationInputs.population(
              POPULATION.size(), id, "again " + i, birth, 320101001002L));
        }
      }
      int record = r.nextInt(100);
      if (record < 92) {
        String status = record < 86 ? "ACTIVE" : record < 89 ? "TRANSFER_PENDING" : "CLOSED";
        RECORDS.add(ReconciliationInputs.record(
            RECORDS.size(),
            id,
            r.nextInt(300) == 0 ? "X9" : school,
            r.nextInt(500) == 0 ? null : status));
        if (r.nextInt(100) == 0) {
          RECORDS.add(ReconciliationInputs.record(
              RECORDS.size(), id, schools.get((schools.indexOf(school) + 1) % 5), "ACTIVE"));
        }
        if (r.nextInt(200) == 0) {
          RECORDS.add(ReconciliationInputs.record(RECORDS.size(), id, school, "ACTIVE"));
        }
      }
      int presence = r.nextInt(100);
      LocalDate check = LocalDate.of(2025, 9, 8);
      if (presence < 88) {
        String where = presence < 83 ? school : schools.get((schools.indexOf(school) + 2) % 5);
        PRESENCE.add(ReconciliationInputs.presence(
            PRESENCE.size(), id, where, r.nextInt(30) != 0, r.nextInt(1000) == 0 ? null : check));
        if (r.nextInt(20) == 0) {
          PRESENCE.add(ReconciliationInputs.presence(
              PRESENCE.size(), id, school, r.nextBoolean(), check.plusDays(7)));
        }
      }
      if (r.nextInt(10) == 0) {
        POOR.add(ReconciliationInputs.registeredPoor(POOR.size(), id));
      }
    }
  }

  private static String idOf(LocalDate birth, int sequence) {
    String first17 = "320101" + birth.toString().replace("-", "") + String.format("%03d", sequence);
    return first17 + ResidentId.checkCharacterOf(first17);
  }

  private static String corrupt(String id) {
    char check = id.charAt(17);
    return id.substring(0, 17) + (check == '0' ? '1' : '0');
  }
}
