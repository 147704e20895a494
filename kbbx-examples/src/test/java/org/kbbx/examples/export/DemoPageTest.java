package org.kbbx.examples.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.rate.Target;
import org.kbbx.examples.demo.DemoBook;
import org.kbbx.reporting.rate.RateKind;
import org.kbbx.reporting.register.RegisterKind;
import org.kbbx.rules.casework.CaseStep;

/** Parses the dashboard page and checks its numbers against the book. */
class DemoPageTest {

  private static Document page(DemoBook book) {
    return Jsoup.parse(DemoPage.html(book));
  }

  @Test
  void thePageIsSelfContained() {
    String html = DemoPage.html(Books.NATIONAL);
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("script, link, img, iframe, object, embed")).isEmpty();
    assertThat(doc.select("[src], [href]")).isEmpty();
    assertThat(html).doesNotContain("http://").doesNotContain("https://").doesNotContain("url(");
    assertThat(doc.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
        .startsWith("default-src 'none'");
    assertThat(doc.select("style")).hasSize(1);
    assertThat(doc.select("svg")).isNotEmpty();
  }

  @Test
  @Tag("R-ID-5")
  void thePageShowsNoChild() {
    DemoBook book = Books.NATIONAL;
    String html = DemoPage.html(book);
    assertThat(html).doesNotContainPattern("\\d{14}");
    book.registers()
        .suspectedDropouts()
        .forEach(
            e -> assertThat(html).doesNotContain(e.residentId().masked()).doesNotContain(e.name()));
  }

  @Test
  @Tag("R-RATE-3")
  void everyBarCarriesItsUnitsRateAndTheTargetLine() {
    for (DemoBook book : List.of(Books.NATIONAL, Books.HEZHANG)) {
      Document doc = page(book);
      for (RateKind kind : DemoPage.CHARTED) {
        Element chart = doc.getElementById("chart-" + kind.name());
        assertThat(chart).as(kind.name()).isNotNull();
        assertThat(chart.text()).contains(kind.chineseLabel()).contains(kind.englishLabel());
        Elements rows = chart.select(".bar-row");
        assertThat(rows).hasSize(book.units().size());
        Optional<Target> target = Optional.ofNullable(book.targets().get(kind));
        for (int i = 0; i < rows.size(); i++) {
          Element row = rows.get(i);
          DemoBook.Unit unit = book.units().get(i);
          RateView view = RateView.of(unit.rates().get(kind));
          assertThat(row.attr("data-unit")).isEqualTo(unit.name());
          assertThat(row.select(".label").text()).isEqualTo(unit.name());
          assertThat(row.select(".value").first().ownText()).isEqualTo(view.text());
          if (view.numerator().isPresent()) {
            assertThat(row.attr("data-numerator"))
                .isEqualTo(view.numerator().get().toString());
            assertThat(row.attr("data-denominator"))
                .isEqualTo(view.denominator().get().toString());
            assertThat(row.select(".value small").text())
                .isEqualTo(view.numerator().get() + "/" + view.denominator().get());
          } else {
            assertThat(row.hasAttr("data-numerator")).isFalse();
          }
          assertThat(row.select("line.tline")).hasSize(target.isPresent() ? 1 : 0);
          assertThat(row.attr("data-outcome"))
              .isEqualTo(book.compliance(unit.name(), kind)
                  .map(c -> c.outcome().name())
                  .orElse("NONE"));
        }
        assertThat(chart.select(".target").text())
            .isEqualTo(target.map(Target::toString).orElse(""));
      }
    }
    assertThat(Books.HEZHANG.targets()).containsKey(RateKind.PRIMARY_DROPOUT);
  }

  @Test
  @Tag("R-LED-0")
  void theWeeklyRegistersAndTheCasesByStepEqualTheBook() {
    DemoBook book = Books.NATIONAL;
    Document doc = page(book);
    Elements weeks = doc.select("#chart-weeks g.week");
    assertThat(weeks).hasSize(book.weeks().size()).hasSizeGreaterThan(30);
    for (int i = 0; i < weeks.size(); i++) {
      DemoBook.Week w = book.weeks().get(i);
      Element g = weeks.get(i);
      assertThat(g.attr("data-from")).isEqualTo(w.from().toString());
      assertThat(g.attr("data-suspected-open")).isEqualTo(Long.toString(w.suspectedOpen()));
      assertThat(g.attr("data-dropouts-open")).isEqualTo(Long.toString(w.dropoutsOpen()));
      assertThat(g.attr("data-suspected-opened")).isEqualTo(Long.toString(w.suspectedOpened()));
    }
    assertThat(doc.select("#chart-weeks polyline")).hasSize(2);
    Elements steps = doc.select("#chart-cases .bar-row.step");
    assertThat(steps).hasSize(CaseStep.values().length);
    for (Element step : steps) {
      CaseStep s = CaseStep.valueOf(step.attr("data-step"));
      assertThat(step.attr("data-cases")).isEqualTo(book.casesByStep().get(s).toString());
      assertThat(step.select(".value").text())
          .isEqualTo(book.casesByStep().get(s).toString());
      assertThat(step.text()).contains(s.chineseLabel()).contains(s.englishLabel());
    }
    assertThat(doc.getElementById("kpi-suspected-open").attr("data-value"))
        .isEqualTo(Long.toString(book.registers().openCount(RegisterKind.SUSPECTED_DROPOUT)));
    assertThat(doc.getElementById("kpi-dropouts-open").attr("data-value"))
        .isEqualTo(Long.toString(book.registers().openCount(RegisterKind.DROPOUT)));
    assertThat(doc.getElementById("kpi-students").attr("data-value")).isEqualTo("6000");
    assertThat(doc.getElementById("cases-opened").text())
        .isEqualTo(Long.toString(book.report().cases().opened()));
    assertThat(doc.getElementById("profile").text()).isEqualTo("NATIONAL");
  }

  @Test
  void theCountyTableShowsEveryRateWithPendingAsPending() {
    DemoBook book = Books.HEZHANG;
    DemoBook.Unit county = book.units().get(0);
    Elements rows = page(book).select("#county-rates tr[data-kind]");
    assertThat(rows).hasSize(RateKind.values().length);
    for (Element row : rows) {
      RateKind kind = RateKind.valueOf(row.attr("data-kind"));
      RateView view = RateView.of(county.rates().get(kind));
      assertThat(row.child(1).text()).isEqualTo(view.text());
      assertThat(row.child(3).text())
          .isEqualTo(book.compliance(county.name(), kind).map(RateView::outcome).orElse("-"));
    }
    county.rates().asMap().forEach((kind, rate) -> {
      if (rate.isLeft()) {
        assertThat(RateView.of(rate).text()).as(kind.name()).doesNotContain("%");
      }
    });
  }

  @Test
  void escapesWhatItShows() {
    assertThat(DemoPage.esc("<a href=\"x\">&'"))
        .isEqualTo("&lt;a href=&quot;x&quot;&gt;&amp;&#39;");
  }
}
