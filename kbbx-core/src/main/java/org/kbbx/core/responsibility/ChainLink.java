package org.kbbx.core.responsibility;

import io.vavr.control.Option;
import java.util.Objects;

/**
 * A link between two adjacent levels of one line (R-RC-2), the unit a responsibility letter
 * (责任书, R-RC-3) backs.
 *
 * <p>Seed 000: 县政府与乡镇政府、乡镇政府与村民自治组织、村民自治组织与村民为一条线;教育局与学校、学校与教师、
 * 教师与家长为一条线,层层签订责任书.
 */
public enum ChainLink {
  /** 县政府—乡镇政府: county head to township head. */
  COUNTY_TOWNSHIP(Line.GOVERNMENT, Role.COUNTY_HEAD, Role.TOWNSHIP_HEAD, "县政府—乡镇政府"),
  /** 乡镇政府—村民自治组织: township head to village director. */
  TOWNSHIP_VILLAGE(Line.GOVERNMENT, Role.TOWNSHIP_HEAD, Role.VILLAGE_DIRECTOR, "乡镇政府—村委会"),
  /** 村民自治组织—村民: village director to parent. */
  VILLAGE_HOUSEHOLD(Line.GOVERNMENT, Role.VILLAGE_DIRECTOR, Role.PARENT, "村委会—家长"),
  /** 教育局—学校: bureau director to principal. */
  BUREAU_SCHOOL(Line.EDUCATION, Role.BUREAU_DIRECTOR, Role.PRINCIPAL, "教育局—学校"),
  /** 学校—教师: principal to teacher. */
  SCHOOL_TEACHER(Line.EDUCATION, Role.PRINCIPAL, Role.TEACHER, "学校—教师"),
  /** 教师—家长: teacher to parent. */
  TEACHER_PARENT(Line.EDUCATION, Role.TEACHER, Role.PARENT, "教师—家长");

  private final Line line;
  private final Role upper;
  private final Role lower;
  private final String chineseLabel;

  ChainLink(Line line, Role upper, Role lower, String chineseLabel) {
    this.line = line;
    this.upper = upper;
    this.lower = lower;
    this.chineseLabel = chineseLabel;
  }

  /** Returns the line this link belongs to. */
  public Line line() {
    return line;
  }

  /** Returns the role at the upper (wider) end. */
  public Role upper() {
    return upper;
  }

  /** Returns the role at the lower end. */
  public Role lower() {
    return lower;
  }

  /** Returns the Chinese label, for example {@code 教育局—学校}. */
  public String chineseLabel() {
    return chineseLabel;
  }

  /**
   * Returns the link between two roles that are adjacent on a line, upper first, or none when
   * they are not adjacent (a letter between them is not a link of either line, R-RC-3).
   *
   * @param upper the upper role, not null
   * @param lower the lower role, not null
   * @return the link, or none
   */
  public static Option<ChainLink> between(Role upper, Role lower) {
    Objects.requireNonNull(upper, "upper");
    Objects.requireNonNull(lower, "lower");
    for (ChainLink link : values()) {
      if (link.upper == upper && link.lower == lower) {
        return Option.some(link);
      }
    }
    return Option.none();
  }
}
