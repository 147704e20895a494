package org.kbbx.testkit;

import java.util.Objects;
import org.kbbx.core.id.ResidentIdCheck;

/**
 * Text that is not a valid resident ID, with the one check it was made to fail.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param text the text, never null
 * @param defect the check the text fails ({@code ResidentId.check} reports it among its problems)
 */
public record BrokenResidentId(String text, ResidentIdCheck defect) {

  /** Creates the value; neither part may be null. */
  public BrokenResidentId {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(defect, "defect");
  }
}
