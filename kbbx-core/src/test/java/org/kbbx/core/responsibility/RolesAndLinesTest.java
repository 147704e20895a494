package org.kbbx.core.responsibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Option;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kbbx.core.person.PriorityGroup;
import org.kbbx.core.rate.Fraction;
import org.kbbx.core.rate.Rate;
import org.kbbx.core.school.SchoolLevel;

class RolesAndLinesTest {

  @Test
  @Tag("R-RC-1")
  void sevenHeadsInSeedOrder() {
    assertThat(Role.sevenHeads().map(Role::chineseLabel))
        .containsExactly("县长", "教育局长", "乡(镇)长", "村委会主任", "校长", "师长", "家长");
  }

  @Test
  @Tag("R-RC-14")
  void oneVocabularyOfSeatsAndBodies() {
    assertThat(Role.sevenHeads()).allMatch(role -> role.kind() == Role.Kind.SEAT);
    assertThat(io.vavr.collection.List.of(Role.values())
            .filter(role -> role.kind() == Role.Kind.BODY)
            .map(Role::chineseLabel))
        .containsExactly(
            "学校",
            "乡镇教管中心",
            "乡镇人民政府",
            "村（居）民委员会",
            "县教育局",
            "县人民政府",
            "县政府教育督导室",
            "市教育局",
            "户籍所在地教育行政部门");
    assertThat(Role.SCHOOL.head()).contains(Role.PRINCIPAL);
    assertThat(Role.TOWNSHIP_EDUCATION_CENTRE.head()).contains(Role.EDUCATION_CENTRE_DIRECTOR);
    assertThat(Role.TOWNSHIP_GOVERNMENT.head()).contains(Role.TOWNSHIP_HEAD);
    assertThat(Role.SUPERVISION_OFFICE.head()).isEmpty();
    // Every body's head is a seat, and no seat has a head.
    for (Role role : Role.values()) {
      assertThat(role.head().map(Role::kind).getOrElse(Role.Kind.SEAT)).isEqualTo(Role.Kind.SEAT);
      if (role.kind() == Role.Kind.SEAT) {
        assertThat(role.head()).isEmpty();
      }
    }
  }

  @Test
  @Tag("R-RC-2")
  void governmentLineGetsChildrenIn() {
    assertThat(Line.GOVERNMENT.levels())
        .containsExactly(Role.COUNTY_HEAD, Role.TOWNSHIP_HEAD, Role.VILLAGE_DIRECTOR, Role.PARENT);
    assertThat(Line.GOVERNMENT.duty()).isEqualTo(Duty.ENROLMENT);
    assertThat(Line.GOVERNMENT.duty().chineseLabel()).isEqualTo("进得来");
  }

  @Test
  @Tag("R-RC-2")
  void educationLineKeepsChildrenLearning() {
    assertThat(Line.EDUCATION.levels())
        .containsExactly(Role.BUREAU_DIRECTOR, Role.PRINCIPAL, Role.TEACHER, Role.PARENT);
    assertThat(Line.EDUCATION.duty().chineseLabel()).isEqualTo("留得住、学得好");
  }

  @Test
  @Tag("R-RC-2")
  void linksJoinAdjacentLevelsOfEachLine() {
    for (Line line : Line.values()) {
      assertThat(line.links()).hasSize(line.levels().size() - 1);
      for (int i = 0; i < line.links().size(); i++) {
        ChainLink link = line.links().get(i);
        assertThat(link.upper()).isEqualTo(line.levels().get(i));
        assertThat(link.lower()).isEqualTo(line.levels().get(i + 1));
      }
    }
  }

  @ParameterizedTest(name = "R-RC-3 {0} -> {1}: {2}")
  @CsvSource({
    "COUNTY_HEAD, TOWNSHIP_HEAD, COUNTY_TOWNSHIP",
    "BUREAU_DIRECTOR, PRINCIPAL, BUREAU_SCHOOL",
    "TEACHER, PARENT, TEACHER_PARENT",
    "COUNTY_HEAD, VILLAGE_DIRECTOR, ",
    "PRINCIPAL, BUREAU_DIRECTOR, ",
    "BUREAU_DIRECTOR, TEACHER, "
  })
  @Tag("R-RC-3")
  void onlyAdjacentLevelsFormALink(Role upper, Role lower, ChainLink expected) {
    assertThat(ChainLink.between(upper, lower)).isEqualTo(Option.of(expected));
  }

  @Test
  @Tag("R-RC-7")
  void firstAndDirectResponsibility() {
    assertThat(Role.TOWNSHIP_HEAD.degree()).contains(ResponsibilityDegree.FIRST);
    assertThat(Role.PRINCIPAL.degree()).contains(ResponsibilityDegree.DIRECT);
    assertThat(Role.EDUCATION_CENTRE_DIRECTOR.degree()).contains(ResponsibilityDegree.DIRECT);
    assertThat(Role.TEACHER.degree()).isEmpty();
    assertThat(ResponsibilityDegree.FIRST.chineseLabel()).isEqualTo("第一责任人");
  }

  @Test
  @Tag("R-RC-4")
  void liubaCapIsSixToEight() {
    GuaranteeCap cap = GuaranteeCap.of(6, 8);
    assertThat(cap.excess(8)).isZero();
    assertThat(cap.excess(11)).isEqualTo(3);
    assertThat(cap).hasToString("6-8");
  }

  @ParameterizedTest(name = "R-RC-4 cap {0}-{1} is rejected")
  @CsvSource({"0, 0", "-1, 5", "9, 8", "0, -3"})
  @Tag("R-RC-4")
  void capMustBePositiveAndOrdered(int minimum, int maximum) {
    assertThatThrownBy(() -> GuaranteeCap.of(minimum, maximum))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("GuaranteeCap");
  }

  @Test
  @Tag("R-RC-9")
  void rulesCarryStableCodesAndSanctions() {
    List<AccountabilityRule> rules = List.of(
        new AccountabilityRule.TownshipHeadInterview(
            SchoolLevel.JUNIOR_SECONDARY, Fraction.ofPercent("1.8")),
        new AccountabilityRule.PrincipalPayForfeit(2),
        new AccountabilityRule.OneVoteVeto(PriorityGroup.REGISTERED_POOR),
        new AccountabilityRule.OrderSelfExamination(1),
        new AccountabilityRule.PublicCriticism(3));
    assertThat(rules)
        .extracting(AccountabilityRule::code)
        .containsExactly(
            "TOWNSHIP_HEAD_INTERVIEW",
            "PRINCIPAL_PAY_FORFEIT",
            "ONE_VOTE_VETO",
            "ORDER_SELF_EXAMINATION",
            "PUBLIC_CRITICISM");
    assertThat(rules)
        .extracting(rule -> rule.sanction().chineseLabel())
        .containsExactly("约谈", "取消校长全年绩效工资并调整工作", "一票否决", "责令检查", "通报批评");
    assertThat(rules.get(1).chineseLabel()).isEqualTo("连续2学年辍学率超标取消校长全年绩效工资并调整工作");
  }

  @Test
  @Tag("R-RC-9")
  void ruleParametersAreChecked() {
    assertThatThrownBy(() -> new AccountabilityRule.PrincipalPayForfeit(0))
        .hasMessageContaining("consecutiveYears");
    assertThatThrownBy(() -> new AccountabilityRule.PublicCriticism(0))
        .hasMessageContaining("minimumFindings");
    assertThatThrownBy(() ->
            new AccountabilityRule.TownshipHeadInterview(SchoolLevel.PRIMARY, Fraction.of(-1, 100)))
        .hasMessageContaining("threshold");
  }

  @ParameterizedTest(name = "R-RC-9 {0}/{1} exceeds 0.6%: {2}")
  @CsvSource({"6, 1000, false", "7, 1000, true", "3, 500, false", "1, 166, true", "0, 0, false"})
  @Tag("R-RC-9")
  void thresholdIsExactAndStrict(long count, long base, boolean exceeds) {
    AccountabilityRule.TownshipHeadInterview rule = new AccountabilityRule.TownshipHeadInterview(
        SchoolLevel.PRIMARY, Fraction.ofPercent("0.6"));
    assertThat(rule.isExceededBy(Rate.of(count, base))).isEqualTo(exceeds);
  }

  @Test
  void nationalProfilePartRequiresEveryLetterAndNoCaps() {
    ResponsibilityProfile national = ResponsibilityProfile.national();
    assertThat(national.lettersRequired()).isEqualTo(EnumSet.allOf(ChainLink.class));
    assertThat(national.capFor(GuaranteeKind.TEACHER_STUDENT)).isEmpty();
    assertThat(national
            .withCap(GuaranteeKind.TEACHER_STUDENT, GuaranteeCap.of(6, 8))
            .capFor(GuaranteeKind.TEACHER_STUDENT))
        .contains(GuaranteeCap.of(6, 8));
  }
}
