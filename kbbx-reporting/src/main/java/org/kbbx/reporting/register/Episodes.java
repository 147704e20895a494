package org.kbbx.reporting.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kbbx.core.status.SchoolingState;

/** Cuts one child's history into register entries (R-LED-0). */
final class Episodes {

  private Episodes() {}

  static Optional<RegisterEntry> schoolAge(StudentHistory history, LocalDate asOf) {
    RegisterEntry.Builder entry = null;
    for (StatusChange change : history.ordered()) {
      if (change.date().isAfter(asOf)) {
        break;
      }
      if (entry == null) {
        entry = start(history, RegisterKind.SCHOOL_AGE, change.date());
      }
      if (change.state().isTerminal()) {
        close(entry, change);
        break;
      }
    }
    return Optional.ofNullable(entry).map(RegisterEntry.Builder::build);
  }

  static List<RegisterEntry> of(StudentHistory history, LocalDate asOf, RegisterKind kind) {
    SchoolingState target = kind == RegisterKind.DROPOUT
        ? SchoolingState.DROPPED_OUT
        : SchoolingState.SUSPECTED_DROPOUT;
    List<RegisterEntry> entries = new ArrayList<>(0);
    RegisterEntry.Builder open = null;
    for (StatusChange change : history.ordered()) {
      if (change.date().isAfter(asOf)) {
        break;
      }
      if (change.state() == target) {
        if (open == null) {
          open = start(history, kind, change.date());
        }
      } else if (open != null) {
        entries.add(close(open, change).build());
        open = null;
      }
    }
    if (open != null) {
      entries.add(open.build());
    }
    return entries;
  }

  private static RegisterEntry.Builder start(
      StudentHistory history, RegisterKind kind, LocalDate on) {
    RegisterEntry.Builder entry = RegisterEntry.builder()
        .register(kind)
        .residentId(history.residentId())
        .name(history.name())
        .openedOn(on);
    history.school().ifPresent(entry::school);
    history.village().ifPresent(entry::village);
    return entry;
  }

  private static RegisterEntry.Builder close(RegisterEntry.Builder entry, StatusChange change) {
    return entry
        .closedOn(change.date())
        .closingReason(ClosingReason.onEntering(change.state()))
        .closedBy(change.state());
  }
}
