package org.kbbx.spark.rate;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;

/**
 * One child's facts for one school year as a flat Spark row: the column form of {@link
 * org.kbbx.reporting.rate.StudentYear}, readable from Parquet, ORC or a table with {@code
 * Encoders.bean(StudentYearRow.class)}.
 *
 * <p>Column meanings are those of {@code StudentYear}; codes are plain values so that the row maps
 * to a relational schema: divisions are 12-digit numbers (R-DIV-1), the sex and priority groups are
 * enum names ({@code MALE}, {@code REGISTERED_POOR}), grades are 1–9. Null means absent. Rows are
 * untrusted: {@link StudentYearRows#toStudentYear(StudentYearRow)} validates them.
 *
 * <p>This is a mutable Java bean, as Spark's bean encoder requires; it is not thread-safe. Do not
 * share an instance between threads.
 */
public final class StudentYearRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private int schoolYear;
  private String schoolId;
  private Long schoolDivision;
  private Long householdDivision;
  private String sex;
  private String[] priorityGroups = new String[0];
  private Integer grade;
  private Integer expectedGrade;
  private boolean compulsoryAge;
  private boolean enrolled;
  private boolean droppedOut;
  private boolean repeater;
  private boolean completer;
  private boolean transferredIn;
  private boolean transferredOut;
  private boolean enrolledForPopulation;
  private boolean completedCompulsory;
  private boolean deferred;
  private boolean entrant;
  private String gradeSystem;
  private String householdGradeSystem;

  /** Creates an empty row, for Spark's bean encoder. */
  public StudentYearRow() {}

  /** Returns the start year of the school year, for example 2025 for 2025-2026. */
  public int getSchoolYear() {
    return schoolYear;
  }

  /** Sets the start year of the school year. */
  public void setSchoolYear(int schoolYear) {
    this.schoolYear = schoolYear;
  }

  /** Returns the id of the school holding the record, or null. */
  public String getSchoolId() {
    return schoolId;
  }

  /** Sets the id of the school holding the record, or null. */
  public void setSchoolId(String schoolId) {
    this.schoolId = schoolId;
  }

  /** Returns the 12-digit division the school lies in, or null. */
  public Long getSchoolDivision() {
    return schoolDivision;
  }

  /** Sets the 12-digit division the school lies in, or null. */
  public void setSchoolDivision(Long schoolDivision) {
    this.schoolDivision = schoolDivision;
  }

  /** Returns the 12-digit household division, or null when not on the population list. */
  public Long getHouseholdDivision() {
    return householdDivision;
  }

  /** Sets the 12-digit household division, or null. */
  public void setHouseholdDivision(Long householdDivision) {
    this.householdDivision = householdDivision;
  }

  /** Returns the sex as a {@link org.kbbx.core.person.Sex} name. */
  public String getSex() {
    return sex;
  }

  /** Sets the sex as a {@link org.kbbx.core.person.Sex} name. */
  public void setSex(String sex) {
    this.sex = sex;
  }

  /** Returns the priority groups as {@link org.kbbx.core.person.PriorityGroup} names (a copy). */
  public String[] getPriorityGroups() {
    return priorityGroups == null ? null : priorityGroups.clone();
  }

  /** Sets the priority groups as {@link org.kbbx.core.person.PriorityGroup} names (copied). */
  public void setPriorityGroups(String[] priorityGroups) {
    this.priorityGroups = priorityGroups == null ? null : priorityGroups.clone();
  }

  /** Returns the grade of the record, 1–9, or null. */
  public Integer getGrade() {
    return grade;
  }

  /** Sets the grade of the record, 1–9, or null. */
  public void setGrade(Integer grade) {
    this.grade = grade;
  }

  /** Returns the expected grade for the child's age (R-AGE-3), 1–9, or null. */
  public Integer getExpectedGrade() {
    return expectedGrade;
  }

  /** Sets the expected grade, 1–9, or null. */
  public void setExpectedGrade(Integer expectedGrade) {
    this.expectedGrade = expectedGrade;
  }

  /** Returns whether the child is of compulsory age (R-AGE-2). */
  public boolean isCompulsoryAge() {
    return compulsoryAge;
  }

  /** Sets whether the child is of compulsory age. */
  public void setCompulsoryAge(boolean compulsoryAge) {
    this.compulsoryAge = compulsoryAge;
  }

  /** Returns whether the child counts in the dropout denominator. */
  public boolean isEnrolled() {
    return enrolled;
  }

  /** Sets whether the child counts in the dropout denominator. */
  public void setEnrolled(boolean enrolled) {
    this.enrolled = enrolled;
  }

  /** Returns whether the child dropped out during the year (R-RATE-10). */
  public boolean isDroppedOut() {
    return droppedOut;
  }

  /** Sets whether the child dropped out during the year. */
  public void setDroppedOut(boolean droppedOut) {
    this.droppedOut = droppedOut;
  }

  /** Returns whether the child repeats its grade. */
  public boolean isRepeater() {
    return repeater;
  }

  /** Sets whether the child repeats its grade. */
  public void setRepeater(boolean repeater) {
    this.repeater = repeater;
  }

  /** Returns whether the child completed its level during the year. */
  public boolean isCompleter() {
    return completer;
  }

  /** Sets whether the child completed its level during the year. */
  public void setCompleter(boolean completer) {
    this.completer = completer;
  }

  /** Returns whether the child transferred in during the year. */
  public boolean isTransferredIn() {
    return transferredIn;
  }

  /** Sets whether the child transferred in during the year. */
  public void setTransferredIn(boolean transferredIn) {
    this.transferredIn = transferredIn;
  }

  /** Returns whether the child transferred out during the year. */
  public boolean isTransferredOut() {
    return transferredOut;
  }

  /** Sets whether the child transferred out during the year. */
  public void setTransferredOut(boolean transferredOut) {
    this.transferredOut = transferredOut;
  }

  /** Returns whether the child counts as enrolled for population-based rates (R-RATE-12). */
  public boolean isEnrolledForPopulation() {
    return enrolledForPopulation;
  }

  /** Sets whether the child counts as enrolled for population-based rates. */
  public void setEnrolledForPopulation(boolean enrolledForPopulation) {
    this.enrolledForPopulation = enrolledForPopulation;
  }

  /** Returns whether the child has completed compulsory education. */
  public boolean isCompletedCompulsory() {
    return completedCompulsory;
  }

  /** Sets whether the child has completed compulsory education. */
  public void setCompletedCompulsory(boolean completedCompulsory) {
    this.completedCompulsory = completedCompulsory;
  }

  /** Returns whether the child has an approved deferral of entry. */
  public boolean isDeferred() {
    return deferred;
  }

  /** Sets whether the child has an approved deferral of entry. */
  public void setDeferred(boolean deferred) {
    this.deferred = deferred;
  }

  /** Returns whether the child entered grade 1 or the first junior grade this year (R-RATE-16). */
  public boolean isEntrant() {
    return entrant;
  }

  /** Sets whether the child entered grade 1 or the first junior grade this year. */
  public void setEntrant(boolean entrant) {
    this.entrant = entrant;
  }

  /**
   * Returns the school's grade system ({@code SIX_THREE}, {@code FIVE_FOUR}), or null for the
   * job's (R-RATE-18).
   */
  public String getGradeSystem() {
    return gradeSystem;
  }

  /** Sets the school's grade system name, or null. */
  public void setGradeSystem(String gradeSystem) {
    this.gradeSystem = gradeSystem;
  }

  /** Returns the grade system of the household's jurisdiction, or null for the job's (R-RATE-18). */
  public String getHouseholdGradeSystem() {
    return householdGradeSystem;
  }

  /** Sets the household's grade system name, or null. */
  public void setHouseholdGradeSystem(String householdGradeSystem) {
    this.householdGradeSystem = householdGradeSystem;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StudentYearRow that
        && schoolYear == that.schoolYear
        && Objects.equals(schoolId, that.schoolId)
        && Objects.equals(schoolDivision, that.schoolDivision)
        && Objects.equals(householdDivision, that.householdDivision)
        && Objects.equals(sex, that.sex)
        && Arrays.equals(priorityGroups, that.priorityGroups)
        && Objects.equals(grade, that.grade)
        && Objects.equals(expectedGrade, that.expectedGrade)
        && Objects.equals(gradeSystem, that.gradeSystem)
        && Objects.equals(householdGradeSystem, that.householdGradeSystem)
        && flags() == that.flags();
  }

  private int flags() {
    boolean[] all = {
      compulsoryAge,
      enrolled,
      droppedOut,
      repeater,
      completer,
      transferredIn,
      transferredOut,
      enrolledForPopulation,
      completedCompulsory,
      deferred,
      entrant
    };
    int bits = 0;
    for (int i = 0; i < all.length; i++) {
      bits |= all[i] ? 1 << i : 0;
    }
    return bits;
  }

  @Override
  public int hashCode() {
    return Objects.hash(schoolYear, schoolId, householdDivision, grade, expectedGrade, flags());
  }

  @Override
  public String toString() {
    return "StudentYearRow{year=" + schoolYear + ", school=" + schoolId + ", household="
        + householdDivision + ", grade=" + grade + ", expectedGrade=" + expectedGrade + "}";
  }
}
