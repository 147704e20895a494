package org.kbbx.core.responsibility;

import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * A role on the responsibility chain: the seven heads (七长负责制, R-RC-1) and the guarantors of the
 * guarantee system (包保, R-RC-4).
 *
 * <p>The seven heads, from the widest: county head, education bureau director, township head,
 * village committee director, principal, teacher (师长) and parent or guardian. The other roles take
 * part in guarantee assignments (seed 002) or carry direct responsibility (seed 000) without being
 * one of the seven.
 */
public enum Role {
  /** 县长: county head, top of the government line. */
  COUNTY_HEAD("县长", "county head", true),
  /** 教育局长: education bureau director, top of the education line. */
  BUREAU_DIRECTOR("教育局长", "education bureau director", true),
  /** 乡(镇)长: township head (community head in towns); first responsible person (R-RC-7). */
  TOWNSHIP_HEAD("乡(镇)长", "township head", true),
  /** 村委会主任: village committee director (community director). */
  VILLAGE_DIRECTOR("村委会主任", "village committee director", true),
  /** 校长: school principal; direct responsible person (R-RC-7). */
  PRINCIPAL("校长", "principal", true),
  /** 师长: the teacher who answers for a child (guarantor teacher or class teacher). */
  TEACHER("师长", "teacher", true),
  /** 家长: parent or guardian. */
  PARENT("家长", "parent or guardian", true),
  /** 学校领导: a member of a school's leadership who guarantees teachers (seed 002). */
  SCHOOL_LEADER("学校领导", "school leader", false),
  /** 局领导: a member of the bureau's leadership who guarantees townships (seed 002). */
  BUREAU_LEADER("局领导", "bureau leader", false),
  /** 局股室: a section of the education bureau that guarantees townships (seed 002). */
  BUREAU_SECTION("局股室", "bureau section", false),
  /** 教育管理中心主任: township education centre director; direct responsible person (R-RC-7). */
  EDUCATION_CENTRE_DIRECTOR("教育管理中心主任", "township education centre director", false);

  private final String chineseLabel;
  private final String englishLabel;
  private final boolean sevenHead;

  Role(String chineseLabel, String englishLabel, boolean sevenHead) {
    this.chineseLabel = chineseLabel;
    this.englishLabel = englishLabel;
    this.sevenHead = sevenHead;
  }

  /** Returns the Chinese label, for example {@code 村委会主任}. */
  public String chineseLabel() {
    return chineseLabel;
  }

  /** Returns the English label. */
  public String englishLabel() {
    return englishLabel;
  }

  /** Returns whether this role is one of the seven heads (R-RC-1). */
  public boolean isSevenHead() {
    return sevenHead;
  }

  /**
   * Returns the seven heads in the order seed 000 lists them (R-RC-1): 县长, 教育局长, 乡(镇)长, 村委会主任,
   * 校长, 师长, 家长.
   *
   * @return the seven roles
   */
  public static List<Role> sevenHeads() {
    return List.of(values()).filter(Role::isSevenHead);
  }

  /**
   * Returns the degree of responsibility this role carries for dropout control in its township
   * (R-RC-7): the township head is first responsible, the education centre director and the
   * principal are directly responsible; other roles carry none of the two.
   *
   * @return the degree, or none
   */
  public Option<ResponsibilityDegree> degree() {
    switch (this) {
      case TOWNSHIP_HEAD:
        return Option.some(ResponsibilityDegree.FIRST);
      case EDUCATION_CENTRE_DIRECTOR:
      case PRINCIPAL:
        return Option.some(ResponsibilityDegree.DIRECT);
      default:
        return Option.none();
    }
  }

  /**
   * Returns whether this is a head role whose holder a {@link PositionHolding#ONE_HEAD_POSITION}
   * profile limits to one position: county head, bureau director, township head, village director,
   * principal and education centre director.
   *
   * @return true for the leading roles
   */
  public boolean isLeadingRole() {
    switch (this) {
      case COUNTY_HEAD:
      case BUREAU_DIRECTOR:
      case TOWNSHIP_HEAD:
      case VILLAGE_DIRECTOR:
      case PRINCIPAL:
      case EDUCATION_CENTRE_DIRECTOR:
        return true;
      default:
        return false;
    }
  }
}
