package org.kbbx.examples.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.kbbx.core.rate.Comparison;
import org.kbbx.core.rate.Target;
import org.kbbx.examples.demo.DemoBook;
import org.kbbx.examples.demo.DemoReport;
import org.kbbx.examples.demo.Sections;
import org.kbbx.reporting.rate.ComplianceRow;
import org.kbbx.reporting.rate.RateKind;
import org.kbbx.reporting.register.RegisterKind;
import org.kbbx.rules.casework.CaseState;
import org.kbbx.rules.casework.CaseStep;

/**
 * Writes a {@link DemoBook} as one self-contained dashboard page ({@code kbbx demo --html}):
 * inline CSS and SVG, no script, no font or image from the network (its Content-Security-Policy
 * forbids any), Chinese and English labels. It shows no child: only counts and rates.
 *
 * <p>The charts: each unit's primary and junior dropout, nine-year consolidation and
 * compulsory-age enrolment against the profile's target line; the suspected-dropout and dropout
 * registers week by week; the return-persuasion cases by step. Every number comes from the book
 * through {@link RateView}, and every bar and week carries its numbers as {@code data-*}
 * attributes, so a test can check the page against the book.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DemoPage {

  /** The rates charted by unit, in order. */
  public static final List<RateKind> CHARTED = List.of(
      RateKind.PRIMARY_DROPOUT,
      RateKind.JUNIOR_DROPOUT,
      RateKind.NINE_YEAR_CONSOLIDATION,
      RateKind.COMPULSORY_AGE_ENROLMENT);

  private static final String CSS = """
      :root{--ink:#1d2733;--muted:#5b6b7c;--line:#d9e1ea;--bg:#f4f6f9;--card:#fff;
      --met:#2e7d32;--missed:#c62828;--none:#1f6fb2;--target:#e08a00;--sus:#e08a00;--drop:#c62828}
      *{box-sizing:border-box}
      body{margin:0;background:var(--bg);color:var(--ink);
      font:15px/1.45 "Noto Sans CJK SC","Noto Sans SC","PingFang SC","Microsoft YaHei",sans-serif}
      header{background:#17324d;color:#fff;padding:18px 20px}
      header h1{margin:0;font-size:1.35rem;font-weight:700}
      header h1 span{font-weight:400;opacity:.8;font-size:1rem;margin-left:.4em}
      header p{margin:.35em 0 0;opacity:.85;font-size:.9rem}
      main{max-width:1240px;margin:0 auto;padding:16px}
      .kpis{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:12px;margin-bottom:16px}
      .kpi{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:10px 14px}
      .kpi b{display:block;font-size:1.5rem}
      .kpi span{color:var(--muted);font-size:.8rem}
      .grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(330px,1fr));gap:16px}
      .card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:14px 16px;min-width:0}
      .card h2{margin:0 0 2px;font-size:1.05rem}
      .card h2 small{display:block;font-weight:400;color:var(--muted);font-size:.8rem}
      .note{color:var(--muted);font-size:.8rem;margin:.2em 0 .6em}
      .bar-row{display:grid;grid-template-columns:5.6em minmax(0,1fr) 5.2em;align-items:center;gap:8px;margin:3px 0}
      .bar-row .label{white-space:nowrap;overflow:hidden;text-overflow:ellipsis;font-size:.88rem}
      .bar-row .label.county{font-weight:700}
      .bar-row svg{width:100%;height:16px;display:block}
      .bar-row .value{text-align:right;font-variant-numeric:tabular-nums;font-size:.85rem}
      .bar-row .value small{display:block;color:var(--muted);font-size:.7rem}
      .met{fill:var(--met)}.missed{fill:var(--missed)}.none{fill:var(--none)}
      .track{fill:#eef2f6}.tline{stroke:var(--target);stroke-width:2}
      .scale{display:grid;grid-template-columns:5.6em minmax(0,1fr) 5.2em;gap:8px;color:var(--muted);font-size:.72rem}
      .scale span:nth-child(2){display:flex;justify-content:space-between}
      .legend{display:flex;flex-wrap:wrap;gap:12px;font-size:.8rem;color:var(--muted);margin-top:6px}
      .legend i{display:inline-block;width:12px;height:12px;border-radius:2px;vertical-align:-1px;margin-right:4px}
      .wide{grid-column:1/-1}
      .rates{grid-template-columns:repeat(auto-fit,minmax(420px,1fr));margin-bottom:16px}
      @media (max-width:480px){.rates{grid-template-columns:1fr}}
      .bar-row .value.missing{color:var(--muted);font-size:.75rem}
      .bar-row.step{grid-template-columns:minmax(7em,11em) minmax(0,1fr) 3em}
      .bar-row.step .label{white-space:normal}
      .bar-row.step .label small{display:block;color:var(--muted);font-size:.7rem}
      svg.weeks{width:100%;height:auto;display:block}
      svg.weeks text{font-size:13px;fill:var(--muted)}
      @media (max-width:600px){svg.weeks text{font-size:30px}}
      table{border-collapse:collapse;width:100%;font-size:.85rem}
      th,td{border-bottom:1px solid var(--line);padding:4px 6px;text-align:left}
      td.n{text-align:right;font-variant-numeric:tabular-nums}
      .table-wrap{overflow-x:auto}
      footer{color:var(--muted);font-size:.75rem;text-align:center;padding:16px}
      """;

  private DemoPage() {}

  /**
   * Returns the page.
   *
   * @param book the book, not null
   * @return the HTML text
   */
  public static String html(DemoBook book) {
    Objects.requireNonNull(book, "book");
    DemoReport report = book.report();
    DemoReport.Header h = report.header();
    StringBuilder b = new StringBuilder(64 * 1024);
    b.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';")
        .append(" style-src 'unsafe-inline'\">\n")
        .append("<title>控辍保学看板 dashboard — ")
        .append(esc(h.county()))
        .append("</title>\n<style>\n")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n<header>\n<h1>控辍保学 县级看板")
        .append("<span>dropout-control dashboard</span></h1>\n<p>")
        .append(esc(h.county()))
        .append(" · 学年 school year ")
        .append(esc(h.schoolYear()))
        .append(" · 口径 profile <b id=\"profile\">")
        .append(esc(h.profile()))
        .append("</b> · 截至 as of ")
        .append(esc(h.asOf()))
        .append("</p>\n</header>\n<main>\n");
    kpis(b, book);
    b.append("<div class=\"grid rates\">\n");
    for (RateKind kind : CHARTED) {
      rateChart(b, book, kind);
    }
    b.append("</div>\n<div class=\"grid\">\n");
    weeks(b, book);
    cases(b, book);
    county(b, book);
    b.append("</div>\n</main>\n<footer>kbbx demo · 合成数据 synthetic data · ")
        .append("本页不含任何儿童个人信息 no child is identified on this page</footer>\n")
        .append("</body>\n</html>\n");
    return b.toString();
  }

  private static void kpis(StringBuilder b, DemoBook book) {
    DemoReport r = book.report();
    b.append("<section class=\"kpis\">\n");
    kpi(b, "students", r.population().students(), "在校学生 students");
    kpi(b, "schools", sum(r.population().schools()), "学校 schools");
    kpi(
        b,
        "suspected-open",
        book.registers().openCount(RegisterKind.SUSPECTED_DROPOUT),
        "疑似辍学在册 suspected open");
    kpi(b, "dropouts-open", book.registers().openCount(RegisterKind.DROPOUT), "辍学在册 dropouts open");
    kpi(b, "cases-opened", r.cases().opened(), "劝返案件 cases opened");
    kpi(b, "cases-overdue", r.cases().overdue(), "逾期案件 overdue cases");
    b.append("</section>\n");
  }

  private static long sum(Map<String, Integer> counts) {
    long n = 0;
    for (int c : counts.values()) {
      n += c;
    }
    return n;
  }

  private static void kpi(StringBuilder b, String id, long value, String label) {
    b.append("<div class=\"kpi\" id=\"kpi-")
        .append(id)
        .append("\" data-value=\"")
        .append(value)
        .append("\"><b>")
        .append(String.format(Locale.ROOT, "%,d", value))
        .append("</b><span>")
        .append(esc(label))
        .append("</span></div>\n");
  }

  private static void rateChart(StringBuilder b, DemoBook book, RateKind kind) {
    Optional<Target> target = Optional.ofNullable(book.targets().get(kind));
    Optional<Double> threshold = target.map(
        t -> t.threshold().toBigDecimal(12, java.math.RoundingMode.HALF_UP).doubleValue());
    List<RateView> views = new ArrayList<>();
    for (DemoBook.Unit u : book.units()) {
      views.add(RateView.of(u.rates().get(kind)));
    }
    boolean atLeast = target
        .map(t -> t.comparison() != Comparison.AT_MOST)
        .orElse(kind.name().contains("CONSOLIDATION") || kind.name().contains("ENROLMENT"));
    double hi = 0;
    double lo = 1;
    for (RateView v : views) {
      if (v.value().isPresent()) {
        hi = Math.max(hi, v.value().get());
        lo = Math.min(lo, v.value().get());
      }
    }
    if (threshold.isPresent()) {
      hi = Math.max(hi, threshold.get());
      lo = Math.min(lo, threshold.get());
    }
    double min;
    double max;
    if (atLeast) {
      max = Math.max(1.0, hi);
      min = Math.max(0, Math.floor(lo * 10 - 0.5) / 10);
      if (min >= max) {
        min = 0;
      }
    } else {
      min = 0;
      max = hi <= 0 ? 0.01 : niceCeiling(hi * 1.15);
    }
    b.append("<section class=\"card rate-chart\" id=\"chart-")
        .append(kind.name())
        .append("\" data-kind=\"")
        .append(kind.name())
        .append("\">\n<h2>")
        .append(esc(kind.chineseLabel()))
        .append("<small>")
        .append(esc(kind.englishLabel()))
        .append(" · 按乡镇 by township</small></h2>\n<p class=\"note\">");
    if (target.isPresent()) {
      b.append("目标 target <b class=\"target\" data-target=\"")
          .append(esc(target.get().toString()))
          .append("\">")
          .append(esc(target.get().toString()))
          .append("</b> (")
          .append(esc(book.report().header().profile()))
          .append(")，橙线为目标线 the orange line marks it");
    } else {
      b.append("本口径未设目标 no target in profile ")
          .append(esc(book.report().header().profile()));
    }
    b.append("</p>\n");
    for (int i = 0; i < book.units().size(); i++) {
      DemoBook.Unit u = book.units().get(i);
      RateView v = views.get(i);
      Optional<ComplianceRow<String>> row = book.compliance(u.name(), kind);
      String outcome = row.map(r -> r.outcome().name()).orElse("NONE");
      b.append("<div class=\"bar-row\" data-unit=\"")
          .append(esc(u.name()))
          .append("\" data-code=\"")
          .append(u.code())
          .append("\" data-outcome=\"")
          .append(outcome)
          .append('"');
      v.numerator().ifPresent(n -> b.append(" data-numerator=\"").append(n).append('"'));
      v.denominator().ifPresent(n -> b.append(" data-denominator=\"").append(n).append('"'));
      b.append(" title=\"")
          .append(esc(u.name() + " " + kind.chineseLabel() + " " + v.text()))
          .append(
              v.numerator().isPresent()
                  ? " (" + v.numerator().get() + "/" + v.denominator().get() + ")"
                  : "")
          .append("\">\n<span class=\"label")
          .append(i == 0 ? " county" : "")
          .append("\">")
          .append(esc(u.name()))
          .append("</span><svg viewBox=\"0 0 100 16\" preserveAspectRatio=\"none\"")
          .append(" role=\"img\" aria-label=\"")
          .append(esc(v.text()))
          .append("\"><rect class=\"track\" x=\"0\" y=\"2\" width=\"100\" height=\"12\"/>");
      if (v.value().isPresent()) {
        double w = scale(v.value().get(), min, max);
        b.append("<rect class=\"")
            .append(cssClass(outcome))
            .append("\" x=\"0\" y=\"2\" width=\"")
            .append(fmt(w))
            .append("\" height=\"12\"/>");
      }
      if (threshold.isPresent()) {
        double x = scale(threshold.get(), min, max);
        b.append("<line class=\"tline\" x1=\"")
            .append(fmt(x))
            .append("\" x2=\"")
            .append(fmt(x))
            .append("\" y1=\"0\" y2=\"16\" vector-effect=\"non-scaling-stroke\"/>");
      }
      b.append("</svg><span class=\"value")
          .append(v.status().isPresent() ? " missing" : "")
          .append("\">")
          .append(esc(v.text()));
      if (v.numerator().isPresent()) {
        b.append("<small>")
            .append(v.numerator().get())
            .append('/')
            .append(v.denominator().get())
            .append("</small>");
      }
      b.append("</span>\n</div>\n");
    }
    b.append("<div class=\"scale\"><span></span><span><span>")
        .append(pct(min))
        .append("</span><span>")
        .append(pct(max))
        .append("</span></span><span></span></div>\n");
    b.append("<div class=\"legend\"><span><i style=\"background:var(--met)\"></i>达标 met</span>")
        .append("<span><i style=\"background:var(--missed)\"></i>未达标 missed</span>")
        .append("<span><i style=\"background:var(--none)\"></i>无目标 no target</span>")
        .append("<span><i style=\"background:var(--target)\"></i>目标线 target</span></div>\n")
        .append("</section>\n");
  }

  private static void weeks(StringBuilder b, DemoBook book) {
    List<DemoBook.Week> weeks = book.weeks();
    int width = 960;
    int height = 260;
    int left = 64;
    int right = 12;
    int top = 16;
    int bottom = 40;
    long max = 1;
    for (DemoBook.Week w : weeks) {
      max = Math.max(max, Math.max(w.suspectedOpen(), w.dropoutsOpen()));
      max = Math.max(max, w.suspectedOpened());
    }
    long yMax = niceCeiling(max);
    double plotW = width - left - right;
    double plotH = height - top - bottom;
    double step = weeks.isEmpty() ? plotW : plotW / weeks.size();
    b.append("<section class=\"card wide\" id=\"chart-weeks\">\n<h2>疑似辍学与辍学台账 逐周")
        .append("<small>suspected-dropout and dropout registers, week by week</small></h2>\n")
        .append("<p class=\"note\">每周日在册人数（线）与本周新增疑似辍学（柱）")
        .append(" open entries at the end of each week (lines), suspected entries opened in the")
        .append(" week (bars)")
        .append(
            weeks.isEmpty()
                ? ""
                : ", " + weeks.get(0).from() + " – "
                    + weeks.get(weeks.size() - 1).to())
        .append("</p>\n")
        .append("<svg class=\"weeks\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" role=\"img\" aria-label=\"weekly registers\">\n");
    for (int i = 0; i <= 4; i++) {
      double y = top + plotH - plotH * i / 4;
      b.append("<line x1=\"")
          .append(left)
          .append("\" x2=\"")
          .append(width - right)
          .append("\" y1=\"")
          .append(fmt(y))
          .append("\" y2=\"")
          .append(fmt(y))
          .append("\" stroke=\"#e3e8ee\"/>")
          .append("<text x=\"")
          .append(left - 6)
          .append("\" y=\"")
          .append(fmt(y + 4))
          .append("\" text-anchor=\"end\">")
          .append(yMax * i / 4)
          .append("</text>\n");
    }
    StringBuilder sus = new StringBuilder();
    StringBuilder drop = new StringBuilder();
    int lastMonth = -1;
    for (int i = 0; i < weeks.size(); i++) {
      DemoBook.Week w = weeks.get(i);
      double x = left + step * i + step / 2;
      double barH = plotH * w.suspectedOpened() / yMax;
      b.append("<g class=\"week\" data-from=\"")
          .append(w.from())
          .append("\" data-to=\"")
          .append(w.to())
          .append("\" data-suspected-open=\"")
          .append(w.suspectedOpen())
          .append("\" data-dropouts-open=\"")
          .append(w.dropoutsOpen())
          .append("\" data-suspected-opened=\"")
          .append(w.suspectedOpened())
          .append("\" data-dropouts-opened=\"")
          .append(w.dropoutsOpened())
          .append("\"><title>")
          .append(w.from())
          .append(" – ")
          .append(w.to())
          .append(": 疑似辍学在册 ")
          .append(w.suspectedOpen())
          .append(", 辍学在册 ")
          .append(w.dropoutsOpen())
          .append(", 新增疑似 ")
          .append(w.suspectedOpened())
          .append("</title><rect x=\"")
          .append(fmt(x - step * 0.35))
          .append("\" y=\"")
          .append(fmt(top + plotH - barH))
          .append("\" width=\"")
          .append(fmt(step * 0.7))
          .append("\" height=\"")
          .append(fmt(barH))
          .append("\" fill=\"#f5d7a8\"/></g>\n");
      sus.append(fmt(x))
          .append(',')
          .append(fmt(top + plotH - plotH * w.suspectedOpen() / yMax))
          .append(' ');
      drop.append(fmt(x))
          .append(',')
          .append(fmt(top + plotH - plotH * w.dropoutsOpen() / yMax))
          .append(' ');
      LocalDate d = w.from().plusDays(3);
      if (d.getMonthValue() != lastMonth) {
        lastMonth = d.getMonthValue();
        b.append("<text x=\"")
            .append(fmt(x))
            .append("\" y=\"")
            .append(height - 6)
            .append("\" text-anchor=\"middle\">")
            .append(d.getMonthValue())
            .append("月</text>\n");
      }
    }
    b.append("<polyline fill=\"none\" stroke=\"#e08a00\" stroke-width=\"2.5\" points=\"")
        .append(sus.toString().trim())
        .append("\"/>\n<polyline fill=\"none\" stroke=\"#c62828\" stroke-width=\"2.5\" points=\"")
        .append(drop.toString().trim())
        .append("\"/>\n</svg>\n")
        .append("<div class=\"legend\"><span><i style=\"background:#e08a00\"></i>")
        .append("疑似辍学在册 suspected open</span><span><i style=\"background:#c62828\"></i>")
        .append("辍学在册 dropouts open</span><span><i style=\"background:#f5d7a8\"></i>")
        .append("本周新增疑似 suspected opened this week</span></div>\n</section>\n");
  }

  private static void cases(StringBuilder b, DemoBook book) {
    long max = 1;
    for (long n : book.casesByStep().values()) {
      max = Math.max(max, n);
    }
    Sections.Cases cases = book.report().cases();
    b.append("<section class=\"card\" id=\"chart-cases\">\n<h2>劝返复学 按步骤")
        .append("<small>return-persuasion cases by step taken</small></h2>\n")
        .append("<p class=\"note\">立案 opened <b id=\"cases-opened\">")
        .append(cases.opened())
        .append("</b> · 逾期 overdue ")
        .append(cases.overdue())
        .append("</p>\n");
    for (Map.Entry<CaseStep, Long> e : book.casesByStep().entrySet()) {
      b.append("<div class=\"bar-row step\" data-step=\"")
          .append(e.getKey().name())
          .append("\" data-cases=\"")
          .append(e.getValue())
          .append("\" title=\"")
          .append(esc(e.getKey().englishLabel()))
          .append("\"><span class=\"label\">")
          .append(esc(e.getKey().chineseLabel()))
          .append("<small>")
          .append(esc(e.getKey().englishLabel()))
          .append("</small></span><svg viewBox=\"0 0 100 16\" preserveAspectRatio=\"none\"")
          .append(" role=\"img\" aria-label=\"")
          .append(e.getValue())
          .append("\"><rect class=\"track\" x=\"0\" y=\"2\" width=\"100\" height=\"12\"/>")
          .append("<rect class=\"none\" x=\"0\" y=\"2\" width=\"")
          .append(fmt(100.0 * e.getValue() / max))
          .append("\" height=\"12\"/></svg><span class=\"value\">")
          .append(e.getValue())
          .append("</span>\n</div>\n");
    }
    b.append("<div class=\"table-wrap\"><table class=\"states\"><tr><th>截至状态 state</th>")
        .append("<th>案件 cases</th></tr>\n");
    for (Map.Entry<String, Long> e : cases.byState().entrySet()) {
      b.append("<tr data-state=\"")
          .append(esc(e.getKey()))
          .append("\"><td>")
          .append(esc(stateLabel(e.getKey())))
          .append("</td><td class=\"n\">")
          .append(e.getValue())
          .append("</td></tr>\n");
    }
    b.append("</table></div>\n</section>\n");
  }

  private static void county(StringBuilder b, DemoBook book) {
    DemoBook.Unit county = book.units().get(0);
    b.append("<section class=\"card\" id=\"county-rates\">\n<h2>")
        .append(esc(county.name()))
        .append(" 全县指标<small>county rates against the profile's targets</small></h2>\n")
        .append("<div class=\"table-wrap\"><table><tr><th>指标 rate</th><th>值 value</th>")
        .append("<th>目标 target</th><th>结果 outcome</th></tr>\n");
    for (RateKind kind : RateKind.values()) {
      RateView v = RateView.of(county.rates().get(kind));
      Optional<ComplianceRow<String>> row = book.compliance(county.name(), kind);
      b.append("<tr data-kind=\"")
          .append(kind.name())
          .append("\"><td>")
          .append(esc(kind.chineseLabel()))
          .append("</td><td class=\"n\">")
          .append(esc(v.text()))
          .append("</td><td>")
          .append(esc(row.map(r -> r.target().toString()).orElse("-")))
          .append("</td><td>")
          .append(esc(row.map(RateView::outcome).orElse("-")))
          .append("</td></tr>\n");
    }
    b.append("</table></div>\n</section>\n");
  }

  private static String stateLabel(String state) {
    for (CaseState s : CaseState.values()) {
      if (s.name().equals(state)) {
        return s.chineseLabel() + " " + state;
      }
    }
    return state;
  }

  private static String cssClass(String outcome) {
    return switch (outcome) {
      case "MET" -> "met";
      case "MISSED" -> "missed";
      default -> "none";
    };
  }

  private static double scale(double value, double min, double max) {
    double w = (value - min) / (max - min) * 100;
    return Math.max(0, Math.min(100, w));
  }

  /** The smallest of 1, 2, 2.5, 5 times a power of ten that is at least {@code value}. */
  private static double niceCeiling(double value) {
    double p = Math.pow(10, Math.floor(Math.log10(value)));
    for (double m : new double[] {1, 2, 2.5, 5, 10}) {
      if (m * p >= value - 1e-15) {
        return m * p;
      }
    }
    return 10 * p;
  }

  /** A nice ceiling divisible by 4, so the four grid lines carry whole numbers. */
  private static long niceCeiling(long value) {
    long nice = Math.max(4, (long) Math.ceil(niceCeiling((double) value)));
    return (nice + 3) / 4 * 4;
  }

  private static String pct(double fraction) {
    return new java.math.BigDecimal(fraction * 100)
            .setScale(2, java.math.RoundingMode.HALF_UP)
            .stripTrailingZeros()
            .toPlainString()
        + "%";
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  /** Escapes text for HTML content and attribute values. */
  static String esc(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
