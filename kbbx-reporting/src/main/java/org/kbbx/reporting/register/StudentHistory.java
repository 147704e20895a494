package org.kbbx.reporting.register;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.id.ResidentId;
import org.kbbx.core.internal.KbbxStyle;
import org.kbbx.core.person.PriorityGroup;
import org.kbbx.core.status.SchoolingState;

/**
 * One child's identity and dated status changes: the input to the registers (R-LED-0), the ledger
 * (R-LED-1) and the weekly report (R-LED-4). A timeline's spans (R-SM-6) map one to one onto
 * changes (each span's start and state).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@KbbxStyle
public abstract class StudentHistory {

  StudentHistory() {}

  /**
   * Returns the child's resident ID.
   *
   * @return the ID, never null
   */
  public abstract ResidentId residentId();

  /**
   * Returns the child's name.
   *
   * @return the name, never null
   */
  public abstract String name();

  /**
   * Returns the school holding the child's record or responsible for the child, if any.
   *
   * @return the school code, or empty
   */
  public abstract Optional<String> school();

  /**
   * Returns the household's village or community (R-DIV-1), if known.
   *
   * @return the village code, or empty
   */
  public abstract Optional<DivisionCode> village();

  /**
   * Returns the priority groups the child belongs to (R-GRP-1).
   *
   * @return the groups, possibly empty
   */
  public abstract Set<PriorityGroup> priorityGroups();

  /**
   * Returns what evidence (佐证材料) is held for the child's current exclusion (R-ABS-5), if any,
   * for example "休学审批表 2023-09-01".
   *
   * @return the evidence description, or empty when none is held
   */
  public abstract Optional<String> evidence();

  /**
   * Returns the status changes as given.
   *
   * @return the changes, possibly empty
   */
  public abstract List<StatusChange> changes();

  /**
   * Returns the changes ordered by date; changes on the same date keep their given order, so the
   * last one given for a date is the state at the end of that date.
   *
   * @return the ordered changes
   */
  @Value.Lazy
  public List<StatusChange> ordered() {
    List<StatusChange> ordered = new ArrayList<>(changes());
    ordered.sort(Comparator.comparing(StatusChange::date));
    return List.copyOf(ordered);
  }

  /**
   * Returns the state on {@code date} (at the end of that day), or empty before the first change.
   *
   * @param date the date, not null
   * @return the state, or empty
   */
  public Option<SchoolingState> stateOn(LocalDate date) {
    SchoolingState state = null;
    for (StatusChange change : ordered()) {
      if (change.date().isAfter(date)) {
        break;
      }
      state = change.state();
    }
    return Option.of(state);
  }

  /**
   * Returns whether the child is in the registered-poor or monitored group, the children the
   * weekly report covers (R-LED-4).
   *
   * @return true if registered poor or monitored
   */
  public boolean isWeeklyWatched() {
    return priorityGroups().contains(PriorityGroup.REGISTERED_POOR)
        || priorityGroups().contains(PriorityGroup.MONITORED_HOUSEHOLD);
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StudentHistory}. */
  public static final class Builder extends ImmutableStudentHistory.Builder {
    Builder() {}
  }
}
