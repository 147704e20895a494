package org.kbbx.rules.profile;

import java.util.Objects;

/**
 * Where a profile value comes from (R-PROF-1): a seed file and its section, or a national text.
 *
 * <p>Example: {@code Source.of("002_6316e8d0fdeee829.txt", "二(二)3")}, {@code
 * Source.of("国办发〔2017〕72号", "")}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param document the seed file name or the national text, not blank
 * @param section the section inside it, possibly empty, not null
 */
public record Source(String document, String section) {

  /** Creates a source. */
  public Source {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(section, "section");
    if (document.isBlank()) {
      throw new IllegalArgumentException("Invalid document: must not be blank");
    }
  }

  /**
   * Returns a source.
   *
   * @param document the seed file name or the national text
   * @param section the section, possibly empty
   * @return the source
   */
  public static Source of(String document, String section) {
    return new Source(document, section);
  }

  @Override
  public String toString() {
    return section.isEmpty() ? document : document + " " + section;
  }
}
