package org.kbbx.core.responsibility;

/**
 * The four kinds of guarantee assignment (包保, R-RC-4, seed 002).
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
  BUREAU_LEADER_TOWNSHIP("局领导包保乡镇", Role.BUREAU_LEADER);

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
