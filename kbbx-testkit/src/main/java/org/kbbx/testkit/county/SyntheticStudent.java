package org.kbbx.testkit.county;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.id.ResidentId;
import org.kbbx.core.id.StudentNumber;
import org.kbbx.core.internal.KbbxStyle;
import org.kbbx.core.person.PriorityGroup;
import org.kbbx.core.person.Sex;
import org.kbbx.core.school.Grade;
import org.kbbx.core.status.StatusEvent;
import org.kbbx.core.time.SchoolYear;

/**
 * One synthetic student for the county's school year: who, where, and what happened.
 *
 * <p>The absence marks are in date order, on school days only. A school day without a mark is a
 * day attended while the student is attending. {@link #returnedOn()} is the day the student came
 * back after a run of absences, if she did; a consumer applies it as a return (返校复学) event
 * when the run has made her suspected or dropped out (R-ABS-4).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@KbbxStyle
public abstract class SyntheticStudent {

  SyntheticStudent() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The student number (学籍号), unique in the county.
   *
   * @return the number
   */
  public abstract StudentNumber number();

  /**
   * The resident ID (居民身份证号码): valid, masked in {@code toString()}, not guaranteed unique.
   *
   * @return the ID
   */
  public abstract ResidentId residentId();

  /**
   * The sex, consistent with the resident ID.
   *
   * @return the sex
   */
  public abstract Sex sex();

  /**
   * The birth date, the same as in the resident ID.
   *
   * @return the birth date
   */
  public abstract LocalDate birthDate();

  /**
   * The school's id.
   *
   * @return the school id
   */
  public abstract String schoolId();

  /**
   * The grade in the county's school year.
   *
   * @return the grade
   */
  public abstract Grade grade();

  /**
   * The home village.
   *
   * @return a village-level code
   */
  public abstract DivisionCode village();

  /**
   * The priority groups the student belongs to; often none.
   *
   * @return the groups
   */
  public abstract Set<PriorityGroup> groups();

  /**
   * The date the student's record became active at the school: the first day of the school year
   * in which she entered grade 1 (or joined the school's level), or a day during the year for a
   * late arrival.
   *
   * @return the enrolment date
   */
  public abstract LocalDate enrolled();

  /**
   * The absence marks, in date order: those of the county's school year, and the runs of absence
   * of earlier years that made her a suspected dropout or a dropout.
   *
   * @return the marks
   */
  public abstract List<Absence> absences();

  /**
   * The school day the student came back after her run of absences, if she did.
   *
   * @return the return day, or empty
   */
  public abstract Optional<LocalDate> returnedOn();

  /**
   * The student's record history (学籍), in the order written: the intake (grade-1 {@code ENROL}),
   * each year's {@code PROMOTE}, {@code REPEAT} or {@code PROGRESS_TO_JUNIOR} on 1 September,
   * transfers ({@code TRANSFER_OUT} and {@code CONFIRM_TRANSFER_IN}, within the township or from and
   * to schools outside the county), approved suspensions and their {@code RESUME}, each return
   * ({@code RETURN}, after the escalation's events of the day) and the exit ({@code COMPLETE},
   * {@code DEATH}). Suspected dropout and dropout are not here: they follow from {@link
   * #absences()} under a profile (R-ABS-2, R-ABS-3).
   *
   * @return the status events, empty for a student built without history
   */
  public abstract List<StatusEvent> history();

  /**
   * The school year in which the student left the county's schools (completed before the county's
   * year, dropped out without return, died, moved out of the county), if she did.
   *
   * @return the year she left, or empty for a student still on the roll at the year's end
   */
  public abstract Optional<SchoolYear> leftIn();

  /**
   * The teacher who guarantees this student (包保), if one was assigned.
   *
   * @return the teacher's id, or empty
   */
  public abstract Optional<String> guarantor();

  /**
   * Returns the student number as text (a shortcut for maps keyed by student).
   *
   * @return the unmasked student number
   */
  public String id() {
    return number().unmasked();
  }

  /**
   * Returns whether the student belongs to at least one priority group.
   *
   * @return true for a priority student
   */
  public boolean isPriority() {
    return !groups().isEmpty();
  }

  /**
   * Returns the student with the number and ID masked and without the birth date: the masked ID
   * and its birth date together would be the full number (R-ID-5).
   */
  @Override
  public String toString() {
    return "SyntheticStudent{number=" + number() + ", residentId=" + residentId() + ", school="
        + schoolId() + ", grade=" + grade() + ", village=" + village() + ", groups=" + groups()
        + "}";
  }

  /**
   * Builds a {@link SyntheticStudent}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableSyntheticStudent.Builder {
    Builder() {}
  }
}
