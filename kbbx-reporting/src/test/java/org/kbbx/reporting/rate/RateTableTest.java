package org.kbbx.reporting.rate;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.cohort.CohortPolicy;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.division.DivisionLevel;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.rate.Rate;
import org.kbbx.core.status.StudentTimeline;
import org.kbbx.core.time.SchoolYear;
import org.kbbx.rules.profile.EffectiveProfile;
import org.kbbx.rules.profile.Profiles;
import org.kbbx.rules.profile.TargetRule;
import org.kbbx.testkit.county.CountySpec;
import org.kbbx.testkit.county.SyntheticCounty;
import org.kbbx.testkit.county.SyntheticStudent;

/** RateHistory (streamed) and RateTable (county and townships against a profile's targets). */
class RateTableTest {

  private static final SyntheticCounty COUNTY =
      SyntheticCounty.generate(CountySpec.builder().students(3_000).seed(17).build());
  private static final SchoolYear YEAR = COUNTY.spec().schoolYear();
  private static final LocalDate AS_OF = LocalDate.of(2025, 7, 4);
  private static final Function<SchoolId, Option<DivisionCode>> DIRECTORY =
      id -> Option.of(COUNTY.directory().get(id.value()));
  private static final List<ProfileRates.Student> STUDENTS = students();

  private static List<ProfileRates.Student> students() {
    List<ProfileRates.Student> students = new ArrayList<>();
    COUNTY
        .everyone()
        .forEach(s -> students.add(new ProfileRates.Student(
            StudentTimeline.of(StudentId.of(s.id())).withAll(s.history()), attributes(s))));
    return students;
  }

  private static StudentAttributes attributes(SyntheticStudent s) {
    return new StudentAttributes(
        s.sex(), s.groups(), Option.some(s.birthDate()), Option.some(s.village()));
  }

  private static EffectiveProfile profile(String id) {
    return Profiles.builtIn().effective(id).get();
  }

  private static ProfileRates streamed(EffectiveProfile profile) {
    RateHistory history =
        RateHistory.of(DIRECTORY, profile, CohortPolicy.NATIONAL, COUNTY.firstYear(), YEAR, AS_OF);
    STUDENTS.forEach(s -> history.add(s.timeline(), s.attributes()));
    return history.toRates();
  }

  @Test
  @Tag("R-RATE-2")
  void streamingStudentByStudentGivesTheRatesOfTheWholeList() {
    EffectiveProfile hezhang = profile("HEZHANG_2018");
    ProfileRates once =
        ProfileRates.of(STUDENTS, DIRECTORY, hezhang, CohortPolicy.NATIONAL, YEAR, AS_OF);
    ProfileRates streamed = streamed(hezhang);
    assertThat(streamed.history()).isEqualTo(once.history());
    assertThat(streamed.rates(COUNTY.code()).asMap())
        .isEqualTo(once.rates(COUNTY.code()).asMap());
    assertThat(streamed.rejected()).isEqualTo(once.rejected());
  }

  @Test
  void aHistoryShorterThanNineYearsMakesNineYearConsolidationMissing() {
    RateHistory short3 = RateHistory.of(
        DIRECTORY, profile("NATIONAL"), CohortPolicy.NATIONAL, YEAR.plusYears(-2), YEAR, AS_OF);
    STUDENTS.forEach(s -> short3.add(s.timeline(), s.attributes()));
    UnitRates rates = short3.toRates().rates(COUNTY.code());
    assertThat(rates.get(RateKind.NINE_YEAR_CONSOLIDATION).getLeft())
        .isInstanceOf(RateRejection.MissingCounts.class);
    assertThat(rates.get(RateKind.JUNIOR_CONSOLIDATION).isRight()).isTrue();
  }

  @Test
  @Tag("R-RATE-20")
  @Tag("R-RATE-17")
  void theTableShowsTheBureausRatesAndEveryDueTargetForTheCountyAndEachTownship() {
    EffectiveProfile bishan = profile("BISHAN_2024");
    ProfileRates rates = streamed(bishan);
    List<RateTable.Line<DivisionCode>> table =
        RateTable.byDivision(rates, COUNTY.code(), DivisionLevel.TOWNSHIP, RateTable.BUREAU);
    List<DivisionCode> townships =
        RateTable.divisions(rates, COUNTY.code(), DivisionLevel.TOWNSHIP);
    assertThat(townships)
        .containsExactlyElementsOf(
            COUNTY.townships().stream().map(t -> t.code()).toList());
    List<TargetRule> due = Compliance.dueTargets(bishan, YEAR);
    assertThat(due).isNotEmpty();
    List<DivisionCode> units = new ArrayList<>();
    units.add(COUNTY.code());
    units.addAll(townships);
    for (DivisionCode unit : units) {
      List<RateTable.Line<DivisionCode>> lines =
          table.stream().filter(l -> l.unit().equals(unit)).toList();
      assertThat(lines).extracting(RateTable.Line::kind).containsAll(RateTable.BUREAU);
      assertThat(lines.stream().mapToLong(l -> l.checks().size()).sum()).isEqualTo(due.size());
      for (RateTable.Line<DivisionCode> line : lines) {
        line.checks().forEach(c -> assertThat(c.kind()).isEqualTo(line.kind()));
        assertThat(line.rate()).isEqualTo(rates.rates(unit).get(line.kind()));
      }
      RateTable.Line<DivisionCode> primary = lines.stream()
          .filter(l -> l.kind() == RateKind.PRIMARY_CONSOLIDATION)
          .findFirst()
          .get();
      assertThat(primary.rate().getLeft()).isInstanceOf(RateRejection.Pending.class);
    }
    assertThat(table.get(0).unit()).isEqualTo(COUNTY.code());
  }

  @Test
  @Tag("R-RATE-2")
  void townshipsAddUpToTheCounty() {
    ProfileRates rates = streamed(profile("NATIONAL"));
    List<RateTable.Line<DivisionCode>> table =
        RateTable.byDivision(rates, COUNTY.code(), DivisionLevel.TOWNSHIP, RateTable.BUREAU);
    for (RateKind kind : List.of(
        RateKind.PRIMARY_DROPOUT, RateKind.JUNIOR_DROPOUT, RateKind.NINE_YEAR_CONSOLIDATION)) {
      Rate county = rate(table, COUNTY.code(), kind);
      long numerators = 0;
      long denominators = 0;
      for (RateTable.Line<DivisionCode> l : table) {
        if (!l.unit().equals(COUNTY.code()) && l.kind() == kind) {
          numerators += l.rate().get().numerator();
          denominators += l.rate().get().denominator();
        }
      }
      assertThat(numerators).as(kind.name()).isEqualTo(county.numerator());
      assertThat(denominators).as(kind.name()).isEqualTo(county.denominator());
    }
    assertThat(rate(table, COUNTY.code(), RateKind.NINE_YEAR_CONSOLIDATION).denominator())
        .isPositive();
  }

  @Test
  void aRateWithoutATargetIsShownWithNoChecks() {
    List<RateTable.Line<String>> lines = RateTable.of(
        Map.of("u", streamed(profile("NATIONAL")).rates(COUNTY.code())),
        profile("NATIONAL"),
        YEAR,
        List.of(RateKind.JUNIOR_GROSS_ENROLMENT));
    assertThat(lines)
        .filteredOn(l -> l.kind() == RateKind.JUNIOR_GROSS_ENROLMENT)
        .singleElement()
        .satisfies(l -> assertThat(l.checks()).isEmpty());
    assertThat(lines)
        .filteredOn(l -> l.kind() == RateKind.NINE_YEAR_CONSOLIDATION)
        .singleElement()
        .satisfies(l -> assertThat(l.checks()).hasSize(1));
  }

  private static Rate rate(
      List<RateTable.Line<DivisionCode>> table, DivisionCode unit, RateKind k) {
    return table.stream()
        .filter(l -> l.unit().equals(unit) && l.kind() == k)
        .findFirst()
        .get()
        .rate()
        .get();
  }
}
