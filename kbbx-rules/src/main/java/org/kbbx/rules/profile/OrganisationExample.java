package org.kbbx.rules.profile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kbbx.core.responsibility.ChainLink;
import org.kbbx.core.responsibility.GuaranteeKind;
import org.kbbx.core.responsibility.Role;
import org.kbbx.rules.escalation.AlertCode;

/**
 * A self-test of a profile's {@link OrganisationSettings} (R-PROF-3), run through the organisation
 * builder and coverage check by {@link ProfileExamples#organisationFailures}.
 *
 * <p>A closed family: {@link TwoSeats} (may one person hold two leading seats?), {@link Letter}
 * (does a county with every seat held and no letters get a missing-letter finding on the link?),
 * {@link Survey} (villages surveyed by no school or by several, R-RC-13), {@link Vacancy} (a vacant
 * seat, its findings and who stands in, R-RC-12, R-RC-15), {@link OtherGuarantor} (包保 by people
 * who are not teachers, R-RC-16) and {@link Household} (one guardian of several children, R-RC-11).
 *
 * <p>Every example runs on one small county: township 示例镇, village 示例村, school 示例学校, every
 * leading seat held by a person named by the seat's Chinese label (校长, 教育局长, …), one teacher
 * named 班主任 who is the class teacher of one student, no letters. Expected findings are written
 * {@code CODE: sentence}, the sentence as {@link
 * org.kbbx.core.responsibility.Organisation#describe} prints it with names.
 */
public sealed interface OrganisationExample {

  /** Returns what the example shows. */
  String description();

  /**
   * One person appointed to a seat of {@code first} and a seat of {@code second} in one township
   * with one school: the organisation builds exactly when {@code allowed}.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param description what the example shows, not blank
   * @param first a leading role, not null
   * @param second another leading role, not null
   * @param allowed whether the organisation builds
   */
  record TwoSeats(String description, Role first, Role second, boolean allowed)
      implements OrganisationExample {

    /** Checks the parts. */
    public TwoSeats {
      requireDescription(description);
      Objects.requireNonNull(first, "first");
      Objects.requireNonNull(second, "second");
      if (first == second || !first.isLeadingRole() || !second.isLeadingRole()) {
        throw new IllegalArgumentException(
            "Invalid TwoSeats example: expected two different leading roles, found " + first
                + " and " + second);
      }
    }
  }

  /**
   * A county with every seat held and no letters: a missing letter on {@code link} is found
   * exactly when {@code required}.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param description what the example shows, not blank
   * @param link the link, not null
   * @param required whether a missing letter on the link is a finding
   */
  record Letter(String description, ChainLink link, boolean required)
      implements OrganisationExample {

    /** Checks the parts. */
    public Letter {
      requireDescription(description);
      Objects.requireNonNull(link, "link");
    }
  }

  /**
   * Villages of 示例镇 named as keys, each assigned to the survey schools named in its list (an
   * empty list: none): the organisation still builds, and its survey findings ({@code
   * VILLAGE_WITHOUT_SURVEY_SCHOOL}, {@code VILLAGE_SURVEYED_BY_SEVERAL_SCHOOLS}) are exactly {@code
   * findings}, in village order (R-RC-13).
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param description what the example shows, not blank
   * @param surveys village name to survey school names, 1 to {@value #MAX_VILLAGES} villages,
   *     copied in order
   * @param findings the expected survey findings, {@code CODE: sentence}, copied
   */
  record Survey(String description, Map<String, List<String>> surveys, List<String> findings)
      implements OrganisationExample {

    /** The most villages a survey example may name. */
    public static final int MAX_VILLAGES = 50;

    /** Checks and copies the parts. */
    public Survey {
      requireDescription(description);
      Objects.requireNonNull(surveys, "surveys");
      if (surveys.isEmpty() || surveys.size() > MAX_VILLAGES) {
        throw new IllegalArgumentException("Invalid Survey example: expected 1 to " + MAX_VILLAGES
            + " villages, found " + surveys.size());
      }
      LinkedHashMap<String, List<String>> copy = new LinkedHashMap<>();
      surveys.forEach((village, schools) ->
          copy.put(requireName(village), List.copyOf(Objects.requireNonNull(schools, "schools"))));
      copy.values().forEach(schools -> schools.forEach(OrganisationExample::requireName));
      surveys = java.util.Collections.unmodifiableMap(copy);
      findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
    }
  }

  /**
   * The seat of {@code vacant} declared vacant (for {@link Role#TEACHER}: the student's class
   * teacher seat): its vacancy findings ({@code BROKEN_LINK}, {@code CLASS_TEACHER_VACANT}) are
   * exactly {@code findings}; for {@code alert}, the profile's routing names exactly {@code acting}
   * and {@code informed} (each party once, a stand-in written {@code 校长 for TEACHER}); and a
   * vacant teacher stays on the student's education chain as a vacant level (R-RC-12, R-RC-15).
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param description what the example shows, not blank
   * @param vacant the vacated role: a leading role or {@link Role#TEACHER}, not null
   * @param alert the alert routed, not null
   * @param findings the expected vacancy findings, {@code CODE: sentence}, copied
   * @param acting who is expected to act, in order, copied
   * @param informed who is expected to be told, in order, copied
   */
  record Vacancy(
      String description,
      Role vacant,
      AlertCode alert,
      List<String> findings,
      List<String> acting,
      List<String> informed)
      implements OrganisationExample {

    /** Checks and copies the parts. */
    public Vacancy {
      requireDescription(description);
      Objects.requireNonNull(vacant, "vacant");
      Objects.requireNonNull(alert, "alert");
      if (!vacant.isLeadingRole() && vacant != Role.TEACHER) {
        throw new IllegalArgumentException(
            "Invalid Vacancy example: expected a leading role or TEACHER, found " + vacant);
      }
      findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
      acting = List.copyOf(Objects.requireNonNull(acting, "acting"));
      informed = List.copyOf(Objects.requireNonNull(informed, "informed"));
    }
  }

  /**
   * The student guaranteed (包保) by a person who is not a teacher, of {@code kind}: the organisation
   * builds and lists exactly {@code guarantors} as the student's other guarantors (R-RC-16).
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param description what the example shows, not blank
   * @param kind {@link GuaranteeKind#RELIEF_RESPONSIBLE_STUDENT} or {@link
   *     GuaranteeKind#VILLAGE_OFFICER_STUDENT}, not null
   * @param guarantors the expected seats, as {@link
   *     org.kbbx.core.responsibility.Organisation#label} prints them, copied
   */
  record OtherGuarantor(String description, GuaranteeKind kind, List<String> guarantors)
      implements OrganisationExample {

    /** Checks and copies the parts. */
    public OtherGuarantor {
      requireDescription(description);
      Objects.requireNonNull(kind, "kind");
      if (kind != GuaranteeKind.RELIEF_RESPONSIBLE_STUDENT
          && kind != GuaranteeKind.VILLAGE_OFFICER_STUDENT) {
        throw new IllegalArgumentException("Invalid OtherGuarantor example: expected"
            + " RELIEF_RESPONSIBLE_STUDENT or VILLAGE_OFFICER_STUDENT, found " + kind);
      }
      guarantors = List.copyOf(Objects.requireNonNull(guarantors, "guarantors"));
    }
  }

  /**
   * One guardian (监护人) of {@code children} children of the example school, all with the one
   * class teacher and no letters: the household is one seat with that many children, and it gets
   * exactly {@code missingLetters} missing-letter findings on {@code link} (R-RC-11: letters per
   * household).
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param description what the example shows, not blank
   * @param children the number of children, 1 to {@value #MAX_CHILDREN}
   * @param link the link, {@link ChainLink#TEACHER_PARENT} or {@link ChainLink#VILLAGE_HOUSEHOLD},
   *     not null
   * @param missingLetters the expected number of missing letters to the household, 0 or more
   */
  record Household(String description, int children, ChainLink link, int missingLetters)
      implements OrganisationExample {

    /** The most children a household example may name. */
    public static final int MAX_CHILDREN = 10;

    /** Checks the parts. */
    public Household {
      requireDescription(description);
      Objects.requireNonNull(link, "link");
      if (children < 1 || children > MAX_CHILDREN) {
        throw new IllegalArgumentException("Invalid Household example: expected 1 to "
            + MAX_CHILDREN + " children, found " + children);
      }
      if (link != ChainLink.TEACHER_PARENT && link != ChainLink.VILLAGE_HOUSEHOLD) {
        throw new IllegalArgumentException("Invalid Household example: expected TEACHER_PARENT or"
            + " VILLAGE_HOUSEHOLD, found " + link);
      }
      if (missingLetters < 0) {
        throw new IllegalArgumentException(
            "Invalid Household example: expected 0 or more missing letters, found "
                + missingLetters);
      }
    }
  }

  private static String requireName(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("Invalid name: must not be blank");
    }
    return name;
  }

  private static void requireDescription(String description) {
    Objects.requireNonNull(description, "description");
    if (description.isBlank()) {
      throw new IllegalArgumentException("Invalid description: must not be blank");
    }
  }
}
