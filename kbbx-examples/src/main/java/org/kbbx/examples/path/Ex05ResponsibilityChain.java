package org.kbbx.examples.path;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.person.PriorityGroup;
import org.kbbx.core.responsibility.ChainStep;
import org.kbbx.core.responsibility.CoverageFinding;
import org.kbbx.core.responsibility.Line;
import org.kbbx.core.responsibility.Organisation;
import org.kbbx.core.responsibility.Position;
import org.kbbx.core.responsibility.ResponsibilityChain;
import org.kbbx.testkit.county.CountySpec;
import org.kbbx.testkit.county.SchoolRoster;
import org.kbbx.testkit.county.SyntheticCounty;
import org.kbbx.testkit.county.SyntheticOrganisation;
import org.kbbx.testkit.county.SyntheticStudent;
import org.kbbx.testkit.county.Township;

/**
 * Example 5 — who is responsible for this child (七长负责制, 双线, R-RC-1..5, R-RC-8).
 *
 * <p>A small synthetic county's first township becomes an organisation: seats and their holders,
 * teachers guaranteeing priority students (包保), survey schools and letters. For one
 * left-behind child we walk both lines up from the parent, ask who may see her, and run the
 * coverage check, which names every gap.
 */
public final class Ex05ResponsibilityChain {

  private Ex05ResponsibilityChain() {}

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
    SyntheticCounty county = SyntheticCounty.generate(
        CountySpec.builder().students(1_500).seed(5).guaranteeGapPerMille(20).build());
    Township township = county.townships().get(0);
    List<SchoolRoster> rosters = new ArrayList<>();
    county.schoolsIn(township).forEach(s -> rosters.add(county.roster(s)));
    Organisation org = SyntheticOrganisation.township(county, township, rosters).get();
    SyntheticStudent child = rosters.stream()
        .flatMap(r -> r.students().stream())
        .filter(s -> s.groups().contains(PriorityGroup.LEFT_BEHIND))
        .filter(s -> s.guarantor().isPresent())
        .findFirst()
        .get();
    StudentId ref = StudentId.of(child.id());
    out.println("Child " + child.residentId() + " (留守儿童), school " + child.schoolId() + ", village "
        + child.village());
    for (Line line : Line.values()) {
      ResponsibilityChain chain =
          org.chainFor(ref, line, county.spec().schoolYear()).get();
      out.println(line + " line (" + line.name() + "), complete: " + chain.isComplete());
      for (ChainStep step : chain.steps()) {
        out.println("  " + step.role().chineseLabel() + " " + step.role().englishLabel() + ": "
            + step.holder().map(p -> p.name()).getOrElse("(vacant)")
            + step.letterAbove().map(l -> "  [letter " + l.year() + "]").getOrElse(""));
      }
    }
    Position teacher = org.guarantor(ref).get();
    out.println("Her guarantor teacher may see her: " + org.maySee(teacher, ref) + "; sees "
        + org.visibleStudents(teacher).size() + " students in all");
    Position otherVillage = Position.villageDirector(township.villages().stream()
        .filter(v -> !v.code().equals(child.village()))
        .findFirst()
        .get()
        .code());
    out.println("Another village's director may see her: " + org.maySee(otherVillage, ref));
    var findings = org.coverage(county.spec().schoolYear());
    out.println("Coverage findings for " + township.name() + ": " + findings.size()
        + " (the parent seats are not in this data, so chains stop short of 家长)");
    for (CoverageFinding f : findings.take(5)) {
      out.println("  " + f.code() + " " + f.chineseLabel() + ": " + f.describe());
    }
  }
}
