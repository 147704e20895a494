package org.kbbx.idtesting;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.Locale;
import org.kbbx.core.id.ResidentId;
import org.kbbx.core.mask.IdMask;
import org.quicktheories.core.Gen;

/**
 * Resident IDs and ID-like texts for the R-ID-5 property tests of every module, and the one
 * check that a text does not leak them.
 *
 * <p>Every generated text starts with a non-zero digit or a letter, so a valid one is also a valid
 * {@link ResidentId#ofBody} body.
 */
public final class IdLikeTexts {

  /** More consecutive characters of an ID than the masking rule ever shows (it keeps 6 + 4). */
  public static final int LEAK_WINDOW = 11;

  private IdLikeTexts() {}

  /**
   * Returns valid resident IDs: a real county-like code, a real date, any sequence, the right
   * check character.
   *
   * @return the generator
   */
  public static Gen<String> validIds() {
    Gen<String> address = integers()
        .between(11, 65)
        .zip(
            integers().between(1, 30),
            integers().between(1, 99),
            (province, city, county) -> String.format("%02d%02d%02d", province, city, county));
    Gen<LocalDate> birth =
        integers().between(-25_000, 30_000).map(day -> LocalDate.ofEpochDay(day));
    Gen<String> sequence = integers().between(0, 999).map(n -> String.format("%03d", n));
    return address.zip(birth, sequence, (a, b, s) -> {
      String body =
          a + String.format("%04d%02d%02d", b.getYear(), b.getMonthValue(), b.getDayOfMonth()) + s;
      return body + ResidentId.checkCharacterOf(body);
    });
  }

  /**
   * Returns invalid resident IDs as a mistyping clerk makes them: one character changed (digit or
   * letter), one dropped or added, the old 15-digit form, a wrong check character, an impossible
   * date, a random 18-digit number.
   *
   * @return the generator
   */
  public static Gen<String> invalidIds() {
    Gen<String> random = longs()
        .between(100_000_000_000_000_000L, 999_999_999_999_999_999L)
        .map(n -> Long.toString(n));
    return validIds()
        .mix(random, 20)
        .zip(integers().between(0, 7), integers().between(1, 17), IdLikeTexts::mistype)
        .assuming(text -> !ResidentId.isValid(text));
  }

  /**
   * Returns valid and invalid IDs, mixed.
   *
   * @return the generator
   */
  public static Gen<String> ids() {
    return validIds().mix(invalidIds(), 60);
  }

  /**
   * Returns texts that look like an ID wherever they are typed (R-ID-5): a valid or mistyped ID,
   * alone or as a 学籍号 {@code G} + ID; each is an ID-like run for {@link IdMask#maskIdLikeRuns}.
   *
   * @return the generator
   */
  public static Gen<String> idLikeRuns() {
    return ids().zip(integers().between(0, 2), (id, how) -> how == 0 ? "G" + id : id);
  }

  private static String mistype(String id, int how, int position) {
    return switch (how) {
      case 0 ->
        id.substring(0, position)
            + ((id.charAt(position) - '0' + 1) % 10)
            + id.substring(position + 1);
      case 1 -> id.substring(0, position) + id.substring(position + 1);
      case 2 -> id.substring(0, position) + (position % 10) + id.substring(position);
      case 3 -> id.substring(0, 6) + id.substring(8, 17);
      case 4 -> id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0');
      case 5 -> id.substring(0, 10) + "13" + id.substring(12);
      case 6 -> id.substring(0, position) + "O" + id.substring(position + 1);
      default -> id.toLowerCase(Locale.ROOT);
    };
  }

  /**
   * Returns whether {@code text} shows more of {@code id} than the masking rule allows: the whole
   * ID, or any {@value #LEAK_WINDOW} consecutive characters of it (ignoring case).
   *
   * @param text the text produced, may be null
   * @param id the ID given, not null
   * @return true if the text leaks the ID
   */
  public static boolean leaks(String text, String id) {
    if (text == null) {
      return false;
    }
    String haystack = text.toUpperCase(Locale.ROOT);
    String needle = id.toUpperCase(Locale.ROOT);
    if (needle.length() < LEAK_WINDOW) {
      return haystack.contains(needle);
    }
    for (int i = 0; i + LEAK_WINDOW <= needle.length(); i++) {
      if (haystack.contains(needle.substring(i, i + LEAK_WINDOW))) {
        return true;
      }
    }
    return false;
  }
}
