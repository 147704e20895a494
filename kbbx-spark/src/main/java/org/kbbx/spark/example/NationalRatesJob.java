package org.kbbx.spark.example;

import java.util.Objects;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;
import org.kbbx.core.school.GradeSystem;
import org.kbbx.core.time.SchoolYear;
import org.kbbx.reporting.rate.CountsTable;
import org.kbbx.reporting.rate.RatePolicy;
import org.kbbx.spark.rate.KbbxEncoders;
import org.kbbx.spark.rate.NationalRates;
import org.kbbx.spark.rate.RateRow;
import org.kbbx.spark.rate.RollupKey;
import org.kbbx.spark.rate.StudentYearRow;
import scala.Tuple2;

/**
 * The example national job, for {@code spark-submit}: synthetic students for several provinces,
 * partitioned, rolled up to the national rates table (R-RATE-2, R-RATE-4).
 *
 * <p>Arguments: {@code <output directory> [students (default 2000000)] [partitions (default 16)]
 * [seed (default 2025)]}. The job writes the rates table as Parquet to the output directory, one
 * row per unit (school, township, county, city, province, nation) and rate kind. A ministry's job
 * is the same with the synthetic source replaced by its own {@code Dataset<StudentYearRow>} (for
 * example {@code spark.read().parquet(...).as(KbbxEncoders.studentYearRow())}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class NationalRatesJob {

  /** The school year of the synthetic data. */
  public static final SchoolYear YEAR = SchoolYear.of(2025);

  private NationalRatesJob() {}

  /**
   * Runs the job.
   *
   * @param args output directory, then optionally students, partitions and seed
   */
  public static void main(String[] args) {
    SparkSession spark = SparkSession.builder().appName("kbbx national rates").getOrCreate();
    try {
      run(spark, args);
    } finally {
      spark.stop();
    }
  }

  /**
   * Runs the job in a session the caller owns: generates the students, computes the rates table and
   * writes it as Parquet to the output directory, replacing what is there.
   *
   * @param spark the session, not null
   * @param args output directory, then optionally students, partitions and seed
   * @throws IllegalArgumentException if the output directory is missing
   */
  public static void run(SparkSession spark, String... args) {
    Objects.requireNonNull(spark, "spark");
    if (args.length < 1) {
      throw new IllegalArgumentException(
          "Usage: NationalRatesJob <output directory> [students] [partitions] [seed]");
    }
    long students = args.length > 1 ? Long.parseLong(args[1]) : 2_000_000L;
    int partitions = args.length > 2 ? Integer.parseInt(args[2]) : 16;
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 2025L;
    SyntheticNation nation = SyntheticNation.of(seed, students, YEAR.startYear());
    rates(tables(students(spark, nation, partitions))).write().mode("overwrite").parquet(args[0]);
  }

  /**
   * Returns the synthetic students as a Dataset of {@code partitions} partitions, each a run of
   * consecutive students (a few counties).
   *
   * @param spark not null
   * @param nation not null
   * @param partitions at least 1
   * @return the students
   */
  public static Dataset<StudentYearRow> students(
      SparkSession spark, SyntheticNation nation, int partitions) {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(nation, "nation");
    MapFunction<Long, StudentYearRow> student = nation::student;
    return spark.range(0, nation.size(), 1, partitions).map(student, KbbxEncoders.studentYearRow());
  }

  /**
   * Returns every unit's counts table for {@link #YEAR} (6-3 grade system).
   *
   * @param students not null
   * @return the tables
   */
  public static Dataset<Tuple2<RollupKey, CountsTable>> tables(Dataset<StudentYearRow> students) {
    return job().tables(students);
  }

  /**
   * Returns the national rates table of the tables.
   *
   * @param tables not null
   * @return one row per unit and rate kind
   */
  public static Dataset<RateRow> rates(Dataset<Tuple2<RollupKey, CountsTable>> tables) {
    return job().rates(tables);
  }

  /** Returns the job's rate computation: 6-3 grade system, {@link #YEAR}, plain policy. */
  public static NationalRates job() {
    return NationalRates.of(GradeSystem.SIX_THREE, YEAR, RatePolicy.PLAIN);
  }
}
