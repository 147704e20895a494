package org.kbbx.rules.accountability;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.person.PriorityGroup;

/**
 * A child who dropped out in a unit during a school year, with the child's priority groups, so
 * that a fired rule names the (masked) child behind it (R-RC-16), such as the registered-poor child
 * behind a one-vote veto.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param student the child, not null; printed masked
 * @param groups the child's priority groups (R-GRP-1), not null, copied
 */
public record StudentDropout(StudentId student, Set<PriorityGroup> groups) {

  /** Checks that both parts are present and copies the groups. */
  public StudentDropout {
    Objects.requireNonNull(student, "student");
    Objects.requireNonNull(groups, "groups");
    EnumSet<PriorityGroup> copy = EnumSet.noneOf(PriorityGroup.class);
    for (PriorityGroup group : groups) {
      copy.add(Objects.requireNonNull(group, "group"));
    }
    groups = Collections.unmodifiableSet(copy);
  }

  /** Returns the masked child and groups, never the full key. */
  @Override
  public String toString() {
    return student + " " + groups.stream().map(PriorityGroup::chineseLabel).toList();
  }
}
