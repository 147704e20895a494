package org.kbbx.testkit.county;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.division.DivisionLevel;
import org.kbbx.core.school.GradeSystem;
import org.kbbx.core.school.SchoolLevel;
import org.kbbx.core.time.SchoolYear;

class SyntheticCountyTest {

  private static final SyntheticCounty COUNTY =
      SyntheticCounty.generate(CountySpec.builder().students(12_000).seed(11).build());

  @Test
  void sameSpecGivesTheSameCountyStudentForStudent() {
    SyntheticCounty again =
        SyntheticCounty.generate(CountySpec.builder().students(12_000).seed(11).build());
    assertThat(again.townships()).isEqualTo(COUNTY.townships());
    assertThat(again.schools()).isEqualTo(COUNTY.schools());
    assertThat(again.students().collect(Collectors.toList()))
        .isEqualTo(COUNTY.students().collect(Collectors.toList()));
  }

  @Test
  void anotherSeedGivesAnotherCounty() {
    SyntheticCounty other =
        SyntheticCounty.generate(CountySpec.builder().students(12_000).seed(12).build());
    assertThat(other.students().limit(50).collect(Collectors.toList()))
        .isNotEqualTo(COUNTY.students().limit(50).collect(Collectors.toList()));
  }

  @Test
  void rostersCanBeGeneratedAloneAndInAnyOrder() {
    List<SyntheticSchool> schools = COUNTY.schools();
    SchoolRoster last = COUNTY.roster(schools.get(schools.size() - 1));
    SchoolRoster viaStream = COUNTY.rosters().reduce((a, b) -> b).orElseThrow();
    assertThat(last).isEqualTo(viaStream);
    assertThat(COUNTY.rosters().parallel().mapToInt(r -> r.students().size()).sum())
        .isEqualTo(12_000);
  }

  @Test
  void studentCountIsExactAndNumbersAreUnique() {
    Set<String> numbers = new HashSet<>();
    COUNTY.students().forEach(s -> assertThat(numbers.add(s.id())).isTrue());
    assertThat(numbers).hasSize(12_000);
    assertThat(COUNTY.schools().stream().mapToInt(SyntheticSchool::students).sum())
        .isEqualTo(12_000);
  }

  @Test
  @Tag("R-DIV-1")
  void divisionCodesNestVillageInTownshipInCounty() {
    assertThat(COUNTY.townships()).isNotEmpty();
    COUNTY.townships().forEach(t -> {
      assertThat(t.code().level()).isEqualTo(DivisionLevel.TOWNSHIP);
      assertThat(t.code().county()).isEqualTo(COUNTY.code());
      t.villages().forEach(v -> assertThat(v.code().township()).isEqualTo(t.code()));
    });
    COUNTY.schools().forEach(s -> {
      assertThat(s.division().isWithin(COUNTY.code())).isTrue();
      s.surveyedVillages().forEach(v -> assertThat(v.township()).isEqualTo(s.township()));
    });
    assertThat(COUNTY.villages().map(Village::code).distinct().count())
        .isEqualTo(COUNTY.villages().count());
  }

  @Test
  @Tag("R-RC-5")
  void everyVillageIsSurveyedByAPrimaryAndAJuniorSchool() { // R-RC-5 input shape
    Set<Object> primary = new HashSet<>();
    Set<Object> junior = new HashSet<>();
    COUNTY.schools().forEach(s -> {
      if (s.kind().holds(SchoolLevel.PRIMARY)) {
        primary.addAll(s.surveyedVillages());
      }
      if (s.kind().holds(SchoolLevel.JUNIOR_SECONDARY)) {
        junior.addAll(s.surveyedVillages());
      }
    });
    Set<Object> all = COUNTY.villages().map(Village::code).collect(Collectors.toSet());
    assertThat(primary).isEqualTo(all);
    assertThat(junior).isEqualTo(all);
  }

  @Test
  @Tag("R-ID-1")
  @Tag("R-ID-3")
  void residentIdsAreValidAndAgreeWithBirthDateAndSex() {
    COUNTY.students().limit(3_000).forEach(s -> {
      assertThat(s.residentId().birthDate()).isEqualTo(s.birthDate());
      assertThat(s.residentId().sex()).isEqualTo(s.sex());
      assertThat(s.residentId().county()).isEqualTo(COUNTY.code());
      assertThat(s.residentId().toString()).contains("********");
    });
  }

  @Test
  @Tag("R-AGE-1")
  @Tag("R-AGE-3")
  void mostStudentsAreInTheirExpectedGrade() {
    SchoolYear year = COUNTY.spec().schoolYear();
    LocalDate dayBeforeCutOff = year.start().minusDays(1);
    long total = 0;
    long onTime = 0;
    for (SyntheticStudent s : COUNTY.students().collect(Collectors.toList())) {
      int age = java.time.Period.between(s.birthDate(), dayBeforeCutOff).getYears();
      assertThat(age - 5 - s.grade().number()).isBetween(-1, 2);
      total++;
      onTime += age - 5 == s.grade().number() ? 1 : 0;
    }
    assertThat(onTime * 100 / total).isBetween(88L, 97L);
  }

  @Test
  @Tag("R-AGE-5")
  void levelsMatchTheSchoolKinds() {
    COUNTY
        .rosters()
        .forEach(r -> r.students()
            .forEach(
                s -> assertThat(r.school().kind().holds(GradeSystem.SIX_THREE.levelOf(s.grade())))
                    .isTrue()));
  }

  @Test
  @Tag("R-TIME-2")
  @Tag("R-ABS-1")
  void absencesAreOnSchoolDaysInOrderAndReturnsFollowARun() { // R-TIME-2, R-ABS-1 input shape
    Set<LocalDate> schoolDays = new HashSet<>(COUNTY.schoolDays());
    int[] runs = new int[1];
    COUNTY.students().forEach(s -> {
      LocalDate previous = LocalDate.MIN;
      for (Absence a : s.absences()) {
        assertThat(COUNTY.calendar().isSchoolDay(a.date())).isTrue();
        assertThat(a.date()).isAfter(previous);
        if (COUNTY.spec().schoolYear().contains(a.date())) {
          assertThat(schoolDays).contains(a.date());
          assertThat(a.date()).isAfterOrEqualTo(s.enrolled());
        }
        previous = a.date();
      }
      s.returnedOn().ifPresent(day -> {
        runs[0]++;
        assertThat(COUNTY.calendar().isSchoolDay(day)).isTrue();
        assertThat(s.absences()).noneMatch(a -> a.date().equals(day));
        assertThat(s.absences()).anyMatch(a -> !a.excused() && a.date().isBefore(day));
      });
    });
    assertThat(runs[0]).isPositive();
  }

  @Test
  @Tag("R-RC-4")
  void guaranteesGoToPriorityStudentsWithFewGaps() { // R-RC-4 input shape
    long priority = 0;
    long guaranteed = 0;
    for (SchoolRoster r : COUNTY.rosters().collect(Collectors.toList())) {
      Map<String, Integer> load = new HashMap<>();
      Set<String> staff = r.teachers().stream().map(Teacher::id).collect(Collectors.toSet());
      for (Guarantee g : r.guarantees()) {
        assertThat(staff).contains(g.teacherId());
        load.merge(g.teacherId(), 1, Integer::sum);
      }
      for (SyntheticStudent s : r.students()) {
        priority += s.isPriority() ? 1 : 0;
        guaranteed += s.guarantor().isPresent() ? 1 : 0;
        if (s.guarantor().isPresent()) {
          assertThat(s.isPriority()).isTrue();
        }
      }
      assertThat(r.guarantees()).hasSize((int)
          r.students().stream().filter(s -> s.guarantor().isPresent()).count());
      assertThat(r.teachers().get(0).principal()).isTrue();
    }
    assertThat(guaranteed).isLessThan(priority).isGreaterThan(priority * 98 / 100);
  }

  @Test
  @Tag("R-TIME-2")
  void calendarHasHolidaysAndMakeUpDays() {
    var calendar = SyntheticCalendar.forYear(SchoolYear.of(2024));
    assertThat(calendar.isSchoolDay(LocalDate.of(2024, 10, 2))).isFalse();
    assertThat(calendar.isSchoolDay(LocalDate.of(2024, 9, 29))).isTrue(); // Sunday make-up
    assertThat(calendar.isSchoolDay(LocalDate.of(2024, 10, 12))).isTrue(); // Saturday make-up
    assertThat(calendar.isSchoolDay(LocalDate.of(2025, 2, 3))).isFalse(); // winter break
    assertThat(COUNTY.schoolDays().size()).isBetween(170, 200);
  }

  @Test
  @Tag("R-TIME-2")
  void calendarIsValidForEverySchoolYear() { // R-TIME-2: every year, exhaustively
    for (int y = 1990; y <= 2150; y++) {
      var calendar = SyntheticCalendar.forYear(SchoolYear.of(y));
      assertThat(calendar.termsIn(SchoolYear.of(y))).hasSize(2);
      assertThat(calendar.makeUpDays())
          .hasSize(4)
          .allSatisfy(d -> assertThat(d.getDayOfWeek().getValue()).isGreaterThanOrEqualTo(6));
      long days =
          calendar.schoolDaysBetween(SchoolYear.of(y).start(), SchoolYear.of(y).end());
      assertThat(days).isBetween(170L, 200L);
    }
  }

  @Test
  void specRejectsImpossibleValuesNamingThem() {
    assertThatThrownBy(() -> CountySpec.builder().students(0).build())
        .hasMessageContaining("students")
        .hasMessageContaining(": 0");
    assertThatThrownBy(() -> CountySpec.builder().returnPerMille(1001).build())
        .hasMessageContaining("returnPerMille");
  }
}
