package org.kbbx.examples.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.id.ResidentId;
import org.kbbx.examples.demo.DemoBook;
import org.kbbx.examples.demo.DemoReport;
import org.kbbx.examples.demo.RatesSection;
import org.kbbx.reporting.rate.RateKind;
import org.kbbx.reporting.reconciliation.PersonClass;
import org.kbbx.reporting.reconciliation.PersonFindingKind;
import org.kbbx.reporting.reconciliation.ReconciliationSummary;
import org.kbbx.reporting.reconciliation.Source;
import org.kbbx.reporting.register.RegisterEntry;
import org.kbbx.reporting.register.RegisterKind;
import org.kbbx.reporting.report.LedgerEntry;
import org.kbbx.reporting.report.RiskContribution;
import org.kbbx.reporting.report.ScreeningEntry;
import org.kbbx.reporting.report.StatisticsTable;
import org.kbbx.reporting.report.TableColumn;
import org.kbbx.reporting.report.TableRow;
import org.kbbx.rules.casework.CaseStep;

/**
 * Writes a {@link DemoBook} as the Excel workbook a bureau exchanges ({@code kbbx demo --xlsx}):
 * one sheet per register and table, Chinese headers with an English row under them, both frozen,
 * rates as numbers in percent format, dates as dates, identifiers masked unless asked otherwise.
 *
 * <p>The sheets, in order: {@value #SUMMARY}, the three registers (R-LED-0, named by {@link
 * RegisterKind#chineseLabel()}), {@value #SURVEY}, {@value #LEDGER} and {@value #TABLE} (seed 003
 * 附件1–3, R-LED-1), {@value #RATES} (R-RATE-3), {@value #SCREENING} (R-LED-3), {@value
 * #RECONCILIATION} (R-LED-2), {@value #WEEKS} and {@value #CASES}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DemoWorkbook {

  /** The summary sheet: the report's heading and its rate lines. */
  public static final String SUMMARY = "概要";
  /** 附件1: the survey roster, village by village. */
  public static final String SURVEY = "附件1 摸底登记";
  /** 附件2: the school-age population ledger. */
  public static final String LEDGER = "附件2 学龄人口台账";
  /** 附件3: the ledger's statistics table by village. */
  public static final String TABLE = "附件3 统计表";
  /** Every unit's rates against the profile's targets. */
  public static final String RATES = "乡镇指标";
  /** The screening warning list. */
  public static final String SCREENING = "筛查预警清单";
  /** The reconciliation's classes and findings. */
  public static final String RECONCILIATION = "人籍比对";
  /** The registers week by week. */
  public static final String WEEKS = "周台账";
  /** Return-persuasion cases by step and by state. */
  public static final String CASES = "劝返复学";

  private static final String LOG4J_PROVIDER = "log4j.provider";

  static {
    // POI logs through the Log4j API; without a provider the API prints an error on standard
    // output, which would corrupt `kbbx demo --json`. Its simple provider logs errors to stderr.
    if (System.getProperty(LOG4J_PROVIDER) == null) {
      System.setProperty(LOG4J_PROVIDER, "org.apache.logging.log4j.simple.internal.SimpleProvider");
    }
  }

  private DemoWorkbook() {}

  /**
   * Writes the workbook.
   *
   * @param book the book, not null
   * @param ids how identifiers are shown, not null
   * @param out where to write; not closed
   * @throws IOException if writing fails
   */
  public static void write(DemoBook book, Ids ids, OutputStream out) throws IOException {
    Objects.requireNonNull(book, "book");
    Objects.requireNonNull(ids, "ids");
    Objects.requireNonNull(out, "out");
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
      Sheets sheets = new Sheets(workbook);
      summary(sheets, book, ids);
      for (RegisterKind kind : RegisterKind.values()) {
        register(sheets, book, ids, kind);
      }
      survey(sheets, book, ids);
      ledger(sheets, book, ids);
      table(sheets, book);
      rates(sheets, book);
      screening(sheets, book, ids);
      reconciliation(sheets, book.reconciliation());
      weeks(sheets, book);
      cases(sheets, book);
      workbook.write(out);
    }
  }

  private static void summary(Sheets sheets, DemoBook book, Ids ids) {
    DemoReport report = book.report();
    DemoReport.Header h = report.header();
    Sheets.Cursor c = sheets.table(
        SUMMARY,
        List.of("项目", "值", "分子", "分母", "目标", "结果"),
        List.of("item", "value", "numerator", "denominator", "target", "outcome"),
        46,
        24,
        12,
        12,
        14,
        12);
    c.row().text("县 county").text(h.county());
    c.row().text("学年 school year").text(h.schoolYear());
    c.row().text("口径 profile").text(h.profile());
    c.row().text("截至 as of").text(h.asOf());
    c.row().text("学生 students").count(report.population().students());
    c.row().text("身份证号 IDs").text(ids.unmasked() ? "未遮蔽 unmasked" : "已遮蔽 masked");
    for (RatesSection.Line r : report.rates().units().get(0).lines()) {
      String target = r.targets().isEmpty() ? "-" : r.targets().get(0).target();
      String outcome = r.targets().isEmpty() ? "-" : r.targets().get(0).outcome();
      c.row()
          .text(r.label())
          .text(r.percent())
          .count(r.numerator())
          .count(r.denominator())
          .text(target)
          .text(outcome);
    }
  }

  private static void register(Sheets sheets, DemoBook book, Ids ids, RegisterKind kind) {
    Sheets.Cursor c = sheets.table(
        kind.chineseLabel(),
        List.of("序号", "身份证号", "学籍号", "学校", "村(社区)", "登记日期", "状态", "销号日期", "销号原因", "销号时状态"),
        List.of(
            "no.",
            "resident ID",
            "student number",
            "school",
            "village",
            "opened on",
            "status",
            "closed on",
            "closing reason",
            "closed by"),
        6,
        20,
        22,
        22,
        14,
        12,
        10,
        12,
        16,
        14);
    int n = 0;
    for (RegisterEntry e : book.registers().entries(kind)) {
      c.row()
          .count(++n)
          .text(ids.resident(e.residentId()))
          .text(ids.key(e.name()))
          .text(e.school().orElse(""))
          .text(e.village().map(v -> book.place(v.toString())).orElse(""))
          .date(e.openedOn())
          .text(e.isOpen() ? "在册" : "已销号")
          .date(e.closedOn())
          .text(e.closingReason().map(r -> r.chineseLabel()).orElse(""))
          .text(e.closedBy().map(s -> s.chineseLabel()).orElse(""));
    }
  }

  private static void survey(Sheets sheets, DemoBook book, Ids ids) {
    Sheets.Cursor c = sheets.table(
        SURVEY,
        List.of("序号", "乡镇", "村(社区)", "学籍号", "身份证号", "性别", "就读学校", "就学情况"),
        List.of(
            "no.",
            "township",
            "village",
            "student number",
            "resident ID",
            "sex",
            "school",
            "schooling"),
        6,
        12,
        14,
        22,
        20,
        6,
        22,
        14);
    Map<ResidentId, LedgerEntry> ledger = new HashMap<>();
    book.ledger().entries().forEach(e -> ledger.put(e.residentId(), e));
    List<RegisterEntry> children = new ArrayList<>(book.registers().schoolAge());
    children.sort(Comparator.comparing(
            (RegisterEntry e) -> e.village().map(DivisionCode::toString).orElse("~"))
        .thenComparing(e -> e.residentId().unmasked()));
    int n = 0;
    for (RegisterEntry e : children) {
      LedgerEntry l = ledger.get(e.residentId());
      c.row()
          .count(++n)
          .text(e.village().map(v -> book.place(v.township().toString())).orElse(""))
          .text(e.village().map(v -> book.place(v.toString())).orElse(""))
          .text(ids.key(e.name()))
          .text(ids.resident(e.residentId()))
          .text(e.residentId().sex().chineseLabel())
          .text(e.school().orElse(""))
          .text(l == null ? "" : l.column().chineseLabel());
    }
  }

  private static void ledger(Sheets sheets, DemoBook book, Ids ids) {
    Sheets.Cursor c = sheets.table(
        LEDGER,
        List.of("序号", "身份证号", "学籍号", "村(社区)", "就学状态", "台账分类", "佐证材料"),
        List.of(
            "no.",
            "resident ID",
            "student number",
            "village",
            "status",
            "ledger column",
            "evidence"),
        6,
        20,
        22,
        14,
        14,
        14,
        24);
    int n = 0;
    for (LedgerEntry e : book.ledger().entries()) {
      c.row()
          .count(++n)
          .text(ids.resident(e.residentId()))
          .text(ids.key(e.name()))
          .text(e.village().map(v -> book.place(v.toString())).orElse(""))
          .text(e.state().map(s -> s.chineseLabel()).orElse("未核实"))
          .text(e.column().chineseLabel())
          .text(e.evidence().map(ids::text).orElse(""));
    }
  }

  private static void table(Sheets sheets, DemoBook book) {
    StatisticsTable t = book.ledger().villageTable();
    List<String> zh = new ArrayList<>(List.of("村(社区)代码", "村(社区)"));
    List<String> en = new ArrayList<>(List.of("code", "village"));
    for (TableColumn col : t.columns()) {
      zh.add(col.chineseLabel());
      en.add(col.englishLabel());
    }
    int[] widths = new int[zh.size()];
    java.util.Arrays.fill(widths, 11);
    widths[0] = 14;
    widths[1] = 14;
    Sheets.Cursor c = sheets.table(TABLE, zh, en, widths);
    for (TableRow row : t.rows()) {
      boolean village = book.places().containsKey(row.key());
      c.row()
          .text(village ? row.key() : "")
          .text(village ? book.place(row.key()) : row.chineseLabel());
      for (int i = 0; i < t.columns().size(); i++) {
        c.count(row.count(i));
      }
    }
  }

  private static void rates(Sheets sheets, DemoBook book) {
    Sheets.Cursor c = sheets.table(
        RATES,
        List.of("单位", "单位代码", "指标", "分子", "分母", "比率", "目标", "结果", "差距", "说明"),
        List.of(
            "unit",
            "code",
            "rate",
            "numerator",
            "denominator",
            "value",
            "target",
            "outcome",
            "gap",
            "note"),
        12,
        14,
        26,
        10,
        10,
        10,
        10,
        14,
        10,
        40);
    for (DemoBook.Unit unit : book.units()) {
      for (RateKind kind : RateKind.values()) {
        RateView view = RateView.of(unit.rates().get(kind));
        var row = book.compliance(unit.name(), kind);
        c.row()
            .text(unit.name())
            .text(unit.code())
            .text(kind.chineseLabel())
            .count(view.numerator())
            .count(view.denominator())
            .rate(view)
            .text(row.map(r -> r.target().toString()).orElse(""))
            .text(row.map(RateView::outcome).orElse(""));
        var gap = row.flatMap(RateView::gap);
        if (gap.isPresent()) {
          c.percent(gap.get());
        } else {
          c.text("");
        }
        c.text(unit.rates().get(kind).fold(r -> r.message(), r -> ""));
      }
    }
  }

  private static void screening(Sheets sheets, DemoBook book, Ids ids) {
    Sheets.Cursor c = sheets.table(
        SCREENING,
        List.of("序号", "身份证号", "学籍号", "学校", "风险分", "预警原因"),
        List.of("no.", "resident ID", "student number", "school", "score", "reasons"),
        6,
        20,
        22,
        22,
        8,
        70);
    int n = 0;
    for (ScreeningEntry e : book.screening().entries()) {
      c.row()
          .count(++n)
          .text(ids.resident(e.residentId()))
          .text(ids.key(e.name()))
          .text(e.school().orElse(""))
          .count(e.score())
          .text(ids.text(reasons(e)));
    }
  }

  /**
   * Returns the reasons of a screening entry as one line: each criterion, its weight and detail.
   *
   * @param entry the entry, not null
   * @return e.g. {@code 重点群体 +3 (留守儿童)；连续无故缺课 +5 (4 school days)}
   */
  public static String reasons(ScreeningEntry entry) {
    StringBuilder b = new StringBuilder();
    for (RiskContribution r : entry.contributions()) {
      if (b.length() > 0) {
        b.append("；");
      }
      b.append(r.criterion().chineseLabel())
          .append(" +")
          .append(r.weight())
          .append(" (")
          .append(r.detail())
          .append(')');
    }
    return b.toString();
  }

  private static void reconciliation(Sheets sheets, ReconciliationSummary s) {
    Sheets.Cursor c = sheets.table(
        RECONCILIATION, List.of("项目", "分类", "数量"), List.of("part", "class", "count"), 22, 40, 12);
    for (PersonClass k : PersonClass.values()) {
      c.row()
          .text("人员分类 person class")
          .text(k.chineseLabel() + " " + k.englishLabel())
          .count(s.classCounts().getOrDefault(k, 0L));
    }
    for (PersonFindingKind k : PersonFindingKind.values()) {
      c.row()
          .text("人员问题 person finding")
          .text(k.chineseLabel() + " " + k.englishLabel())
          .count(s.personFindingCounts().getOrDefault(k, 0L));
    }
    for (Source source : Source.values()) {
      c.row()
          .text("读入行 rows read")
          .text(source.chineseLabel() + " " + source.englishLabel())
          .count(s.rowsIn(source));
    }
    c.row().text("行问题 row findings").text("").count(s.rowFindings().size());
  }

  private static void weeks(Sheets sheets, DemoBook book) {
    Sheets.Cursor c = sheets.table(
        WEEKS,
        List.of("周次", "起", "止", "疑似辍学在册", "辍学在册", "本周新增疑似辍学", "本周新增辍学"),
        List.of(
            "week",
            "from",
            "to",
            "suspected open",
            "dropouts open",
            "suspected opened",
            "dropouts opened"),
        6,
        12,
        12,
        14,
        12,
        16,
        14);
    int n = 0;
    for (DemoBook.Week w : book.weeks()) {
      c.row()
          .count(++n)
          .date(w.from())
          .date(w.to())
          .count(w.suspectedOpen())
          .count(w.dropoutsOpen())
          .count(w.suspectedOpened())
          .count(w.dropoutsOpened());
    }
  }

  private static void cases(Sheets sheets, DemoBook book) {
    Sheets.Cursor c = sheets.table(
        CASES,
        List.of("项目", "步骤或状态", "step or state", "案件数"),
        List.of("part", "步骤或状态", "step or state", "cases"),
        22,
        26,
        30,
        10);
    for (Map.Entry<CaseStep, Long> e : book.casesByStep().entrySet()) {
      c.row()
          .text("已采取步骤 step taken")
          .text(e.getKey().chineseLabel())
          .text(e.getKey().englishLabel())
          .count(e.getValue());
    }
    for (Map.Entry<String, Long> e : book.report().cases().byState().entrySet()) {
      c.row().text("截至状态 state on the as-of date").text("").text(e.getKey()).count(e.getValue());
    }
  }
}
