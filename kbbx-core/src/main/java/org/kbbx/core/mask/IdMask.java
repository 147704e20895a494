package org.kbbx.core.mask;

/**
 * The one masking rule for identifiers (R-ID-2, R-ID-5): resident IDs, student ids, student
 * numbers (学籍号) and any ID-like text copied from untrusted input are shown only through it.
 *
 * <p>{@link #mask} keeps at most the first 6 and the last 4 characters of a text and hides at
 * least 8, replacing each hidden character by {@code *}, so the length stays visible. Exactly:
 * for a text of {@code n} characters (Unicode code points), {@code hidden = max(8, n - 10)}, all
 * of them when {@code n <= 8}; of the {@code kept = n - hidden} characters, the end keeps
 * {@code min(4, kept / 2)} and the start the rest. An 18-character resident ID therefore keeps
 * its address code and its last 4 ({@code 110105********002X}) and hides exactly its birth date
 * (positions 7–14); a shorter, mistyped ID still hides 8 characters around where its birth date
 * would be; short opaque ids are hidden entirely.
 *
 * <table>
 *   <caption>Examples</caption>
 *   <tr><th>text</th><th>masked</th></tr>
 *   <tr><td>{@code 11010519491231002X} (18)</td><td>{@code 110105********002X}</td></tr>
 *   <tr><td>{@code G11010519491231002X} (19)</td><td>{@code G11010*********002X}</td></tr>
 *   <tr><td>{@code 1101051949123100} (16)</td><td>{@code 1101********3100}</td></tr>
 *   <tr><td>{@code 11010519491231002} (17)</td><td>{@code 11010********1002}</td></tr>
 *   <tr><td>{@code 110105491231002} (15)</td><td>{@code 1101********002}</td></tr>
 *   <tr><td>{@code S2019-0042} (10)</td><td>{@code S********2}</td></tr>
 *   <tr><td>{@code H1} (2)</td><td>{@code **}</td></tr>
 *   <tr><td>{@code null}</td><td>{@code null}</td></tr>
 * </table>
 *
 * <p>{@link #maskIdLikeRuns} applies the same rule inside free text to every ID-like run: a
 * maximal sequence of digits and ASCII letters at least {@value #ID_LIKE_MIN_LENGTH} characters
 * long of which at least {@value #ID_LIKE_MIN_DIGITS} are digits. That is what a resident ID, an
 * old 15-digit ID, a 学籍号 {@code G} + ID, or an ID mistyped with a letter ({@code O} for
 * {@code 0}) looks like wherever it was typed; a 12-digit division code, a 10-digit school code or
 * a date is not ID-like.
 *
 * <p>A masked ID must never be shown next to the birth date it encodes: the mask hides exactly
 * that date, so the two together are the full number.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IdMask {

  /** An ID-like run has at least this many characters (digits and ASCII letters). */
  public static final int ID_LIKE_MIN_LENGTH = 15;

  /** An ID-like run has at least this many digits. */
  public static final int ID_LIKE_MIN_DIGITS = 14;

  private static final int MIN_HIDDEN = 8;
  private static final int MAX_KEPT = 10;
  private static final int MAX_TAIL = 4;

  private IdMask() {}

  /**
   * Returns {@code text} masked by the one rule: at most the first 6 and the last 4 characters
   * kept, at least 8 hidden, every hidden character shown as {@code *}.
   *
   * <p>Examples: {@code mask("11010519491231002X")} is {@code "110105********002X"};
   * {@code mask("H1")} is {@code "**"}.
   *
   * @param text the identifier, may be null (gives {@code "null"})
   * @return the masked text, as many characters (code points) long as {@code text}
   */
  public static String mask(CharSequence text) {
    if (text == null) {
      return "null";
    }
    String value = text.toString();
    int n = value.codePointCount(0, value.length());
    int hidden = Math.min(n, Math.max(MIN_HIDDEN, n - MAX_KEPT));
    int kept = n - hidden;
    int tail = Math.min(MAX_TAIL, kept / 2);
    int head = kept - tail;
    int headEnd = value.offsetByCodePoints(0, head);
    int tailStart = value.offsetByCodePoints(value.length(), -tail);
    return value.substring(0, headEnd) + "*".repeat(hidden) + value.substring(tailStart);
  }

  /**
   * Returns {@code text} with every ID-like run masked by {@link #mask}: a run is a maximal
   * sequence of digits ({@link Character#isDigit}, so full-width digits too) and ASCII letters; it
   * is ID-like when it has {@value #ID_LIKE_MIN_LENGTH} or more characters of which
   * {@value #ID_LIKE_MIN_DIGITS} or more are digits. Other text is kept, so messages stay
   * readable; text already masked is unchanged (a {@code *} ends a run).
   *
   * <p>Example: {@code maskIdLikeRuns("unknown student G11010519491231002X")} is
   * {@code "unknown student G11010*********002X"}: the run is the 19 characters from the
   * {@code G}.
   *
   * @param text free text, may be null (gives {@code "null"})
   * @return the text with its ID-like runs masked
   */
  public static String maskIdLikeRuns(CharSequence text) {
    if (text == null) {
      return "null";
    }
    String value = text.toString();
    StringBuilder out = null;
    int copied = 0;
    int i = 0;
    while (i < value.length()) {
      int c = value.codePointAt(i);
      if (!inRun(c)) {
        i += Character.charCount(c);
        continue;
      }
      int start = i;
      int length = 0;
      int digits = 0;
      while (i < value.length() && inRun(c = value.codePointAt(i))) {
        i += Character.charCount(c);
        length++;
        digits += Character.isDigit(c) ? 1 : 0;
      }
      if (length >= ID_LIKE_MIN_LENGTH && digits >= ID_LIKE_MIN_DIGITS) {
        if (out == null) {
          out = new StringBuilder(value.length());
        }
        out.append(value, copied, start).append(mask(value.substring(start, i)));
        copied = i;
      }
    }
    return out == null ? value : out.append(value, copied, value.length()).toString();
  }

  private static boolean inRun(int c) {
    return Character.isDigit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }
}
