package org.kbbx.reporting.rate;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.person.PriorityGroup;
import org.kbbx.core.person.Sex;

/**
 * What the rates need to know about a child besides its status: sex, priority groups, birth date
 * (for the age cohort) and household division (present when the child is on the resident
 * population list).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param sex the sex, not null
 * @param groups the priority groups, not null, possibly empty (copied)
 * @param birthDate the birth date, or none when unknown (the child then counts in no population)
 * @param household the household's division, or none when not on the population list
 */
public record StudentAttributes(
    Sex sex, Set<PriorityGroup> groups, Option<LocalDate> birthDate, Option<DivisionCode> household) {

  /** Creates attributes, copying the groups. */
  public StudentAttributes {
    Objects.requireNonNull(sex, "sex");
    Objects.requireNonNull(groups, "groups");
    Objects.requireNonNull(birthDate, "birthDate");
    Objects.requireNonNull(household, "household");
    Set<PriorityGroup> copy = EnumSet.noneOf(PriorityGroup.class);
    copy.addAll(groups);
    groups = Collections.unmodifiableSet(copy);
  }

  /** Returns the priority groups as a bit mask by ordinal. */
  int groupMask() {
    if (groups.isEmpty()) {
      return 0;
    }
    int mask = 0;
    for (PriorityGroup g : GROUPS) {
      if (groups.contains(g)) {
        mask |= 1 << g.ordinal();
      }
    }
    return mask;
  }

  private static final PriorityGroup[] GROUPS = PriorityGroup.values();
}
