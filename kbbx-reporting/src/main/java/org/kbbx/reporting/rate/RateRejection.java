package org.kbbx.reporting.rate;

import java.util.Objects;
import org.kbbx.core.Problem;
import org.kbbx.core.time.SchoolYear;

/**
 * Why a rate that needs several school years cannot be computed (a domain outcome, not an error).
 *
 * <p>This family is closed; each member has a stable {@link #code()}.
 */
public sealed interface RateRejection extends Problem {

  /** The stable codes of this family: a constant's name is the code (see {@link Problem}). */
  enum Code {
    /** See the record of this code. */
    RATE_MISSING_COUNTS,
    /** See the record of this code. */
    RATE_UNKNOWN_SCHOOL,
    /** See the record of this code. */
    RATE_PENDING,
    /** See the record of this code. */
    RATE_NOT_COMPUTABLE
  }

  /** Returns the stable code, for example {@code RATE_MISSING_COUNTS}. */
  @Override
  Code code();

  /** Returns a sentence saying what is missing. */
  String message();

  /**
   * The counts of a school year the rate reads are absent, for example the grade-1 intake eight
   * years before a nine-year consolidation rate (R-RATE-11).
   *
   * @param year the school year whose counts are missing, not null
   * @param purpose what they were needed for, not null
   */
  record MissingCounts(SchoolYear year, String purpose) implements RateRejection {

    /** Creates the rejection. */
    public MissingCounts {
      Objects.requireNonNull(year, "year");
      Objects.requireNonNull(purpose, "purpose");
    }

    @Override
    public Code code() {
      return Code.RATE_MISSING_COUNTS;
    }

    @Override
    public String message() {
      return "No counts for school year " + year + ", needed for " + purpose;
    }
  }

  /**
   * A status names a school the caller's school directory does not know, so its counts cannot be
   * placed in a division.
   *
   * @param school the unknown school, not null
   */
  record UnknownSchool(org.kbbx.core.id.SchoolId school) implements RateRejection {

    /** Creates the rejection. */
    public UnknownSchool {
      Objects.requireNonNull(school, "school");
    }

    @Override
    public Code code() {
      return Code.RATE_UNKNOWN_SCHOOL;
    }

    @Override
    public String message() {
      return "School " + school + " is not in the school directory; its division is unknown";
    }
  }

  /**
   * The rate's numerator is not yet knowable on the date the counts were taken (R-RATE-17), for
   * example primary completion of Y before Y+1's census date: a typed undefined, never 0.
   *
   * @param year the school year of the rate, not null
   * @param what what is not yet knowable, not null
   * @param knowableOn the first date on which counts give it, not null
   */
  record Pending(SchoolYear year, String what, java.time.LocalDate knowableOn)
      implements RateRejection {

    /** Creates the rejection. */
    public Pending {
      Objects.requireNonNull(year, "year");
      Objects.requireNonNull(what, "what");
      Objects.requireNonNull(knowableOn, "knowableOn");
    }

    @Override
    public Code code() {
      return Code.RATE_PENDING;
    }

    @Override
    public String message() {
      return "Pending: " + what + " of school year " + year + " are known from " + knowableOn;
    }
  }

  /**
   * The library computes no rate for what a target names (R-RATE-20), for example a group dropout
   * target restricted to one level.
   *
   * @param what what was asked for, not null
   */
  record NotComputable(String what) implements RateRejection {

    /** Creates the rejection. */
    public NotComputable {
      Objects.requireNonNull(what, "what");
    }

    @Override
    public Code code() {
      return Code.RATE_NOT_COMPUTABLE;
    }

    @Override
    public String message() {
      return "No such rate: " + what;
    }
  }
}
