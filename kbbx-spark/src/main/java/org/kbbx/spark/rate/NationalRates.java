package org.kbbx.spark.rate;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.division.DivisionLevel;
import org.kbbx.core.rate.Rate;
import org.kbbx.core.school.GradeSystem;
import org.kbbx.core.time.SchoolYear;
import org.kbbx.core.validation.Violation;
import org.kbbx.reporting.rate.ConsolidationOptions;
import org.kbbx.reporting.rate.CountsTable;
import org.kbbx.reporting.rate.RateKind;
import org.kbbx.reporting.rate.RatePolicy;
import org.kbbx.reporting.rate.RateRejection;
import org.kbbx.reporting.rate.SchoolRef;
import org.kbbx.reporting.rate.Slice;
import org.kbbx.reporting.rate.StudentYear;
import org.kbbx.reporting.rate.UnitCounts;
import org.kbbx.reporting.rate.UnitRates;
import scala.Tuple2;

/**
 * The national rates table on Spark (R-RATE-2, R-RATE-4): per-school and per-household partial
 * counts from each partition, rolled up by one {@code groupByKey} over division codes to every
 * school, township, county, city, province and the nation.
 *
 * <ol>
 *   <li>{@link #partials}: each partition adds its students into a kbbx {@link UnitCounts}
 *       (enrolment-side counters under the school, population-side under the household division)
 *       and emits each unit's table once for every unit containing it ({@link RollupLevel});
 *   <li>{@link #tables}: one {@code groupByKey} on {@link RollupKey} with the {@link
 *       CountsTableAggregator} adds the partials (map-side, then across the cluster);
 *   <li>{@link #rates}: each unit's table gives every {@link RateKind} through kbbx's {@link
 *       UnitRates}.
 * </ol>
 *
 * <p>Memory per partition is one table per unit seen in that partition: partition the input by
 * county (as records are usually exported) to keep it to a county's schools and villages. School ids
 * are assumed unique nationally (学校标识码). A nation of 6-3 and 5-4 provinces rolls up in the same
 * single pass (R-RATE-18): a row names its school's and its household's grade system where they
 * differ from the job's, and every table keeps counts by system, so every unit's rates are by
 * level and merging never throws. Rows that fail validation are not counted and are listed by
 * {@link #rejected}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class NationalRates implements Serializable {

  private static final long serialVersionUID = 1L;

  // Spark serialises this object into its tasks; kbbx values are kept as their primitive parts.
  private final GradeSystem system;
  private final int startYear;
  private final boolean adjustForTransfers;
  private final boolean capAtHundredPercent;
  private final boolean deferralsLeaveDenominator;

  private NationalRates(GradeSystem system, SchoolYear year, RatePolicy policy) {
    this.system = system;
    this.startYear = year.startYear();
    this.adjustForTransfers = policy.consolidation().adjustForTransfers();
    this.capAtHundredPercent = policy.consolidation().capAtHundredPercent();
    this.deferralsLeaveDenominator = policy.deferralsLeaveDenominator();
  }

  /**
   * Returns the national rates of one school year.
   *
   * @param system the grade system of rows that name none, not null
   * @param year the school year of the counts, not null
   * @param policy the profile switches of the rate formulas, not null
   * @return the job description
   */
  public static NationalRates of(GradeSystem system, SchoolYear year, RatePolicy policy) {
    return new NationalRates(
        Objects.requireNonNull(system, "system"),
        Objects.requireNonNull(year, "year"),
        Objects.requireNonNull(policy, "policy"));
  }

  /** Returns the school year of the counts. */
  public SchoolYear year() {
    return SchoolYear.of(startYear);
  }

  /** Returns the rate policy. */
  public RatePolicy policy() {
    return new RatePolicy(
        new ConsolidationOptions(adjustForTransfers, capAtHundredPercent),
        deferralsLeaveDenominator);
  }

  /**
   * Returns each partition's partial tables, one per (unit, containing unit) pair; students of
   * another school year and invalid rows are skipped.
   *
   * @param students the students, not null
   * @return the partial tables keyed by the unit they add to
   */
  public Dataset<Tuple2<RollupKey, CountsTable>> partials(Dataset<StudentYearRow> students) {
    Objects.requireNonNull(students, "students");
    GradeSystem grades = system;
    int start = startYear;
    MapPartitionsFunction<StudentYearRow, Tuple2<RollupKey, CountsTable>> count = rows -> {
      UnitCounts.Accumulator sum = UnitCounts.accumulator(grades);
      while (rows.hasNext()) {
        StudentYearRow row = rows.next();
        if (row != null && row.getSchoolYear() == start) {
          StudentYearRows.toStudentYear(row).forEach(sum::add);
        }
      }
      return keyed(sum.toCounts()).iterator();
    };
    return students.mapPartitions(count, KbbxEncoders.unitTable());
  }

  private static List<Tuple2<RollupKey, CountsTable>> keyed(UnitCounts counts) {
    List<Tuple2<RollupKey, CountsTable>> out = new ArrayList<>();
    for (Map.Entry<SchoolRef, CountsTable> school : counts.bySchool().entrySet()) {
      for (RollupKey key : RollupLevel.unitsOfSchool(school.getKey())) {
        out.add(new Tuple2<>(key, school.getValue()));
      }
    }
    for (Map.Entry<DivisionCode, CountsTable> household : counts.byHousehold().entrySet()) {
      for (RollupKey key : RollupLevel.unitsOfDivision(household.getKey())) {
        out.add(new Tuple2<>(key, household.getValue()));
      }
    }
    return out;
  }

  /**
   * Returns every unit's total table: one {@code groupByKey} over the roll-up keys, aggregated
   * with {@link CountsTableAggregator}.
   *
   * @param students the students, not null
   * @return one row per school, division (township to province) and the nation
   */
  public Dataset<Tuple2<RollupKey, CountsTable>> tables(Dataset<StudentYearRow> students) {
    MapFunction<Tuple2<RollupKey, CountsTable>, RollupKey> key = Tuple2::_1;
    return partials(students)
        .groupByKey(key, KbbxEncoders.rollupKey())
        .agg(CountsTableAggregator.of(system).toColumn());
  }

  /**
   * Returns the national rates table: every {@link RateKind} of every unit.
   *
   * @param tables the units' tables, as from {@link #tables}, not null
   * @return one row per unit and rate kind
   */
  public Dataset<RateRow> rates(Dataset<Tuple2<RollupKey, CountsTable>> tables) {
    Objects.requireNonNull(tables, "tables");
    NationalRates job = this;
    FlatMapFunction<Tuple2<RollupKey, CountsTable>, RateRow> rows =
        unit -> rateRows(unit._1(), unit._2(), job.year(), job.policy()).iterator();
    return tables.flatMap(rows, KbbxEncoders.rateRow());
  }

  /**
   * Returns the rows of this school year that fail validation, each with its problems: they are
   * listed, not counted.
   *
   * @param students the students, not null
   * @return the rejected rows with their problems joined by {@code "; "}
   */
  public Dataset<Tuple2<StudentYearRow, String>> rejected(Dataset<StudentYearRow> students) {
    Objects.requireNonNull(students, "students");
    int start = startYear;
    FilterFunction<StudentYearRow> thisYear = row -> row != null && row.getSchoolYear() == start;
    MapFunction<StudentYearRow, Tuple2<StudentYearRow, String>> check = row -> {
      Validation<Seq<Violation>, StudentYear> result = StudentYearRows.toStudentYear(row);
      return new Tuple2<>(row, result.isValid() ? "" : result.getError().mkString("; "));
    };
    FilterFunction<Tuple2<StudentYearRow, String>> invalid = t -> !t._2().isEmpty();
    return students
        .filter(thisYear)
        .map(check, Encoders.tuple(KbbxEncoders.studentYearRow(), Encoders.STRING()))
        .filter(invalid);
  }

  /**
   * Returns the rates of one unit's table: the same function on Spark and in one JVM.
   *
   * @param key the unit, not null
   * @param table the unit's counts for {@code year}, not null
   * @param year the school year, not null
   * @param policy the rate policy, not null
   * @return one row per {@link RateKind}, in kind order
   */
  public static List<RateRow> rateRows(
      RollupKey key, CountsTable table, SchoolYear year, RatePolicy policy) {
    Objects.requireNonNull(key, "key");
    UnitRates rates = UnitRates.of(Map.of(year, table), year, Slice.all(), policy);
    List<RateRow> rows = new ArrayList<>(RateKind.values().length);
    for (Map.Entry<RateKind, Either<RateRejection, Rate>> entry : rates.asMap().entrySet()) {
      RateRow row = new RateRow();
      row.setLevel(key.getLevel());
      row.setCode(key.getCode());
      row.setRateKind(entry.getKey().name());
      row.setRateLabel(entry.getKey().chineseLabel());
      Either<RateRejection, Rate> rate = entry.getValue();
      if (rate.isRight()) {
        row.setNumerator(rate.get().numerator());
        row.setDenominator(rate.get().denominator());
        row.setPercent(rate.get().format());
      } else {
        row.setRejection(rate.getLeft().code().name());
      }
      rows.add(row);
    }
    return rows;
  }

  /**
   * Returns the tables of every unit from counts computed in one JVM, keyed as on Spark: the
   * single-machine reference for {@link #tables}.
   *
   * @param counts the counts of all students, not null
   * @return the tables by unit, sorted nation first
   */
  public static SortedMap<RollupKey, CountsTable> tablesOf(UnitCounts counts) {
    Objects.requireNonNull(counts, "counts");
    SortedMap<RollupKey, CountsTable> tables = new TreeMap<>();
    tables.put(RollupKey.of(RollupLevel.NATION, RollupLevel.NATION_CODE), counts.total());
    for (RollupLevel level :
        List.of(RollupLevel.PROVINCE, RollupLevel.CITY, RollupLevel.COUNTY, RollupLevel.TOWNSHIP)) {
      DivisionLevel division = DivisionLevel.valueOf(level.name());
      counts
          .rollUp(division)
          .forEach((code, table) -> tables.put(RollupKey.of(level, code.toString()), table));
    }
    counts
        .bySchool()
        .forEach((school, table) ->
            tables.put(RollupKey.of(RollupLevel.SCHOOL, school.id().value()), table));
    return Collections.unmodifiableSortedMap(tables);
  }
}
