package org.kbbx.testkit;

import io.vavr.collection.Vector;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Period;
import java.time.temporal.TemporalAdjusters;
import org.kbbx.core.cohort.CohortPolicy;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.id.ResidentId;
import org.kbbx.core.id.ResidentIdCheck;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.person.PriorityGroup;
import org.kbbx.core.person.Sex;
import org.kbbx.core.school.Grade;
import org.kbbx.core.school.GradeSystem;
import org.kbbx.core.status.MachineParameters;
import org.kbbx.core.time.DateRange;
import org.kbbx.core.time.SchoolCalendar;
import org.kbbx.core.time.SchoolYear;
import org.kbbx.core.time.Term;

/**
 * Library-neutral generators of kbbx-core value types; see {@link Generator} for the three ways
 * to use them and {@link KbbxGens} for the same as QuickTheories {@code Gen}s.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CoreGenerators {

  /** The first birth year generated, 1975. */
  public static final int FIRST_BIRTH_YEAR = 1975;

  /** The last birth year generated, 2090. */
  public static final int LAST_BIRTH_YEAR = 2090;

  private CoreGenerators() {}

  /**
   * Returns dates between {@code first} and {@code last}, both included; shrinks towards
   * {@code first}.
   *
   * @param first the earliest date
   * @param last the latest date, not before {@code first}
   * @return the generator
   */
  public static Generator<LocalDate> datesBetween(LocalDate first, LocalDate last) {
    long from = first.toEpochDay();
    long to = last.toEpochDay();
    return c -> LocalDate.ofEpochDay(c.between(from, to));
  }

  /** Returns birth dates from {@value #FIRST_BIRTH_YEAR} to {@value #LAST_BIRTH_YEAR}. */
  public static Generator<LocalDate> birthDates() {
    return datesBetween(
        LocalDate.of(FIRST_BIRTH_YEAR, 1, 1), LocalDate.of(LAST_BIRTH_YEAR, 12, 31));
  }

  /**
   * Returns birth dates of children of compulsory age in {@code year} (R-AGE-2: ages 6 to 15 on
   * the day before 1 September, so born from 1 September 16 years earlier to 31 August 6 years
   * earlier).
   *
   * @param year the school year
   * @return the generator
   */
  public static Generator<LocalDate> compulsoryAgeBirthDates(SchoolYear year) {
    int y = year.startYear();
    return datesBetween(LocalDate.of(y - 16, 9, 1), LocalDate.of(y - 6, 8, 31));
  }

  /**
   * Returns birth dates of compulsory age in {@code year} under {@code policy}, from its
   * {@link CohortPolicy#compulsoryBirthRange(SchoolYear)}.
   *
   * @param policy the cohort policy
   * @param year the school year
   * @return the generator
   */
  public static Generator<LocalDate> compulsoryAgeBirthDates(CohortPolicy policy, SchoolYear year) {
    DateRange range = policy.compulsoryBirthRange(year);
    return datesBetween(range.first(), range.last());
  }

  /**
   * Returns valid cohort policies (R-AGE-4): the national one a third of the time, otherwise a
   * cut-off on the first of a month other than March (or 31 August), entry age 5–8, a last
   * compulsory age from entry + 8 to 18, and either grade system.
   *
   * @return the generator
   */
  public static Generator<CohortPolicy> cohortPolicies() {
    return c -> {
      if (c.oneIn(3)) {
        return CohortPolicy.NATIONAL;
      }
      Month month = c.pick(Vector.of(Month.values()).remove(Month.MARCH));
      MonthDay cutOff = c.oneIn(6) ? MonthDay.of(Month.AUGUST, 31) : MonthDay.of(month, 1);
      int entryAge = c.intBetween(CohortPolicy.MIN_ENTRY_AGE, CohortPolicy.MAX_ENTRY_AGE);
      int last = c.intBetween(entryAge + 8, CohortPolicy.MAX_LAST_COMPULSORY_AGE);
      return CohortPolicy.of(cutOff, entryAge, last, gradeSystems().generate(c));
    };
  }

  /**
   * Returns valid 12-digit division codes (R-DIV-1) at every level, from province to village.
   *
   * @return the generator
   */
  public static Generator<DivisionCode> divisionCodes() {
    return c -> {
      int depth = c.intBetween(1, 5);
      long[] groups = {
        c.between(11, 65), c.between(1, 30), c.between(1, 40), c.between(1, 400), c.between(1, 400)
      };
      int[] widths = {2, 2, 2, 3, 3};
      StringBuilder digits = new StringBuilder();
      for (int i = 0; i < groups.length; i++) {
        long value = i < depth ? groups[i] : 0;
        digits.append(String.format("%0" + widths[i] + "d", value));
      }
      return DivisionCode.parse(digits);
    };
  }

  /** Returns school years starting 1990 to 2090. */
  public static Generator<SchoolYear> schoolYears() {
    return c -> SchoolYear.of(c.intBetween(1990, 2090));
  }

  /** Returns grades 1 to 9. */
  public static Generator<Grade> grades() {
    return c -> Grade.of(c.intBetween(Grade.FIRST, Grade.LAST));
  }

  /** Returns grade systems, 6-3 first. */
  public static Generator<GradeSystem> gradeSystems() {
    return c -> c.pick(Vector.of(GradeSystem.values()));
  }

  /** Returns sexes. */
  public static Generator<Sex> sexes() {
    return c -> c.pick(Vector.of(Sex.values()));
  }

  /** Returns single priority groups. */
  public static Generator<PriorityGroup> priorityGroups() {
    return c -> c.pick(Vector.of(PriorityGroup.values()));
  }

  /** Returns valid resident IDs with plausible county codes and birth dates. */
  public static Generator<ResidentId> residentIds() {
    return c -> ResidentId.parse(validResidentIdText(c, birthDates().generate(c)));
  }

  /**
   * Returns valid resident IDs of children born on dates {@code birthDates} generates.
   *
   * @param birthDates the birth dates, years 1000 to 9999
   * @return the generator
   */
  public static Generator<ResidentId> residentIds(Generator<LocalDate> birthDates) {
    return c -> ResidentId.parse(validResidentIdText(c, birthDates.generate(c)));
  }

  /**
   * Returns texts that are not resident IDs, each failing one named check: wrong length, a bad
   * character, an address code with province 00, a date that does not exist, or a wrong check
   * character. Some of the valid IDs' last characters are written as lower-case {@code x}; those
   * are valid and never produced here.
   *
   * @return the generator
   */
  public static Generator<BrokenResidentId> brokenResidentIds() {
    return c -> {
      String valid = validResidentIdText(c, birthDates().generate(c));
      ResidentIdCheck defect = c.pick(Vector.of(
          ResidentIdCheck.LENGTH,
          ResidentIdCheck.CHARACTER,
          ResidentIdCheck.ADDRESS_CODE,
          ResidentIdCheck.DATE,
          ResidentIdCheck.CHECK_CHARACTER));
      switch (defect) {
        case LENGTH: {
          int length = c.oneIn(2) ? c.intBetween(0, 17) : c.intBetween(19, 24);
          String text = length <= 18
              ? valid.substring(0, length)
              : valid + "0123456".substring(0, length - 18);
          return new BrokenResidentId(text, defect);
        }
        case CHARACTER: {
          int at = c.intBetween(0, 17);
          char bad = c.pick(Vector.of('A', 'z', '-', ' ', '中', '/'));
          return new BrokenResidentId(
              valid.substring(0, at) + bad + valid.substring(at + 1), defect);
        }
        case ADDRESS_CODE: {
          String first17 = "00" + valid.substring(2, 17);
          return new BrokenResidentId(first17 + ResidentId.checkCharacterOf(first17), defect);
        }
        case DATE: {
          int day = c.intBetween(30, 31);
          String first17 = valid.substring(0, 6) + "200102" + day + valid.substring(14, 17);
          return new BrokenResidentId(first17 + ResidentId.checkCharacterOf(first17), defect);
        }
        default: {
          char right = valid.charAt(17);
          String others = "0123456789X".replace(String.valueOf(right), "");
          char wrong = others.charAt(c.intBetween(0, others.length() - 1));
          return new BrokenResidentId(valid.substring(0, 17) + wrong, defect);
        }
      }
    };
  }

  private static String validResidentIdText(Choices c, LocalDate birthDate) {
    String address = String.format(
        "%02d%02d%02d", c.intBetween(11, 65), c.intBetween(1, 30), c.intBetween(1, 40));
    String first17 = address
        + String.format(
            "%04d%02d%02d",
            birthDate.getYear(), birthDate.getMonthValue(), birthDate.getDayOfMonth())
        + String.format("%03d", c.intBetween(0, 999));
    char check = ResidentId.checkCharacterOf(first17);
    if (check == 'X' && c.oneIn(4)) {
      check = 'x';
    }
    return first17 + check;
  }

  /** Returns student ids {@code G000000} … {@code G999999}. */
  public static Generator<StudentId> studentIds() {
    return c -> StudentId.of(String.format("G%06d", c.between(0, 999_999)));
  }

  /**
   * Returns one of {@code count} school ids {@code S01}, {@code S02}, ....
   *
   * @param count how many distinct schools, 1 to 99
   * @return the generator
   */
  public static Generator<SchoolId> schoolIds(int count) {
    return c -> SchoolId.of(String.format("S%02d", c.intBetween(1, count)));
  }

  /**
   * Returns school calendars of {@code year}: an autumn term opening 1–5 September and closing in
   * mid-January, a spring term from mid-February to early July, the National Day week as
   * holidays, and sometimes one make-up Saturday or Sunday.
   *
   * @param year the school year
   * @return the generator
   */
  public static Generator<SchoolCalendar> schoolCalendars(SchoolYear year) {
    return c -> {
      int y = year.startYear();
      LocalDate autumnStart = LocalDate.of(y, 9, c.intBetween(1, 5));
      LocalDate autumnEnd = LocalDate.of(y + 1, 1, c.intBetween(10, 20));
      LocalDate springStart = LocalDate.of(y + 1, 2, c.intBetween(15, 28));
      LocalDate springEnd = LocalDate.of(y + 1, 7, c.intBetween(1, 10));
      SchoolCalendar.Builder builder = SchoolCalendar.builder()
          .term(Term.autumn(autumnStart, autumnEnd))
          .term(Term.spring(springStart, springEnd))
          .holidays(LocalDate.of(y, 10, 1), LocalDate.of(y, 10, 7));
      if (c.oneIn(2)) {
        LocalDate saturday =
            LocalDate.of(y, 9, 20).with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        builder.makeUpDay(c.oneIn(2) ? saturday : saturday.plusDays(1));
      }
      return builder.build();
    };
  }

  /** Returns school calendars of school years 1990 to 2090. */
  public static Generator<SchoolCalendar> schoolCalendars() {
    return schoolYears().flatMap(CoreGenerators::schoolCalendars);
  }

  /**
   * Returns machine parameters around the national defaults: either grade system, suspension of
   * 6–12 months with 0–2 extensions up to 12–24 months (R-PROF-5: two years at most), automatic dropout on or off after 1–2
   * months.
   *
   * @return the generator
   */
  public static Generator<MachineParameters> machineParameters() {
    return c -> MachineParameters.builder()
        .gradeSystem(gradeSystems().generate(c))
        .maxSuspension(Period.ofMonths(c.intBetween(6, 12)))
        .maxSuspensionExtensions(c.intBetween(0, 2))
        .maxSuspensionTotal(Period.ofMonths(c.intBetween(12, 24)))
        .automaticDropout(!c.oneIn(3))
        .automaticDropoutAfter(Period.ofMonths(c.intBetween(1, 2)))
        .build();
  }
}
