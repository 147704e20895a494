package org.kbbx.spark.reconciliation;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One input row of any reconciliation source, keyed for the distributed join (R-LED-2): the union
 * of the population, record, presence and registered-poor columns, with the source and the row's
 * id in its source.
 *
 * <p>The key is the normalised resident ID (R-ID-1) when the ID is valid; a row whose ID is
 * invalid or missing gets a key of its own, so that kbbx reports it as a finding instead of
 * joining it to anyone. Build entries with {@link ReconciliationInputs}.
 *
 * <p>A mutable Java bean, as Spark's bean encoder requires; not thread-safe.
 */
public final class SourceEntry implements Serializable {

  private static final long serialVersionUID = 1L;

  private String key;
  private String source;
  private long rowId;
  private String residentId;
  private String name;
  private LocalDate date;
  private Long householdDivision;
  private String schoolCode;
  private String status;
  private boolean present;

  /** Creates an empty entry, for Spark's bean encoder. */
  public SourceEntry() {}

  /** Returns the join key. */
  public String getKey() {
    return key;
  }

  /** Sets the join key. */
  public void setKey(String key) {
    this.key = key;
  }

  /** Returns the source: a {@link org.kbbx.reporting.reconciliation.Source} name or {@code POOR}. */
  public String getSource() {
    return source;
  }

  /** Sets the source. */
  public void setSource(String source) {
    this.source = source;
  }

  /** Returns the row's id in its source (its position in the source's input order). */
  public long getRowId() {
    return rowId;
  }

  /** Sets the row's id. */
  public void setRowId(long rowId) {
    this.rowId = rowId;
  }

  /** Returns the resident ID text as received. */
  public String getResidentId() {
    return residentId;
  }

  /** Sets the resident ID text. */
  public void setResidentId(String residentId) {
    this.residentId = residentId;
  }

  /** Returns the child's name (population rows). */
  public String getName() {
    return name;
  }

  /** Sets the child's name. */
  public void setName(String name) {
    this.name = name;
  }

  /** Returns the birth date (population rows) or check date (presence rows). */
  public LocalDate getDate() {
    return date;
  }

  /** Sets the birth date or check date. */
  public void setDate(LocalDate date) {
    this.date = date;
  }

  /** Returns the household division (population rows). */
  public Long getHouseholdDivision() {
    return householdDivision;
  }

  /** Sets the household division. */
  public void setHouseholdDivision(Long householdDivision) {
    this.householdDivision = householdDivision;
  }

  /** Returns the school code (record and presence rows). */
  public String getSchoolCode() {
    return schoolCode;
  }

  /** Sets the school code. */
  public void setSchoolCode(String schoolCode) {
    this.schoolCode = schoolCode;
  }

  /** Returns the record status name (record rows). */
  public String getStatus() {
    return status;
  }

  /** Sets the record status name. */
  public void setStatus(String status) {
    this.status = status;
  }

  /** Returns whether the child was present (presence rows). */
  public boolean isPresent() {
    return present;
  }

  /** Sets whether the child was present. */
  public void setPresent(boolean present) {
    this.present = present;
  }
}
