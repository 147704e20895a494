package org.kbbx.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.kbbx.core.mask.IdMask;

/** Student record numbers are opaque and non-blank (R-ID-4). */
class StudentNumberTest {

  @Test
  void anyNonBlankTextIsKeptExactly_R_ID_4() {
    assertThat(StudentNumber.of(" S-001 ").unmasked()).isEqualTo(" S-001 ");
    assertThat(StudentNumber.of("S-001"))
        .isEqualTo(StudentNumber.of("S-001"))
        .isNotEqualTo(StudentNumber.of("s-001"));
  }

  @Test
  void blankAndNullAreRejected_R_ID_4() {
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
  void everyNumberPrintsMaskedByTheOneRule_R_ID_2_R_ID_5() {
    assertThat(StudentNumber.of("G11010519491231002X").toString()).isEqualTo("G11010*********002X");
    assertThat(StudentNumber.of("S-001").toString()).isEqualTo("*****");
    assertThat(StudentNumber.of("S2019-0042").toString()).isEqualTo(IdMask.mask("S2019-0042"));
  }
}
