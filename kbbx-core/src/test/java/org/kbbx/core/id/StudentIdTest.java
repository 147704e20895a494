package org.kbbx.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.mask.IdMask;

/** Student ids are opaque keys that print masked (R-ID-4, R-ID-2, R-ID-5). */
class StudentIdTest {

  @Test
  @Tag("R-ID-4")
  void keepsTheKeyExactlyAndComparesOnIt() {
    assertThat(StudentId.of(" S-001 ").unmasked()).isEqualTo(" S-001 ");
    assertThat(StudentId.of("S-001"))
        .isEqualTo(StudentId.of("S-001"))
        .isNotEqualTo(StudentId.of("s-001"));
    assertThat(StudentId.of("S-001")).hasSameHashCodeAs(StudentId.of("S-001"));
  }

  @Test
  @Tag("R-ID-2")
  @Tag("R-ID-5")
  void toStringIsMaskedByTheOneRule() {
    // a 学籍号 often is G + the resident ID
    assertThat(StudentId.of("G11010519491231002X").toString()).isEqualTo("G11010*********002X");
    assertThat(StudentId.of("H1").toString()).isEqualTo("**");
    assertThat(StudentId.of("S2019-0042").toString()).isEqualTo(IdMask.mask("S2019-0042"));
  }

  @Test
  @Tag("R-ID-5")
  void blankIsRejectedWithoutEchoingTheText() {
    assertThatThrownBy(() -> StudentId.of(" \t"))
        .hasMessage("Invalid StudentId: must not be blank");
    assertThatThrownBy(() -> StudentId.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("value");
  }
}
