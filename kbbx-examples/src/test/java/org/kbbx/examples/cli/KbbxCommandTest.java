package org.kbbx.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KbbxCommandTest {

  /** The result of one run: exit code, stdout, stderr. */
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = KbbxCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"demo", "evaluate", "cohort", "profiles", "profile", "diagram"})
  void everySubcommandHasHelp(String subcommand) {
    Run run = run(subcommand, "--help");
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("Usage: kbbx " + subcommand);
  }

  @Test
  void demoWithAnUnknownProfileIsBadInput() {
    Run run = run("demo", "--students", "100", "--profile", "NOPE");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("--profile").contains("NOPE");
  }

  @Test
  void demoJsonIsOneJsonDocument() {
    Run run = run("demo", "--students", "500", "--json");
    assertThat(run.code()).isZero();
    assertThat(run.out().trim()).startsWith("{").endsWith("}").contains("\"rates\"");
  }

  @Test
  void topLevelHelpListsTheExitCodes() {
    Run run = run("--help");
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("demo").contains("Exit codes");
  }

  @Test
  void unknownOptionIsAUsageError() {
    Run run = run("demo", "--no-such-option");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("--no-such-option");
  }

  @Test
  void missingSubcommandIsAUsageError() {
    assertThat(run().code()).isEqualTo(2);
  }

  @Test
  void impossibleStudentCountIsBadInputNamingTheOption() {
    Run run = run("demo", "--students", "0");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("--students").contains("0");
  }

  @Test
  void demoPrintsTheReport() {
    Run run = run("demo", "--students", "3000", "--seed", "5");
    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("Population")
        .contains("Students: 3,000")
        .contains("annual dropout rate")
        .contains("Registers")
        .contains("coverage")
        .contains("warning list");
    assertThat(run.err()).contains("processing 3,000 students");
  }

  @Test
  @Tag("R-AGE-1")
  @Tag("R-AGE-2")
  @Tag("R-AGE-3")
  void cohortPrintsTheCompulsoryBirthRangeAndTheChildsGrade() {
    Run run = run("cohort", "--school-year", "2022", "--birth-date", "2016-08-31");
    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("\"first\" : \"2006-09-01\"")
        .contains("\"last\" : \"2016-08-31\"")
        .contains("\"age\" : 6")
        .contains("\"ageClass\" : \"COMPULSORY_AGE\"")
        .contains("\"expectedGrade\" : 1");
    Run younger = run("cohort", "--school-year", "2022", "--birth-date", "2016-09-01");
    assertThat(younger.out()).contains("\"ageClass\" : \"BELOW_AGE\"");
  }

  @Test
  void cohortRejectsABadDateNamingTheOption() {
    Run run = run("cohort", "--school-year", "2022", "--birth-date", "2016-02-30");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("--birth-date").contains("2016-02-30");
  }

  @Test
  void cohortNeedsTheSchoolYear() {
    assertThat(run("cohort").code()).isEqualTo(2);
  }

  @Test
  @Tag("R-PROF-4")
  void profilesListsEveryBuiltInProfile() {
    Run run = run("profiles");
    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains(
            "NATIONAL",
            "HEZHANG_2018",
            "BISHAN_2024",
            "XX_COUNTY_2023",
            "YUNDOU_2022",
            "HANZHONG_2018");
  }

  @Test
  @Tag("R-PROF-1")
  void profileIsResolvedAlongItsChainNamingWhereEachSettingComesFrom() {
    Run run = run("profile", "HEZHANG_2018");
    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("\"chain\" : [ \"HEZHANG_2018\", \"NATIONAL\" ]")
        .contains("\"from\" : \"HEZHANG_2018\"")
        .contains("\"from\" : \"NATIONAL\"");
  }

  @Test
  @Tag("R-RC-11")
  @Tag("R-RC-17")
  @Tag("R-PROF-3")
  void profileShowsTheOrganisationSettingWithItsExamplesAndTheWorkFailureCauses() {
    String hanzhong = run("profile", "HANZHONG_2018").out();
    assertThat(hanzhong)
        .contains("\"organisation\"")
        .contains("\"letters\" : [ \"COUNTY_TOWNSHIP\", \"BUREAU_SCHOOL\" ]")
        .contains("局长对校长: the bureau director signs with every principal")
        .contains("两级责任书");
    String xx = run("profile", "XX_COUNTY_2023").out();
    assertThat(xx)
        .contains("\"causes\" : [ \"PRIORITY_CHILD_DROPOUT\"")
        .doesNotContain("COVERAGE_FINDING");
  }

  @Test
  @Tag("R-PROF-3")
  @Tag("R-RC-11")
  @Tag("R-RC-12")
  @Tag("R-RC-13")
  @Tag("R-RC-15")
  @Tag("R-RC-16")
  void profileShowsTheOrganisationBehaviourExamples() {
    assertThat(run("profile", "YUNDOU_2022").out())
        .contains("\"kind\" : \"SURVEY\"")
        .contains("\"齐建村\" : [ \"熨斗初级中学\", \"熨斗镇中心小学\" ]")
        .contains("VILLAGE_WITHOUT_SURVEY_SCHOOL: village 沙湾村 is assigned to no survey school");
    assertThat(run("profile", "HANZHONG_2018").out())
        .contains("\"kind\" : \"VACANCY\"")
        .contains("\"vacant\" : \"TEACHER\"")
        .contains("\"acting\" : [ \"校长 for TEACHER\" ]")
        .contains("\"guaranteeKind\" : \"RELIEF_RESPONSIBLE_STUDENT\"")
        .contains("\"guaranteeKind\" : \"VILLAGE_OFFICER_STUDENT\"");
    assertThat(run("profile", "HEZHANG_2018").out())
        .contains("\"vacant\" : \"EDUCATION_CENTRE_DIRECTOR\"")
        .contains("BROKEN_LINK: no one holds 教育管理中心主任@示例镇")
        .contains("\"acting\" : [ \"教育局长 for TOWNSHIP_EDUCATION_CENTRE\" ]");
    assertThat(run("profile", "NATIONAL").out())
        .contains("\"kind\" : \"HOUSEHOLD\"")
        .contains("\"children\" : 2")
        .contains("\"missingLetters\" : 1");
  }

  @Test
  @Tag("R-PROF-3")
  @Tag("R-RC-9")
  @Tag("R-RC-16")
  @Tag("R-RC-17")
  void profileShowsTheAccountabilityExamplesOfEveryProfileWithAccountabilityRules() {
    assertThat(run("profile", "XX_COUNTY_2023").out())
        .contains("\"accountabilityExamples\" : [ {")
        .contains("工作不力 (R-RC-17): a school with a late weekly zero report")
        .contains("\"rule\" : \"PUBLIC_CRITICISM\"")
        .contains("\"rule\" : \"ORDER_SELF_EXAMINATION\"")
        .contains("\"name\" : \"师长@示例甲镇中心校/示例班主任\"");
    assertThat(run("profile", "HEZHANG_2018").out())
        .contains("\"rule\" : \"TOWNSHIP_HEAD_INTERVIEW\"")
        .contains("\"rule\" : \"PRINCIPAL_PAY_FORFEIT\"");
    assertThat(run("profile", "HANZHONG_2018").out()).contains("\"rule\" : \"ONE_VOTE_VETO\"");
    assertThat(run("profile", "NATIONAL").out()).contains("\"accountabilityExamples\" : [ ]");
  }

  @Test
  void unknownProfileIsBadInputListingTheKnownOnes() {
    Run run = run("profile", "NOPE");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("NOPE").contains("XX_COUNTY_2023");
  }

  @Test
  @Tag("R-SM-1")
  void diagramDrawsTheStatusMachine() {
    assertThat(run("diagram").out()).startsWith("stateDiagram-v2").contains("SUSPECTED_DROPOUT");
    assertThat(run("diagram", "--format", "dot").out()).startsWith("digraph");
    assertThat(run("diagram", "--format", "svg").code()).isEqualTo(2);
  }
}
