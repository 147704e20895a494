package org.kbbx.core.responsibility;

/**
 * The kinds of guarantee assignment (包保, R-RC-4, seed 002).
 *
 * <p>The last two are guarantees by people who are not teachers (R-RC-16); they add a guarantor
 * and never stand for the teacher guarantor R-RC-5 asks of every priority student.
 *
 * <p>Seed 002: 教师包保到学生,就读学校领导包保到教师,县教体局相关股室包保到乡镇,局领导班子成员联系乡镇分工进行包保.
 */
public enum GuaranteeKind {
  /** 教师包保学生: a teacher guarantees a student. */
  TEACHER_STUDENT("教师包保学生", Role.TEACHER),
  /** 学校领导包保教师: a school leader guarantees a teacher of the same school. */
  SCHOOL_LEADER_TEACHER("学校领导包保教师", Role.SCHOOL_LEADER),
  /** 局股室包保乡镇: a bureau section guarantees a township. */
  BUREAU_SECTION_TOWNSHIP("局股室包保乡镇", Role.BUREAU_SECTION),
  /** 局领导包保乡镇: a bureau leader guarantees a township. */
  BUREAU_LEADER_TOWNSHIP("局领导包保乡镇", Role.BUREAU_LEADER),
  /** 帮扶责任人包保学生: a poverty-relief responsible person guarantees a child (R-RC-16, seed 004 留坝). */
  RELIEF_RESPONSIBLE_STUDENT("帮扶责任人包保学生", Role.RELIEF_RESPONSIBLE),
  /** 村级控辍信息管理员包保学生: a village officer guarantees a child of the village (R-RC-16, seed 004 西乡). */
  VILLAGE_OFFICER_STUDENT("村级控辍信息管理员包保学生", Role.VILLAGE_DROPOUT_OFFICER);

  private final String chineseLabel;
  private final Role guarantorRole;

  GuaranteeKind(String chineseLabel, Role guarantorRole) {
    this.chineseLabel = chineseLabel;
    this.guarantorRole = guarantorRole;
  }

  /** Returns the Chinese label, for example {@code 教师包保学生}. */
  public String chineseLabel() {
    return chineseLabel;
  }

  /** Returns the role the guarantor must hold. */
  public Role guarantorRole() {
    return guarantorRole;
  }
}
