package org.kbbx.rules.profile;

import java.util.Objects;

/**
 * Where a profile value comes from (R-PROF-1): a document, by its number (文号) where it has one,
 * and its section.
 *
 * <p>Example: {@code Source.of("赫府办发〔2018〕151号", "四(二)2")}, {@code
 * Source.of("国办发〔2017〕72号", "")}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param document the document's number (文号) or title, not blank
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
   * @param document the document's number (文号) or title
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
