package org.kbbx.core.responsibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.vavr.collection.HashSet;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.division.DivisionLevel;
import org.kbbx.core.id.StudentId;

class VisibilityProperties {

  /** Every seat of the organisation, held or vacant, plus every parent's seat. */
  private static Seq<Position> seats(Organisation org) {
    Seq<Position> divisionSeats = Vector.of(
            Position.countyHead(org.county()), Position.bureauDirector(org.county()))
        .appendAll(org.townships()
            .flatMap(t -> Vector.of(Position.townshipHead(t), Position.educationCentreDirector(t))))
        .appendAll(org.townships().flatMap(org::villages).map(Position::villageDirector))
        .appendAll(org.schools().map(Position::principal));
    return divisionSeats
        .appendAll(org.heldPositions())
        .appendAll(org.students().map(p -> Position.parent(p.student())))
        .distinct();
  }

  /** What is assigned to a seat itself, beside what its subordinates see. */
  private static Set<StudentId> assigned(Organisation org, Position seat) {
    if (seat.role() == Role.PARENT) {
      return HashSet.of(seat.student().get());
    }
    if (seat.role() == Role.PRINCIPAL) {
      return HashSet.ofAll(org.students()
          .filter(p -> p.school().equals(seat.school().get()))
          .map(StudentPlacement::student));
    }
    return HashSet.empty();
  }

  /** The students inside a seat's own division or school, the most it may ever see. */
  private static boolean inScope(Organisation org, Position seat, StudentPlacement placement) {
    switch (seat.role()) {
      case TOWNSHIP_HEAD:
      case VILLAGE_DIRECTOR:
        return placement.household().isWithin(seat.division().get());
      case EDUCATION_CENTRE_DIRECTOR:
        DivisionCode location = org.location(placement.school()).get();
        return location.level() != DivisionLevel.COUNTY
            && location.isWithin(seat.division().get());
      case PRINCIPAL:
      case TEACHER:
      case SCHOOL_LEADER:
        return placement.school().equals(seat.school().get());
      case PARENT:
        return placement.student().equals(seat.student().get());
      default:
        return placement.household().isWithin(org.county());
    }
  }

  /** R-RC-8: a seat sees exactly what its subordinates see plus what is assigned to it. */
  @Test
  @Tag("R-RC-8")
  void seatSeesUnionOfSubordinatesPlusItsOwn() {
    qt().forAll(longs().all()).checkAssert(seed -> {
      Organisation org = new RandomCounty(seed, 0.2).build();
      for (Position seat : seats(org)) {
        Set<StudentId> union = org.subordinates(seat)
            .foldLeft(assigned(org, seat), (seen, sub) -> seen.addAll(org.visibleStudents(sub)));
        assertThat(HashSet.ofAll(org.visibleStudents(seat))).as("%s", seat).isEqualTo(union);
      }
    });
  }

  /** R-RC-8: a seat sees nothing outside its division or school, and maySee agrees with visibleStudents. */
  @Test
  @Tag("R-RC-8")
  void nothingOutsideTheSeatsDivisionOrSchool() {
    qt().forAll(longs().all()).checkAssert(seed -> {
      Organisation org = new RandomCounty(seed, 0.2).build();
      for (Position seat : seats(org)) {
        Set<StudentId> visible = HashSet.ofAll(org.visibleStudents(seat));
        assertThat(visible.size())
            .as("no duplicates for %s", seat)
            .isEqualTo(org.visibleStudents(seat).size());
        for (StudentPlacement placement : org.students()) {
          boolean sees = org.maySee(seat, placement.student());
          assertThat(sees)
              .as("maySee(%s, %s)", seat, placement.student())
              .isEqualTo(visible.contains(placement.student()));
          if (sees) {
            assertThat(inScope(org, seat, placement))
                .as("%s sees %s", seat, placement.student())
                .isTrue();
          }
        }
      }
    });
  }

  /** R-RC-8: visibility is monotone up the chain: every seat above a seat that sees a student sees it too. */
  @Test
  @Tag("R-RC-8")
  void visibilityIsMonotoneUpTheChain() {
    qt().forAll(longs().all()).checkAssert(seed -> {
      Organisation org = new RandomCounty(seed, 0.2).build();
      for (Position seat : seats(org)) {
        Set<StudentId> above = HashSet.ofAll(org.visibleStudents(seat));
        for (Position sub : org.subordinates(seat)) {
          assertThat(above).as("%s ⊇ %s", seat, sub).containsAll(org.visibleStudents(sub));
        }
      }
      for (StudentPlacement placement : org.students()) {
        for (Line line : Line.values()) {
          ResponsibilityChain chain =
              org.chainFor(placement.student(), line, RandomCounty.YEAR).get();
          for (ChainStep step : chain.steps()) {
            step.position()
                .forEach(seat -> assertThat(org.maySee(seat, placement.student()))
                    .as("%s", seat)
                    .isTrue());
          }
        }
      }
    });
  }

  /** R-RC-2: a chain lists the line's levels from the parent up, each seat inside the next. */
  @Test
  @Tag("R-RC-2")
  void chainIsOrderedFromParentToCounty() {
    qt().forAll(longs().all()).checkAssert(seed -> {
      Organisation org = new RandomCounty(seed, 0.2).build();
      for (StudentPlacement placement : org.students()) {
        for (Line line : Line.values()) {
          ResponsibilityChain chain =
              org.chainFor(placement.student(), line, RandomCounty.YEAR).get();
          assertThat(chain.steps().map(ChainStep::role))
              .containsExactlyElementsOf(line.levels().reverse());
          assertThat(chain.steps().head().position())
              .contains(Position.parent(placement.student()));
          for (int i = 0; i + 1 < chain.steps().size(); i++) {
            ChainStep lower = chain.steps().get(i);
            ChainStep upper = chain.steps().get(i + 1);
            if (lower.position().isDefined() && upper.position().isDefined()) {
              assertThat(org.subordinates(upper.position().get()))
                  .contains(lower.position().get());
            }
            lower.letterAbove().forEach(letter -> {
              assertThat(letter.lower()).isEqualTo(lower.position().get());
              assertThat(letter.upper()).isEqualTo(upper.position().get());
            });
          }
        }
      }
    });
  }
}
