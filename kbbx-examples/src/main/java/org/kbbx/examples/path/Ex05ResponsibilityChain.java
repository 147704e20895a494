package org.kbbx.examples.path;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.person.PriorityGroup;
import org.kbbx.core.responsibility.ChainLink;
import org.kbbx.core.responsibility.ChainStep;
import org.kbbx.core.responsibility.CoverageFinding;
import org.kbbx.core.responsibility.Line;
import org.kbbx.core.responsibility.Organisation;
import org.kbbx.core.responsibility.OrganisationBuilder;
import org.kbbx.core.responsibility.Person;
import org.kbbx.core.responsibility.PersonId;
import org.kbbx.core.responsibility.Position;
import org.kbbx.core.responsibility.ResponsibilityChain;
import org.kbbx.core.responsibility.ResponsibilityLetter;
import org.kbbx.core.responsibility.ResponsibilityProfile;
import org.kbbx.core.responsibility.StudentPlacement;
import org.kbbx.core.time.SchoolYear;
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
 * coverage check, which names every gap. Then a household by hand: a mother of two children at
 * 熨斗初级中学 with their class teacher — one household seat on both lines and one letter per
 * household and link (R-RC-10, R-RC-11).
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
      out.println("  " + f.code() + " " + f.chineseLabel() + ": " + org.describe(f));
    }
    household(out);
  }

  /**
   * A household with two children (R-RC-10, R-RC-11): one guardian, one seat on both lines, one
   * letter per household and link (户为对象, seed 000), and a class teacher for each child.
   */
  private static void household(PrintWriter out) {
    DivisionCode shiquan = DivisionCode.parse("610922000000");
    DivisionCode yundou = DivisionCode.parse("610922104000");
    DivisionCode qijian = DivisionCode.parse("610922104206");
    SchoolId junior = SchoolId.of("熨斗初级中学");
    StudentId elder = StudentId.of("G610922200801011234");
    StudentId younger = StudentId.of("G610922201003052345");
    PersonId mother = PersonId.of("li");
    PersonId classTeacher = PersonId.of("wang");
    OrganisationBuilder builder = Organisation.builder(shiquan)
        .division(yundou, "熨斗镇")
        .division(qijian, "齐建村")
        .school(junior, yundou, "熨斗初级中学")
        .survey(qijian, junior);
    String[][] seats = {{"县长", "c"}, {"局长", "b"}, {"镇长", "t"}, {"村主任", "v"}, {"校长", "p"}};
    Position[] positions = {
      Position.countyHead(shiquan),
      Position.bureauDirector(shiquan),
      Position.townshipHead(yundou),
      Position.villageDirector(qijian),
      Position.principal(junior)
    };
    for (int i = 0; i < seats.length; i++) {
      builder
          .person(Person.of(seats[i][1], seats[i][0]))
          .appoint(PersonId.of(seats[i][1]), positions[i]);
    }
    Position teacherSeat = Position.teacher(junior, classTeacher);
    builder.person(Person.of("wang", "王老师")).appoint(classTeacher, teacherSeat);
    builder.person(Person.of("li", "李秀英"));
    for (StudentId child : List.of(elder, younger)) {
      builder
          .student(new StudentPlacement(child, qijian, junior, false))
          .classTeacher(child, classTeacher)
          .guardian(mother, child);
    }
    SchoolYear year = SchoolYear.of(2022);
    Position household = Position.guardian(mother);
    builder.letter(new ResponsibilityLetter(Position.villageDirector(qijian), household, year));
    Organisation org = builder
        .build(ResponsibilityProfile.national()
            .withLettersRequired(
                java.util.EnumSet.of(ChainLink.VILLAGE_HOUSEHOLD, ChainLink.TEACHER_PARENT)))
        .get();
    out.println(
        "Household " + org.label(household) + ": " + org.household(household).size()
            + " children, one seat on both lines: "
            + org.chainFor(elder, Line.GOVERNMENT, year)
                .get()
                .steps()
                .head()
                .position()
                .contains(household)
            + " / "
            + org.chainFor(younger, Line.EDUCATION, year)
                .get()
                .steps()
                .head()
                .position()
                .contains(household));
    out.println(
        "Younger child's class teacher: " + org.label(org.classTeacher(younger).get()));
    for (CoverageFinding f : org.coverage(year)) {
      out.println("  " + f.code() + ": " + org.describe(f));
    }
  }
}
