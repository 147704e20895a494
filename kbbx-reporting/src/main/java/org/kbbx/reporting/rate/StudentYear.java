package org.kbbx.reporting.rate;

import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.internal.KbbxStyle;
import org.kbbx.core.person.PriorityGroup;
import org.kbbx.core.person.Sex;
import org.kbbx.core.school.Grade;
import org.kbbx.core.school.GradeSystem;
import org.kbbx.core.time.SchoolYear;

/**
 * The facts about one child for one school year that the rates count (R-RATE-2, R-RATE-14).
 *
 * <p>A child may be on a school's books ({@link #school()}), on the resident population list
 * ({@link #household()}), or both. {@link #contribution(GradeSystem)} turns the facts into the
 * counters the child adds:
 *
 * <table>
 * <caption>Which fact sets which counter</caption>
 * <tr><th>counter</th><th>set when</th><th>row</th></tr>
 * <tr><td>{@code ENROLLED}</td><td>{@link #enrolled()}</td><td>grade</td></tr>
 * <tr><td>{@code DROPPED_OUT}</td><td>{@link #droppedOut()}</td><td>grade</td></tr>
 * <tr><td>{@code REPEATERS}</td><td>{@link #repeater()}</td><td>grade</td></tr>
 * <tr><td>{@code COMPLETERS}</td><td>{@link #completer()}</td><td>grade</td></tr>
 * <tr><td>{@code TRANSFERS_IN} / {@code _OUT}</td><td>{@link #transferredIn()} /
 *     {@link #transferredOut()}</td><td>grade</td></tr>
 * <tr><td>{@code POPULATION}</td><td>on the population list and of compulsory age</td>
 *     <td>expected grade, 0 if none</td></tr>
 * <tr><td>{@code POPULATION_ENROLLED}</td><td>… and {@link #enrolledForPopulation()}</td>
 *     <td>expected grade</td></tr>
 * <tr><td>{@code POPULATION_IN_OFFICIAL_LEVEL}</td><td>… enrolled, with a grade whose level is the
 *     level of the expected grade</td><td>expected grade</td></tr>
 * <tr><td>{@code POPULATION_AT_OR_ABOVE_LEVEL}</td><td>… enrolled at that level or a higher one, or
 *     {@link #completedCompulsory()}</td><td>expected grade</td></tr>
 * <tr><td>{@code POPULATION_DEFERRED}</td><td>… and {@link #deferred()}</td>
 *     <td>expected grade</td></tr>
 * <tr><td>{@code POPULATION_COMPLETED}</td><td>… and {@link #completedCompulsory()}</td>
 *     <td>expected grade</td></tr>
 * </table>
 *
 * <p>Which record and schooling states give which facts is {@link StatusMembership}'s table.
 * Enrolment-side facts need a school and a grade; population-side facts need a household.
 *
 * <p>This class is immutable and thread-safe.
 */
@KbbxStyle
@Value.Immutable
public abstract class StudentYear {

  StudentYear() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StudentYear}; not thread-safe. */
  public static final class Builder extends ImmutableStudentYear.Builder {
    Builder() {}
  }

  /** The school year the facts describe. */
  public abstract SchoolYear schoolYear();

  /** The school whose books hold the child's record, if any. */
  public abstract Optional<SchoolRef> school();

  /** The household's division, present when the child is on the resident population list. */
  public abstract Optional<DivisionCode> household();

  /** The child's sex. */
  public abstract Sex sex();

  /** The child's priority groups (R-GRP-1), possibly empty. */
  public abstract Set<PriorityGroup> priorityGroups();

  /** The grade of the record (on the census date, or when the dropout began). */
  public abstract Optional<Grade> grade();

  /**
   * The grade system of the school ({@link #school()}), if it differs from the one {@link
   * #contribution(GradeSystem)} is given (R-RATE-18): the level of {@link #grade()} is read with it.
   */
  public abstract Optional<GradeSystem> gradeSystem();

  /**
   * The grade system of the household's jurisdiction, if it differs from the one {@link
   * #contribution(GradeSystem)} is given: the official level of {@link #expectedGrade()} is read
   * with it (R-RATE-18).
   */
  public abstract Optional<GradeSystem> householdGradeSystem();

  /** The expected grade for the child's age (R-AGE-3), empty outside ages that map to 1–9. */
  public abstract Optional<Grade> expectedGrade();

  /** Whether the child is of compulsory age for the school year (R-AGE-2). */
  @Value.Default
  public boolean compulsoryAge() {
    return false;
  }

  /** Counted in the dropout denominator: active record, attending on the census date. */
  @Value.Default
  public boolean enrolled() {
    return false;
  }

  /** Dropout began during the year and still holds on the count date (counted once, R-RATE-10). */
  @Value.Default
  public boolean droppedOut() {
    return false;
  }

  /** In the same grade as in the previous school year. */
  @Value.Default
  public boolean repeater() {
    return false;
  }

  /** Completed the last grade of the level during the year. */
  @Value.Default
  public boolean completer() {
    return false;
  }

  /** Transferred into the school during the year. */
  @Value.Default
  public boolean transferredIn() {
    return false;
  }

  /** Transferred out of the school during the year. */
  @Value.Default
  public boolean transferredOut() {
    return false;
  }

  /**
   * Entered grade 1, or the first junior grade, for the first time during the year, at this school
   * (intake, R-RATE-16); {@link #grade()} is the grade entered.
   */
  @Value.Default
  public boolean entrant() {
    return false;
  }

  /** Counted as enrolled for population-based rates (R-RATE-12). */
  @Value.Default
  public boolean enrolledForPopulation() {
    return false;
  }

  /** Has completed compulsory education (counts as above any official level). */
  @Value.Default
  public boolean completedCompulsory() {
    return false;
  }

  /** Has an approved deferral of entry (延缓入学). */
  @Value.Default
  public boolean deferred() {
    return false;
  }

  @Value.Check
  void check() {
    boolean enrolmentFacts = enrolled()
        || droppedOut()
        || repeater()
        || completer()
        || transferredIn()
        || transferredOut()
        || entrant();
    if (enrolmentFacts && (school().isEmpty() || grade().isEmpty())) {
      throw new IllegalStateException(
          "Invalid StudentYear: enrolment-side facts need a school and a grade, found school="
              + school()
              + ", grade="
              + grade());
    }
    if (repeater() && !enrolled()) {
      throw new IllegalStateException("Invalid StudentYear: a repeater must be enrolled");
    }
    boolean populationFacts = enrolledForPopulation() || completedCompulsory() || deferred();
    if (populationFacts && household().isEmpty()) {
      throw new IllegalStateException(
          "Invalid StudentYear: population-side facts need a household division");
    }
    if (expectedGrade().isPresent() && !compulsoryAge()) {
      throw new IllegalStateException("Invalid StudentYear: an expected grade "
          + expectedGrade().get() + " implies compulsory age");
    }
  }

  /**
   * Returns what the child adds to the counts: the grade's level read with {@link #gradeSystem()}
   * or, when absent, {@code system}; the expected grade's with {@link #householdGradeSystem()} or
   * {@code system} (R-RATE-18).
   *
   * @param system the grade system of the county (of the household), not null
   * @return the contribution
   */
  public Contribution contribution(GradeSystem system) {
    int mask = 0;
    mask |= enrolled() ? Counter.ENROLLED.bit() : 0;
    mask |= droppedOut() ? Counter.DROPPED_OUT.bit() : 0;
    mask |= repeater() ? Counter.REPEATERS.bit() : 0;
    mask |= completer() ? Counter.COMPLETERS.bit() : 0;
    mask |= transferredIn() ? Counter.TRANSFERS_IN.bit() : 0;
    mask |= transferredOut() ? Counter.TRANSFERS_OUT.bit() : 0;
    mask |= entrant() ? Counter.INTAKE.bit() : 0;
    int flags = 0;
    flags |= enrolledForPopulation() ? Contribution.ENROLLED_FOR_POPULATION : 0;
    flags |= completedCompulsory() ? Contribution.COMPLETED_COMPULSORY : 0;
    flags |= deferred() ? Contribution.DEFERRED : 0;
    int groups = 0;
    for (PriorityGroup g : priorityGroups()) {
      groups |= 1 << g.ordinal();
    }
    return Contribution.compute(
        mask,
        grade().map(Grade::number).orElse(0),
        gradeSystem().orElse(system),
        household().isPresent() && compulsoryAge(),
        expectedGrade().map(Grade::number).orElse(0),
        flags,
        sex().ordinal(),
        groups,
        householdGradeSystem().orElse(system));
  }
}
