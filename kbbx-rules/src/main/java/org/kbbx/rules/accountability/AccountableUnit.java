package org.kbbx.rules.accountability;

import java.util.Objects;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.division.DivisionLevel;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.responsibility.Position;

/**
 * A unit whose results accountability rules judge (R-RC-9): a county, a township, a school or a
 * person in a seat (R-RC-17). Each unit has a head seat that answers for it.
 */
public sealed interface AccountableUnit {

  /** Returns the seat that answers for the unit: county head, township head or principal. */
  Position head();

  /**
   * A county (or district), answered for by its county head.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param code a county-level code, not null
   */
  record County(DivisionCode code) implements AccountableUnit {

    /** Checks the code's level. */
    public County {
      requireLevel(code, DivisionLevel.COUNTY);
    }

    @Override
    public Position head() {
      return Position.countyHead(code);
    }

    @Override
    public String toString() {
      return "county " + code;
    }
  }

  /**
   * A township, answered for by its township head.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param code a township-level code, not null
   */
  record Township(DivisionCode code) implements AccountableUnit {

    /** Checks the code's level. */
    public Township {
      requireLevel(code, DivisionLevel.TOWNSHIP);
    }

    @Override
    public Position head() {
      return Position.townshipHead(code);
    }

    @Override
    public String toString() {
      return "township " + code;
    }
  }

  /**
   * A school, answered for by its principal.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param id the school, not null
   */
  record School(SchoolId id) implements AccountableUnit {

    /** Checks that the id is present. */
    public School {
      Objects.requireNonNull(id, "id");
    }

    @Override
    public Position head() {
      return Position.principal(id);
    }

    @Override
    public String toString() {
      return "school " + id;
    }
  }

  /**
   * A person answering through a seat (R-RC-17: 单位和个人), for example the class teacher whose
   * return-persuasion step is overdue.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param seat the person's seat, not null
   */
  record Holder(Position seat) implements AccountableUnit {

    /** Checks that the seat is present. */
    public Holder {
      Objects.requireNonNull(seat, "seat");
    }

    @Override
    public Position head() {
      return seat;
    }

    @Override
    public String toString() {
      return "person " + seat;
    }
  }

  private static void requireLevel(DivisionCode code, DivisionLevel level) {
    Objects.requireNonNull(code, "code");
    if (code.level() != level) {
      throw new IllegalArgumentException(
          "Invalid code for a " + level.chineseLabel() + " unit: expected a "
              + level.name().toLowerCase(java.util.Locale.ROOT) + "-level code, found " + code);
    }
  }
}
