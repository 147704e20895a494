package org.kbbx.rules.file;

import java.util.List;
import java.util.Objects;
import org.kbbx.core.status.StatusEvent;

/**
 * What feeding a county one day (or any batch) gives (R-FILE-3, R-FILE-4, R-FILE-5): the next
 * county file and the call's outputs.
 *
 * <p>Every input given comes back exactly once, in {@code applied} or in {@code rejections}.
 * {@code alerts} and {@code derived} are what this call raised; when a back-dated input
 * re-derived a student, what the rules no longer raise is in {@code withdrawnAlerts} and
 * {@code withdrawnDerived}. This class is immutable and thread-safe.
 *
 * @param county the county file afterwards, not null
 * @param applied the inputs applied, in the order given, not null
 * @param rejections the inputs not applied, with stable codes, not null
 * @param alerts the alerts raised, routed, not null
 * @param derived the status events derived, with stable ids, not null
 * @param withdrawnAlerts alerts raised before that the rules no longer raise, not null
 * @param withdrawnDerived derived events the rules no longer derive, not null
 */
public record CountyDay(
    CountyFile county,
    List<FileInput> applied,
    List<FileRejection> rejections,
    List<FileAlert> alerts,
    List<StatusEvent> derived,
    List<FileAlert> withdrawnAlerts,
    List<StatusEvent> withdrawnDerived) {

  /** Checks the parts and copies the lists (those a county day made are its own already). */
  public CountyDay {
    Objects.requireNonNull(county, "county");
    applied = FrozenList.copyOf(applied);
    rejections = List.copyOf(rejections);
    alerts = FrozenList.copyOf(alerts);
    derived = List.copyOf(derived);
    withdrawnAlerts = List.copyOf(withdrawnAlerts);
    withdrawnDerived = List.copyOf(withdrawnDerived);
  }

  /** Returns a short form without student ids (PIPL). */
  @Override
  public String toString() {
    return "CountyDay[" + county + ", " + applied.size() + " applied, " + rejections.size()
        + " rejected, " + alerts.size() + " alerts, " + derived.size() + " derived]";
  }
}
