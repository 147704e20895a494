package org.kbbx.spark.rate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.school.Grade;
import org.kbbx.core.school.GradeSystem;
import org.kbbx.core.school.SchoolLevel;
import org.kbbx.core.time.SchoolYear;
import org.kbbx.reporting.rate.Counter;
import org.kbbx.reporting.rate.CountsTable;
import org.kbbx.reporting.rate.RatePolicy;
import org.kbbx.reporting.rate.Slice;
import org.kbbx.reporting.rate.StudentYear;
import org.kbbx.reporting.rate.UnitCounts;
import org.kbbx.spark.LocalSpark;
import org.kbbx.spark.example.SyntheticNation;
import scala.Tuple2;

/**
 * R-RATE-18 on Spark: a nation whose first province follows 5-4 and the rest 6-3 rolls up in one
 * pass to the same tables as one JVM, with every level read by each school's own system.
 */
class MixedNationTest {

  private static final int YEAR = 2025;

  private static List<StudentYearRow> rows() {
    SyntheticNation nation = SyntheticNation.of(31, 8_000, YEAR);
    String fiveFour = null;
    List<StudentYearRow> rows = new ArrayList<>();
    for (long i = 0; i < nation.size(); i++) {
      StudentYearRow row = nation.student(i);
      Long division =
          row.getSchoolDivision() != null ? row.getSchoolDivision() : row.getHouseholdDivision();
      if (fiveFour == null && division != null) {
        fiveFour = Long.toString(division).substring(0, 2);
      }
      if (row.getSchoolDivision() != null
          && Long.toString(row.getSchoolDivision()).startsWith(fiveFour)) {
        row.setGradeSystem("FIVE_FOUR");
      }
      if (row.getHouseholdDivision() != null
          && Long.toString(row.getHouseholdDivision()).startsWith(fiveFour)) {
        row.setHouseholdGradeSystem("FIVE_FOUR");
      }
      rows.add(row);
    }
    return rows;
  }

  @Test
  @Tag("R-RATE-18")
  void mixedNationOnSparkEqualsOneJvmAndReadsLevelsBySchoolSystem() {
    List<StudentYearRow> rows = rows();
    Dataset<StudentYearRow> students =
        LocalSpark.session().createDataset(rows, KbbxEncoders.studentYearRow()).repartition(6);
    NationalRates job =
        NationalRates.of(GradeSystem.SIX_THREE, SchoolYear.of(YEAR), RatePolicy.PLAIN);
    SortedMap<RollupKey, CountsTable> onSpark = new TreeMap<>();
    for (Tuple2<RollupKey, CountsTable> unit : job.tables(students).collectAsList()) {
      onSpark.put(unit._1(), unit._2());
    }
    UnitCounts.Accumulator sum = UnitCounts.accumulator(GradeSystem.SIX_THREE);
    long juniorEnrolled = 0;
    for (StudentYearRow row : rows) {
      var student = StudentYearRows.toStudentYear(row);
      if (student.isValid()) {
        StudentYear s = student.get();
        sum.add(s);
        if (s.enrolled()
            && s.gradeSystem().orElse(GradeSystem.SIX_THREE).levelOf(s.grade().get())
                == SchoolLevel.JUNIOR_SECONDARY) {
          juniorEnrolled++;
        }
      }
    }
    SortedMap<RollupKey, CountsTable> oneJvm = NationalRates.tablesOf(sum.toCounts());
    assertThat(onSpark).isEqualTo(oneJvm);
    CountsTable nation = oneJvm.get(RollupKey.of(RollupLevel.NATION, RollupLevel.NATION_CODE));
    assertThat(nation.systems()).containsExactly(GradeSystem.SIX_THREE, GradeSystem.FIVE_FOUR);
    assertThat(nation.select(Slice.of(SchoolLevel.JUNIOR_SECONDARY)).get(Counter.ENROLLED))
        .isEqualTo(juniorEnrolled);
    assertThat(nation.select(GradeSystem.FIVE_FOUR, Slice.of(Grade.of(6))).get(Counter.ENROLLED))
        .isPositive();
    assertThat(job.rates(job.tables(students)).count())
        .isEqualTo((long) oneJvm.size() * org.kbbx.reporting.rate.RateKind.values().length);
  }
}
