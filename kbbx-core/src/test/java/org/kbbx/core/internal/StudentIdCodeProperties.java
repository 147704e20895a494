package org.kbbx.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.id.StudentId;
import org.quicktheories.core.Gen;

/**
 * A student id's code is exact: every text that has one can be read back from it, so two ids with
 * codes are equal exactly when their codes are, and a table may compare codes instead of ids
 * (R-ID-4: equality is on the full key).
 */
class StudentIdCodeProperties {

  /** Texts of both shapes, near misses of them, and texts of neither. */
  private static Gen<String> texts() {
    Gen<String> shortAscii = strings().betweenCodePoints(1, 0x7F).ofLengthBetween(1, 11);
    Gen<String> anyChars = strings().allPossible().ofLengthBetween(1, 20);
    Gen<String> bodies =
        longs().between(0L, 99_999_999_999_999_999L).map(n -> String.format("%017d", n));
    Gen<String> residentShaped = bodies.zip(
        integers().between(0, 12),
        integers().between(0, 6),
        (body, check, prefix) ->
            " GLJgA".substring(Math.min(prefix, 5), Math.min(prefix, 5) + 1).trim()
                + (prefix == 6 ? "GG" : "")
                + body
                + "0123456789Xx".charAt(Math.min(check, 11)));
    return shortAscii.mix(anyChars, 20).mix(residentShaped, 50);
  }

  @Test
  @Tag("R-ID-4")
  void aCodeReadsBackAsItsText() {
    qt().forAll(texts()).checkAssert(text -> {
      // A blank text is no student id; the same text after a letter is.
      String key = text.isBlank() ? "b" + text : text;
      long code = code(key);
      if (code != StudentIdCode.NONE) {
        assertThat(decode(code)).isEqualTo(key);
      }
      StudentId id = StudentId.of(key);
      StudentId anew = StudentId.of(new String(key.toCharArray()));
      assertThat(anew).isEqualTo(id).hasSameHashCodeAs(id);
    });
  }

  @Test
  @Tag("R-ID-4")
  void whichTextsHaveACode() {
    assertThat(code("S1")).isNotEqualTo(StudentIdCode.NONE).isPositive();
    assertThat(code("S12345678")).isNotEqualTo(StudentIdCode.NONE);
    assertThat(code("G11010519491231002X")).isNegative().isNotEqualTo(-1L);
    assertThat(code("11010519491231002X")).isNegative().isNotEqualTo(-1L);
    assertThat(code("99999999999999999X")).isNotEqualTo(StudentIdCode.NONE);
    assertThat(code("J99999999999999999X")).isNotEqualTo(StudentIdCode.NONE);
    for (String none : new String[] {
      "S123456789", // ten characters
      "S-2019-0042-07",
      "11010519491231002x", // lower-case check character
      "A11010519491231002X", // a prefix other than G, L and J
      "GG11010519491231002X",
      "1101051949123100",
      "110105194912310A2X",
      "学籍号",
      "S\u0000",
      "S\u0080"
    }) {
      assertThat(code(none)).as(none).isEqualTo(StudentIdCode.NONE);
    }
    // Near texts get different codes: a character more, a prefix, the check character.
    assertThat(code("S1")).isNotEqualTo(code("S10"));
    assertThat(code("11010519491231002X"))
        .isNotEqualTo(code("G11010519491231002X"))
        .isNotEqualTo(code("110105194912310020"));
  }

  private static long code(String text) {
    return StudentIdCode.of(StudentId.of(text));
  }

  /** The inverse of the packing, for codes other than {@link StudentIdCode#NONE}. */
  private static String decode(long code) {
    StringBuilder out = new StringBuilder();
    if (code >= 0) {
      for (int i = 0; i < 9; i++) {
        int c = (int) (code >>> (7 * (8 - i))) & 0x7F;
        if (c == 0) {
          break;
        }
        out.append((char) c);
      }
      return out.toString();
    }
    int prefix = (int) (code >>> 60) & 0x7;
    long value = code & ((1L << 60) - 1);
    if (prefix > 0) {
      out.append("GLJ".charAt(prefix - 1));
    }
    out.append(String.format("%017d", value / 11));
    long check = value % 11;
    out.append(check == 10 ? 'X' : (char) ('0' + check));
    return out.toString();
  }
}
