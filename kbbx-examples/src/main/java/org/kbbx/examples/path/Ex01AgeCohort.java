package org.kbbx.examples.path;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.kbbx.core.cohort.AgeClassification;
import org.kbbx.core.cohort.CohortPolicy;
import org.kbbx.core.school.Grade;
import org.kbbx.core.time.SchoolYear;

/**
 * Example 1 — who must be in school (适龄儿童少年, R-AGE-1..3).
 *
 * <p>Yundou town's 2022 plan (seed 003) says the compulsory-age children of school year 2022 were
 * born between 2006-09-01 and 2016-08-31. The library derives that range from the national policy
 * (ages 6 to 15 by the 1 September cut-off) and places two children born a day apart.
 */
public final class Ex01AgeCohort {

  private Ex01AgeCohort() {}

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
    CohortPolicy policy = CohortPolicy.NATIONAL;
    SchoolYear year = SchoolYear.of(2022);
    out.println("School year " + year + ": compulsory-age children were born "
        + policy.compulsoryBirthRange(year));
    for (LocalDate born : new LocalDate[] {LocalDate.of(2016, 8, 31), LocalDate.of(2016, 9, 1)}) {
      AgeClassification c = policy.classify(born, year);
      out.println("Born " + born + ": age " + c.age() + ", " + c.ageClass() + " ("
          + c.ageClass().chineseLabel() + "), expected grade "
          + c.expectedGrade().map(Object::toString).getOrElse("none"));
    }
    out.println("Grade 7 in " + year + " is for children born "
        + policy.birthRangeForGrade(Grade.of(7), year));
    LocalDate late = LocalDate.of(2009, 5, 1);
    out.println(
        "A child born " + late + " in grade 5 is " + policy.yearsOverAge(late, year, Grade.of(5))
            + " year(s) over age: " + policy.gradeAgeFit(late, year, Grade.of(5)));
  }
}
