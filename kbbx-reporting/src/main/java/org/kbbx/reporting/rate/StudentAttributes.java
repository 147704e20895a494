package org.kbbx.reporting.rate;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
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
 * <p>The groups are copied into an unmodifiable set that keeps them as a bit mask, so counting a
 * child reads one field; every child without a group shares one empty set.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param sex the sex, not null
 * @param groups the priority groups, not null, possibly empty (copied)
 * @param birthDate the birth date, or none when unknown (the child then counts in no population)
 * @param household the household's division, or none when not on the population list
 */
public record StudentAttributes(
    Sex sex,
    Set<PriorityGroup> groups,
    Option<LocalDate> birthDate,
    Option<DivisionCode> household) {

  /** Creates attributes, copying the groups. */
  public StudentAttributes {
    Objects.requireNonNull(sex, "sex");
    Objects.requireNonNull(groups, "groups");
    Objects.requireNonNull(birthDate, "birthDate");
    Objects.requireNonNull(household, "household");
    groups = GroupSet.copyOf(groups);
  }

  /** Returns the priority groups as a bit mask by ordinal. */
  int groupMask() {
    return ((GroupSet) groups).mask;
  }

  /** An unmodifiable set of priority groups kept as a bit mask by ordinal. */
  private static final class GroupSet extends AbstractSet<PriorityGroup> {
    private static final PriorityGroup[] GROUPS = PriorityGroup.values();
    private static final GroupSet NONE = new GroupSet(0);

    private final int mask;

    private GroupSet(int mask) {
      this.mask = mask;
    }

    static GroupSet copyOf(Set<PriorityGroup> groups) {
      if (groups instanceof GroupSet same) {
        return same;
      }
      int mask = 0;
      for (PriorityGroup g : groups) {
        mask |= 1 << Objects.requireNonNull(g, "groups element").ordinal();
      }
      return mask == 0 ? NONE : new GroupSet(mask);
    }

    @Override
    public boolean contains(Object o) {
      return o instanceof PriorityGroup g && (mask >>> g.ordinal() & 1) != 0;
    }

    @Override
    public int size() {
      return Integer.bitCount(mask);
    }

    @Override
    public Iterator<PriorityGroup> iterator() {
      return new Iterator<>() {
        private int left = mask;

        @Override
        public boolean hasNext() {
          return left != 0;
        }

        @Override
        public PriorityGroup next() {
          if (left == 0) {
            throw new NoSuchElementException("no more priority groups");
          }
          int ordinal = Integer.numberOfTrailingZeros(left);
          left &= left - 1;
          return GROUPS[ordinal];
        }
      };
    }
  }
}
