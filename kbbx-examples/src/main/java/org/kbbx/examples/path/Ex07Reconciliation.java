package org.kbbx.examples.path;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.id.ResidentId;
import org.kbbx.reporting.reconciliation.PersonFinding;
import org.kbbx.reporting.reconciliation.PersonMatch;
import org.kbbx.reporting.reconciliation.PopulationRow;
import org.kbbx.reporting.reconciliation.PresenceRow;
import org.kbbx.reporting.reconciliation.Reconciliation;
import org.kbbx.reporting.reconciliation.ReconciliationResult;
import org.kbbx.reporting.reconciliation.RecordRow;
import org.kbbx.reporting.reconciliation.RecordStatus;
import org.kbbx.reporting.reconciliation.RowFinding;
import org.kbbx.reporting.reconciliation.Source;

/**
 * Example 7 — 人籍一致: the population list against school records and presence (R-LED-2).
 *
 * <p>The rural revitalisation bureau's list of six children, the record system's rows and the
 * schools' presence checks are matched: every child lands in exactly one class (consistent, no
 * record, person here / record elsewhere, record here / person absent), every row is accounted
 * for, and bad rows become findings.
 */
public final class Ex07Reconciliation {

  private Ex07Reconciliation() {}

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
    DivisionCode village = DivisionCode.parse("522499101201");
    String a = id("52249920120101001");
    String b = id("52249920120202002");
    String c = id("52249920130303003");
    String d = id("52249920140404004");
    String e = id("52249920100505005");
    LocalDate check = LocalDate.of(2024, 9, 10);
    List<PopulationRow> population = List.of(
        new PopulationRow(a, "张一", LocalDate.of(2012, 1, 1), village),
        new PopulationRow(b, "李二", LocalDate.of(2012, 2, 2), village),
        new PopulationRow(c, "王三", LocalDate.of(2013, 3, 3), village),
        new PopulationRow(d, "赵四", LocalDate.of(2014, 4, 5), village),
        new PopulationRow("522499201501010000", "钱五", LocalDate.of(2015, 1, 1), village));
    List<RecordRow> records = List.of(
        new RecordRow(a, "5224990001", RecordStatus.ACTIVE),
        new RecordRow(b, "5224990001", RecordStatus.ACTIVE),
        new RecordRow(e, "5224990002", RecordStatus.ACTIVE));
    List<PresenceRow> presence = List.of(
        new PresenceRow(a, "5224990001", true, check),
        new PresenceRow(b, "5224990001", false, check),
        new PresenceRow(c, "5224990002", true, check),
        new PresenceRow(e, "5224990002", true, check));
    ReconciliationResult result = Reconciliation.forSchools(Set.of("5224990001", "5224990002"))
        .reconcile(population, records, presence, Set.of(ResidentId.parse(b)));
    for (PersonMatch m : result.persons()) {
      out.println(m.residentId() + "  " + m.personClass() + " ("
          + m.personClass().chineseLabel() + ")" + (m.registeredPoor() ? "  建档立卡" : ""));
    }
    out.println("Class counts: " + result.classCounts());
    for (RowFinding f : result.rowFindings()) {
      out.println("Row finding: " + f.kind() + " (" + f.kind().chineseLabel() + ") " + f.detail());
    }
    for (PersonFinding f : result.personFindings()) {
      out.println("Person finding: " + f.kind() + " (" + f.kind().chineseLabel() + ") "
          + f.residentId() + " " + f.detail());
    }
    for (Source source : Source.values()) {
      out.println(source + ": " + result.rowsIn(source) + " rows in, " + result.rowsOut(source)
          + " accounted for");
    }
  }

  private static String id(String first17) {
    return first17 + ResidentId.checkCharacterOf(first17);
  }
}
