package org.kbbx.rules.file;

import java.util.List;
import java.util.Objects;

/**
 * One student's file after adding inputs, with every input applied or rejected (R-FILE-5).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param file the file afterwards, not null
 * @param applied the inputs applied, in the order given, not null
 * @param rejections the inputs not applied, with stable codes, not null
 */
public record StudentFiling(
    StudentFile file, List<FileInput> applied, List<FileRejection> rejections) {

  /** Checks the parts and copies the lists. */
  public StudentFiling {
    Objects.requireNonNull(file, "file");
    applied = List.copyOf(applied);
    rejections = List.copyOf(rejections);
  }

  /** Returns a short form without the student's id (PIPL). */
  @Override
  public String toString() {
    return "StudentFiling[" + file + ", " + applied.size() + " applied, " + rejections.size()
        + " rejected]";
  }
}
