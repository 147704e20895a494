package org.kbbx.rules.file;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kbbx.core.id.StudentId;
import org.kbbx.rules.escalation.EscalationStatus;
import org.kbbx.rules.escalation.Streak;
import org.kbbx.rules.escalation.StudentEscalation;
import org.kbbx.rules.internal.ChainLog;
import org.kbbx.rules.internal.StudentColumns;

/**
 * R-FILE-4: a county file keeps each student's state in 16-bit date fields; a file whose dates
 * fit is written out and read back unchanged, and one whose dates do not fit stays cold (taken
 * through the file), so no date is ever cut.
 */
class HotRowTest {

  private static final StudentId STUDENT = StudentId.of("S1");

  private static StudentFile fileThrough(LocalDate through, LocalDate suspectedOn) {
    StudentEscalation state = new StudentEscalation(
        EscalationStatus.SUSPECTED_DROPOUT,
        Option.some(new Streak(20, suspectedOn, through)),
        Option.some(suspectedOn),
        Option.some(through));
    return new StudentFile(
        STUDENT,
        Vector.empty(),
        Vector.empty(),
        Vector.empty(),
        new StudentFile.Derived(
            Option.some(through),
            state,
            Vector.empty(),
            Vector.empty(),
            Vector.empty(),
            Option.some(suspectedOn.plusMonths(3))));
  }

  private static int written(StudentColumns.Builder columns, StudentFile file) {
    int row = columns.add(STUDENT, 7);
    HotRow.write(columns, row, file);
    return row;
  }

  @Test
  void datesOfTheSupportedRangeAreKeptInTheRowAndReadBackUnchanged() {
    StudentColumns.Builder columns = StudentColumns.empty(HotRow.WIDTH).toBuilder();
    StudentFile file = fileThrough(LocalDate.of(2100, 12, 31), LocalDate.of(1990, 1, 1));
    int row = written(columns, file);

    assertThat(columns.intAt(row, HotRow.FLAGS) & HotRow.HOT).isNotZero();
    assertThat(HotRow.escalation(columns, row, new HotRow.Dates()))
        .isEqualTo(file.derived().escalation());
    assertThat(HotRow.due(columns, row, new HotRow.Dates()))
        .isEqualTo(file.derived().dropoutDue());
    assertThat(HotRow.file(columns, ChainLog.empty(), row)).isEqualTo(file);
  }

  @Test
  void aDateBefore1970OrAfter2149KeepsTheRowCold() {
    for (LocalDate far : new LocalDate[] {LocalDate.of(1969, 12, 31), LocalDate.of(2149, 6, 7)}) {
      StudentColumns.Builder columns = StudentColumns.empty(HotRow.WIDTH).toBuilder();
      StudentFile file = fileThrough(far, far.getYear() < 2000 ? far : LocalDate.of(2023, 9, 4));
      int row = written(columns, file);

      assertThat(columns.intAt(row, HotRow.FLAGS) & HotRow.HOT).as("%s", far).isZero();
      assertThat(HotRow.file(columns, ChainLog.empty(), row)).isEqualTo(file);
    }
  }

  @Test
  void theLastDayThatFitsStillKeepsTheRowHot() {
    StudentColumns.Builder columns = StudentColumns.empty(HotRow.WIDTH).toBuilder();
    LocalDate last = LocalDate.ofEpochDay(0xFFFF);
    StudentFile file = fileThrough(last, LocalDate.ofEpochDay(0));
    int row = written(columns, file);

    assertThat(last).isEqualTo(LocalDate.of(2149, 6, 6));
    assertThat(columns.intAt(row, HotRow.FLAGS) & HotRow.HOT).isNotZero();
    assertThat(HotRow.escalation(columns, row, new HotRow.Dates()))
        .isEqualTo(file.derived().escalation());
  }
}
