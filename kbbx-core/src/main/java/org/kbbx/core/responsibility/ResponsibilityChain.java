package org.kbbx.core.responsibility;

import io.vavr.collection.Seq;
import java.util.Objects;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.time.SchoolYear;

/**
 * A student's chain on one line for one school year (R-RC-2): the seats from the parent up to the
 * county, in that order, each with its holder and the letter binding it to the next (R-RC-3).
 *
 * <p>Government line: parent, village director, township head, county head. Education line:
 * parent, teacher, principal, bureau director.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param student the student, not null
 * @param line the line, not null
 * @param year the school year whose letters are shown, not null
 * @param steps the levels, the parent first and the county level last, not null
 */
public record ResponsibilityChain(
    StudentId student, Line line, SchoolYear year, Seq<ChainStep> steps) {

  /** Checks that every part is present. */
  public ResponsibilityChain {
    Objects.requireNonNull(student, "student");
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(steps, "steps");
  }

  /**
   * Returns whether every seat above the parent is held and every link has its letter.
   *
   * @return true for an unbroken, fully signed chain
   */
  public boolean isComplete() {
    return steps.tail().forAll(step -> step.holder().isDefined())
        && steps.init().forAll(step -> step.letterAbove().isDefined());
  }
}
