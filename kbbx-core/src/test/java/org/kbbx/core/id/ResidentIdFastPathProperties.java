package org.kbbx.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.mask.IdMask;
import org.quicktheories.core.Gen;

/**
 * The fast paths of resident IDs ({@link ResidentId#check}'s one-pass happy path,
 * {@link ResidentId#isValidBody}, {@link ResidentId#ofBody}) agree with the full R-ID-1 check.
 */
class ResidentIdFastPathProperties {

  /** Texts near valid IDs: valid ones, lower-case x, one character changed, cut or lengthened. */
  private static Gen<String> nearIds() {
    Gen<String> valid =
        ResidentIdProperties.first17s().map(b -> b + ResidentId.checkCharacterOf(b));
    Gen<String> rawBodies =
        longs().between(0L, 99_999_999_999_999_999L).map(n -> String.format("%017d", n));
    Gen<String> anyBody = rawBodies.mix(ResidentIdProperties.first17s(), 70);
    Gen<String> withCheck = anyBody.zip(
        integers().between(0, 11),
        (body, c) ->
            body + (c == 11 ? ResidentId.checkCharacterOf(body) : "10X9876543xa".charAt(c)));
    return withCheck
        .mix(valid, 50)
        .zip(
            integers().between(0, 40),
            integers().between(0, 17),
            ResidentIdFastPathProperties::mutate);
  }

  private static String mutate(String text, int how, int position) {
    return switch (how) {
      case 0 -> text.substring(0, position) + 'a' + text.substring(position + 1);
      case 1 -> text.substring(0, position);
      case 2 -> text + position;
      case 3 -> text.toLowerCase(Locale.ROOT);
      case 4 ->
        text.substring(0, position)
            + ((text.charAt(position) - '0' + 1) % 10)
            + text.substring(position + 1);
      default -> text;
    };
  }

  @Test
  @Tag("R-ID-1")
  void checkAgreesWithTheFullCheck() {
    qt().forAll(nearIds()).checkAssert(text -> {
      Validation<Seq<ResidentIdProblem>, ResidentId> fast = ResidentId.check(text);
      Validation<Seq<ResidentIdProblem>, ResidentId> full = ResidentId.checkFully(text);
      assertThat(fast.isValid()).as(text).isEqualTo(full.isValid());
      if (full.isValid()) {
        assertThat(fast.get().unmasked()).isEqualTo(full.get().unmasked());
        assertThat(fast.get().birthDate()).isEqualTo(full.get().birthDate());
        assertThat(fast.get().county()).isEqualTo(full.get().county());
      } else {
        assertThat(fast.getError()).isEqualTo(full.getError());
      }
    });
  }

  @Test
  @Tag("R-ID-1")
  @Tag("R-ID-5")
  void aBodyIsValidExactlyWhenItsIdPassesTheFullCheck() {
    qt().forAll(longs()
            .between(-1L, 100_000_000_000_000_000L)
            .mix(ResidentIdProperties.first17s().map((String b) -> Long.parseLong(b)), 50))
        .checkAssert(body -> {
          boolean seventeenDigits = body >= 0 && Long.toString(body).length() == 17;
          String first17 = seventeenDigits ? Long.toString(body) : null;
          boolean valid = seventeenDigits
              && ResidentId.checkFully(first17 + ResidentId.checkCharacterOf(first17))
                  .isValid();
          assertThat(ResidentId.isValidBody(body)).as("%s", body).isEqualTo(valid);
          if (valid) {
            ResidentId id = ResidentId.ofBody(body);
            assertThat(id)
                .isEqualTo(ResidentId.parse(first17 + ResidentId.checkCharacterOf(first17)));
            assertThat(id.birthDate()).isEqualTo(ResidentId.parse(id.unmasked()).birthDate());
            assertThat(id.county()).isEqualTo(ResidentId.parse(id.unmasked()).county());
          } else {
            assertThatThrownBy(() -> ResidentId.ofBody(body))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(IdMask.mask(String.valueOf(body)))
                .hasMessageNotContaining(String.valueOf(body)); // R-ID-5
          }
        });
  }

  @Test
  @Tag("R-ID-1")
  void ofBodyRebuildsTheDocumentedExample() {
    assertThat(ResidentId.ofBody(11010519491231002L).unmasked()).isEqualTo("11010519491231002X");
    assertThat(ResidentId.isValidBody(52242819990231123L)).isFalse();
    assertThat(ResidentId.isValidBody(52242800000229123L)).isTrue();
    assertThat(ResidentId.isValidBody(52242819000229123L)).isFalse();
  }
}
