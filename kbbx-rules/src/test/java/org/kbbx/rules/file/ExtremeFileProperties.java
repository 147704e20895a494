package org.kbbx.rules.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.status.EventType;
import org.kbbx.core.time.SupportedDates;
import org.kbbx.rules.casework.CaseStep;
import org.kbbx.rules.escalation.MarkKind;
import org.quicktheories.core.Gen;

/**
 * The student and county files take inputs on any date — {@link LocalDate#MIN}, {@link
 * LocalDate#MAX}, their neighbours — and nulls, and answer for any as-of date: every input comes
 * back applied or rejected with a stable code, nothing throws (R-FILE-5, R-SM-2).
 */
class ExtremeFileProperties {

  static Gen<LocalDate> anyDate() {
    Gen<LocalDate> extremes = arbitrary()
        .pick(List.of(
            LocalDate.MIN,
            LocalDate.MIN.plusDays(1),
            LocalDate.MAX,
            LocalDate.MAX.minusDays(1),
            SupportedDates.FIRST,
            SupportedDates.LAST,
            FileFixtures.START,
            FileFixtures.START.plusDays(30)));
    return extremes.mix(
        longs()
            .between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay())
            .map(LocalDate::ofEpochDay),
        30);
  }

  static FileInput input(int kind, StudentId s, LocalDate on) {
    return switch (kind) {
      case 0 -> null;
      case 1 -> FileInput.of(FileFixtures.enrol(s, on));
      case 2 -> FileFixtures.mark(s, on, MarkKind.ABSENT_WITHOUT_REASON);
      case 3 -> FileInput.of(FileFixtures.event("e" + on, s, on, EventType.MARK_SUSPECTED));
      default -> FileFixtures.step(s, CaseStep.CONTACT, on);
    };
  }

  @Test
  @Tag("R-FILE-5")
  @Tag("R-SM-2")
  void inputsOnAnyDateComeBackAppliedOrRejectedAndAnyAsOfIsAnswered() {
    qt().forAll(anyDate(), anyDate(), anyDate(), integers().between(0, 4))
        .checkAssert((first, second, asOf, kind) -> {
          StudentId s = StudentId.of("S1");
          List<FileInput> inputs = new ArrayList<>();
          inputs.add(FileInput.of(FileFixtures.enrol(s, FileFixtures.START)));
          inputs.add(input(kind, s, first));
          inputs.add(input((kind + 2) % 5, s, second));
          inputs.add(FileFixtures.mark(s, FileFixtures.START.plusDays(1), MarkKind.EXCUSED));

          CountyDay day = FileFixtures.XX.replay(inputs, asOf);
          assertThat(day.applied().size() + day.rejections().size()).isEqualTo(inputs.size());
          for (LocalDate when : List.of(asOf, LocalDate.MIN, LocalDate.MAX, first)) {
            assertThat(FileFixtures.XX.picture(day.county(), s, when)).isNotNull();
          }
          StudentPicture picture = FileFixtures.HEZHANG.student(s, inputs, asOf);
          assertThat(picture.rejections()).isNotNull();

          CountyDay none = FileFixtures.XX.feedDay(null, asOf, inputs);
          assertThat(none.rejections()).hasSize(inputs.size());
          assertThat(none.rejections()).allMatch(r -> r.code() == FileRefusal.NULL_FILE);
          assertThat(FileFixtures.XX.feedDay(day.county(), null, inputs).rejections())
              .hasSize(inputs.size());
        });
  }
}
