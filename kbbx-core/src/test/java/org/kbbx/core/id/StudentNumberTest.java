package org.kbbx.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.mask.IdMask;

/** Student record numbers are opaque and non-blank (R-ID-4). */
class StudentNumberTest {

  @Test
  @Tag("R-ID-4")
  void anyNonBlankTextIsKeptExactly() {
    assertThat(StudentNumber.of(" S-001 ").unmasked()).isEqualTo(" S-001 ");
    assertThat(StudentNumber.of("S-001"))
        .isEqualTo(StudentNumber.of("S-001"))
        .isNotEqualTo(StudentNumber.of("s-001"));
  }

  @Test
  @Tag("R-ID-4")
  void blankAndNullAreRejected() {
    assertThatThrownBy(() -> StudentNumber.of(" "))
        .hasMessage("Invalid student number '*': expected non-blank text");
    assertThatThrownBy(() -> StudentNumber.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("value");
    assertThat(StudentNumber.validate(null).getError().head().path()).isEqualTo("studentNumber");
    assertThat(StudentNumber.validate("").isInvalid()).isTrue();
    assertThat(StudentNumber.validate("G1").get().unmasked()).isEqualTo("G1");
  }

  @Test
  @Tag("R-ID-2")
  @Tag("R-ID-5")
  void everyNumberPrintsMaskedByTheOneRule() {
    assertThat(StudentNumber.of("G11010519491231002X").toString()).isEqualTo("G11010*********002X");
    assertThat(StudentNumber.of("S-001").toString()).isEqualTo("*****");
    assertThat(StudentNumber.of("S2019-0042").toString()).isEqualTo(IdMask.mask("S2019-0042"));
  }
}
