package org.kbbx.reporting.reconciliation;

/**
 * The one class the reconciliation gives each person (R-LED-2, 人籍一致 / 四查三比对).
 *
 * <p>"Record here" means a held record ({@link RecordStatus#isHeld()}) at a county school;
 * "present" means the person's latest presence rows mark the person present at a county school.
 *
 * <table>
 *   <caption>Class by record and presence</caption>
 *   <tr><th>record here</th><th>present</th><th>class</th></tr>
 *   <tr><td>yes</td><td>at a record school</td><td>{@link #CONSISTENT}</td></tr>
 *   <tr><td>yes</td><td>only at another school</td><td>{@link #PERSON_HERE_RECORD_ELSEWHERE}</td></tr>
 *   <tr><td>yes</td><td>no</td><td>{@link #RECORD_HERE_PERSON_ABSENT}</td></tr>
 *   <tr><td>no</td><td>yes</td><td>{@link #PERSON_HERE_RECORD_ELSEWHERE}</td></tr>
 *   <tr><td>no</td><td>no</td><td>{@link #NO_RECORD}</td></tr>
 * </table>
 *
 * <p>This class is immutable and thread-safe.
 */
public enum PersonClass {
  /** 人籍一致: record held at a county school and present at that school. */
  CONSISTENT("人籍一致", "consistent"),
  /** 无学籍 (失学 when of compulsory age): no record held here and not present at any school. */
  NO_RECORD("无学籍", "no record"),
  /** 人在籍不在: present at a school that does not hold the person's record. */
  PERSON_HERE_RECORD_ELSEWHERE("人在籍不在", "person here, record elsewhere"),
  /** 籍在人不在: record held here, person not present (possible dropout, 辍学). */
  RECORD_HERE_PERSON_ABSENT("籍在人不在", "record here, person absent");

  private final String chineseLabel;
  private final String englishLabel;

  PersonClass(String chineseLabel, String englishLabel) {
    this.chineseLabel = chineseLabel;
    this.englishLabel = englishLabel;
  }

  /**
   * Returns whether a person of this class is out of school for the priority cross-check
   * (无学籍 or 籍在人不在).
   *
   * @return true for {@link #NO_RECORD} and {@link #RECORD_HERE_PERSON_ABSENT}
   */
  public boolean isOutOfSchool() {
    return this == NO_RECORD || this == RECORD_HERE_PERSON_ABSENT;
  }

  /**
   * Returns the Chinese label, for example {@code 籍在人不在}.
   *
   * @return the label, never null
   */
  public String chineseLabel() {
    return chineseLabel;
  }

  /**
   * Returns the English label.
   *
   * @return the label, never null
   */
  public String englishLabel() {
    return englishLabel;
  }
}
