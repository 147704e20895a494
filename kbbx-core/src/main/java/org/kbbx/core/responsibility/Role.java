package org.kbbx.core.responsibility;

import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * The one vocabulary of seats (R-RC-1, R-RC-14): who acts, who is told and who holds a seat on the
 * responsibility chain, used alike by the organisation, the routing, the profile's required
 * actions, obligations and case events.
 *
 * <p>Two kinds of constant ({@link Kind}): a {@link Kind#SEAT} is a seat one person holds (the
 * seven heads 县长, 教育局长, 乡(镇)长, 村委会主任, 校长, 师长, 家长; the guarantors of the guarantee
 * system 包保, R-RC-4; the township education centre director, R-RC-7, R-RC-12). A {@link Kind#BODY}
 * is an institution that policy texts name as acting or receiving a report (学校, 乡镇人民政府,
 * 县教育局, 县政府教育督导室 …); inside the county it answers through the seat of its {@link #head()}
 * (the school through its principal, the township government through the township head), outside
 * it (the city bureau, the household-registration county's bureau) it has no head seat here.
 *
 * <p>For a student, {@link #TEACHER} (师长) is the class teacher (班主任, R-RC-10) and {@link
 * #GUARANTOR} the teacher who guarantees the student (包保教师), if any.
 *
 * <p>This class is immutable and thread-safe.
 */
public enum Role {
  /** 县长: county head, top of the government line. */
  COUNTY_HEAD("县长", "county head", true, null),
  /** 教育局长: education bureau director, top of the education line. */
  BUREAU_DIRECTOR("教育局长", "education bureau director", true, null),
  /** 乡(镇)长: township head (community head in towns); first responsible person (R-RC-7). */
  TOWNSHIP_HEAD("乡(镇)长", "township head", true, null),
  /** 村委会主任: village committee director (community director). */
  VILLAGE_DIRECTOR("村委会主任", "village committee director", true, null),
  /** 校长: school principal; direct responsible person (R-RC-7). */
  PRINCIPAL("校长", "principal", true, null),
  /** 师长: a teacher of a school; for a student, the class teacher (班主任, R-RC-10). */
  TEACHER("师长", "teacher (class teacher)", true, null),
  /** 家长: parent or guardian (家长/监护人). */
  PARENT("家长", "parent or guardian", true, null),
  /** 学校领导: a member of a school's leadership who guarantees teachers (seed 002). */
  SCHOOL_LEADER("学校领导", "school leader", false, null),
  /** 局领导: a member of the bureau's leadership who guarantees townships (seed 002). */
  BUREAU_LEADER("局领导", "bureau leader", false, null),
  /** 局股室: a section of the education bureau that guarantees townships (seed 002). */
  BUREAU_SECTION("局股室", "bureau section", false, null),
  /** 教育管理中心主任: township education centre director; direct responsible person (R-RC-7). */
  EDUCATION_CENTRE_DIRECTOR("教育管理中心主任", "township education centre director", false, null),
  /**
   * 包保责任人: the person who guarantees a student (R-RC-4, R-RC-10); a routing role only, the seat
   * it names is the guarantor's own teacher seat. A guarantee adds this person, it never replaces
   * the class teacher.
   */
  GUARANTOR("包保责任人", "guarantor", false, null),
  /**
   * 帮扶责任人: a poverty-relief responsible person who guarantees named children (R-RC-16, seed 004
   * 留坝: 对孤儿、残疾儿童、留守儿童… 落实了帮扶责任人); not a teacher.
   */
  RELIEF_RESPONSIBLE("帮扶责任人", "poverty-relief responsible person", false, null),
  /**
   * 村级控辍信息管理员: a village's control-dropout information officer who guarantees named children of
   * the village (R-RC-16, seed 004 西乡); not a teacher.
   */
  VILLAGE_DROPOUT_OFFICER("村级控辍信息管理员", "village control-dropout information officer", false, null),
  /** 学校: the school, answering through its principal. */
  SCHOOL("学校", "school", false, PRINCIPAL),
  /** 乡镇教管中心: the township education centre (R-RC-12), answering through its director. */
  TOWNSHIP_EDUCATION_CENTRE(
      "乡镇教管中心", "township education centre", false, EDUCATION_CENTRE_DIRECTOR),
  /** 乡镇人民政府（街道办事处）: the township government, answering through the township head. */
  TOWNSHIP_GOVERNMENT("乡镇人民政府", "township government", false, TOWNSHIP_HEAD),
  /** 村（居）民委员会: the village or residents' committee, answering through its director. */
  VILLAGE_COMMITTEE("村（居）民委员会", "village committee", false, VILLAGE_DIRECTOR),
  /** 县教育局（教体局）: the county education bureau, answering through its director. */
  COUNTY_EDUCATION_BUREAU("县教育局", "county education bureau", false, BUREAU_DIRECTOR),
  /** 县人民政府: the county government, answering through the county head. */
  COUNTY_GOVERNMENT("县人民政府", "county government", false, COUNTY_HEAD),
  /** 县政府教育督导室: the county government's education supervision office (seed 000 三(一)); no seat here. */
  SUPERVISION_OFFICE("县政府教育督导室", "county education supervision office", false, null),
  /** 市教育局: the city education bureau, outside the county; no seat here. */
  CITY_EDUCATION_BUREAU("市教育局", "city education bureau", false, null),
  /** 户籍所在地教育行政部门: the education bureau of the household-registration county (R-CASE-3); no seat here. */
  HOUSEHOLD_REGISTRATION_BUREAU(
      "户籍所在地教育行政部门", "bureau of the household-registration county", false, null);

  /** Whether a role is a seat one person holds or an institution. */
  public enum Kind {
    /** 岗位: a seat one person holds. */
    SEAT,
    /** 单位: an institution, answering through its head's seat when it has one in the county. */
    BODY
  }

  private final String chineseLabel;
  private final String englishLabel;
  private final boolean sevenHead;
  private final Role head;

  Role(String chineseLabel, String englishLabel, boolean sevenHead, Role head) {
    this.chineseLabel = chineseLabel;
    this.englishLabel = englishLabel;
    this.sevenHead = sevenHead;
    this.head = head;
  }

  /**
   * Returns whether this role is a seat or a body: every constant from {@link #SCHOOL} on is a
   * body.
   *
   * @return the kind, never null
   */
  public Kind kind() {
    return ordinal() >= SCHOOL.ordinal() ? Kind.BODY : Kind.SEAT;
  }

  /**
   * Returns the seat through which a body answers inside the county: {@code SCHOOL → PRINCIPAL},
   * {@code TOWNSHIP_EDUCATION_CENTRE → EDUCATION_CENTRE_DIRECTOR}, {@code TOWNSHIP_GOVERNMENT →
   * TOWNSHIP_HEAD}, {@code VILLAGE_COMMITTEE → VILLAGE_DIRECTOR}, {@code COUNTY_EDUCATION_BUREAU →
   * BUREAU_DIRECTOR}, {@code COUNTY_GOVERNMENT → COUNTY_HEAD}; none for a seat and for a body
   * without a seat in the county's organisation.
   *
   * @return the head's role, or none
   */
  public Option<Role> head() {
    return Option.of(head);
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
