package org.kbbx.examples.path;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.kbbx.rules.obligation.Campaign;
import org.kbbx.rules.obligation.CampaignStage;
import org.kbbx.rules.obligation.Fulfilment;
import org.kbbx.rules.obligation.ObligationFinding;
import org.kbbx.rules.profile.EffectiveProfile;
import org.kbbx.rules.profile.Profiles;

/**
 * Example 11 — Yundou's 2022 verification campaign, as of 10-20 (熨政发〔2022〕68号 三(二), R-OBL-1).
 *
 * <p>The campaign is profile data: seven dated stages, each with its deadline (down to "10月19日
 * 18:00"), its tasks and its responsible seat or named person (万强, 冯海军). The town office records
 * what was handed in when; on the morning of 10-20 it asks which stages are late or missing, and
 * asks again after the county re-check.
 */
public final class Ex11YundouVerificationCampaign {

  private Ex11YundouVerificationCampaign() {}

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
    EffectiveProfile yundou = Profiles.builtIn().effective("YUNDOU_2022").get();
    Campaign campaign = yundou.duties().value().campaigns().get(0);
    out.println(campaign.name() + " (" + yundou.duties().source().document() + ")");
    for (CampaignStage stage : campaign.stages()) {
      out.println("  " + stage.from() + ".." + stage.to()
          + stage.dueBefore().map(t -> " before " + t).getOrElse("") + "  " + stage.name() + "  "
          + stage.actor().chineseLabel()
          + (stage.persons().isEmpty() ? "" : " " + String.join("、", stage.persons())));
    }
    String prefix = campaign.obligations().head().id();
    prefix = prefix.substring(0, prefix.lastIndexOf('/') + 1);
    List<Fulfilment> handedIn = List.of(
        new Fulfilment(prefix + "准备阶段", LocalDateTime.of(2022, 10, 10, 16, 0)),
        new Fulfilment(prefix + "入户摸底", LocalDateTime.of(2022, 10, 17, 20, 0)),
        new Fulfilment(prefix + "各校汇总核查", LocalDateTime.of(2022, 10, 18, 12, 0)),
        new Fulfilment(prefix + "全镇表册汇总", LocalDateTime.of(2022, 10, 19, 18, 30)),
        new Fulfilment(prefix + "全镇信息核查", LocalDateTime.of(2022, 10, 21, 9, 0)));
    LocalDateTime morning = LocalDateTime.of(2022, 10, 20, 9, 0);
    out.println("As of " + morning + ", nothing recorded:");
    print(out, campaign.findings(morning, List.of()));
    out.println("As of " + morning + ", with the hand-ins recorded:");
    print(out, campaign.findings(morning, handedIn));
    LocalDateTime afterRecheck = LocalDateTime.of(2022, 10, 29, 0, 0);
    out.println("As of " + afterRecheck + ":");
    print(out, campaign.findings(afterRecheck, handedIn));
  }

  private static void print(PrintWriter out, Iterable<ObligationFinding> findings) {
    for (ObligationFinding finding : findings) {
      String id = finding.obligation().id();
      out.println("  " + id.substring(id.lastIndexOf('/') + 1) + " " + finding.kind()
          + finding.doneAt().map(at -> " (handed in " + at + ")").getOrElse("")
          + " — " + finding.obligation().actor().chineseLabel()
          + (finding.obligation().persons().isEmpty()
              ? ""
              : " " + String.join("、", finding.obligation().persons()))
          + ", due before " + finding.obligation().lateFrom());
    }
  }
}
