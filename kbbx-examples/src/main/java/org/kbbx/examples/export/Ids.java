package org.kbbx.examples.export;

import org.kbbx.core.id.ResidentId;
import org.kbbx.core.mask.IdMask;

/**
 * How a writer shows identifiers: masked by the one masking rule (R-ID-5), unless the caller asked
 * for full identifiers explicitly ({@code --unmasked-ids}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param unmasked whether full identifiers are shown
 */
public record Ids(boolean unmasked) {

  /** Masked identifiers: the default. */
  public static final Ids MASKED = new Ids(false);

  /**
   * Returns a resident ID as shown.
   *
   * @param id the ID, not null
   * @return the full or masked ID
   */
  public String resident(ResidentId id) {
    return unmasked ? id.unmasked() : id.masked();
  }

  /**
   * Returns a student number (学籍号) or other key as shown.
   *
   * @param key the key, not null
   * @return the full or masked key
   */
  public String key(String key) {
    return unmasked ? key : IdMask.mask(key);
  }

  /**
   * Returns free text as shown: every ID-like run masked unless full identifiers were asked for.
   *
   * @param text the text, not null
   * @return the text
   */
  public String text(String text) {
    return unmasked ? text : IdMask.maskIdLikeRuns(text);
  }
}
