package org.kbbx.core.mask;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one masking rule for identifiers (R-ID-2, R-ID-5), by example. */
class IdMaskTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "11010519491231002X       | 110105********002X",
        "G11010519491231002X      | G11010*********002X",
        "110105194912310020X7     | 110105**********20X7",
        "11010519491231002        | 11010********1002",
        "1101051949123100         | 1101********3100",
        "110105491231002          | 1101********002",
        "S2019-00420              | S2********0",
        "S2019-0042               | S********2",
        "S2019-004                | S********",
        "S2019-00                 | ********",
        "H1                       | **",
        "x                        | *",
      })
  @Tag("R-ID-2")
  void masksByTheOneRule(String text, String masked) {
    assertThat(IdMask.mask(text)).isEqualTo(masked);
  }

  @Test
  @Tag("R-ID-5")
  void emptyAndNullNeverFail() {
    assertThat(IdMask.mask("")).isEmpty();
    assertThat(IdMask.mask(null)).isEqualTo("null");
    assertThat(IdMask.maskIdLikeRuns(null)).isEqualTo("null");
    assertThat(IdMask.maskIdLikeRuns("")).isEmpty();
  }

  @Test
  @Tag("R-ID-2")
  void countsCodePointsSoNoSurrogateIsCut() {
    String text = "𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀"; // 18 supplementary characters
    String masked = IdMask.mask(text);
    assertThat(masked.codePointCount(0, masked.length())).isEqualTo(18);
    assertThat(masked).isEqualTo("𠀀".repeat(6) + "********" + "𠀀".repeat(4));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "students[1].residentId: '110101201403030011' | students[1].residentId: '110101********0011'",
        "unknown student G11010519491231002X          | unknown student G11010*********002X",
        "typed 11O105194912310020 with a letter O     | typed 11O105********0020 with a letter O",
        "姓名张三110105194912310020abc，学校              | 姓名张三110105***********0abc，学校",
        "old id 110105491231002, new 11010519491231002x | old id 1101********002, new 110105********002x",
        "full-width １１０１０５１９４９１２３１００２X | full-width １１０１０５********００２X",
        "school 5224280101 and code 522428000000    | school 5224280101 and code 522428000000",
        "14 digits 11010519491231 stay              | 14 digits 11010519491231 stay",
        "INTERNATIONALISATION1234 stays             | INTERNATIONALISATION1234 stays",
        "timestamp 20231015123045Z is 15 characters | timestamp 2023********45Z is 15 characters",
        "already 110105********002X                 | already 110105********002X",
      })
  @Tag("R-ID-5")
  void masksEveryIdLikeRunInFreeText(String text, String masked) {
    assertThat(IdMask.maskIdLikeRuns(text)).isEqualTo(masked);
  }
}
