package org.kbbx.examples.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.examples.demo.DemoBook;
import org.kbbx.reporting.rate.RateKind;
import org.kbbx.reporting.reconciliation.PersonClass;
import org.kbbx.reporting.reconciliation.PersonFindingKind;
import org.kbbx.reporting.reconciliation.Source;
import org.kbbx.reporting.register.RegisterEntry;
import org.kbbx.reporting.register.RegisterKind;
import org.kbbx.reporting.report.LedgerEntry;
import org.kbbx.reporting.report.ScreeningEntry;
import org.kbbx.reporting.report.StatisticsTable;
import org.kbbx.reporting.report.TableRow;
import org.kbbx.rules.casework.CaseStep;

/** Reads the demo workbook back with POI and checks its cells against the book. */
class DemoWorkbookTest {

  private static final Pattern ID_LIKE = Pattern.compile("\\d{14}");

  private static Workbook nationalMasked;
  private static Workbook nationalUnmasked;
  private static Workbook hezhangMasked;

  @BeforeAll
  static void writeAndReadBack() throws IOException {
    nationalMasked = write(Books.NATIONAL, Ids.MASKED);
    nationalUnmasked = write(Books.NATIONAL, new Ids(true));
    hezhangMasked = write(Books.HEZHANG, Ids.MASKED);
  }

  @AfterAll
  static void close() throws IOException {
    for (Workbook wb : List.of(nationalMasked, nationalUnmasked, hezhangMasked)) {
      wb.close();
    }
  }

  private static Workbook write(DemoBook book, Ids ids) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DemoWorkbook.write(book, ids, out);
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }

  /** The workbook written from {@code book}, read back; not to be closed by the test. */
  private static Workbook read(DemoBook book, Ids ids) {
    if (ids.unmasked()) {
      return nationalUnmasked;
    }
    return book == Books.HEZHANG ? hezhangMasked : nationalMasked;
  }

  private static String text(Row row, int column) {
    Cell cell = row.getCell(column);
    return cell == null ? "" : cell.getStringCellValue();
  }

  private static long count(Row row, int column) {
    Cell cell = row.getCell(column);
    assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
    return (long) cell.getNumericCellValue();
  }

  private static LocalDate date(Row row, int column) {
    return row.getCell(column).getLocalDateTimeCellValue().toLocalDate();
  }

  @Test
  void everySheetHasChineseHeadersFrozenAboveTheData() throws IOException {
    Workbook wb = read(Books.NATIONAL, Ids.MASKED);
    List<String> names = new ArrayList<>();
    wb.forEach(s -> names.add(s.getSheetName()));
    assertThat(names)
        .containsExactly(
            DemoWorkbook.SUMMARY,
            "适龄儿童台账",
            "疑似辍学台账",
            "辍学台账",
            DemoWorkbook.SURVEY,
            DemoWorkbook.LEDGER,
            DemoWorkbook.TABLE,
            DemoWorkbook.RATES,
            DemoWorkbook.SCREENING,
            DemoWorkbook.RECONCILIATION,
            DemoWorkbook.WEEKS,
            DemoWorkbook.CASES);
    for (Sheet sheet : wb) {
      assertThat(sheet.getPaneInformation().isFreezePane())
          .as(sheet.getSheetName())
          .isTrue();
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition())
          .as(sheet.getSheetName())
          .isEqualTo((short) 2);
      assertThat(text(sheet.getRow(0), 0)).matches(".*\\p{IsHan}.*");
      assertThat(text(sheet.getRow(1), 0)).matches("[ -~]+");
    }
  }

  @Test
  @Tag("R-LED-0")
  @Tag("R-ID-5")
  void theThreeRegistersListEveryEntryWithItsDynamicClosing() throws IOException {
    DemoBook book = Books.NATIONAL;
    Workbook wb = read(book, Ids.MASKED);
    for (RegisterKind kind : RegisterKind.values()) {
      Sheet sheet = wb.getSheet(kind.chineseLabel());
      List<RegisterEntry> entries = book.registers().entries(kind);
      assertThat(entries).isNotEmpty();
      assertThat(sheet.getLastRowNum()).isEqualTo(entries.size() + 1);
      for (int i = 0; i < entries.size(); i++) {
        RegisterEntry e = entries.get(i);
        Row row = sheet.getRow(i + 2);
        assertThat(count(row, 0)).isEqualTo(i + 1);
        assertThat(text(row, 1)).isEqualTo(e.residentId().masked());
        assertThat(text(row, 2)).doesNotContain(e.name().substring(6, 14));
        assertThat(text(row, 3)).isEqualTo(e.school().orElse(""));
        assertThat(date(row, 5)).isEqualTo(e.openedOn());
        assertThat(text(row, 6)).isEqualTo(e.isOpen() ? "在册" : "已销号");
        if (e.isOpen()) {
          assertThat(text(row, 7)).isEmpty();
        } else {
          assertThat(date(row, 7)).isEqualTo(e.closedOn().get());
          assertThat(text(row, 8)).isEqualTo(e.closingReason().get().chineseLabel());
        }
      }
    }
    long closedSuspected =
        book.registers().suspectedDropouts().stream().filter(e -> !e.isOpen()).count();
    assertThat(closedSuspected).as("some suspected entries are closed (动态销号)").isPositive();
  }

  @Test
  @Tag("R-ID-5")
  void noFullIdentifierAppearsUnlessAskedFor() throws IOException {
    DemoBook book = Books.NATIONAL;
    Set<String> full = new HashSet<>();
    book.registers().schoolAge().forEach(e -> {
      full.add(e.residentId().unmasked());
      full.add(e.name());
    });
    Workbook wb = read(book, Ids.MASKED);
    for (Sheet sheet : wb) {
      for (Row row : sheet) {
        for (Cell cell : row) {
          if (cell.getCellType() == CellType.STRING) {
            String v = cell.getStringCellValue();
            if (full.contains(v) || ID_LIKE.matcher(v).find()) {
              throw new AssertionError("A full identifier in sheet " + sheet.getSheetName());
            }
          }
        }
      }
    }
    Sheet sheet = read(book, new Ids(true)).getSheet(RegisterKind.SCHOOL_AGE.chineseLabel());
    RegisterEntry first = book.registers().schoolAge().get(0);
    assertThat(text(sheet.getRow(2), 1)).isEqualTo(first.residentId().unmasked());
    assertThat(text(sheet.getRow(2), 2)).isEqualTo(first.name());
  }

  @Test
  @Tag("R-LED-1")
  void theLedgerAndItsVillageTableEqualTheLibrarysCounts() throws IOException {
    DemoBook book = Books.NATIONAL;
    Workbook wb = read(book, Ids.MASKED);
    Sheet ledger = wb.getSheet(DemoWorkbook.LEDGER);
    List<LedgerEntry> entries = book.ledger().entries();
    assertThat(ledger.getLastRowNum()).isEqualTo(entries.size() + 1);
    for (int i = 0; i < entries.size(); i++) {
      assertThat(text(ledger.getRow(i + 2), 5))
          .isEqualTo(entries.get(i).column().chineseLabel());
    }
    Sheet survey = wb.getSheet(DemoWorkbook.SURVEY);
    assertThat(survey.getLastRowNum()).isEqualTo(book.registers().schoolAge().size() + 1);
    StatisticsTable table = book.ledger().villageTable();
    Sheet sheet = wb.getSheet(DemoWorkbook.TABLE);
    for (int c = 0; c < table.columns().size(); c++) {
      assertThat(text(sheet.getRow(0), c + 2)).isEqualTo(table.columns().get(c).chineseLabel());
    }
    assertThat(sheet.getLastRowNum()).isEqualTo(table.rows().size() + 1);
    for (int r = 0; r < table.rows().size(); r++) {
      TableRow row = table.rows().get(r);
      Row cells = sheet.getRow(r + 2);
      for (int c = 0; c < table.columns().size(); c++) {
        assertThat(count(cells, c + 2)).as(row.key()).isEqualTo(row.count(c));
      }
    }
    Row total = sheet.getRow(sheet.getLastRowNum());
    assertThat(text(total, 1)).isEqualTo("合计");
    assertThat(count(total, 2)).isEqualTo(6_000);
  }

  @Test
  @Tag("R-RATE-3")
  void ratesByTownshipAreNumbersInPercentFormatWithTargetAndGap() throws IOException {
    DemoBook book = Books.HEZHANG;
    Workbook wb = read(book, Ids.MASKED);
    Sheet sheet = wb.getSheet(DemoWorkbook.RATES);
    int r = 2;
    int targeted = 0;
    for (DemoBook.Unit unit : book.units()) {
      for (RateKind kind : RateKind.values()) {
        Row row = sheet.getRow(r++);
        RateView view = RateView.of(unit.rates().get(kind));
        assertThat(text(row, 0)).isEqualTo(unit.name());
        assertThat(text(row, 2)).isEqualTo(kind.chineseLabel());
        Cell value = row.getCell(5);
        if (view.value().isPresent()) {
          assertThat(count(row, 3)).isEqualTo(view.numerator().get());
          assertThat(count(row, 4)).isEqualTo(view.denominator().get());
          assertThat(value.getNumericCellValue())
              .isCloseTo((double) view.numerator().get() / view.denominator().get(), within(1e-12));
          assertThat(value.getCellStyle().getDataFormatString()).isEqualTo("0.00%");
        } else {
          assertThat(value.getStringCellValue()).isEqualTo(view.text());
        }
        var compliance = book.compliance(unit.name(), kind);
        assertThat(text(row, 6))
            .isEqualTo(compliance.map(c -> c.target().toString()).orElse(""));
        if (compliance.isPresent()) {
          targeted++;
          assertThat(text(row, 7)).isEqualTo(RateView.outcome(compliance.get()));
          var gap = RateView.gap(compliance.get());
          if (gap.isPresent()) {
            assertThat(row.getCell(8).getNumericCellValue()).isCloseTo(gap.get(), within(1e-12));
          }
        }
      }
    }
    assertThat(targeted)
        .as("HEZHANG_2018 sets targets")
        .isGreaterThan(book.units().size());
    assertThat(book.units()).as("the county and its townships").hasSizeGreaterThan(2);
  }

  @Test
  @Tag("R-LED-3")
  void theScreeningListCarriesEveryEntryWithItsReasons() throws IOException {
    DemoBook book = Books.NATIONAL;
    Workbook wb = read(book, Ids.MASKED);
    Sheet sheet = wb.getSheet(DemoWorkbook.SCREENING);
    List<ScreeningEntry> entries = book.screening().entries();
    assertThat(entries).isNotEmpty();
    assertThat(sheet.getLastRowNum()).isEqualTo(entries.size() + 1);
    for (int i = 0; i < entries.size(); i++) {
      Row row = sheet.getRow(i + 2);
      assertThat(count(row, 4)).isEqualTo(entries.get(i).score());
      assertThat(text(row, 5))
          .isEqualTo(DemoWorkbook.reasons(entries.get(i)))
          .contains(entries.get(i).contributions().get(0).criterion().chineseLabel());
    }
  }

  @Test
  @Tag("R-LED-2")
  void reconciliationClassesWeeksAndCasesEqualTheBook() throws IOException {
    DemoBook book = Books.NATIONAL;
    Workbook wb = read(book, Ids.MASKED);
    Sheet rec = wb.getSheet(DemoWorkbook.RECONCILIATION);
    long persons = 0;
    for (PersonClass k : PersonClass.values()) {
      Row row = rec.getRow(2 + k.ordinal());
      assertThat(text(row, 1)).startsWith(k.chineseLabel());
      assertThat(count(row, 2)).isEqualTo(book.reconciliation().classCounts().getOrDefault(k, 0L));
      persons += count(row, 2);
    }
    assertThat(persons).isEqualTo(book.reconciliation().persons());
    assertThat(book.reconciliation().rowsIn(Source.POPULATION)).isEqualTo(6_000);
    assertThat(count(
            rec.getRow(2 + PersonClass.values().length + PersonFindingKind.values().length), 2))
        .isEqualTo(6_000);
    Sheet weeks = wb.getSheet(DemoWorkbook.WEEKS);
    assertThat(weeks.getLastRowNum()).isEqualTo(book.weeks().size() + 1);
    for (int i = 0; i < book.weeks().size(); i++) {
      DemoBook.Week w = book.weeks().get(i);
      Row row = weeks.getRow(i + 2);
      assertThat(date(row, 1)).isEqualTo(w.from());
      assertThat(count(row, 3)).isEqualTo(w.suspectedOpen());
      assertThat(count(row, 4)).isEqualTo(w.dropoutsOpen());
    }
    DemoBook.Week last = book.weeks().get(book.weeks().size() - 1);
    assertThat(last.suspectedOpen())
        .isEqualTo(book.registers().openCount(RegisterKind.SUSPECTED_DROPOUT));
    assertThat(last.dropoutsOpen()).isEqualTo(book.registers().openCount(RegisterKind.DROPOUT));
    Sheet cases = wb.getSheet(DemoWorkbook.CASES);
    for (CaseStep step : CaseStep.values()) {
      Row row = cases.getRow(2 + step.ordinal());
      assertThat(text(row, 1)).isEqualTo(step.chineseLabel());
      assertThat(count(row, 3)).isEqualTo(book.casesByStep().get(step));
    }
    assertThat(book.casesByStep().get(CaseStep.CONTACT))
        .isPositive()
        .isLessThanOrEqualTo(book.report().cases().opened());
  }
}
