package org.kbbx.core.id;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.Objects;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.mask.IdMask;
import org.kbbx.core.person.Sex;
import org.kbbx.core.validation.Violation;

/**
 * A resident identity card number (居民身份证号码, GB 11643), such as {@code 11010519491231002X}
 * (R-ID-1, R-ID-2).
 *
 * <p>18 characters: a 6-digit address code (the county of first registration), an 8-digit birth
 * date {@code yyyyMMdd}, a 3-digit sequence whose last digit is odd for a male and even for a
 * female, and a check character computed by ISO 7064 MOD 11-2 ({@link #checkCharacterOf}). A
 * lower-case {@code x} is normalised to {@code X}.
 *
 * <p>Children's IDs are sensitive personal information (PIPL Art. 28), so {@link #toString()} is
 * masked as {@code 110105********002X} (the first 6 and the last 4 characters kept); the full
 * number needs the explicit {@link #unmasked()}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ResidentId implements Comparable<ResidentId> {

  /** The length of a resident ID. */
  public static final int LENGTH = 18;

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK_CHARACTERS = {
    '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'
  };
  /** The smallest body with a non-zero province: province 01 (leading zero, so 16 digits). */
  private static final long BODY_MIN = 1_000_000_000_000_000L;

  private static final long BODY_MAX = 100_000_000_000_000_000L;
  private static final long ADDRESS_UNIT = 100_000_000_000L;

  private final String value;
  private final LocalDate birthDate;
  private final DivisionCode county;

  private ResidentId(String value, LocalDate birthDate, DivisionCode county) {
    this.value = value;
    this.birthDate = birthDate;
    this.county = county;
  }

  /**
   * Parses a resident ID, checking length, characters, address code, birth date and check
   * character.
   *
   * @param text the 18 characters, not null; a final {@code x} is accepted as {@code X}
   * @return the resident ID
   * @throws NullPointerException if {@code text} is null
   * @throws InvalidResidentIdException listing every failed check with the text masked
   *     ({@link IdMask}, R-ID-5), for example {@code Invalid resident ID '522428********123X':
   *     birth date (positions 7-14) is not a real calendar date}
   */
  public static ResidentId parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String raw = text.toString();
    Validation<Seq<ResidentIdProblem>, ResidentId> result = check(raw);
    if (result.isInvalid()) {
      throw new InvalidResidentIdException(raw, result.getError());
    }
    return result.get();
  }

  /**
   * Validates untrusted text as a resident ID, one violation per failed check, all at path
   * {@code residentId}.
   *
   * @param text the text; null gives a violation
   * @return the ID or every problem found
   */
  public static Validation<Seq<Violation>, ResidentId> validate(String text) {
    return check(text)
        .mapError(problems -> problems.map(problem -> problem.toViolation("residentId", text)));
  }

  /**
   * Checks untrusted text as a resident ID and says which checks failed.
   *
   * @param text the text; null fails {@link ResidentIdCheck#PRESENT}
   * @return the ID, or every failed check in the order of {@link ResidentIdCheck}
   */
  public static Validation<Seq<ResidentIdProblem>, ResidentId> check(String text) {
    ResidentId fast = quickParse(text);
    return fast != null ? Validation.valid(fast) : checkFully(text);
  }

  /**
   * Returns whether the 17-digit body of an ID, given as a number, has a valid address code and an
   * existing birth date (R-ID-1); the check character is derived from the body, so any body that
   * passes is the body of exactly one valid ID.
   *
   * <p>Example: {@code isValidBody(11010519491231002L)} is true; {@code isValidBody(52242819990231123L)}
   * is false (there is no 31 February).
   *
   * @param first17 the first 17 digits as a number; a province code 01 to 09 has a leading zero,
   *     so its body lies below 10<sup>16</sup>; a value outside 10<sup>15</sup> (included) to
   *     10<sup>17</sup> (excluded) has province 00 or the wrong length and is not valid
   * @return true if {@link #ofBody} accepts the value
   */
  public static boolean isValidBody(long first17) {
    if (first17 < BODY_MIN || first17 >= BODY_MAX) {
      return false;
    }
    int address = (int) (first17 / ADDRESS_UNIT);
    int city = address / 100 % 100;
    int county = address % 100;
    if (city == 0 && county != 0) {
      return false;
    }
    int date = (int) (first17 / 1000 % 100_000_000);
    int month = date / 100 % 100;
    int day = date % 100;
    return month >= 1
        && month <= 12
        && day >= 1
        && day <= Month.of(month).length(Year.isLeap(date / 10_000));
  }

  /**
   * Returns the resident ID whose first 17 digits are the given number, with its check character
   * computed (R-ID-1). This is the fast way to rebuild an ID from a join key that was checked
   * before: nothing is parsed from text.
   *
   * <p>Example: {@code ofBody(11010519491231002L).unmasked()} is {@code 11010519491231002X}.
   *
   * @param first17 the first 17 digits as a number, for which {@link #isValidBody} is true
   * @return the resident ID
   * @throws IllegalArgumentException if {@link #isValidBody} is false for {@code first17}
   */
  public static ResidentId ofBody(long first17) {
    if (!isValidBody(first17)) {
      throw new IllegalArgumentException("Invalid value for first17 (expected 17 digits with a "
          + "division address code and an existing birth date): "
          + IdMask.mask(Long.toString(first17)));
    }
    String body = seventeenDigits(first17);
    return ofValidBody(first17, body + checkCharacterOf(body));
  }

  /** The body as 17 digits, a leading zero kept (province codes 01 to 09). */
  private static String seventeenDigits(long first17) {
    String digits = Long.toString(first17);
    return digits.length() >= 17 ? digits : "0" + digits;
  }

  /** Builds the ID of a body for which {@link #isValidBody} holds; {@code value} is its text. */
  private static ResidentId ofValidBody(long first17, String value) {
    int date = (int) (first17 / 1000 % 100_000_000);
    LocalDate birthDate = LocalDate.of(date / 10_000, date / 100 % 100, date % 100);
    DivisionCode county = DivisionCode.of(first17 / ADDRESS_UNIT * 1_000_000L);
    return new ResidentId(value, birthDate, county);
  }

  /**
   * The happy path of {@link #check}: the ID in one pass over the characters, without substrings,
   * number parsing or problem lists; null when anything is wrong, so that {@link #checkFully}
   * names every problem.
   */
  private static ResidentId quickParse(String text) {
    if (text == null || text.length() != LENGTH) {
      return null;
    }
    long body = 0;
    int sum = 0;
    for (int i = 0; i < LENGTH - 1; i++) {
      int digit = text.charAt(i) - '0';
      if (digit < 0 || digit > 9) {
        return null;
      }
      body = body * 10 + digit;
      sum += digit * WEIGHTS[i];
    }
    char last = text.charAt(LENGTH - 1);
    char expected = CHECK_CHARACTERS[sum % 11];
    if ((last != expected && !(last == 'x' && expected == 'X')) || !isValidBody(body)) {
      return null;
    }
    return ofValidBody(body, last == 'x' ? text.substring(0, LENGTH - 1) + 'X' : text);
  }

  /**
   * The full check behind {@link #check}: every failed check, named with its positions but never
   * with the characters found or expected (R-ID-5).
   */
  static Validation<Seq<ResidentIdProblem>, ResidentId> checkFully(String text) {
    if (text == null) {
      return Validation.invalid(
          List.of(new ResidentIdProblem(ResidentIdCheck.PRESENT, "missing (null)")));
    }
    List<ResidentIdProblem> problems = List.empty();
    if (text.length() != LENGTH) {
      problems = problems.append(new ResidentIdProblem(
          ResidentIdCheck.LENGTH, "has " + text.length() + " characters, expected " + LENGTH));
    }
    int badPosition = firstBadCharacter(text);
    if (badPosition >= 0) {
      problems = problems.append(new ResidentIdProblem(
          ResidentIdCheck.CHARACTER,
          "position " + (badPosition + 1) + " is not allowed there (positions 1-17 are digits, "
              + "position 18 a digit or X)"));
    }
    if (!problems.isEmpty()) {
      return Validation.invalid(problems);
    }
    String value = text.substring(0, LENGTH - 1) + Character.toUpperCase(text.charAt(LENGTH - 1));
    Validation<Seq<Violation>, DivisionCode> county = DivisionCode.validate(value.substring(0, 6));
    if (county.isInvalid()) {
      problems = problems.append(new ResidentIdProblem(
          ResidentIdCheck.ADDRESS_CODE,
          "address code (positions 1-6) is not a division code (non-zero province, "
              + "no city 00 above a non-zero county)"));
    }
    LocalDate birthDate = birthDateOf(value);
    if (birthDate == null) {
      problems = problems.append(new ResidentIdProblem(
          ResidentIdCheck.DATE, "birth date (positions 7-14) is not a real calendar date"));
    }
    char expected = checkCharacterOf(value.substring(0, LENGTH - 1));
    if (value.charAt(LENGTH - 1) != expected) {
      problems = problems.append(new ResidentIdProblem(
          ResidentIdCheck.CHECK_CHARACTER,
          "check character (position 18) does not match positions 1-17 (ISO 7064 MOD 11-2)"));
    }
    return problems.isEmpty()
        ? Validation.valid(new ResidentId(value, birthDate, county.get()))
        : Validation.invalid(problems);
  }

  /**
   * Returns whether {@code text} is a valid resident ID.
   *
   * @param text the text, may be null (which is not valid)
   * @return true if {@link #parse} would succeed
   */
  public static boolean isValid(CharSequence text) {
    return text != null && check(text.toString()).isValid();
  }

  private static int firstBadCharacter(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean digit = c >= '0' && c <= '9';
      boolean allowed = digit || (i == LENGTH - 1 && (c == 'X' || c == 'x'));
      if (!allowed) {
        return i;
      }
    }
    return -1;
  }

  private static LocalDate birthDateOf(String value) {
    try {
      return LocalDate.of(
          Integer.parseInt(value.substring(6, 10)),
          Integer.parseInt(value.substring(10, 12)),
          Integer.parseInt(value.substring(12, 14)));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * Returns the ISO 7064 MOD 11-2 check character of the first 17 digits of an ID: the sum of each
   * digit times its weight (7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2), modulo 11, mapped 0…10 to
   * {@code 1 0 X 9 8 7 6 5 4 3 2}.
   *
   * <p>Example: {@code checkCharacterOf("11010519491231002")} is {@code 'X'}.
   *
   * @param first17 exactly 17 digits, not null
   * @return the check character, a digit or {@code X}
   * @throws IllegalArgumentException if the text is not 17 digits; the message shows it masked
   */
  public static char checkCharacterOf(CharSequence first17) {
    Objects.requireNonNull(first17, "first17");
    boolean valid = first17.length() == LENGTH - 1;
    int sum = 0;
    for (int i = 0; valid && i < LENGTH - 1; i++) {
      int digit = first17.charAt(i) - '0';
      valid = digit >= 0 && digit <= 9;
      sum += digit * WEIGHTS[i];
    }
    if (!valid) {
      throw new IllegalArgumentException(
          "Invalid value for first17 (expected 17 digits): '" + IdMask.mask(first17) + "'");
    }
    return CHECK_CHARACTERS[sum % 11];
  }

  /** The start of every problem message: the text masked by {@link IdMask} (R-ID-5). */
  static String messagePrefix(String text) {
    return "Invalid resident ID " + (text == null ? "null" : "'" + IdMask.mask(text) + "'") + ": ";
  }

  /** Returns the birth date encoded in positions 7–14. */
  public LocalDate birthDate() {
    return birthDate;
  }

  /** Returns the sex encoded in position 17: odd is male, even is female. */
  public Sex sex() {
    return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
  }

  /** Returns the 6-digit address code, positions 1–6, for example {@code 522428}. */
  public String addressCode() {
    return value.substring(0, 6);
  }

  /**
   * Returns the address code as a division code (R-DIV-1): normally a county, such as
   * {@code 522428000000}; a code ending in {@code 00} names a city or province.
   */
  public DivisionCode county() {
    return county;
  }

  /**
   * Returns the full 18 characters: the one explicit way to the unmasked number (R-ID-2); use only
   * where the reader may see it. No library message calls it.
   */
  public String unmasked() {
    return value;
  }

  /**
   * Returns the masked form {@code 522428********1234}: first 6 and last 4 characters, by the one
   * rule {@link IdMask#mask} (R-ID-2). It hides exactly the birth date; never show it next to
   * {@link #birthDate()}.
   */
  public String masked() {
    return IdMask.mask(value);
  }

  @Override
  public int compareTo(ResidentId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ResidentId that && that.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the masked form, as {@link #masked()} (R-ID-2). */
  @Override
  public String toString() {
    return masked();
  }
}
