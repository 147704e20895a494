package org.kbbx.examples.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of the workbook and a cursor that appends rows to one sheet: two frozen header
 * rows (Chinese, then English), then data. Not thread-safe.
 */
final class Sheets {

  /** The number of header rows of every table sheet. */
  static final int HEADER_ROWS = 2;

  private final Workbook workbook;
  private final CellStyle header;
  private final CellStyle subHeader;
  private final CellStyle percent;
  private final CellStyle date;
  private final CellStyle count;

  Sheets(Workbook workbook) {
    this.workbook = workbook;
    Font bold = workbook.createFont();
    bold.setBold(true);
    header = workbook.createCellStyle();
    header.setFont(bold);
    header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setBorderBottom(BorderStyle.THIN);
    header.setWrapText(true);
    subHeader = workbook.createCellStyle();
    subHeader.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    subHeader.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    subHeader.setBorderBottom(BorderStyle.THIN);
    percent = workbook.createCellStyle();
    percent.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
    date = workbook.createCellStyle();
    date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
    count = workbook.createCellStyle();
    count.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
  }

  /** Starts a sheet with its two header rows frozen and the given column widths (characters). */
  Cursor table(String name, List<String> chinese, List<String> english, int... widths) {
    Sheet sheet = workbook.createSheet(name);
    Cursor c = new Cursor(sheet);
    Row zh = c.next();
    for (int i = 0; i < chinese.size(); i++) {
      Cell cell = zh.createCell(i);
      cell.setCellValue(chinese.get(i));
      cell.setCellStyle(header);
    }
    Row en = c.next();
    for (int i = 0; i < english.size(); i++) {
      Cell cell = en.createCell(i);
      cell.setCellValue(english.get(i));
      cell.setCellStyle(subHeader);
    }
    sheet.createFreezePane(0, HEADER_ROWS);
    for (int i = 0; i < widths.length; i++) {
      sheet.setColumnWidth(i, Math.min(255, widths[i]) * 256);
    }
    return c;
  }

  /** Appends rows to one sheet. */
  final class Cursor {
    private final Sheet sheet;
    private int next;
    private Row row;
    private int column;

    Cursor(Sheet sheet) {
      this.sheet = sheet;
    }

    Row next() {
      row = sheet.createRow(next++);
      column = 0;
      return row;
    }

    Cursor row() {
      next();
      return this;
    }

    Cursor text(String value) {
      row.createCell(column++).setCellValue(value);
      return this;
    }

    Cursor count(long value) {
      Cell cell = row.createCell(column++);
      cell.setCellValue(value);
      cell.setCellStyle(count);
      return this;
    }

    Cursor date(LocalDate value) {
      Cell cell = row.createCell(column++);
      cell.setCellValue(value);
      cell.setCellStyle(date);
      return this;
    }

    Cursor date(Optional<LocalDate> value) {
      return value.isPresent() ? date(value.get()) : text("");
    }

    Cursor percent(double value) {
      Cell cell = row.createCell(column++);
      cell.setCellValue(value);
      cell.setCellStyle(percent);
      return this;
    }

    /** A rate: a number in percent format when defined, its text otherwise. */
    Cursor rate(RateView view) {
      return view.value().isPresent() ? percent(view.value().get()) : text(view.text());
    }

    Cursor count(Optional<Long> value) {
      return value.isPresent() ? count(value.get()) : text("");
    }
  }
}
