package org.kbbx.rules.routing;

import io.vavr.collection.Seq;
import java.util.Objects;
import org.kbbx.core.responsibility.Line;

/**
 * Who acts, who is told and who answers for one student's case step or alert (R-RC-6, R-RC-7,
 * R-RC-15).
 *
 * <p>Each party appears at most once in {@code acting} (a principal standing in for a vacant
 * class teacher and also named in its own right acts once), and no party that acts is also in
 * {@code informed}: nobody is told of their own act. {@code accountable} lists the student's first
 * responsible person (第一责任人: the head of the household's township) and direct responsible persons
 * (直接责任人: the education centre director of the school's township, when the school lies in a
 * township, and the principal), whatever the step.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param line the line that leads, not null
 * @param acting who must act, not null; empty only when every acting role is a guarantor the
 *     student does not have
 * @param informed who must be told, not null
 * @param accountable the first and direct responsible persons, not null
 */
public record Route(
    Line line, Seq<Assignee> acting, Seq<Assignee> informed, Seq<Assignee> accountable) {

  /** Checks that every part is present. */
  public Route {
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(acting, "acting");
    Objects.requireNonNull(informed, "informed");
    Objects.requireNonNull(accountable, "accountable");
  }
}
