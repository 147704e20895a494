package org.kbbx.core.id;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A data-quality finding: the birth date in a resident ID differs from the recorded birth date
 * (R-ID-3).
 *
 * <p>The finding is reported, never "fixed": neither date is assumed right. Its message shows the
 * ID masked and the recorded date, never the date the ID encodes: the mask hides exactly that
 * date, so the two together would be the full number (R-ID-5); {@link #birthDateInId()} gives it
 * on request.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param residentId the ID, not null
 * @param recordedBirthDate the birth date on record, not null, different from the ID's
 */
public record BirthDateMismatch(ResidentId residentId, LocalDate recordedBirthDate) {

  /** The stable code of this finding. */
  public static final String CODE = "BIRTH_DATE_MISMATCH";

  /** Creates the finding; the two dates must differ. */
  public BirthDateMismatch {
    Objects.requireNonNull(residentId, "residentId");
    Objects.requireNonNull(recordedBirthDate, "recordedBirthDate");
    if (residentId.birthDate().equals(recordedBirthDate)) {
      throw new IllegalArgumentException("Invalid birth date mismatch: ID " + residentId
          + " and the record agree on the birth date");
    }
  }

  /**
   * Compares the ID's birth date with the recorded one (R-ID-3).
   *
   * @param residentId the ID, not null
   * @param recordedBirthDate the birth date on record, not null
   * @return the finding when they differ, none when they agree
   */
  public static Option<BirthDateMismatch> check(
      ResidentId residentId, LocalDate recordedBirthDate) {
    Objects.requireNonNull(residentId, "residentId");
    Objects.requireNonNull(recordedBirthDate, "recordedBirthDate");
    return residentId.birthDate().equals(recordedBirthDate)
        ? Option.none()
        : Option.some(new BirthDateMismatch(residentId, recordedBirthDate));
  }

  /** Returns the birth date encoded in the ID. */
  public LocalDate birthDateInId() {
    return residentId.birthDate();
  }

  /** Returns {@value #CODE}. */
  public String code() {
    return CODE;
  }

  /** Returns a message naming the masked ID and the recorded date, not the date the ID encodes. */
  public String message() {
    return "Resident ID " + residentId + " encodes a birth date other than the recorded "
        + recordedBirthDate;
  }

  @Override
  public String toString() {
    return CODE + ": " + message();
  }
}
