package org.kbbx.core.responsibility;

import java.util.Objects;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.time.SchoolYear;

/**
 * One gap the coverage check (R-RC-5) found, naming exactly what is missing.
 *
 * <p>A closed family, each with a stable {@link #code()}. Cycles never appear here: the builder
 * rejects an organisation with a cycle, so a built organisation has none.
 */
public sealed interface CoverageFinding {

  /** Returns the stable code, for example {@code STUDENT_WITHOUT_GUARANTOR}. */
  String code();

  /** Returns the Chinese label of the kind of gap. */
  String chineseLabel();

  /** Returns a sentence naming the gap. */
  String describe();

  /**
   * A seat on a line is vacant, so the chain through it is broken (链条断开).
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param vacant the vacant seat, not null
   */
  record BrokenLink(Position vacant) implements CoverageFinding {

    /** Checks that the seat is present. */
    public BrokenLink {
      Objects.requireNonNull(vacant, "vacant");
    }

    @Override
    public String code() {
      return "BROKEN_LINK";
    }

    @Override
    public String chineseLabel() {
      return "岗位空缺,链条断开";
    }

    @Override
    public String describe() {
      return "no one holds " + vacant;
    }
  }

  /**
   * A student's class-teacher seat is vacant (班主任空缺, R-RC-10, R-RC-15): no class teacher is
   * named, so the principal stands in for the teacher's duties.
   *
   * <p>{@link #describe()} names the school, never the student's id; the caller has it.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param student the student, not null
   * @param school the school attended, not null
   */
  record ClassTeacherVacant(StudentId student, SchoolId school) implements CoverageFinding {

    /** Checks that both parts are present. */
    public ClassTeacherVacant {
      Objects.requireNonNull(student, "student");
      Objects.requireNonNull(school, "school");
    }

    @Override
    public String code() {
      return "CLASS_TEACHER_VACANT";
    }

    @Override
    public String chineseLabel() {
      return "班主任空缺";
    }

    @Override
    public String describe() {
      return "a student at school " + school + " has no class teacher";
    }

    /** Returns the code and description, without the student's id. */
    @Override
    public String toString() {
      return code() + ": " + describe();
    }
  }

  /**
   * An at-risk or priority student has no teacher guarantor (未落实包保教师).
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param student the student, not null
   * @param school the school attended, not null
   */
  record StudentWithoutGuarantor(StudentId student, SchoolId school) implements CoverageFinding {

    /** Checks that both parts are present. */
    public StudentWithoutGuarantor {
      Objects.requireNonNull(student, "student");
      Objects.requireNonNull(school, "school");
    }

    @Override
    public String code() {
      return "STUDENT_WITHOUT_GUARANTOR";
    }

    @Override
    public String chineseLabel() {
      return "重点学生未落实包保教师";
    }

    @Override
    public String describe() {
      return "student " + student + " at school " + school + " has no teacher guarantor";
    }
  }

  /**
   * A guarantor looks after more wards than the profile's cap (超过包保上限).
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param kind the kind of guarantee, not null
   * @param guarantor the guarantor's seat, not null
   * @param wards how many wards the guarantor has
   * @param cap the cap, not null
   */
  record GuarantorOverCap(GuaranteeKind kind, Position guarantor, int wards, GuaranteeCap cap)
      implements CoverageFinding {

    /** Checks that the parts are present and the count is over the cap. */
    public GuarantorOverCap {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(guarantor, "guarantor");
      Objects.requireNonNull(cap, "cap");
      if (cap.excess(wards) == 0) {
        throw new IllegalArgumentException(
            "Invalid GuarantorOverCap: " + wards + " wards is within cap " + cap);
      }
    }

    /** Returns by how many wards the guarantor is over the cap, at least 1. */
    public int excess() {
      return cap.excess(wards);
    }

    @Override
    public String code() {
      return "GUARANTOR_OVER_CAP";
    }

    @Override
    public String chineseLabel() {
      return "超过包保上限";
    }

    @Override
    public String describe() {
      return guarantor + " has " + wards + " wards (" + kind.chineseLabel() + "), " + excess()
          + " over the cap of " + cap.maximum();
    }
  }

  /**
   * A village has no survey school (未落实包村调查学校, seed 003).
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param village the village, not null
   */
  record VillageWithoutSurveySchool(DivisionCode village) implements CoverageFinding {

    /** Checks that the village is present. */
    public VillageWithoutSurveySchool {
      Objects.requireNonNull(village, "village");
    }

    @Override
    public String code() {
      return "VILLAGE_WITHOUT_SURVEY_SCHOOL";
    }

    @Override
    public String chineseLabel() {
      return "村未落实调查核实学校";
    }

    @Override
    public String describe() {
      return "village " + village + " is assigned to no survey school";
    }
  }

  /**
   * A village is assigned to several survey schools (重复落实调查核实学校, R-RC-13): seed 003 assigns each
   * village to exactly one.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param village the village, not null
   * @param schools the schools, at least two, in assignment order, not null
   */
  record VillageSurveyedBySeveral(DivisionCode village, io.vavr.collection.Seq<SchoolId> schools)
      implements CoverageFinding {

    /** Checks that the parts are present and there are at least two schools. */
    public VillageSurveyedBySeveral {
      Objects.requireNonNull(village, "village");
      Objects.requireNonNull(schools, "schools");
      if (schools.size() < 2) {
        throw new IllegalArgumentException(
            "Invalid VillageSurveyedBySeveral: expected at least 2 schools, found "
                + schools.size());
      }
    }

    @Override
    public String code() {
      return "VILLAGE_SURVEYED_BY_SEVERAL_SCHOOLS";
    }

    @Override
    public String chineseLabel() {
      return "村重复落实调查核实学校";
    }

    @Override
    public String describe() {
      return "village " + village + " is assigned to several survey schools: "
          + schools.mkString(", ");
    }
  }

  /**
   * A township has neither a bureau section nor a bureau leader guaranteeing it (乡镇未落实局包保).
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param township the township, not null
   */
  record TownshipWithoutBureauGuarantor(DivisionCode township) implements CoverageFinding {

    /** Checks that the township is present. */
    public TownshipWithoutBureauGuarantor {
      Objects.requireNonNull(township, "township");
    }

    @Override
    public String code() {
      return "TOWNSHIP_WITHOUT_BUREAU_GUARANTOR";
    }

    @Override
    public String chineseLabel() {
      return "乡镇未落实教育局包保";
    }

    @Override
    public String describe() {
      return "township " + township + " has no bureau section or bureau leader guaranteeing it";
    }
  }

  /**
   * A link the profile requires a letter for has none for the school year (未签订责任书, R-RC-3).
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param link the link, not null
   * @param upper the upper seat, not null
   * @param lower the lower seat, not null
   * @param year the school year, not null
   */
  record MissingLetter(ChainLink link, Position upper, Position lower, SchoolYear year)
      implements CoverageFinding {

    /** Checks that every part is present. */
    public MissingLetter {
      Objects.requireNonNull(link, "link");
      Objects.requireNonNull(upper, "upper");
      Objects.requireNonNull(lower, "lower");
      Objects.requireNonNull(year, "year");
    }

    @Override
    public String code() {
      return "MISSING_LETTER";
    }

    @Override
    public String chineseLabel() {
      return "未签订责任书";
    }

    @Override
    public String describe() {
      return "no " + year + " letter " + link.chineseLabel() + " between " + upper + " and "
          + lower;
    }
  }
}
