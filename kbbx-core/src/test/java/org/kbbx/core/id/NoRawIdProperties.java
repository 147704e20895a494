package org.kbbx.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kbbx.idtesting.IdLikeTexts.leaks;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.mask.IdMask;
import org.kbbx.core.status.EventType;
import org.kbbx.core.status.StatusEvent;
import org.kbbx.core.time.SchoolYear;
import org.kbbx.core.validation.Violation;
import org.kbbx.idtesting.IdLikeTexts;

/**
 * No text of the identifier types contains a full ID, valid or not (R-ID-5), and every one of
 * them masks by the one rule (R-ID-2).
 */
class NoRawIdProperties {

  /** Every text the public entry points of {@code core.id} make from {@code text}. */
  private static List<String> textsAbout(String text) {
    List<String> texts = new ArrayList<>();
    texts.add(thrown(() -> ResidentId.parse(text)));
    Validation<Seq<ResidentIdProblem>, ResidentId> checked = ResidentId.check(text);
    texts.add(checked.toString());
    checked.forEach(id -> {
      texts.add(id.toString());
      texts.add(id.masked());
      texts.add(String.valueOf(id.county()));
      LocalDate other = id.birthDate().getYear() > 1
          ? id.birthDate().minusDays(1)
          : id.birthDate().plusDays(1);
      BirthDateMismatch.check(id, other).forEach(m -> {
        texts.add(m.message());
        texts.add(m.toString());
      });
      texts.add(thrown(() -> new BirthDateMismatch(id, id.birthDate())));
    });
    if (checked.isInvalid()) {
      checked.getError().forEach(p -> {
        texts.add(p.toString());
        texts.add(p.reason());
        texts.add(p.toViolation("students[0].residentId", text).toString());
      });
    }
    Validation<Seq<Violation>, ResidentId> validated = ResidentId.validate(text);
    texts.add(validated.toString());
    if (validated.isInvalid()) {
      validated.getError().forEach(v -> texts.add(v.message()));
    }
    texts.add(thrown(() -> ResidentId.checkCharacterOf(text)));
    texts.add(thrown(
        () -> ResidentId.checkCharacterOf(text.substring(0, Math.min(17, text.length())))));
    if (text.length() <= 18
        && text.chars().limit(17).allMatch(Character::isDigit)
        && text.length() >= 17) {
      texts.add(thrown(() -> ResidentId.ofBody(Long.parseLong(text.substring(0, 17)))));
    }
    for (String key : List.of(text, "G" + text)) {
      texts.add(StudentId.of(key).toString());
      texts.add(StudentNumber.of(key).toString());
      texts.add(StudentNumber.validate(key).toString());
      texts.add(IdMask.mask(key));
      texts.add(IdMask.maskIdLikeRuns("student " + key + " in 学籍 " + key + "."));
    }
    return texts;
  }

  private static String thrown(Supplier<?> call) {
    try {
      return String.valueOf(call.get());
    } catch (RuntimeException e) {
      return e.getMessage() + " " + e;
    }
  }

  @Test
  @Tag("R-ID-5")
  void noTextOfTheIdTypesContainsTheId() {
    qt().forAll(IdLikeTexts.ids()).checkAssert(id -> {
      for (String text : textsAbout(id)) {
        assertThat(leaks(text, id)).as("%s leaks %s", text, id).isFalse();
      }
    });
  }

  @Test
  @Tag("R-ID-5")
  void problemReasonsNameTheCheckAndPositionNeverTheCharacters() {
    // the reason of a failed check is the same for every text failing it the same way, so it
    // carries none of the text's characters (not even the expected check character)
    String date =
        ResidentId.check(withCheck("52242819990231123")).getError().head().reason();
    String address =
        ResidentId.check(withCheck("00000020100301123")).getError().head().reason();
    String check = ResidentId.check("110105194912310021").getError().head().reason();
    qt().forAll(IdLikeTexts.invalidIds()).checkAssert(id -> {
      for (ResidentIdProblem p : ResidentId.check(id).getError()) {
        switch (p.check()) {
          case DATE -> assertThat(p.reason()).isEqualTo(date);
          case ADDRESS_CODE -> assertThat(p.reason()).isEqualTo(address);
          case CHECK_CHARACTER -> assertThat(p.reason()).isEqualTo(check);
          case LENGTH ->
            assertThat(p.reason()).isEqualTo("has " + id.length() + " characters, expected 18");
          case CHARACTER ->
            assertThat(p.reason())
                .matches(
                    "position \\d+ is not allowed there \\(positions 1-17 are digits, position 18 a digit or X\\)");
          default -> throw new AssertionError(p);
        }
      }
    });
  }

  @Test
  @Tag("R-ID-2")
  void studentKeysPrintMaskedExactlyByTheOneRule() {
    qt().forAll(IdLikeTexts.ids(), integers().between(1, 30)).checkAssert((id, cut) -> {
      String key = id.substring(0, Math.min(cut, id.length()));
      assertThat(StudentId.of(key).toString()).isEqualTo(IdMask.mask(key)).hasSameSizeAs(key);
      assertThat(StudentNumber.of(key).toString()).isEqualTo(IdMask.mask(key));
      assertThat(StudentId.of(key).toString())
          .doesNotContain(key.length() <= 8 ? key : key.substring(0, 7));
    });
  }

  @Test
  @Tag("R-ID-5")
  void idLikeRunsAreMaskedWhereverTheyAreTyped() {
    qt().forAll(IdLikeTexts.idLikeRuns(), integers().between(0, 3)).checkAssert((run, where) -> {
      String text = switch (where) {
        case 0 -> run;
        case 1 -> "unknown student \"" + run + "\"";
        case 2 -> "姓名" + run + "，学校";
        default -> "[" + run + "," + run + "]";
      };
      String masked = IdMask.maskIdLikeRuns(text);
      assertThat(leaks(masked, run)).as(masked).isFalse();
      assertThat(IdMask.maskIdLikeRuns(masked)).as("idempotent").isEqualTo(masked);
      assertThat(masked.replace("*", "")).doesNotContain(run.substring(6, 14));
    });
  }

  @Test
  @Tag("R-ID-5")
  void otherEntryPointsTakingTextNeverEchoIdLikeInput() {
    qt().forAll(IdLikeTexts.idLikeRuns()).checkAssert(like -> {
      List<String> texts = new ArrayList<>();
      texts.add(Violation.at("students[" + like + "]", "got '" + like + "'").toString());
      texts.add(Violation.at("x", "got " + like).under("$." + like).toString());
      texts.add(DivisionCode.validate(like).toString());
      texts.add(thrown(() -> DivisionCode.parse(like)));
      if (like.chars().allMatch(Character::isDigit) && like.length() <= 18) {
        texts.add(thrown(() -> DivisionCode.of(Long.parseLong(like))));
      }
      texts.add(SchoolYear.validate(like).toString());
      texts.add(thrown(() -> SchoolYear.parse(like)));
      texts.add(SchoolId.of(like).toString());
      texts.add(thrown(() -> StatusEvent.builder()
          .id(like)
          .student(StudentId.of(like))
          .effectiveDate(LocalDate.of(2024, 9, 2))
          .sequence(0)
          .type(EventType.ENROL)
          .build()));
      for (String text : texts) {
        assertThat(leaks(text, like)).as("%s leaks %s", text, like).isFalse();
      }
    });
  }

  private static String withCheck(String first17) {
    return first17 + ResidentId.checkCharacterOf(first17);
  }
}
