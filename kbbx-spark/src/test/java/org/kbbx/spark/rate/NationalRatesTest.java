package org.kbbx.spark.rate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.junit.jupiter.api.Test;
import org.kbbx.core.school.GradeSystem;
import org.kbbx.core.time.SchoolYear;
import org.kbbx.reporting.rate.RatePolicy;
import org.kbbx.spark.LocalSpark;
import scala.Tuple2;

/** Rows Spark cannot count are listed with their problems; rows of other years are ignored. */
class NationalRatesTest {

  @Test
  void invalidRowsAreListedNotCounted() {
    StudentYearRow good = new StudentYearRow();
    good.setSchoolYear(2025);
    good.setSchoolId("S1");
    good.setSchoolDivision(520527100201L);
    good.setSex("MALE");
    good.setGrade(3);
    good.setEnrolled(true);
    StudentYearRow bad = new StudentYearRow();
    bad.setSchoolYear(2025);
    bad.setSex("MALE");
    bad.setGrade(12);
    StudentYearRow otherYear = new StudentYearRow();
    otherYear.setSchoolYear(2024);
    otherYear.setSex("?");
    Dataset<StudentYearRow> students = LocalSpark.session()
        .createDataset(List.of(good, bad, otherYear), KbbxEncoders.studentYearRow());
    NationalRates job =
        NationalRates.of(GradeSystem.SIX_THREE, SchoolYear.of(2025), RatePolicy.PLAIN);

    List<Tuple2<StudentYearRow, String>> rejected = job.rejected(students).collectAsList();
    assertThat(rejected).hasSize(1);
    assertThat(rejected.get(0)._1()).isEqualTo(bad);
    assertThat(rejected.get(0)._2()).contains("grade");

    List<RateRow> rates = job.rates(job.tables(students)).collectAsList();
    assertThat(rates)
        .filteredOn(r -> r.getLevel().equals("NATION") && r.getRateKind().equals("PRIMARY_DROPOUT"))
        .singleElement()
        .satisfies(r -> {
          assertThat(r.getNumerator()).isZero();
          assertThat(r.getDenominator()).isOne();
        });
    assertThat(rates)
        .filteredOn(r -> r.getRateKind().equals("NINE_YEAR_CONSOLIDATION"))
        .allSatisfy(r -> assertThat(r.getRejection()).isNotNull());
  }
}
