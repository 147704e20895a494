package org.kbbx.examples.path;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.school.Grade;
import org.kbbx.core.status.EventType;
import org.kbbx.core.status.StatusEvent;
import org.kbbx.core.time.SchoolCalendar;
import org.kbbx.core.time.Term;
import org.kbbx.rules.escalation.EscalationInput;
import org.kbbx.rules.escalation.MarkKind;
import org.kbbx.rules.file.CountyDay;
import org.kbbx.rules.file.CountyFile;
import org.kbbx.rules.file.FileAlert;
import org.kbbx.rules.file.FileCase;
import org.kbbx.rules.file.FileInput;
import org.kbbx.rules.file.FileKeeper;
import org.kbbx.rules.file.FileRejection;
import org.kbbx.rules.file.StudentFile;
import org.kbbx.rules.file.StudentPicture;
import org.kbbx.rules.profile.Profiles;

/**
 * Example 9 — a vendor embeds kbbx: its own rows become events and marks, a county is fed one
 * school day at a time, the state is saved as plain data, and any student's picture is asked
 * for any date (R-FILE-1..5, R-SM-2..4). This is the "Embedding kbbx" section of the README.
 *
 * <p>A school-management vendor stores status changes as rows with its own codes ("RX" 入学,
 * "XX" 休学, "FX" 复学, "ZC" 转出, "FXX" 劝返复学, "LS" 流失) and daily attendance as rows ("QQ"
 * 无故缺课, "QJ" 请假). A small mapping table turns each row into a kbbx input; rows it cannot map
 * are reported; everything else goes into the library's {@link FileKeeper}, which answers every
 * input applied or rejected with a code, never throwing.
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
  record VendorRow(
      long rowId,
      String xjh,
      String bdlx,
      LocalDate bdrq,
      String xxdm,
      Integer nj,
      LocalDate jzrq) {}

  /**
   * One row of the vendor's {@code t_attendance} table: only days a student was not in class.
   *
   * @param xjh the student number
   * @param rq the day
   * @param kqlx the vendor's code: {@code QQ} absent without reason, {@code QJ} excused
   */
  record AttendanceRow(String xjh, LocalDate rq, String kqlx) {}

  /** The vendor's codes and the kbbx event types they mean: a table, not code. */
  static final Map<String, EventType> CODES = Map.of(
      "RX", EventType.ENROL,
      "XX", EventType.SUSPEND,
      "FX", EventType.RESUME,
      "ZC", EventType.TRANSFER_OUT,
      "ZR", EventType.CONFIRM_TRANSFER_IN,
      "FXX", EventType.RETURN);

  /** The county's school calendar for 2023/24. */
  static final SchoolCalendar CALENDAR = SchoolCalendar.builder()
      .term(Term.autumn(LocalDate.of(2023, 9, 1), LocalDate.of(2024, 1, 19)))
      .term(Term.spring(LocalDate.of(2024, 2, 26), LocalDate.of(2024, 7, 5)))
      .holidays(LocalDate.of(2023, 9, 29), LocalDate.of(2023, 10, 6))
      .makeUpDay(LocalDate.of(2023, 10, 7))
      .build();

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
        new VendorRow(100, "G003", "RX", LocalDate.of(2023, 9, 1), "5224990001", 7, null),
        new VendorRow(101, "G001", "RX", LocalDate.of(2023, 9, 1), "5224990001", 7, null),
        new VendorRow(102, "G002", "RX", LocalDate.of(2023, 9, 1), "5224990001", 8, null),
        new VendorRow(
            103, "G001", "XX", LocalDate.of(2023, 11, 6), null, null, LocalDate.of(2024, 2, 25)),
        new VendorRow(104, "G002", "ZC", LocalDate.of(2024, 3, 1), "5224990002", null, null),
        new VendorRow(105, "G001", "FX", LocalDate.of(2024, 2, 26), null, null, null),
        new VendorRow(106, "G002", "FX", LocalDate.of(2024, 3, 5), null, null, null),
        new VendorRow(107, "G001", "LS", LocalDate.of(2024, 4, 1), null, null, null),
        new VendorRow(108, "G003", "FXX", LocalDate.of(2023, 10, 23), null, null, null));
    List<AttendanceRow> attendance = new ArrayList<>();
    for (LocalDate d = LocalDate.of(2023, 10, 9);
        d.isBefore(LocalDate.of(2023, 10, 17));
        d = d.plusDays(1)) {
      if (CALENDAR.isSchoolDay(d)) {
        attendance.add(new AttendanceRow("G003", d, "QQ"));
        attendance.add(new AttendanceRow("G001", d, "QJ"));
      }
    }

    // 1. Map the vendor's rows to kbbx inputs, by day.
    Map<LocalDate, List<FileInput>> byDay = new TreeMap<>();
    for (VendorRow row : rows) {
      Optional<StatusEvent> event = map(row);
      if (event.isEmpty()) {
        out.println("Row " + row.rowId() + ": vendor code " + row.bdlx()
            + " has no kbbx event type; reported to the vendor's data team");
        continue;
      }
      byDay.computeIfAbsent(row.bdrq(), k -> new ArrayList<>()).add(FileInput.of(event.get()));
    }
    for (AttendanceRow a : attendance) {
      byDay
          .computeIfAbsent(a.rq(), k -> new ArrayList<>())
          .add(FileInput.of(new EscalationInput.Mark(
              StudentId.of(a.xjh()),
              a.rq(),
              "QQ".equals(a.kqlx()) ? MarkKind.ABSENT_WITHOUT_REASON : MarkKind.EXCUSED)));
    }

    // 2. Feed the county one day at a time; each day's alerts go to the people who act.
    FileKeeper keeper =
        FileKeeper.of(Profiles.builtIn().effective("XX_COUNTY_2023").get(), CALENDAR);
    CountyFile county = CountyFile.empty();
    LocalDate asked = LocalDate.of(2023, 10, 20);
    for (LocalDate day = LocalDate.of(2023, 9, 1); !day.isAfter(asked); day = day.plusDays(1)) {
      CountyDay fed = keeper.feedDay(county, day, byDay.getOrDefault(day, List.of()));
      for (FileAlert alert : fed.alerts()) {
        out.println(day + " alert " + alert.alert().code() + " for "
            + alert.alert().studentId()
            + alert.alert().actions().stream()
                .map(
                    a -> ", " + a.action().kind() + " by " + a.action().actor() + " due " + a.due())
                .collect(java.util.stream.Collectors.joining()));
      }
      county = fed.county();
    }

    // 3. Save the state as plain data, restore it: an equal county, no replay.
    List<StudentFile> saved = county.students();
    CountyFile restored = CountyFile.restore(county.day(), saved);
    out.println("Saved " + saved.size() + " student files through "
        + county.day().get() + "; restored equal: " + restored.equals(county));

    // 4. Ask for one student's whole picture as of a date.
    StudentPicture g003 = keeper.picture(restored, StudentId.of("G003"), asked);
    out.println("G003 as of " + asked + ": " + g003.status().schooling() + ", streak "
        + g003.absenceStreak() + ", derived " + g003.derived().map(e -> e.id()).mkString(", "));
    for (FileCase c : g003.cases()) {
      out.println("  case opened " + c.returnCase().openedOn() + ", next step "
          + c.nextStep().getOrNull() + " due " + c.due().getOrNull());
    }
    StudentPicture g001 = keeper.picture(restored, StudentId.of("G001"), asked);
    out.println("G001 as of " + asked + ": " + g001.status().schooling() + ", streak "
        + g001.absenceStreak() + " (excused marks neither count nor reset)");

    // 5. The rest of the year's rows arrive at once, in any order: applied or rejected, each.
    List<FileInput> later = new ArrayList<>();
    byDay.forEach((day, inputs) -> {
      if (day.isAfter(asked)) {
        later.addAll(inputs);
      }
    });
    CountyDay rest = keeper.feedDay(restored, LocalDate.of(2024, 4, 30), later);
    for (FileRejection r : rest.rejections()) {
      out.println("  row " + ((FileInput.Status) r.input()).event().id() + " refused: " + r.code()
          + " — " + r.message());
    }
    for (String id : List.of("G001", "G002", "G003")) {
      StudentPicture p = keeper.picture(rest.county(), StudentId.of(id), LocalDate.of(2024, 4, 30));
      out.println(id + ": " + p.status().schooling() + " / record " + p.status().record()
          + ", record school " + p.status().recordSchool().map(Object::toString).orElse("-")
          + p.cases().map(c -> ", case " + c.returnCase().state()).mkString());
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
