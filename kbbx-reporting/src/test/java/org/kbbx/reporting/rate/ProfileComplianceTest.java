package org.kbbx.reporting.rate;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.cohort.CohortPolicy;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.person.PriorityGroup;
import org.kbbx.core.person.Sex;
import org.kbbx.core.rate.Rate;
import org.kbbx.core.rate.Target;
import org.kbbx.core.rate.TargetOutcome;
import org.kbbx.core.school.GradeSystem;
import org.kbbx.core.school.SchoolLevel;
import org.kbbx.core.status.EventType;
import org.kbbx.core.time.SchoolYear;
import org.kbbx.rules.profile.EffectiveProfile;
import org.kbbx.rules.profile.Profiles;
import org.kbbx.rules.profile.TargetIndicator;
import org.kbbx.rules.profile.TargetRule;

/** Every target of every profile names a rate the library computes (R-RATE-19, R-RATE-20). */
class ProfileComplianceTest {

  static final Profiles BUILT_IN = Profiles.builtIn();

  static UnitRates someRates() {
    CountsTable.Accumulator t = CountsTable.accumulator(GradeSystem.SIX_THREE);
    StudentYear poorDropout = StudentYear.builder()
        .schoolYear(SchoolYear.of(2024))
        .sex(Sex.FEMALE)
        .school(Cohorts.PRIMARY_A)
        .grade(org.kbbx.core.school.Grade.of(4))
        .enrolled(true)
        .droppedOut(true)
        .priorityGroups(
            EnumSet.of(PriorityGroup.REGISTERED_POOR, PriorityGroup.MONITORED_HOUSEHOLD))
        .build();
    StudentYear monitored = StudentYear.builder()
        .from(poorDropout)
        .droppedOut(false)
        .priorityGroups(EnumSet.of(PriorityGroup.MONITORED_HOUSEHOLD))
        .build();
    t.add(poorDropout.contribution(GradeSystem.SIX_THREE))
        .add(monitored.contribution(GradeSystem.SIX_THREE));
    Map<SchoolYear, CountsTable> h = new LinkedHashMap<>();
    h.put(SchoolYear.of(2024), t.toTable());
    return UnitRates.of(h, SchoolYear.of(2024), Slice.all(), RatePolicy.PLAIN);
  }

  // R-RATE-20: every due target of every built-in profile gets a computed rate, never "no such
  // rate".
  @Test
  @Tag("R-RATE-20")
  void everyTargetOfEveryBuiltInProfileIsChecked() {
    for (String id : BUILT_IN.ids()) {
      EffectiveProfile profile = BUILT_IN.effective(id).get();
      List<ComplianceRow<String>> rows =
          Compliance.check(Map.of("u", someRates()), profile, SchoolYear.of(2024));
      assertThat(rows).as(id).hasSize(profile.targets().value().size());
      for (ComplianceRow<String> row : rows) {
        assertThat(row.result().isLeft() ? row.result().getLeft().code().name() : "ok")
            .as(id + " " + row.kind())
            .isNotEqualTo("RATE_NOT_COMPUTABLE");
      }
    }
  }

  // R-RATE-20: Bishan's enrolment and consolidation targets are checked from the profile.
  @Test
  @Tag("R-RATE-20")
  void bishanEnrolmentAndConsolidationAreChecked() {
    List<ComplianceRow<String>> rows = Compliance.check(
        Map.of("璧山", someRates()), BUILT_IN.effective("BISHAN_2024").get(), SchoolYear.of(2024));
    assertThat(rows)
        .extracting(ComplianceRow::kind)
        .containsExactly(RateKind.COMPULSORY_AGE_ENROLMENT, RateKind.NINE_YEAR_CONSOLIDATION);
    assertThat(rows.get(1).result().getLeft().code().name()).isEqualTo("RATE_MISSING_COUNTS");
    assertThat(Compliance.dueTargets(BUILT_IN.effective("BISHAN_2024").get(), SchoolYear.of(2022)))
        .isEmpty();
  }

  // R-RATE-20: registered-poor or monitored children are one population, each child once.
  @Test
  @Tag("R-RATE-20")
  void registeredPoorOrMonitoredDropoutCountsEachChildOnce() {
    Rate rate = someRates().get(RateKind.REGISTERED_POOR_OR_MONITORED_DROPOUT).get();
    assertThat(rate).isEqualTo(Rate.of(1, 2));
    for (String id : List.of("HANZHONG_2018", "YUNDOU_2022", "XX_COUNTY_2023")) {
      List<ComplianceRow<String>> rows = Compliance.check(
          Map.of("u", someRates()), BUILT_IN.effective(id).get(), SchoolYear.of(2024));
      assertThat(rows).as(id).singleElement().satisfies(row -> {
        assertThat(row.kind()).isEqualTo(RateKind.REGISTERED_POOR_OR_MONITORED_DROPOUT);
        assertThat(row.outcome()).isEqualTo(TargetOutcome.MISSED);
      });
    }
  }

  // R-RATE-20: the mapping from a target rule to its rate, by indicator and level.
  @Test
  @Tag("R-RATE-20")
  void everyIndicatorAndLevelNamesARate() {
    Target any = Target.parse("<= 1%");
    List<RateKind> kinds = new ArrayList<>();
    for (TargetIndicator indicator : TargetIndicator.values()) {
      kinds.add(RateKind.of(new TargetRule(indicator, Option.none(), any, Option.none())));
      for (SchoolLevel level : SchoolLevel.values()) {
        TargetRule rule = new TargetRule(indicator, Option.some(level), any, Option.none());
        kinds.add(RateKind.of(rule));
        boolean group = indicator == TargetIndicator.REGISTERED_POOR_DROPOUT_RATE
            || indicator == TargetIndicator.DROPOUT_FOR_POVERTY_RATE;
        assertThat(RateKind.notComputable(rule).isDefined()).isEqualTo(group);
      }
    }
    assertThat(kinds).containsAll(EnumSet.allOf(RateKind.class));
  }

  // R-RATE-19, R-RATE-20: the entry point reads dates, switches and targets from the profile alone.
  @Test
  @Tag("R-RATE-19")
  @Tag("R-RATE-20")
  void profileRatesFromTimelines() {
    List<ProfileRates.Student> students = new ArrayList<>();
    for (CompletionAndIntakeTest.Pupil p : CompletionAndIntakeTest.cohort()) {
      students.add(new ProfileRates.Student(p.timeline(), CompletionAndIntakeTest.PUPIL));
    }
    CompletionAndIntakeTest.Pupil dropout =
        new CompletionAndIntakeTest.Pupil("D9").enrol("2019-09-01", CompletionAndIntakeTest.A, 3);
    dropout.add(dropout.at("2019-10-08", EventType.MARK_SUSPECTED));
    dropout.add(dropout.at("2019-11-20", EventType.AUTOMATIC_DROPOUT));
    students.add(new ProfileRates.Student(
        dropout.timeline(),
        new StudentAttributes(
            Sex.MALE,
            Set.of(PriorityGroup.REGISTERED_POOR),
            Option.some(LocalDate.of(2010, 5, 1)),
            Option.some(DivisionCode.parse("520527100201")))));
    EffectiveProfile hezhang = BUILT_IN.effective("HEZHANG_2018").get();
    ProfileRates before = ProfileRates.of(
        students,
        CompletionAndIntakeTest.DIRECTORY,
        hezhang,
        CohortPolicy.NATIONAL,
        SchoolYear.of(2019),
        LocalDate.of(2020, 6, 30));
    assertThat(before.dates().countDate()).isEqualTo(LocalDate.of(2020, 6, 30));
    assertThat(before.rates().get(RateKind.PRIMARY_DROPOUT).get()).isEqualTo(Rate.of(1, 5));
    assertThat(
            before.rates().get(RateKind.PRIMARY_CONSOLIDATION).getLeft().code().name())
        .isEqualTo("RATE_PENDING");
    assertThat(before
            .rates()
            .get(RateKind.NINE_YEAR_CONSOLIDATION)
            .getLeft()
            .code()
            .name())
        .isEqualTo("RATE_MISSING_COUNTS");
    assertThat(before.rates().get(RateKind.REGISTERED_POOR_OR_MONITORED_DROPOUT).get())
        .isEqualTo(Rate.of(1, 1));
    assertThat(before.rates().get(RateKind.COMPULSORY_AGE_ENROLMENT).get())
        .as("enrolled on the census date")
        .isEqualTo(Rate.of(1, 1));
    assertThat(before.compliance())
        .extracting(ComplianceRow::kind)
        .containsExactly(
            RateKind.PRIMARY_DROPOUT, RateKind.JUNIOR_DROPOUT, RateKind.NINE_YEAR_CONSOLIDATION);
    ProfileRates after = ProfileRates.of(
        students,
        CompletionAndIntakeTest.DIRECTORY,
        hezhang,
        CohortPolicy.NATIONAL,
        SchoolYear.of(2019),
        LocalDate.of(2020, 9, 1));
    assertThat(after
            .rates(DivisionCode.parse("520527000000"))
            .get(RateKind.PRIMARY_CONSOLIDATION)
            .get())
        .isEqualTo(Rate.of(3, 4));
    assertThat(after.history())
        .containsOnlyKeys(
            SchoolYear.of(2014),
            SchoolYear.of(2015),
            SchoolYear.of(2016),
            SchoolYear.of(2017),
            SchoolYear.of(2018),
            SchoolYear.of(2019));
    assertThat(after.rejected()).isEmpty();
  }
}
