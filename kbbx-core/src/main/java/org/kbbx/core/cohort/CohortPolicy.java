package org.kbbx.core.cohort;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Period;
import java.util.Objects;
import org.kbbx.core.school.Grade;
import org.kbbx.core.school.GradeSystem;
import org.kbbx.core.time.DateRange;
import org.kbbx.core.time.SchoolYear;
import org.kbbx.core.validation.Violation;

/**
 * The rules that place children in the compulsory-age cohort (适龄儿童少年): the cut-off day, the
 * entry age, the last compulsory age and the grade system (R-AGE-1..6).
 *
 * <p>The age that counts for school year Y is the number of full years (周岁, per
 * {@link Period}) completed on the day before the cut-off in calendar year Y, the <em>reference
 * day</em> ({@code Y-08-31} for the default cut-off {@code 09-01}). Children aged
 * {@code entryAge} to {@code lastCompulsoryAge} inclusive are of compulsory age; the expected grade
 * is {@code age - entryAge + 1} up to grade 9, and older children of compulsory age "should have
 * completed".
 *
 * <pre>{@code
 * CohortPolicy.NATIONAL.compulsoryBirthRange(SchoolYear.of(2022))  // 2006-09-01..2016-08-31
 * CohortPolicy.NATIONAL.ageFor(LocalDate.of(2016, 8, 31), SchoolYear.of(2022))  // 6
 * }</pre>
 *
 * <p>A cut-off of {@code 02-29} is rejected because it does not exist in most years, and
 * {@code 03-01} because its reference day would alternate between 28 and 29 February, so that a
 * child born on 29 February would skip an age in some years. With any other cut-off every birth
 * date, 29 February included, gains exactly one year of age per school year.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param cutOff the cut-off month-day, not 02-29 or 03-01
 * @param entryAge the age of entry into grade 1, {@value #MIN_ENTRY_AGE} to {@value #MAX_ENTRY_AGE}
 * @param lastCompulsoryAge the last age of compulsory education, inclusive; from
 *     {@code entryAge + 8} to {@value #MAX_LAST_COMPULSORY_AGE}
 * @param gradeSystem the grade system (学制), not null
 */
public record CohortPolicy(
    MonthDay cutOff, int entryAge, int lastCompulsoryAge, GradeSystem gradeSystem) {

  /** The lowest allowed entry age. */
  public static final int MIN_ENTRY_AGE = 5;
  /** The highest allowed entry age. */
  public static final int MAX_ENTRY_AGE = 8;
  /** The highest allowed last compulsory age (minors only). */
  public static final int MAX_LAST_COMPULSORY_AGE = 18;

  /**
   * The national policy: cut-off 1 September, entry at 6, compulsory ages 6 to 15 inclusive
   * (含15周岁), grade system 6-3 (义务教育法 Art. 11).
   */
  public static final CohortPolicy NATIONAL =
      new CohortPolicy(MonthDay.of(Month.SEPTEMBER, 1), 6, 15, GradeSystem.SIX_THREE);

  /** Creates a policy; throws naming every invalid part (see {@link #validate}). */
  public CohortPolicy {
    List<Violation> problems = problems(cutOff, entryAge, lastCompulsoryAge, gradeSystem);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(problems.map(Violation::message).mkString("; "));
    }
  }

  /**
   * Returns a policy, checking every part.
   *
   * @param cutOff the cut-off month-day, not null, not 02-29 or 03-01
   * @param entryAge the entry age, 5 to 8
   * @param lastCompulsoryAge the last compulsory age, {@code entryAge + 8} to 18
   * @param gradeSystem the grade system, not null
   * @return the policy
   * @throws IllegalArgumentException naming every invalid part
   */
  public static CohortPolicy of(
      MonthDay cutOff, int entryAge, int lastCompulsoryAge, GradeSystem gradeSystem) {
    return new CohortPolicy(cutOff, entryAge, lastCompulsoryAge, gradeSystem);
  }

  /**
   * Validates untrusted policy data, listing every problem (paths {@code cutOff},
   * {@code entryAge}, {@code lastCompulsoryAge}, {@code gradeSystem}).
   *
   * @param cutOff the cut-off; null is a problem
   * @param entryAge the entry age; null is a problem
   * @param lastCompulsoryAge the last compulsory age; null is a problem
   * @param gradeSystem the grade system; null is a problem
   * @return the policy or every problem
   */
  public static Validation<Seq<Violation>, CohortPolicy> validate(
      MonthDay cutOff, Integer entryAge, Integer lastCompulsoryAge, GradeSystem gradeSystem) {
    List<Violation> problems = List.empty();
    if (entryAge == null) {
      problems = problems.append(Violation.at("entryAge", "Invalid entry age: missing (null)"));
    }
    if (lastCompulsoryAge == null) {
      problems = problems.append(
          Violation.at("lastCompulsoryAge", "Invalid last compulsory age: missing (null)"));
    }
    if (problems.isEmpty()) {
      problems = problems(cutOff, entryAge, lastCompulsoryAge, gradeSystem);
    } else {
      problems = problems.prependAll(problems(cutOff, 6, 15, gradeSystem));
    }
    return problems.isEmpty()
        ? Validation.valid(new CohortPolicy(cutOff, entryAge, lastCompulsoryAge, gradeSystem))
        : Validation.invalid(problems);
  }

  private static List<Violation> problems(
      MonthDay cutOff, int entryAge, int lastCompulsoryAge, GradeSystem gradeSystem) {
    List<Violation> problems = List.empty();
    if (cutOff == null) {
      problems = problems.append(Violation.at("cutOff", "Invalid cut-off: missing (null)"));
    } else if (cutOff.equals(MonthDay.of(Month.FEBRUARY, 29))) {
      problems = problems.append(Violation.at(
          "cutOff",
          "Invalid cut-off --02-29: the day does not exist in common years; choose another day"));
    } else if (cutOff.equals(MonthDay.of(Month.MARCH, 1))) {
      problems = problems.append(Violation.at(
          "cutOff",
          "Invalid cut-off --03-01: its reference day alternates between 02-28 and 02-29, so children "
              + "born on 02-29 would skip an age; choose another day"));
    }
    if (entryAge < MIN_ENTRY_AGE || entryAge > MAX_ENTRY_AGE) {
      problems = problems.append(Violation.at(
          "entryAge",
          "Invalid value for entry age (valid values " + MIN_ENTRY_AGE + " - " + MAX_ENTRY_AGE
              + "): " + entryAge));
    } else if (lastCompulsoryAge < entryAge + 8 || lastCompulsoryAge > MAX_LAST_COMPULSORY_AGE) {
      problems = problems.append(Violation.at(
          "lastCompulsoryAge",
          "Invalid value for last compulsory age (valid values "
              + (entryAge + 8) + " - " + MAX_LAST_COMPULSORY_AGE + " for entry age " + entryAge
              + "): "
              + lastCompulsoryAge));
    }
    if (gradeSystem == null) {
      problems =
          problems.append(Violation.at("gradeSystem", "Invalid grade system: missing (null)"));
    }
    return problems;
  }

  /** Returns this policy with another cut-off. */
  public CohortPolicy withCutOff(MonthDay newCutOff) {
    return new CohortPolicy(newCutOff, entryAge, lastCompulsoryAge, gradeSystem);
  }

  /** Returns this policy with another entry age; the last compulsory age is kept. */
  public CohortPolicy withEntryAge(int newEntryAge) {
    return new CohortPolicy(cutOff, newEntryAge, lastCompulsoryAge, gradeSystem);
  }

  /** Returns this policy with another last compulsory age. */
  public CohortPolicy withLastCompulsoryAge(int newLastCompulsoryAge) {
    return new CohortPolicy(cutOff, entryAge, newLastCompulsoryAge, gradeSystem);
  }

  /** Returns this policy with another grade system. */
  public CohortPolicy withGradeSystem(GradeSystem newGradeSystem) {
    return new CohortPolicy(cutOff, entryAge, lastCompulsoryAge, newGradeSystem);
  }

  /**
   * Returns the day on which ages for {@code year} are taken: the day before the cut-off in the
   * school year's start year ({@code 2022-08-31} for school year 2022 under {@link #NATIONAL}).
   *
   * @param year the school year, not null
   * @return the reference day
   */
  public LocalDate referenceDay(SchoolYear year) {
    Objects.requireNonNull(year, "year");
    return cutOff.atYear(year.startYear()).minusDays(1);
  }

  /**
   * Returns the age for school year {@code year} (R-AGE-1): full years completed on the reference
   * day, per {@link Period}. For a child born after the reference day the age is negative: -1
   * within a year after it, -2 in the next year, and so on.
   *
   * @param birthDate the birth date, not null
   * @param year the school year, not null
   * @return the age
   */
  public int ageFor(LocalDate birthDate, SchoolYear year) {
    Objects.requireNonNull(birthDate, "birthDate");
    LocalDate reference = referenceDay(year);
    if (!birthDate.isAfter(reference)) {
      return Period.between(birthDate, reference).getYears();
    }
    return -1 - Period.between(reference.plusDays(1), birthDate).getYears();
  }

  /**
   * Returns the birth dates of children aged {@code age} in {@code year}, both ends included: from
   * the cut-off in year {@code Y - age - 1} to the day before the cut-off in year {@code Y - age}.
   *
   * @param age the age, 0 or more
   * @param year the school year, not null
   * @return the closed birth-date range
   * @throws IllegalArgumentException if the age is negative
   */
  public DateRange birthRangeForAge(int age, SchoolYear year) {
    Objects.requireNonNull(year, "year");
    if (age < 0) {
      throw new IllegalArgumentException("Invalid value for age (valid values 0 or more): " + age);
    }
    int youngestBirthYear = year.startYear() - age;
    return DateRange.of(
        cutOff.atYear(youngestBirthYear - 1), cutOff.atYear(youngestBirthYear).minusDays(1));
  }

  /**
   * Returns the birth dates of the compulsory-age population of {@code year}, both ends included
   * (R-AGE-2). For school year 2022 under {@link #NATIONAL}: 2006-09-01 … 2016-08-31.
   *
   * @param year the school year, not null
   * @return the closed birth-date range
   */
  public DateRange compulsoryBirthRange(SchoolYear year) {
    return DateRange.of(
        birthRangeForAge(lastCompulsoryAge, year).first(),
        birthRangeForAge(entryAge, year).last());
  }

  /**
   * Returns the birth dates of children whose expected grade in {@code year} is {@code grade}
   * (R-AGE-3), both ends included.
   *
   * @param grade the grade, not null
   * @param year the school year, not null
   * @return the closed birth-date range
   */
  public DateRange birthRangeForGrade(Grade grade, SchoolYear year) {
    Objects.requireNonNull(grade, "grade");
    return birthRangeForAge(expectedAgeOf(grade), year);
  }

  /**
   * Returns the birth dates of children of compulsory age who should have completed grade 9 in
   * {@code year}, or none when the last compulsory age is the age of grade 9.
   *
   * @param year the school year, not null
   * @return the closed birth-date range, or none
   */
  public Option<DateRange> shouldHaveCompletedBirthRange(SchoolYear year) {
    int firstAge = expectedAgeOf(Grade.of(Grade.LAST)) + 1;
    if (firstAge > lastCompulsoryAge) {
      return Option.none();
    }
    return Option.some(DateRange.of(
        birthRangeForAge(lastCompulsoryAge, year).first(),
        birthRangeForAge(firstAge, year).last()));
  }

  /**
   * Returns the age a child in {@code grade} is expected to have: {@code entryAge + grade - 1}.
   *
   * @param grade the grade, not null
   * @return the expected age
   */
  public int expectedAgeOf(Grade grade) {
    Objects.requireNonNull(grade, "grade");
    return entryAge + grade.number() - 1;
  }

  /**
   * Classifies a child for {@code year} (R-AGE-6): below, compulsory (with the expected grade,
   * R-AGE-3) or above compulsory age.
   *
   * @param birthDate the birth date, not null
   * @param year the school year, not null
   * @return the classification
   */
  public AgeClassification classify(LocalDate birthDate, SchoolYear year) {
    int age = ageFor(birthDate, year);
    if (age < entryAge) {
      return new AgeClassification(age, AgeClass.BELOW_AGE, Option.none());
    }
    if (age > lastCompulsoryAge) {
      return new AgeClassification(age, AgeClass.ABOVE_AGE, Option.none());
    }
    int grade = age - entryAge + 1;
    ExpectedGrade expected = Grade.isValid(grade)
        ? ExpectedGrade.of(Grade.of(grade))
        : ExpectedGrade.SHOULD_HAVE_COMPLETED;
    return new AgeClassification(age, AgeClass.COMPULSORY_AGE, Option.some(expected));
  }

  /**
   * Returns the expected grade for {@code year} (R-AGE-3), or none outside compulsory age.
   *
   * @param birthDate the birth date, not null
   * @param year the school year, not null
   * @return the expected grade or none
   */
  public Option<ExpectedGrade> expectedGrade(LocalDate birthDate, SchoolYear year) {
    return classify(birthDate, year).expectedGrade();
  }

  /**
   * Returns how many years older than its grade's expected age a student is in {@code year}:
   * positive when over-age (超龄), negative when under-age, 0 when on age (R-AGE-6).
   *
   * @param birthDate the birth date, not null
   * @param year the school year, not null
   * @param actualGrade the grade the student is in, not null
   * @return age minus the grade's expected age
   */
  public int yearsOverAge(LocalDate birthDate, SchoolYear year, Grade actualGrade) {
    return ageFor(birthDate, year) - expectedAgeOf(actualGrade);
  }

  /**
   * Returns whether a student is under-age, on age or over-age for the grade the student is in.
   *
   * @param birthDate the birth date, not null
   * @param year the school year, not null
   * @param actualGrade the grade the student is in, not null
   * @return the fit, from {@link #yearsOverAge}
   */
  public GradeAgeFit gradeAgeFit(LocalDate birthDate, SchoolYear year, Grade actualGrade) {
    return GradeAgeFit.of(yearsOverAge(birthDate, year, actualGrade));
  }
}
