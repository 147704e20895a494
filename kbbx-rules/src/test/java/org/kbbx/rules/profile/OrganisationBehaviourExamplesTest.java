package org.kbbx.rules.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.responsibility.ChainLink;
import org.kbbx.core.responsibility.GuaranteeKind;
import org.kbbx.core.responsibility.Role;
import org.kbbx.rules.escalation.AlertCode;

/**
 * The organisation examples of R-RC-11..16 (R-PROF-3): the built-in profiles' cases hold, and a
 * wrong expectation is reported by the library with what it found.
 */
@Tag("R-RC-14")
class OrganisationBehaviourExamplesTest {

  static final Profiles BUILT_IN = Profiles.builtIn();

  private static <T extends OrganisationExample> List<T> examples(String id, Class<T> kind) {
    return BUILT_IN.effective(id).get().organisation().value().examples().stream()
        .filter(kind::isInstance)
        .map(kind::cast)
        .toList();
  }

  /** Runs {@code examples} as a vendor profile over HANZHONG_2018 and returns the failures. */
  private static List<String> failures(String parent, OrganisationExample... examples) {
    JurisdictionProfile vendor = JurisdictionProfile.builder()
        .from(BUILT_IN.get(parent).get())
        .id("VENDOR_2025")
        .organisation(Sourced.of(
            OrganisationSettings.national().withExamples(List.of(examples)),
            Source.of("vendor", "test")))
        .build();
    Profiles profiles = BUILT_IN.with(List.of(vendor)).get();
    return ProfileExamples.organisationFailures(
            profiles.effective("VENDOR_2025").get())
        .toJavaList();
  }

  @Test
  @Tag("R-RC-13")
  @Tag("R-PROF-3")
  void yundouSurveysEachVillageOnceAndGapsAreFindingsNotBuildFailures() {
    List<OrganisationExample.Survey> surveys =
        examples("YUNDOU_2022", OrganisationExample.Survey.class);
    assertThat(surveys).hasSize(2);
    assertThat(surveys.get(0).surveys()).hasSize(13);
    assertThat(surveys.get(0).findings()).isEmpty();
    assertThat(surveys.get(1).findings())
        .anyMatch(f -> f.startsWith("VILLAGE_SURVEYED_BY_SEVERAL_SCHOOLS: village 齐建村"))
        .anyMatch(f -> f.startsWith("VILLAGE_WITHOUT_SURVEY_SCHOOL: village 沙湾村"));
    assertThat(ProfileExamples.organisationFailures(
            BUILT_IN.effective("YUNDOU_2022").get()))
        .isEmpty();
    Map<String, List<String>> both = new LinkedHashMap<>();
    both.put("齐建村", List.of("甲校", "乙校"));
    both.put("先联村", List.of("甲校"));
    assertThat(failures(
            "YUNDOU_2022", new OrganisationExample.Survey("claims no gap", both, List.of())))
        .containsExactly("VENDOR_2025: claims no gap: expected survey findings [] but found"
            + " [VILLAGE_SURVEYED_BY_SEVERAL_SCHOOLS: village 齐建村 is assigned to several survey"
            + " schools: 甲校, 乙校]");
  }

  @Test
  @Tag("R-RC-15")
  @Tag("R-PROF-3")
  void aVacatedTeacherIsShownVacantAndThePrincipalActsOnceUntold() {
    List<OrganisationExample.Vacancy> vacancies =
        examples("HANZHONG_2018", OrganisationExample.Vacancy.class);
    assertThat(vacancies).singleElement().satisfies(v -> {
      assertThat(v.vacant()).isEqualTo(Role.TEACHER);
      assertThat(v.acting()).containsExactly("校长 for TEACHER");
      assertThat(v.informed()).doesNotContain("校长");
    });
    // the library disagrees with a route that lists the stand-in twice
    assertThat(failures(
            "HANZHONG_2018",
            new OrganisationExample.Vacancy(
                "principal twice",
                Role.TEACHER,
                AlertCode.HOME_VISIT_REQUIRED,
                List.of("BROKEN_LINK: no one holds 师长@示例学校/班主任"),
                List.of("校长 for TEACHER", "校长"),
                List.of("乡(镇)长", "教育局长", "校长"))))
        .containsExactly("VENDOR_2025: principal twice: expected acting [校长 for TEACHER, 校长]"
            + " but found [校长 for TEACHER]");
  }

  @Test
  @Tag("R-RC-12")
  @Tag("R-RC-15")
  @Tag("R-PROF-3")
  void aVacantCentreDirectorIsAFindingAndTheBureauDirectorStandsIn() {
    assertThat(examples("HEZHANG_2018", OrganisationExample.Vacancy.class))
        .singleElement()
        .satisfies(v -> {
          assertThat(v.vacant()).isEqualTo(Role.EDUCATION_CENTRE_DIRECTOR);
          assertThat(v.findings()).containsExactly("BROKEN_LINK: no one holds 教育管理中心主任@示例镇");
          assertThat(v.acting()).containsExactly("教育局长 for TOWNSHIP_EDUCATION_CENTRE");
        });
    assertThat(failures(
            "HEZHANG_2018",
            new OrganisationExample.Vacancy(
                "no finding",
                Role.EDUCATION_CENTRE_DIRECTOR,
                AlertCode.DROPOUT_CONFIRMATION_REQUIRED,
                List.of(),
                List.of(),
                List.of())))
        .containsExactly("VENDOR_2025: no finding: expected vacancy findings [] but found"
            + " [BROKEN_LINK: no one holds 教育管理中心主任@示例镇]");
  }

  @Test
  @Tag("R-RC-16")
  @Tag("R-PROF-3")
  void reliefPersonsAndVillageOfficersGuarantee() {
    assertThat(examples("HANZHONG_2018", OrganisationExample.OtherGuarantor.class))
        .extracting(OrganisationExample.OtherGuarantor::kind)
        .containsExactly(
            GuaranteeKind.RELIEF_RESPONSIBLE_STUDENT, GuaranteeKind.VILLAGE_OFFICER_STUDENT);
    assertThat(failures(
            "HANZHONG_2018",
            new OrganisationExample.OtherGuarantor(
                "nobody", GuaranteeKind.VILLAGE_OFFICER_STUDENT, List.of())))
        .containsExactly("VENDOR_2025: nobody: expected other guarantors [] but found"
            + " [村级控辍信息管理员@示例村/村级控辍信息管理员]");
  }

  @Test
  @Tag("R-RC-11")
  @Tag("R-PROF-3")
  void aGuardianOfTwoChildrenGetsOneLetterPerHousehold() {
    assertThat(examples("NATIONAL", OrganisationExample.Household.class))
        .extracting(OrganisationExample.Household::missingLetters)
        .containsOnly(1);
    assertThat(failures(
            "NATIONAL",
            new OrganisationExample.Household(
                "one letter per child", 3, ChainLink.TEACHER_PARENT, 3)))
        .containsExactly("VENDOR_2025: one letter per child: expected 3 missing 教师—家长 letters"
            + " to the household but found 1");
  }
}
