package org.kbbx.reporting.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.school.Grade;
import org.kbbx.core.school.GradeSystem;
import org.kbbx.core.school.SchoolLevel;
import org.kbbx.core.time.SchoolYear;
import org.quicktheories.core.Gen;

/**
 * R-RATE-18: a province of 6-3 and 5-4 counties. Schools S1, S2 and the villages of county 520527
 * follow 6-3; S3, S4 and county 520528 follow 5-4.
 */
class MixedGradeSystemsProperties {

  /** A student of the mixed province: the school's and the household's systems are their county's. */
  static StudentYear student(long bits) {
    StudentYear base = RateCountsProperties.student(bits);
    StudentYear.Builder b = StudentYear.builder().from(base);
    base.school().ifPresent(s -> b.gradeSystem(systemOf(s.division())));
    base.household().ifPresent(h -> b.householdGradeSystem(systemOf(h)));
    if (base.school().isPresent() && base.grade().isPresent() && ((bits >>> 50) & 3) == 3) {
      b.entrant(true);
    }
    return b.build();
  }

  static GradeSystem systemOf(DivisionCode division) {
    return String.valueOf(division.value()).startsWith("520528")
        ? GradeSystem.FIVE_FOUR
        : GradeSystem.SIX_THREE;
  }

  static Gen<List<StudentYear>> province() {
    return lists().of(longs().all().map(MixedGradeSystemsProperties::student)).ofSizeBetween(0, 80);
  }

  // R-RATE-18: any partition into units (each counted with either default system) merges to one
  // pass.
  @Test
  @Tag("R-RATE-18")
  void anyPartitionOfAMixedProvinceGivesTheSameTotals() {
    qt().forAll(province(), lists().of(integers().between(0, 7)).ofSize(80))
        .checkAssert((population, parts) -> {
          List<UnitCounts.Accumulator> units = new ArrayList<>();
          for (int i = 0; i < 4; i++) {
            units.add(
                UnitCounts.accumulator(i % 2 == 0 ? GradeSystem.SIX_THREE : GradeSystem.FIVE_FOUR));
          }
          UnitCounts.Accumulator onePass = UnitCounts.accumulator(GradeSystem.SIX_THREE);
          for (int i = 0; i < population.size(); i++) {
            units.get(parts.get(i) % 4).add(population.get(i));
            onePass.add(population.get(i));
          }
          UnitCounts merged = UnitCounts.empty(GradeSystem.FIVE_FOUR);
          for (int i = parts.isEmpty() ? 0 : parts.get(0) % 4, n = 0; n < 4; i = (i + 1) % 4, n++) {
            merged = merged.plus(units.get(i).toCounts());
          }
          assertThat(merged).isEqualTo(onePass.toCounts());
          assertThat(merged.total()).isEqualTo(onePass.toCounts().total());
        });
  }

  // R-RATE-18: every level is read with the system of the school (enrolment) or household
  // (population).
  @Test
  @Tag("R-RATE-18")
  void levelSlicesReadEachStudentsOwnSystem() {
    qt().forAll(province()).checkAssert(population -> {
      CountsTable table = Cohorts.count(population).total();
      for (SchoolLevel level : SchoolLevel.values()) {
        long enrolled = 0;
        long population6to15 = 0;
        for (StudentYear s : population) {
          if (s.enrolled() && s.gradeSystem().get().levelOf(s.grade().get()) == level) {
            enrolled++;
          }
          if (s.household().isPresent()
              && s.compulsoryAge()
              && s.expectedGrade().isPresent()
              && s.householdGradeSystem().get().levelOf(s.expectedGrade().get()) == level) {
            population6to15++;
          }
        }
        RateCounts c = table.select(Slice.of(level));
        assertThat(c.get(Counter.ENROLLED)).isEqualTo(enrolled);
        assertThat(c.get(Counter.POPULATION)).isEqualTo(population6to15);
      }
    });
  }

  // R-RATE-18: consolidation of a mixed unit adds each system's completers and intakes, never
  // throws.
  @Test
  @Tag("R-RATE-18")
  void consolidationOfAMixedCityAddsEachSystemsCohort() {
    Map<SchoolYear, CountsTable> history = new TreeMap<>();
    for (int y = 2014; y <= 2022; y++) {
      history.put(SchoolYear.of(y), CountsTable.empty());
    }
    CountsTable.Accumulator y2014 = CountsTable.accumulator(GradeSystem.SIX_THREE);
    y2014.addCount(GradeSystem.SIX_THREE, 1, 2, Counter.INTAKE, 100);
    history.put(SchoolYear.of(2014), y2014.toTable());
    CountsTable.Accumulator y2015 = CountsTable.accumulator(GradeSystem.FIVE_FOUR);
    y2015.addCount(1, 2, Counter.INTAKE, 50);
    history.put(SchoolYear.of(2015), y2015.toTable());
    CountsTable.Accumulator y2019 = CountsTable.accumulator(GradeSystem.SIX_THREE);
    y2019.addCount(GradeSystem.SIX_THREE, 6, 2, Counter.COMPLETERS, 90);
    y2019.addCount(GradeSystem.FIVE_FOUR, 5, 2, Counter.COMPLETERS, 45);
    y2019.addCount(GradeSystem.FIVE_FOUR, 6, 2, Counter.ENROLLED, 7);
    history.put(SchoolYear.of(2019), y2019.toTable());
    // primary: 6-3 intake 2014 (Y − 5), 5-4 intake 2015 (Y − 4): (90 + 45) / (100 + 50)
    assertThat(ConsolidationRates.of(
                history,
                SchoolYear.of(2019),
                ConsolidationScope.PRIMARY,
                Slice.all(),
                ConsolidationOptions.PLAIN)
            .get())
        .isEqualTo(org.kbbx.core.rate.Rate.of(135, 150));
    // grade 6 of a 5-4 school is junior: the junior slice holds it, the primary slice does not
    assertThat(history
            .get(SchoolYear.of(2019))
            .select(Slice.of(SchoolLevel.JUNIOR_SECONDARY))
            .get(Counter.ENROLLED))
        .isEqualTo(7);
    assertThat(
            history.get(SchoolYear.of(2019)).select(Slice.of(Grade.of(6))).get(Counter.COMPLETERS))
        .isEqualTo(90);
  }
}
