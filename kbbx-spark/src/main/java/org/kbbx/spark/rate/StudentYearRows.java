package org.kbbx.spark.rate;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.person.PriorityGroup;
import org.kbbx.core.person.Sex;
import org.kbbx.core.school.Grade;
import org.kbbx.core.school.GradeSystem;
import org.kbbx.core.time.SchoolYear;
import org.kbbx.core.validation.Violation;
import org.kbbx.reporting.rate.SchoolRef;
import org.kbbx.reporting.rate.StudentYear;

/**
 * Converts untrusted {@link StudentYearRow}s to kbbx {@link StudentYear}s.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StudentYearRows {

  private StudentYearRows() {}

  /**
   * Validates a row and builds the child's facts; never throws.
   *
   * @param row the row, may be null
   * @return the facts, or every problem found, each with its column as path
   */
  public static Validation<Seq<Violation>, StudentYear> toStudentYear(StudentYearRow row) {
    if (row == null) {
      return Validation.invalid(List.of(Violation.at("row", "Invalid row: null")));
    }
    Seq<Violation> problems = List.empty();
    StudentYear.Builder builder = StudentYear.builder();
    if (row.getSchoolYear() < SchoolYear.MIN_START_YEAR
        || row.getSchoolYear() > SchoolYear.MAX_START_YEAR) {
      problems = problems.append(Violation.at(
          "schoolYear",
          "Invalid value for schoolYear (valid values " + SchoolYear.MIN_START_YEAR + " - "
              + SchoolYear.MAX_START_YEAR + "): " + row.getSchoolYear()));
    } else {
      builder.schoolYear(SchoolYear.of(row.getSchoolYear()));
    }
    if (row.getSchoolId() != null || row.getSchoolDivision() != null) {
      Validation<Seq<Violation>, DivisionCode> division =
          division("schoolDivision", row.getSchoolDivision());
      if (row.getSchoolId() == null || row.getSchoolId().isBlank()) {
        problems = problems.append(
            Violation.at("schoolId", "Invalid schoolId: blank while schoolDivision is set"));
      } else if (division.isValid()) {
        builder.school(SchoolRef.of(row.getSchoolId(), division.get()));
      }
      problems = division.isInvalid() ? problems.appendAll(division.getError()) : problems;
    }
    if (row.getHouseholdDivision() != null) {
      Validation<Seq<Violation>, DivisionCode> division =
          division("householdDivision", row.getHouseholdDivision());
      problems = division.isInvalid() ? problems.appendAll(division.getError()) : problems;
      division.forEach(builder::household);
    }
    problems = problems.appendAll(sexAndGroups(row, builder));
    problems = problems.appendAll(grade("grade", row.getGrade()).fold(p -> p, g -> {
      builder.grade(g);
      return List.empty();
    }));
    problems = problems.appendAll(grade("expectedGrade", row.getExpectedGrade()).fold(p -> p, g -> {
      builder.expectedGrade(g);
      return List.empty();
    }));
    problems = problems.appendAll(system("gradeSystem", row.getGradeSystem()).fold(p -> p, g -> {
      g.ifPresent(builder::gradeSystem);
      return List.empty();
    }));
    problems = problems.appendAll(
        system("householdGradeSystem", row.getHouseholdGradeSystem()).fold(p -> p, g -> {
          g.ifPresent(builder::householdGradeSystem);
          return List.empty();
        }));
    if (!problems.isEmpty()) {
      return Validation.invalid(problems);
    }
    builder
        .compulsoryAge(row.isCompulsoryAge())
        .enrolled(row.isEnrolled())
        .droppedOut(row.isDroppedOut())
        .repeater(row.isRepeater())
        .completer(row.isCompleter())
        .transferredIn(row.isTransferredIn())
        .transferredOut(row.isTransferredOut())
        .enrolledForPopulation(row.isEnrolledForPopulation())
        .completedCompulsory(row.isCompletedCompulsory())
        .deferred(row.isDeferred())
        .entrant(row.isEntrant());
    try {
      return Validation.valid(builder.build());
    } catch (IllegalStateException inconsistent) {
      return Validation.invalid(
          List.of(Violation.at("row", String.valueOf(inconsistent.getMessage()))));
    }
  }

  private static Validation<Seq<Violation>, DivisionCode> division(String path, Long value) {
    if (value == null) {
      return Validation.invalid(List.of(Violation.at(path, "Invalid " + path + ": missing")));
    }
    return DivisionCode.validate(Long.toString(value))
        .mapError(v -> v.map(x -> Violation.at(path, x.message())));
  }

  private static Seq<Violation> sexAndGroups(StudentYearRow row, StudentYear.Builder builder) {
    Seq<Violation> problems = List.empty();
    try {
      builder.sex(Sex.valueOf(String.valueOf(row.getSex())));
    } catch (IllegalArgumentException unknown) {
      problems = problems.append(
          Violation.at("sex", "Invalid sex (valid values MALE, FEMALE): " + row.getSex()));
    }
    String[] groups = row.getPriorityGroups();
    Set<PriorityGroup> set = EnumSet.noneOf(PriorityGroup.class);
    for (int i = 0; groups != null && i < groups.length; i++) {
      try {
        set.add(PriorityGroup.valueOf(String.valueOf(groups[i])));
      } catch (IllegalArgumentException unknown) {
        problems = problems.append(Violation.at(
            "priorityGroups[" + i + "]",
            "Invalid priority group (expected a PriorityGroup name): " + groups[i]));
      }
    }
    builder.priorityGroups(set);
    return problems;
  }

  private static Validation<Seq<Violation>, Optional<GradeSystem>> system(
      String path, String name) {
    if (name == null) {
      return Validation.valid(Optional.empty());
    }
    for (GradeSystem g : GradeSystem.values()) {
      if (g.name().equals(name)) {
        return Validation.valid(Optional.of(g));
      }
    }
    return Validation.invalid(List.of(
        Violation.at(path, "Invalid " + path + " (valid values SIX_THREE, FIVE_FOUR): " + name)));
  }

  private static Validation<Seq<Violation>, Optional<Grade>> grade(String path, Integer number) {
    if (number == null) {
      return Validation.valid(Optional.empty());
    }
    if (!Grade.isValid(number)) {
      return Validation.invalid(List.of(Violation.at(
          path,
          "Invalid value for " + path + " (valid values " + Grade.FIRST + " - " + Grade.LAST + "): "
              + number)));
    }
    return Validation.valid(Optional.of(Grade.of(number)));
  }
}
