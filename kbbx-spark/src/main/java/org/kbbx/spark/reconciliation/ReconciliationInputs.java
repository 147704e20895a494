package org.kbbx.spark.reconciliation;

import java.time.LocalDate;
import org.kbbx.core.id.ResidentId;
import org.kbbx.reporting.reconciliation.Source;

/**
 * Builds the keyed {@link SourceEntry}s of the distributed reconciliation from the columns of each
 * source (R-LED-2). Never throws: a missing or invalid ID gives the row a key of its own.
 *
 * <p>Row ids are the rows' positions in their source: the first row of a source wins over later
 * duplicates, as in {@link org.kbbx.reporting.reconciliation.Reconciliation}. Give each source its
 * own ids, for example {@code zipWithIndex} or a line number.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReconciliationInputs {

  /** The source name of registered-poor entries: a lookup, not a conserved source. */
  public static final String POOR = "POOR";

  private ReconciliationInputs() {}

  /**
   * Returns the join key of a row: the normalised resident ID (R-ID-1) when valid, else a key
   * unique to the row, so that the row is reported, never joined or dropped.
   *
   * @param source the source name, not null
   * @param rowId the row's id in its source
   * @param residentId the ID text as received, may be null
   * @return the key
   */
  public static String keyOf(String source, long rowId, String residentId) {
    return ResidentId.check(residentId)
        .fold(problems -> "!" + source + "#" + rowId, ResidentId::unmasked);
  }

  /**
   * Returns a population entry (户籍/人口).
   *
   * @param rowId the row's position in the population source
   * @param residentId may be null or invalid
   * @param name may be null
   * @param birthDate may be null
   * @param householdDivision the 12-digit household division, may be null
   * @return the entry
   */
  public static SourceEntry population(
      long rowId, String residentId, String name, LocalDate birthDate, Long householdDivision) {
    SourceEntry entry = entry(Source.POPULATION.name(), rowId, residentId);
    entry.setName(name);
    entry.setDate(birthDate);
    entry.setHouseholdDivision(householdDivision);
    return entry;
  }

  /**
   * Returns a school record entry (学籍).
   *
   * @param rowId the row's position in the record source
   * @param residentId may be null or invalid
   * @param schoolCode may be null
   * @param status a {@link org.kbbx.reporting.reconciliation.RecordStatus} name; null or an unknown
   *     name makes the row malformed
   * @return the entry
   */
  public static SourceEntry record(
      long rowId, String residentId, String schoolCode, String status) {
    SourceEntry entry = entry(Source.RECORD.name(), rowId, residentId);
    entry.setSchoolCode(schoolCode);
    entry.setStatus(status);
    return entry;
  }

  /**
   * Returns a presence entry (在校核查).
   *
   * @param rowId the row's position in the presence source
   * @param residentId may be null or invalid
   * @param schoolCode may be null
   * @param present whether the child was found at the school
   * @param date the check date, may be null
   * @return the entry
   */
  public static SourceEntry presence(
      long rowId, String residentId, String schoolCode, boolean present, LocalDate date) {
    SourceEntry entry = entry(Source.PRESENCE.name(), rowId, residentId);
    entry.setSchoolCode(schoolCode);
    entry.setPresent(present);
    entry.setDate(date);
    return entry;
  }

  /**
   * Returns a registered-poor entry (建档立卡): a lookup for the priority cross-check.
   *
   * @param rowId the row's position in the list
   * @param residentId may be null or invalid (then it matches nobody)
   * @return the entry
   */
  public static SourceEntry registeredPoor(long rowId, String residentId) {
    return entry(POOR, rowId, residentId);
  }

  private static SourceEntry entry(String source, long rowId, String residentId) {
    SourceEntry entry = new SourceEntry();
    entry.setKey(keyOf(source, rowId, residentId));
    entry.setSource(source);
    entry.setRowId(rowId);
    entry.setResidentId(residentId);
    return entry;
  }
}
