package org.kbbx.core.responsibility;

import java.util.Objects;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.id.StudentId;

/**
 * One guarantee assignment (包保, R-RC-4, seed 002): a guarantor who answers for a ward.
 *
 * <p>A closed family: a teacher for a student, a school leader for a teacher, a bureau section or
 * a bureau leader for a township, and (R-RC-16) a poverty-relief responsible person or a village
 * officer for a student. The organisation builder checks that the guarantor holds the
 * matching seat and that the ward exists.
 */
public sealed interface GuaranteeAssignment {

  /** Returns the kind of guarantee. */
  GuaranteeKind kind();

  /** Returns the guarantor. */
  PersonId guarantor();

  /**
   * 教师包保学生: {@code teacher}, teaching at the student's school, guarantees {@code student}.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param teacher the guarantor, not null
   * @param student the ward, not null
   */
  record TeacherForStudent(PersonId teacher, StudentId student) implements GuaranteeAssignment {

    /** Checks that both parts are present. */
    public TeacherForStudent {
      Objects.requireNonNull(teacher, "teacher");
      Objects.requireNonNull(student, "student");
    }

    @Override
    public GuaranteeKind kind() {
      return GuaranteeKind.TEACHER_STUDENT;
    }

    @Override
    public PersonId guarantor() {
      return teacher;
    }
  }

  /**
   * 学校领导包保教师: {@code leader}, in the leadership of a school, guarantees {@code teacher} of the
   * same school.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param leader the guarantor, not null
   * @param teacher the ward, not null
   */
  record LeaderForTeacher(PersonId leader, PersonId teacher) implements GuaranteeAssignment {

    /** Checks that both parts are present. */
    public LeaderForTeacher {
      Objects.requireNonNull(leader, "leader");
      Objects.requireNonNull(teacher, "teacher");
    }

    @Override
    public GuaranteeKind kind() {
      return GuaranteeKind.SCHOOL_LEADER_TEACHER;
    }

    @Override
    public PersonId guarantor() {
      return leader;
    }
  }

  /**
   * 局股室包保乡镇: the bureau section {@code section} guarantees {@code township}.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param section the guarantor, not null
   * @param township the ward, not null
   */
  record SectionForTownship(PersonId section, DivisionCode township)
      implements GuaranteeAssignment {

    /** Checks that both parts are present. */
    public SectionForTownship {
      Objects.requireNonNull(section, "section");
      Objects.requireNonNull(township, "township");
    }

    @Override
    public GuaranteeKind kind() {
      return GuaranteeKind.BUREAU_SECTION_TOWNSHIP;
    }

    @Override
    public PersonId guarantor() {
      return section;
    }
  }

  /**
   * 局领导包保乡镇: the bureau leader {@code leader} guarantees {@code township}.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param leader the guarantor, not null
   * @param township the ward, not null
   */
  record LeaderForTownship(PersonId leader, DivisionCode township) implements GuaranteeAssignment {

    /** Checks that both parts are present. */
    public LeaderForTownship {
      Objects.requireNonNull(leader, "leader");
      Objects.requireNonNull(township, "township");
    }

    @Override
    public GuaranteeKind kind() {
      return GuaranteeKind.BUREAU_LEADER_TOWNSHIP;
    }

    @Override
    public PersonId guarantor() {
      return leader;
    }
  }

  /**
   * 帮扶责任人包保: {@code person}, a poverty-relief responsible person (holding {@link
   * Position#reliefResponsible}), guarantees {@code student} (R-RC-16, seed 004 留坝).
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param person the guarantor, not null
   * @param student the ward, not null
   */
  record ReliefPersonForStudent(PersonId person, StudentId student) implements GuaranteeAssignment {

    /** Checks that both parts are present. */
    public ReliefPersonForStudent {
      Objects.requireNonNull(person, "person");
      Objects.requireNonNull(student, "student");
    }

    @Override
    public GuaranteeKind kind() {
      return GuaranteeKind.RELIEF_RESPONSIBLE_STUDENT;
    }

    @Override
    public PersonId guarantor() {
      return person;
    }
  }

  /**
   * 村级控辍信息管理员包保: {@code officer}, holding {@link Position#villageOfficer} of the student's
   * household village, guarantees {@code student} (R-RC-16, seed 004 西乡).
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param officer the guarantor, not null
   * @param student the ward, not null
   */
  record VillageOfficerForStudent(PersonId officer, StudentId student)
      implements GuaranteeAssignment {

    /** Checks that both parts are present. */
    public VillageOfficerForStudent {
      Objects.requireNonNull(officer, "officer");
      Objects.requireNonNull(student, "student");
    }

    @Override
    public GuaranteeKind kind() {
      return GuaranteeKind.VILLAGE_OFFICER_STUDENT;
    }

    @Override
    public PersonId guarantor() {
      return officer;
    }
  }
}
