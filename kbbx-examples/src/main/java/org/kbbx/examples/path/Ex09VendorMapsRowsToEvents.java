package org.kbbx.examples.path;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kbbx.core.school.Grade;
import org.kbbx.core.status.EventType;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.status.StatusEvent;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.status.StudentTimeline;
import org.kbbx.core.status.TimelineEntry;

/**
 * Example 9 — a vendor maps its own database rows to kbbx events (in memory, R-SM-2..4).
 *
 * <p>A school-management vendor stores status changes as rows with its own codes ("RX" 入学,
 * "XX" 休学, "FX" 复学, "ZC" 转出, "LS" 流失). It keeps its tables; a small mapping table turns each
 * row into a kbbx event, rows it cannot map are reported, and the library keeps rows it refuses
 * with a typed reason instead of throwing.
 */
public final class Ex09VendorMapsRowsToEvents {

  /**
   * One row of the vendor's {@code t_student_change} table.
   *
   * @param rowId the row's primary key
   * @param xjh the student number (学籍号)
   * @param bdlx the vendor's change code (变动类型)
   * @param bdrq the change date (变动日期)
   * @param xxdm the school code, when the change names one
   * @param nj the grade, when the change names one
   * @param jzrq the end date, when the change has one
   */
  record VendorRow(long rowId, String xjh, String bdlx, LocalDate bdrq, String xxdm, Integer nj,
      LocalDate jzrq) {}

  /** The vendor's codes and the kbbx event types they mean: a table, not code. */
  static final Map<String, EventType> CODES = Map.of(
      "RX", EventType.ENROL,
      "XX", EventType.SUSPEND,
      "FX", EventType.RESUME,
      "ZC", EventType.TRANSFER_OUT,
      "ZR", EventType.CONFIRM_TRANSFER_IN,
      "FXX", EventType.RETURN);

  private Ex09VendorMapsRowsToEvents() {}

  /**
   * Prints the story.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    run(out);
    out.flush();
  }

  /**
   * Tells the story on {@code out}.
   *
   * @param out where to print
   */
  public static void run(PrintWriter out) {
    List<VendorRow> rows = List.of(
        new VendorRow(101, "G001", "RX", LocalDate.of(2023, 9, 1), "5224990001", 7, null),
        new VendorRow(102, "G002", "RX", LocalDate.of(2023, 9, 1), "5224990001", 8, null),
        new VendorRow(103, "G001", "XX", LocalDate.of(2023, 11, 6), null, null,
            LocalDate.of(2024, 2, 25)),
        new VendorRow(104, "G002", "ZC", LocalDate.of(2024, 3, 1), "5224990002", null, null),
        new VendorRow(105, "G001", "FX", LocalDate.of(2024, 2, 26), null, null, null),
        new VendorRow(106, "G002", "FX", LocalDate.of(2024, 3, 5), null, null, null),
        new VendorRow(107, "G001", "LS", LocalDate.of(2024, 4, 1), null, null, null));
    Map<String, List<StatusEvent>> byStudent = new LinkedHashMap<>();
    for (VendorRow row : rows) {
      Optional<StatusEvent> event = map(row);
      if (event.isEmpty()) {
        out.println("Row " + row.rowId() + ": vendor code " + row.bdlx()
            + " has no kbbx event type; reported to the vendor's data team");
        continue;
      }
      byStudent.computeIfAbsent(row.xjh(), k -> new ArrayList<>()).add(event.get());
    }
    for (Map.Entry<String, List<StatusEvent>> student : byStudent.entrySet()) {
      StudentTimeline timeline =
          StudentTimeline.of(StudentId.of(student.getKey())).withAll(student.getValue());
      out.println(student.getKey() + ": " + timeline.current().schooling() + " / record "
          + timeline.current().record() + ", record school "
          + timeline.current().recordSchool().map(Object::toString).orElse("-"));
      for (TimelineEntry r : timeline.rejected()) {
        out.println("  row " + r.event().id() + " refused: " + r.rejection().get().code() + " — "
            + r.rejection().get().reason());
      }
    }
  }

  /** Maps one row, or nothing when the vendor code has no kbbx meaning. */
  static Optional<StatusEvent> map(VendorRow row) {
    EventType type = CODES.get(row.bdlx());
    if (type == null) {
      return Optional.empty();
    }
    StatusEvent.Builder b = StatusEvent.builder()
        .id(Long.toString(row.rowId()))
        .student(StudentId.of(row.xjh()))
        .effectiveDate(row.bdrq())
        .sequence(row.rowId())
        .type(type);
    if (row.xxdm() != null) {
      b.school(SchoolId.of(row.xxdm()));
    }
    if (row.nj() != null) {
      b.grade(Grade.of(row.nj()));
    }
    if (row.jzrq() != null) {
      b.until(row.jzrq());
    }
    return Optional.of(b.build());
  }
}
