package org.kbbx.reporting.rate;

import io.vavr.control.Option;
import java.util.Objects;
import org.kbbx.core.person.PriorityGroup;
import org.kbbx.core.person.Sex;
import org.kbbx.core.school.Grade;
import org.kbbx.core.school.SchoolLevel;

/**
 * Which part of a unit's counts a rate is taken over: all, or one level, one grade, one sex, one
 * priority group (R-RATE-4).
 *
 * <p>A level selects the grade rows of that level and, for population-side counters, the children
 * whose expected grade is in that level (the official-age population of the level). A grade selects
 * one row. Sex and priority group can each be combined with level or grade, but not with each other:
 * the counts keep level × grade × sex and level × grade × group, not their full cross product.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param level the level, or none for both
 * @param grade the grade, or none for all
 * @param sex the sex, or none for both
 * @param group the priority group, or none for every child
 * @param watched a union of priority groups (R-RATE-20), or none; not with a group or a sex
 */
public record Slice(
    Option<SchoolLevel> level,
    Option<Grade> grade,
    Option<Sex> sex,
    Option<PriorityGroup> group,
    Option<WatchedGroups> watched) {

  private static final Slice ALL =
      new Slice(Option.none(), Option.none(), Option.none(), Option.none(), Option.none());

  /** Creates a slice. */
  public Slice {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(grade, "grade");
    Objects.requireNonNull(sex, "sex");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(watched, "watched");
    if (sex.isDefined() && group.isDefined()) {
      throw new IllegalArgumentException(
          "Invalid slice: sex " + sex.get() + " and priority group " + group.get()
              + " cannot be combined (counts keep each breakdown, not their cross product)");
    }
    if (watched.isDefined() && (sex.isDefined() || group.isDefined())) {
      throw new IllegalArgumentException("Invalid slice: groups " + watched.get()
          + " cannot be combined with a sex or another group");
    }
  }

  /**
   * Creates a slice without a union of groups.
   *
   * @param level the level, or none
   * @param grade the grade, or none
   * @param sex the sex, or none
   * @param group the priority group, or none
   */
  public Slice(
      Option<SchoolLevel> level,
      Option<Grade> grade,
      Option<Sex> sex,
      Option<PriorityGroup> group) {
    this(level, grade, sex, group, Option.none());
  }

  /** Returns the slice of all children. */
  public static Slice all() {
    return ALL;
  }

  /**
   * Returns the slice of one level.
   *
   * @param level not null
   * @return the slice
   */
  public static Slice of(SchoolLevel level) {
    return ALL.withLevel(level);
  }

  /**
   * Returns the slice of one grade.
   *
   * @param grade not null
   * @return the slice
   */
  public static Slice of(Grade grade) {
    return ALL.withGrade(grade);
  }

  /** Returns this slice restricted to {@code level}. */
  public Slice withLevel(SchoolLevel level) {
    return new Slice(Option.of(Objects.requireNonNull(level, "level")), grade, sex, group, watched);
  }

  /** Returns this slice restricted to {@code grade}. */
  public Slice withGrade(Grade grade) {
    return new Slice(level, Option.of(Objects.requireNonNull(grade, "grade")), sex, group, watched);
  }

  /** Returns this slice restricted to {@code sex}. */
  public Slice withSex(Sex sex) {
    return new Slice(level, grade, Option.of(Objects.requireNonNull(sex, "sex")), group, watched);
  }

  /** Returns this slice restricted to the children of a union of groups (R-RATE-20). */
  public Slice withWatched(WatchedGroups groups) {
    return new Slice(level, grade, sex, group, Option.of(Objects.requireNonNull(groups, "groups")));
  }

  /** Returns this slice restricted to children in priority group {@code group}. */
  public Slice withGroup(PriorityGroup group) {
    return new Slice(level, grade, sex, Option.of(Objects.requireNonNull(group, "group")), watched);
  }
}
