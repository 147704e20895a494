package org.kbbx.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.kbbx.core.cohort.AgeClassification;
import org.kbbx.core.cohort.CohortPolicy;
import org.kbbx.core.school.Grade;
import org.kbbx.core.time.SchoolYear;
import org.kbbx.rules.profile.Profiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kbbx cohort}: the compulsory birth range of a school year and, for a birth date, its age,
 * age class and expected grade (R-AGE-1..6), as JSON.
 *
 * <p>This class is not thread-safe: picocli fills its fields.
 */
@Command(
    name = "cohort",
    mixinStandardHelpOptions = true,
    description = {
      "Prints a school year's compulsory birth range and grade table as JSON.",
      "Ages 6-15 by the 1 September cut-off (R-AGE-1..3); with --birth-date,",
      "also that child's age, age class and expected grade. Profiles do not",
      "change the cohort rules: every built-in profile uses the national policy."
    })
public final class CohortCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(
      names = "--school-year",
      paramLabel = "Y",
      required = true,
      description = "School year: its start year (2024) or 2024-2025.")
  String schoolYear;

  @Option(names = "--birth-date", paramLabel = "D", description = "A birth date, e.g. 2016-08-31.")
  String birthDate;

  @Option(
      names = "--profile",
      paramLabel = "ID",
      defaultValue = "NATIONAL",
      description = "Jurisdiction profile id (default: ${DEFAULT-VALUE}).")
  String profile;

  /** Creates the command; picocli calls this. */
  public CohortCommand() {}

  @Override
  public Integer call() {
    SchoolYear year = schoolYear(schoolYear);
    if (Profiles.builtIn().get(profile).isEmpty()) {
      throw new BadInputException("Unknown profile for --profile: \"" + profile + "\" (known: "
          + Profiles.builtIn().ids().mkString(", ") + ")");
    }
    CohortPolicy policy = CohortPolicy.NATIONAL;
    ObjectNode out = Json.object();
    out.put("schoolYear", year.toString());
    out.put("profile", profile);
    ObjectNode p = out.putObject("policy");
    p.put("cutOff", policy.cutOff().toString().substring(2));
    p.put("entryAge", policy.entryAge());
    p.put("lastCompulsoryAge", policy.lastCompulsoryAge());
    p.put("gradeSystem", policy.gradeSystem().name());
    out.set("compulsoryBirthRange", Json.range(policy.compulsoryBirthRange(year)));
    ArrayNode grades = out.putArray("grades");
    for (int g = Grade.FIRST; g <= Grade.LAST; g++) {
      Grade grade = Grade.of(g);
      ObjectNode row = grades.addObject();
      row.put("grade", g);
      row.put("level", policy.gradeSystem().levelOf(grade).name());
      row.put("age", policy.expectedAgeOf(grade));
      row.set("birthRange", Json.range(policy.birthRangeForGrade(grade, year)));
    }
    if (birthDate != null) {
      LocalDate birth = Json.date(birthDate, "--birth-date");
      AgeClassification c = policy.classify(birth, year);
      ObjectNode child = out.putObject("child");
      child.put("birthDate", birth.toString());
      child.put("age", c.age());
      child.put("ageClass", c.ageClass().name());
      child.put("ageClassLabel", c.ageClass().chineseLabel());
      if (c.expectedGrade().isDefined()) {
        var expected = c.expectedGrade().get();
        if (expected.shouldHaveCompleted()) {
          child.put("expectedGrade", "SHOULD_HAVE_COMPLETED");
        } else {
          child.put("expectedGrade", expected.grade().get().number());
        }
      } else {
        child.putNull("expectedGrade");
      }
    }
    spec.commandLine().getOut().println(Json.text(out));
    return KbbxCommand.OK;
  }

  static SchoolYear schoolYear(String text) {
    String t = text.trim();
    if (t.matches("\\d{4}")) {
      int start = Integer.parseInt(t);
      if (start < SchoolYear.MIN_START_YEAR || start > SchoolYear.MAX_START_YEAR) {
        throw new BadInputException("Invalid value for --school-year (valid values "
            + SchoolYear.MIN_START_YEAR + " - " + SchoolYear.MAX_START_YEAR + "): " + text);
      }
      return SchoolYear.of(start);
    }
    return SchoolYear.validate(t)
        .fold(
            problems -> {
              throw new BadInputException(
                  "Invalid value for --school-year (expected 2024 or 2024-2025): " + text);
            },
            year -> year);
  }
}
