package org.kbbx.core.responsibility;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import org.junit.jupiter.api.Test;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.time.SchoolYear;

/**
 * A county at the top of the scale docs/rules.md §11 names: 200,000 students, 1,000 schools, 10,000
 * teachers, every link signed. Not timed (no timed unit tests); it shows that building, coverage,
 * chains and visibility work at that size. The report of the issue gives a measured run.
 */
class CountyScaleTest {

  private static final DivisionCode COUNTY = DivisionCode.parse("520527000000");
  private static final SchoolYear YEAR = SchoolYear.of(2024);
  private static final int TOWNSHIPS = 25;
  private static final int VILLAGES_PER_TOWNSHIP = 20;
  private static final int SCHOOLS = 1_000;
  private static final int TEACHERS_PER_SCHOOL = 10;
  private static final int STUDENTS_PER_TEACHER = 20;

  static Organisation bigCounty() {
    OrganisationBuilder builder = Organisation.builder(COUNTY);
    appoint(builder, "county-head", Position.countyHead(COUNTY));
    appoint(builder, "director", Position.bureauDirector(COUNTY));
    DivisionCode[] villages = new DivisionCode[TOWNSHIPS * VILLAGES_PER_TOWNSHIP];
    for (int t = 0; t < TOWNSHIPS; t++) {
      DivisionCode township = DivisionCode.of(COUNTY.value() + (100L + t) * 1000L);
      builder.division(township);
      appoint(builder, "head-" + t, Position.townshipHead(township));
      appoint(builder, "centre-" + t, Position.educationCentreDirector(township));
      appoint(builder, "section-" + t, Position.bureauSection(PersonId.of("section-" + t)));
      builder.guarantee(
          new GuaranteeAssignment.SectionForTownship(PersonId.of("section-" + t), township));
      builder.letter(new ResponsibilityLetter(
          Position.countyHead(COUNTY), Position.townshipHead(township), YEAR));
      for (int v = 0; v < VILLAGES_PER_TOWNSHIP; v++) {
        DivisionCode village = DivisionCode.of(township.value() + 200 + v);
        villages[t * VILLAGES_PER_TOWNSHIP + v] = village;
        builder.division(village);
        appoint(builder, "director-" + village, Position.villageDirector(village));
        builder.letter(new ResponsibilityLetter(
            Position.townshipHead(township), Position.villageDirector(village), YEAR));
      }
    }
    int student = 0;
    for (int s = 0; s < SCHOOLS; s++) {
      SchoolId school = SchoolId.of("school-" + s);
      DivisionCode township = villages[(s % TOWNSHIPS) * VILLAGES_PER_TOWNSHIP].township();
      builder.school(school, township);
      appoint(builder, "principal-" + s, Position.principal(school));
      builder.letter(new ResponsibilityLetter(
          Position.bureauDirector(COUNTY), Position.principal(school), YEAR));
      for (int k = 0; k < TEACHERS_PER_SCHOOL; k++) {
        PersonId teacher = PersonId.of("teacher-" + s + "-" + k);
        Position seat = Position.teacher(school, teacher);
        appoint(builder, teacher.value(), seat);
        builder.letter(new ResponsibilityLetter(Position.principal(school), seat, YEAR));
        for (int n = 0; n < STUDENTS_PER_TEACHER; n++) {
          StudentId ref = StudentId.of("s" + student);
          DivisionCode village =
              villages[(s % TOWNSHIPS) * VILLAGES_PER_TOWNSHIP + n % VILLAGES_PER_TOWNSHIP];
          builder.student(new StudentPlacement(ref, village, school, n % 5 == 0));
          builder.guarantee(new GuaranteeAssignment.TeacherForStudent(teacher, ref));
          builder.classTeacher(ref, teacher);
          builder.letter(new ResponsibilityLetter(
              Position.villageDirector(village), Position.parent(ref), YEAR));
          builder.letter(new ResponsibilityLetter(seat, Position.parent(ref), YEAR));
          student++;
        }
      }
    }
    for (DivisionCode village : villages) {
      builder.survey(
          village, SchoolId.of("school-" + (village.township().value() / 1000 % 1000 - 100)));
    }
    ResponsibilityProfile profile = ResponsibilityProfile.national()
        .withCap(GuaranteeKind.TEACHER_STUDENT, GuaranteeCap.of(15, STUDENTS_PER_TEACHER));
    return builder.build(profile).getOrElseGet(problems -> {
      throw new AssertionError(problems.take(5).mkString("; "));
    });
  }

  private static void appoint(OrganisationBuilder builder, String id, Position seat) {
    builder.person(Person.of(id, id)).appoint(PersonId.of(id), seat);
  }

  @Test
  void countyOfTwoHundredThousandStudentsBuildsAndIsFullyCovered() {
    Organisation org = bigCounty();
    assertThat(org.students()).hasSize(SCHOOLS * TEACHERS_PER_SCHOOL * STUDENTS_PER_TEACHER);
    assertThat(org.schools()).hasSize(SCHOOLS);
    Seq<CoverageFinding> findings = org.coverage(YEAR);
    assertThat(findings).isEmpty();
    StudentId last = StudentId.of("s199999");
    assertThat(org.chainFor(last, Line.EDUCATION, YEAR).get().isComplete()).isTrue();
    assertThat(org.chainFor(last, Line.GOVERNMENT, YEAR).get().isComplete()).isTrue();
    assertThat(org.maySee(Position.principal(SchoolId.of("school-999")), last)).isTrue();
    assertThat(org.maySee(Position.principal(SchoolId.of("school-0")), last)).isFalse();
  }
}
