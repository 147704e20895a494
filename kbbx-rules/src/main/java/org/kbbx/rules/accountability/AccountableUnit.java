package org.kbbx.rules.accountability;

import io.vavr.control.Option;
import java.util.Objects;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.division.DivisionLevel;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.responsibility.Organisation;
import org.kbbx.core.responsibility.Position;

/**
 * A unit whose results accountability rules judge (R-RC-9): a county, a township, a school or a
 * person in a seat (R-RC-17). Each unit has a head seat that answers for it.
 *
 * <p>A unit may carry the name it is printed with (R-RC-11): a division or school prints as {@code
 * township 熨斗镇 (500227104000)}, a person by the seat's label ({@code person 师长@马道中学/张老师}),
 * and by its code alone when it has no name. The name is for printing only: two units of the same
 * kind and code (or seat) are equal whatever their names, so results given with and without names
 * are one unit's results. {@link #named(Organisation)} takes the names an organisation was built
 * with.
 */
public sealed interface AccountableUnit {

  /** Returns the seat that answers for the unit: county head, township head or principal. */
  Position head();

  /** Returns the name the unit is printed with, or none. */
  Option<String> name();

  /**
   * Returns this unit with the name {@code organisation} gives it (R-RC-11), or this unit when the
   * organisation has no name for it.
   *
   * @param organisation the organisation, not null
   * @return the named unit, equal to this one
   */
  AccountableUnit named(Organisation organisation);

  /**
   * A county (or district), answered for by its county head.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param code a county-level code, not null
   * @param name the county's name, or none
   */
  record County(DivisionCode code, Option<String> name) implements AccountableUnit {

    /** Checks the code's level and strips the name. */
    public County {
      requireLevel(code, DivisionLevel.COUNTY);
      name = clean(name);
    }

    /**
     * A county without a name.
     *
     * @param code a county-level code, not null
     */
    public County(DivisionCode code) {
      this(code, Option.none());
    }

    @Override
    public Position head() {
      return Position.countyHead(code);
    }

    @Override
    public AccountableUnit named(Organisation organisation) {
      Objects.requireNonNull(organisation, "organisation");
      return this; // an organisation names its townships, villages and schools, not the county
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof County county && county.code.equals(code);
    }

    @Override
    public int hashCode() {
      return code.hashCode();
    }

    @Override
    public String toString() {
      return "county " + print(name, code.toString());
    }
  }

  /**
   * A township, answered for by its township head.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param code a township-level code, not null
   * @param name the township's name, for example {@code 熨斗镇}, or none
   */
  record Township(DivisionCode code, Option<String> name) implements AccountableUnit {

    /** Checks the code's level and strips the name. */
    public Township {
      requireLevel(code, DivisionLevel.TOWNSHIP);
      name = clean(name);
    }

    /**
     * A township without a name.
     *
     * @param code a township-level code, not null
     */
    public Township(DivisionCode code) {
      this(code, Option.none());
    }

    @Override
    public Position head() {
      return Position.townshipHead(code);
    }

    @Override
    public AccountableUnit named(Organisation organisation) {
      Option<String> known = organisation.name(code);
      return known.isDefined() ? new Township(code, known) : this;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Township township && township.code.equals(code);
    }

    @Override
    public int hashCode() {
      return code.hashCode();
    }

    @Override
    public String toString() {
      return "township " + print(name, code.toString());
    }
  }

  /**
   * A school, answered for by its principal.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param id the school, not null
   * @param name the school's name, for example {@code 马道中学}, or none
   */
  record School(SchoolId id, Option<String> name) implements AccountableUnit {

    /** Checks that the id is present and strips the name. */
    public School {
      Objects.requireNonNull(id, "id");
      name = clean(name);
    }

    /**
     * A school without a name.
     *
     * @param id the school, not null
     */
    public School(SchoolId id) {
      this(id, Option.none());
    }

    @Override
    public Position head() {
      return Position.principal(id);
    }

    @Override
    public AccountableUnit named(Organisation organisation) {
      Option<String> known = organisation.name(id);
      return known.isDefined() ? new School(id, known) : this;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof School school && school.id.equals(id);
    }

    @Override
    public int hashCode() {
      return id.hashCode();
    }

    @Override
    public String toString() {
      return "school " + print(name, id.toString());
    }
  }

  /**
   * A person answering through a seat (R-RC-17: 单位和个人), for example the class teacher whose
   * return-persuasion step is overdue.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param seat the person's seat, not null
   * @param name how the seat prints, for example {@code 师长@马道中学/张老师}, or none
   */
  record Holder(Position seat, Option<String> name) implements AccountableUnit {

    /** Checks that the seat is present and strips the name. */
    public Holder {
      Objects.requireNonNull(seat, "seat");
      name = clean(name);
    }

    /**
     * A person without a printed name.
     *
     * @param seat the person's seat, not null
     */
    public Holder(Position seat) {
      this(seat, Option.none());
    }

    @Override
    public Position head() {
      return seat;
    }

    /** Returns the seat with the organisation's label for it ({@link Organisation#label}). */
    @Override
    public AccountableUnit named(Organisation organisation) {
      return new Holder(seat, Option.of(organisation.label(seat)));
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Holder holder && holder.seat.equals(seat);
    }

    @Override
    public int hashCode() {
      return seat.hashCode();
    }

    @Override
    public String toString() {
      return "person " + name.getOrElse(seat::toString);
    }
  }

  private static Option<String> clean(Option<String> name) {
    Objects.requireNonNull(name, "name");
    return name.map(String::strip).filter(n -> !n.isEmpty());
  }

  private static String print(Option<String> name, String code) {
    return name.map(n -> n + " (" + code + ")").getOrElse(code);
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
