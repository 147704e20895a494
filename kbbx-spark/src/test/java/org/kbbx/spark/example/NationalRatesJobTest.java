package org.kbbx.spark.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kbbx.core.school.GradeSystem;
import org.kbbx.reporting.rate.Counter;
import org.kbbx.reporting.rate.CountsTable;
import org.kbbx.reporting.rate.UnitCounts;
import org.kbbx.spark.LocalSpark;
import org.kbbx.spark.rate.KbbxEncoders;
import org.kbbx.spark.rate.NationalRates;
import org.kbbx.spark.rate.RateRow;
import org.kbbx.spark.rate.RollupKey;
import org.kbbx.spark.rate.RollupLevel;
import org.kbbx.spark.rate.StudentYearRow;
import org.kbbx.spark.rate.StudentYearRows;
import scala.Tuple2;

/**
 * The example job on 2,000,000 synthetic students in 24 partitions equals kbbx in one JVM
 * (R-RATE-2: counts of disjoint populations merge, on a distributed engine, to the one-pass result).
 */
@Tag("R-RATE-2")
class NationalRatesJobTest {

  private static final long STUDENTS = 2_000_000L;
  private static final int PARTITIONS = 24;

  @Test
  void nationalRatesTableEqualsOneJvmOnTwoMillionStudents() {
    SyntheticNation nation = SyntheticNation.of(2025, STUDENTS, NationalRatesJob.YEAR.startYear());
    Dataset<StudentYearRow> students =
        NationalRatesJob.students(LocalSpark.session(), nation, PARTITIONS);
    assertThat(students.rdd().getNumPartitions()).isEqualTo(PARTITIONS);

    Dataset<Tuple2<RollupKey, CountsTable>> tables =
        NationalRatesJob.tables(students).cache();
    SortedMap<RollupKey, CountsTable> onSpark = new TreeMap<>();
    for (Tuple2<RollupKey, CountsTable> unit : tables.collectAsList()) {
      assertThat(onSpark.put(unit._1(), unit._2()))
          .as("one row per unit %s", unit._1())
          .isNull();
    }
    List<RateRow> sparkRates = new ArrayList<>(NationalRatesJob.rates(tables).collectAsList());
    tables.unpersist();

    // The same students, added one by one in this JVM with kbbx alone.
    UnitCounts.Accumulator sum = UnitCounts.accumulator(GradeSystem.SIX_THREE);
    long rejected = 0;
    for (long i = 0; i < STUDENTS; i++) {
      var student = StudentYearRows.toStudentYear(nation.student(i));
      if (student.isValid()) {
        sum.add(student.get());
      } else {
        rejected++;
      }
    }
    SortedMap<RollupKey, CountsTable> oneJvm = NationalRates.tablesOf(sum.toCounts());

    assertThat(onSpark.keySet()).containsExactlyElementsOf(oneJvm.keySet());
    assertThat(onSpark).isEqualTo(oneJvm);
    CountsTable nationTable = oneJvm.get(RollupKey.of(RollupLevel.NATION, RollupLevel.NATION_CODE));
    assertThat(nationTable.total().get(Counter.ENROLLED)).isGreaterThan(STUDENTS * 9 / 10);
    assertThat(nationTable.total().get(Counter.DROPPED_OUT)).isPositive();
    assertThat(rejected).isEqualTo(STUDENTS / 250_000);
    assertThat(levelsOf(oneJvm))
        .containsOnlyKeys("NATION", "PROVINCE", "CITY", "COUNTY", "TOWNSHIP", "SCHOOL");
    assertThat(levelsOf(oneJvm).get("PROVINCE")).isEqualTo(4);

    List<RateRow> oneJvmRates = new ArrayList<>();
    oneJvm.forEach((key, table) -> oneJvmRates.addAll(NationalRates.rateRows(
        key, table, NationalRatesJob.YEAR, NationalRatesJob.job().policy())));
    Comparator<RateRow> order = Comparator.comparing(RateRow::getLevel)
        .thenComparing(RateRow::getCode)
        .thenComparing(RateRow::getRateKind);
    sparkRates.sort(order);
    oneJvmRates.sort(order);
    assertThat(sparkRates)
        .hasSize(oneJvm.size() * org.kbbx.reporting.rate.RateKind.values().length)
        .isEqualTo(oneJvmRates);
  }

  @Test
  void mainWritesTheRatesTableAsParquet(@TempDir Path dir) {
    String output = dir.resolve("rates").toUri().toString();
    NationalRatesJob.run(LocalSpark.session(), output, "20000", "4", "11");
    List<RateRow> written = new ArrayList<>(
        LocalSpark.session().read().parquet(output).as(KbbxEncoders.rateRow()).collectAsList());

    SyntheticNation nation = SyntheticNation.of(11, 20_000, NationalRatesJob.YEAR.startYear());
    UnitCounts.Accumulator sum = UnitCounts.accumulator(GradeSystem.SIX_THREE);
    for (long i = 0; i < nation.size(); i++) {
      StudentYearRows.toStudentYear(nation.student(i)).forEach(sum::add);
    }
    List<RateRow> oneJvm = new ArrayList<>();
    NationalRates.tablesOf(sum.toCounts())
        .forEach((key, table) -> oneJvm.addAll(NationalRates.rateRows(
            key, table, NationalRatesJob.YEAR, NationalRatesJob.job().policy())));
    Comparator<RateRow> order = Comparator.comparing(RateRow::getLevel)
        .thenComparing(RateRow::getCode)
        .thenComparing(RateRow::getRateKind);
    written.sort(order);
    oneJvm.sort(order);
    assertThat(written).isNotEmpty().isEqualTo(oneJvm);
  }

  private static Map<String, Integer> levelsOf(SortedMap<RollupKey, CountsTable> tables) {
    Map<String, Integer> levels = new TreeMap<>();
    tables.keySet().forEach(key -> levels.merge(key.getLevel(), 1, Integer::sum));
    return levels;
  }
}
