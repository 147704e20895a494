package org.kbbx.core.responsibility;

import java.util.EnumSet;
import java.util.function.IntUnaryOperator;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.time.SchoolYear;

/** The seeds' numbers as organisations: Liuba's Madao middle school (seed 004), Yundou town (seed 003). */
final class Fixtures {

  private Fixtures() {}

  static final DivisionCode LIUBA = DivisionCode.parse("610729000000");
  static final DivisionCode MADAO = DivisionCode.parse("610729101000");
  static final SchoolId MADAO_MIDDLE = SchoolId.of("留坝马道中学");
  static final SchoolYear YEAR_2018 = SchoolYear.of(2018);
  static final int LIUBA_TEACHERS = 35;
  static final int LIUBA_STUDENTS = 259;

  /** The teacher (1 … 35) of Liuba student {@code n} (1 … 259): 14 teachers with 8, 21 with 7. */
  static int liubaTeacherOf(int n) {
    return n <= 112 ? (n - 1) / 8 + 1 : 14 + (n - 113) / 7 + 1;
  }

  static PersonId liubaTeacher(int t) {
    return PersonId.of(String.format("T%02d", t));
  }

  static StudentId liubaStudent(int n) {
    return StudentId.of(String.format("S%03d", n));
  }

  /** Hanzhong's two-level letters (county head → township head, bureau director → principal) and a 6–8 cap. */
  static ResponsibilityProfile hanzhong() {
    return ResponsibilityProfile.national()
        .withCap(GuaranteeKind.TEACHER_STUDENT, GuaranteeCap.of(6, 8))
        .withLettersRequired(EnumSet.of(ChainLink.COUNTY_TOWNSHIP, ChainLink.BUREAU_SCHOOL));
  }

  /**
   * Liuba: one township, five villages, Madao middle school with 35 teachers guaranteeing 259
   * students (seed 004), each student assigned to {@code teacherOf.applyAsInt(n)}.
   */
  static OrganisationBuilder liuba(IntUnaryOperator teacherOf) {
    OrganisationBuilder builder = Organisation.builder(LIUBA).division(MADAO, "马道镇");
    builder.school(MADAO_MIDDLE, MADAO, "马道中学");
    seat(builder, "county-head", "县长", Position.countyHead(LIUBA));
    seat(builder, "director", "局长", Position.bureauDirector(LIUBA));
    seat(builder, "madao-head", "镇长", Position.townshipHead(MADAO));
    seat(builder, "principal", "校长", Position.principal(MADAO_MIDDLE));
    seat(builder, "madao-centre", "教管中心主任", Position.educationCentreDirector(MADAO));
    seat(builder, "section", "基教股", Position.bureauSection(PersonId.of("section")));
    builder.guarantee(new GuaranteeAssignment.SectionForTownship(PersonId.of("section"), MADAO));
    for (int v = 1; v <= 5; v++) {
      DivisionCode village = DivisionCode.of(MADAO.value() + 200 + v);
      builder.division(village).survey(village, MADAO_MIDDLE);
      seat(builder, "village-" + v, "村主任" + v, Position.villageDirector(village));
    }
    for (int t = 1; t <= LIUBA_TEACHERS; t++) {
      builder.person(new Person(liubaTeacher(t), "教师" + t));
      builder.appoint(liubaTeacher(t), Position.teacher(MADAO_MIDDLE, liubaTeacher(t)));
    }
    for (int n = 1; n <= LIUBA_STUDENTS; n++) {
      DivisionCode village = DivisionCode.of(MADAO.value() + 200 + 1 + n % 5);
      builder.student(new StudentPlacement(liubaStudent(n), village, MADAO_MIDDLE, true));
      builder.guarantee(new GuaranteeAssignment.TeacherForStudent(
          liubaTeacher(teacherOf.applyAsInt(n)), liubaStudent(n)));
      builder.classTeacher(liubaStudent(n), liubaTeacher(liubaTeacherOf(n)));
    }
    builder.letter(new ResponsibilityLetter(
        Position.countyHead(LIUBA), Position.townshipHead(MADAO), YEAR_2018));
    builder.letter(new ResponsibilityLetter(
        Position.bureauDirector(LIUBA), Position.principal(MADAO_MIDDLE), YEAR_2018));
    return builder;
  }

  static final DivisionCode SHIQUAN = DivisionCode.parse("610922000000");
  static final DivisionCode YUNDOU = DivisionCode.parse("610922104000");
  static final SchoolId CENTRAL_PRIMARY = SchoolId.of("熨斗镇中心小学");
  static final SchoolId JUNIOR = SchoolId.of("熨斗初级中学");
  static final SchoolYear YEAR_2022 = SchoolYear.of(2022);
  /** 金星村、双坪村、刘家湾村、先联村、沙湾村、齐建村: surveyed by the junior school. */
  static final int JUNIOR_VILLAGES = 6;
  /** 中河村、板长村、高兴村、麦坪村、茨林村、瓦子沟村、长岭村 and one community: surveyed by the central primary. */
  static final int PRIMARY_VILLAGES = 7;

  /** The names of Yundou's villages 1 … 13 in seed 003's order; 14 is the community. */
  static final String[] YUNDOU_NAMES = {
    "", "金星村", "双坪村", "刘家湾村", "先联村", "沙湾村", "齐建村", "中河村", "板长村", "高兴村", "麦坪村", "茨林村", "瓦子沟村", "长岭村",
    "熨斗社区"
  };

  static DivisionCode yundouVillage(int v) {
    return DivisionCode.of(YUNDOU.value() + 200 + v);
  }

  static final DivisionCode YUNDOU_COMMUNITY = DivisionCode.parse("610922104001");

  /** The class teacher of the central primary's students; their guarantor is another teacher. */
  static final PersonId PRIMARY_CLASS_TEACHER = PersonId.of("primary-class-teacher");

  /**
   * Yundou: the junior school surveys villages 1–6, the central primary villages 7–13 and the
   * community (seed 003), except villages listed in {@code unsurveyed}; one student per village.
   * A junior student's class teacher is also the guarantor; a primary student's class teacher is
   * {@link #PRIMARY_CLASS_TEACHER}, guaranteed by another teacher (R-RC-10).
   */
  static OrganisationBuilder yundou(int... unsurveyed) {
    java.util.Set<Integer> skip = new java.util.HashSet<>();
    for (int v : unsurveyed) {
      skip.add(v);
    }
    OrganisationBuilder builder = Organisation.builder(SHIQUAN).division(YUNDOU, "熨斗镇");
    builder.school(CENTRAL_PRIMARY, YUNDOU, "熨斗镇中心小学").school(JUNIOR, YUNDOU, "熨斗初级中学");
    seat(builder, "shiquan-head", "县长", Position.countyHead(SHIQUAN));
    seat(builder, "shiquan-director", "局长", Position.bureauDirector(SHIQUAN));
    seat(builder, "yundou-head", "镇长", Position.townshipHead(YUNDOU));
    seat(builder, "primary-principal", "中心小学校长", Position.principal(CENTRAL_PRIMARY));
    seat(builder, "junior-principal", "初级中学校长", Position.principal(JUNIOR));
    seat(builder, "yundou-centre", "教管中心主任", Position.educationCentreDirector(YUNDOU));
    seat(builder, "bureau-leader", "包镇局领导", Position.bureauLeader(PersonId.of("bureau-leader")));
    builder.guarantee(
        new GuaranteeAssignment.LeaderForTownship(PersonId.of("bureau-leader"), YUNDOU));
    seat(
        builder,
        "primary-teacher",
        "中心小学教师",
        Position.teacher(CENTRAL_PRIMARY, PersonId.of("primary-teacher")));
    seat(
        builder,
        "junior-teacher",
        "初级中学教师",
        Position.teacher(JUNIOR, PersonId.of("junior-teacher")));
    seat(
        builder,
        PRIMARY_CLASS_TEACHER.value(),
        "中心小学班主任",
        Position.teacher(CENTRAL_PRIMARY, PRIMARY_CLASS_TEACHER));
    for (int v = 1; v <= JUNIOR_VILLAGES + PRIMARY_VILLAGES + 1; v++) {
      DivisionCode village = v == 14 ? YUNDOU_COMMUNITY : yundouVillage(v);
      SchoolId school = v <= JUNIOR_VILLAGES ? JUNIOR : CENTRAL_PRIMARY;
      if (v == 14) {
        builder.community(village, YUNDOU_NAMES[v]);
      } else {
        builder.division(village, YUNDOU_NAMES[v]);
      }
      seat(builder, "director-" + v, "村主任" + v, Position.villageDirector(village));
      if (!skip.contains(v)) {
        builder.survey(village, school);
      }
      StudentId student = StudentId.of("Y" + v);
      builder.student(new StudentPlacement(student, village, school, v % 2 == 0));
      PersonId teacher = PersonId.of(school.equals(JUNIOR) ? "junior-teacher" : "primary-teacher");
      builder.guarantee(new GuaranteeAssignment.TeacherForStudent(teacher, student));
      builder.classTeacher(student, school.equals(JUNIOR) ? teacher : PRIMARY_CLASS_TEACHER);
    }
    return builder;
  }

  static void seat(OrganisationBuilder builder, String id, String name, Position seat) {
    builder.person(Person.of(id, name)).appoint(PersonId.of(id), seat);
  }
}
