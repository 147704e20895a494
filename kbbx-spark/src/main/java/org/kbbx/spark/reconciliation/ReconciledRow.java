package org.kbbx.spark.reconciliation;

import java.io.Serializable;
import java.util.Objects;

/**
 * One output row of the distributed reconciliation (R-LED-2). Three kinds:
 *
 * <ul>
 *   <li>{@code ROW}: exactly one per input row (conservation): its {@code source} and {@code
 *       rowId}, and either the {@code personClass} of the person it was attached to or the {@code
 *       finding} ({@link org.kbbx.reporting.reconciliation.RowFindingKind}) that kept it apart;
 *   <li>{@code PERSON}: one per person, with the person's class;
 *   <li>{@code PERSON_FINDING}: a {@link org.kbbx.reporting.reconciliation.PersonFindingKind} about a
 *       person.
 * </ul>
 *
 * <p>Resident IDs are masked (R-ID-2); findings are rows, never dropped.
 *
 * <p>A mutable Java bean, as Spark's bean encoder requires; not thread-safe.
 */
public final class ReconciledRow implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The kind of a row accounting for one input row. */
  public static final String ROW = "ROW";
  /** The kind of a row describing one person. */
  public static final String PERSON = "PERSON";
  /** The kind of a row holding a finding about a person. */
  public static final String PERSON_FINDING = "PERSON_FINDING";

  private String kind;
  private String source;
  private Long rowId;
  private String maskedResidentId;
  private String personClass;
  private String finding;
  private String detail;

  /** Creates an empty row, for Spark's bean encoder. */
  public ReconciledRow() {}

  /** Returns {@link #ROW}, {@link #PERSON} or {@link #PERSON_FINDING}. */
  public String getKind() {
    return kind;
  }

  /** Sets the kind. */
  public void setKind(String kind) {
    this.kind = kind;
  }

  /** Returns the source name of a {@code ROW}, else null. */
  public String getSource() {
    return source;
  }

  /** Sets the source name. */
  public void setSource(String source) {
    this.source = source;
  }

  /** Returns the input row id of a {@code ROW}, else null. */
  public Long getRowId() {
    return rowId;
  }

  /** Sets the input row id. */
  public void setRowId(Long rowId) {
    this.rowId = rowId;
  }

  /** Returns the masked resident ID, or null when the row's ID is invalid. */
  public String getMaskedResidentId() {
    return maskedResidentId;
  }

  /** Sets the masked resident ID. */
  public void setMaskedResidentId(String maskedResidentId) {
    this.maskedResidentId = maskedResidentId;
  }

  /** Returns the {@link org.kbbx.reporting.reconciliation.PersonClass} name, or null for a finding. */
  public String getPersonClass() {
    return personClass;
  }

  /** Sets the person class name. */
  public void setPersonClass(String personClass) {
    this.personClass = personClass;
  }

  /** Returns the finding kind name, or null. */
  public String getFinding() {
    return finding;
  }

  /** Sets the finding kind name. */
  public void setFinding(String finding) {
    this.finding = finding;
  }

  /** Returns the finding's detail, or null. */
  public String getDetail() {
    return detail;
  }

  /** Sets the finding's detail. */
  public void setDetail(String detail) {
    this.detail = detail;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReconciledRow that
        && Objects.equals(kind, that.kind)
        && Objects.equals(source, that.source)
        && Objects.equals(rowId, that.rowId)
        && Objects.equals(maskedResidentId, that.maskedResidentId)
        && Objects.equals(personClass, that.personClass)
        && Objects.equals(finding, that.finding)
        && Objects.equals(detail, that.detail);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, source, rowId, maskedResidentId, personClass, finding);
  }

  @Override
  public String toString() {
    return kind + "{" + source + "#" + rowId + ", " + maskedResidentId + ", class=" + personClass
        + ", finding=" + finding + ", " + detail + "}";
  }
}
