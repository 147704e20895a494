package org.kbbx.rules.routing;

import java.util.List;
import java.util.Objects;
import org.kbbx.core.responsibility.Line;
import org.kbbx.core.responsibility.Role;

/**
 * One row of the routing table (R-RC-6): which line leads, which roles must act and which must be
 * told.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param line the line that leads, not null
 * @param acting the roles that must act, at least one, in order of responsibility
 * @param informed the roles that must be told, possibly empty
 */
public record RouteRule(Line line, List<Role> acting, List<Role> informed) {

  /** Copies the lists and checks that someone acts. */
  public RouteRule {
    Objects.requireNonNull(line, "line");
    acting = List.copyOf(Objects.requireNonNull(acting, "acting"));
    informed = List.copyOf(Objects.requireNonNull(informed, "informed"));
    if (acting.isEmpty()) {
      throw new IllegalArgumentException("Invalid RouteRule: at least one role must act");
    }
  }

  /**
   * Returns a rule.
   *
   * @param line the line that leads
   * @param acting the roles that act
   * @param informed the roles told
   * @return the rule
   */
  public static RouteRule of(Line line, List<Role> acting, List<Role> informed) {
    return new RouteRule(line, acting, informed);
  }
}
