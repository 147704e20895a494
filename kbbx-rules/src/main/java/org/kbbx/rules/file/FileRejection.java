package org.kbbx.rules.file;

import org.kbbx.core.Problem;
import org.kbbx.core.status.Rejection;
import org.kbbx.rules.casework.CaseRejection;

/**
 * Why a student file did not apply an input (R-FILE-5, R-SM-2): a typed result with a stable
 * code, never an exception, never a silent drop.
 *
 * <p>Messages name the kind of input and the date, never the student's id (PIPL). A closed family
 * of records; implementations are immutable and thread-safe.
 */
public sealed interface FileRejection extends Problem {

  /**
   * Returns the input that was not applied.
   *
   * @return the input, null only for a null input
   */
  FileInput input();

  /**
   * Returns the stable code: the {@link FileRefusal} of a refused input, or the code of the status
   * machine's ({@link Rejection.Code}) or the case machine's ({@link CaseRejection.Code}) rejection,
   * for example {@code NO_OPEN_CASE} or {@code NO_SUCH_TRANSITION}.
   *
   * @return never null
   */
  @Override
  Enum<?> code();

  /**
   * Returns what was wrong and what was expected, for people (match on {@link #code()}).
   *
   * @return never null
   */
  @Override
  String message();

  /**
   * Input the file refused before applying it.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param input the input, may be null
   * @param reason why, not null
   */
  record Refused(FileInput input, FileRefusal reason) implements FileRejection {
    @Override
    public String toString() {
      return describe(this);
    }

    @Override
    public FileRefusal code() {
      return reason;
    }

    @Override
    public String message() {
      return reason.message()
          + (input == null || input.date() == null
              ? ""
              : " (" + kind(input) + " dated " + input.date() + ")");
    }
  }

  /**
   * A status event the student's timeline holds but whose status machine rejected it in its place
   * (R-SM-3: kept, with its rejection).
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param input the input
   * @param rejection the machine's rejection, not null
   */
  record StatusRejected(FileInput input, Rejection rejection) implements FileRejection {
    @Override
    public String toString() {
      return describe(this);
    }

    @Override
    public Rejection.Code code() {
      return rejection.code();
    }

    @Override
    public String message() {
      return rejection.message();
    }
  }

  /**
   * A case event the open case did not take (a skipped step, missing evidence and the like).
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param input the input
   * @param rejection the case machine's rejection, not null
   */
  record CaseRejected(FileInput input, CaseRejection rejection) implements FileRejection {
    @Override
    public String toString() {
      return describe(this);
    }

    @Override
    public CaseRejection.Code code() {
      return rejection.code();
    }

    @Override
    public String message() {
      return rejection.message();
    }
  }

  /**
   * Returns {@code CODE: message}, without the student's id (PIPL); every record of this family
   * answers its {@code toString()} with it.
   *
   * @param rejection the rejection, not null
   * @return the short form
   */
  static String describe(FileRejection rejection) {
    return rejection.code() + ": " + rejection.message();
  }

  private static String kind(FileInput input) {
    if (input instanceof FileInput.Status) {
      return "status event";
    }
    return input instanceof FileInput.Attendance ? "attendance mark" : "case event";
  }
}
