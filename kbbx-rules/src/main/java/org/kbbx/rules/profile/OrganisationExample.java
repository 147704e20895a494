package org.kbbx.rules.profile;

import java.util.Objects;
import org.kbbx.core.responsibility.ChainLink;
import org.kbbx.core.responsibility.Role;

/**
 * A self-test of a profile's {@link OrganisationSettings} (R-PROF-3), run through the organisation
 * builder and coverage check by {@link ProfileExamples#organisationFailures}.
 *
 * <p>A closed family: {@link TwoSeats} (may one person hold two leading seats?) and {@link Letter}
 * (does a county with every seat held and no letters get a missing-letter finding on the link?).
 */
public sealed interface OrganisationExample {

  /** Returns what the example shows. */
  String description();

  /**
   * One person appointed to a seat of {@code first} and a seat of {@code second} in one township
   * with one school: the organisation builds exactly when {@code allowed}.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param description what the example shows, not blank
   * @param first a leading role, not null
   * @param second another leading role, not null
   * @param allowed whether the organisation builds
   */
  record TwoSeats(String description, Role first, Role second, boolean allowed)
      implements OrganisationExample {

    /** Checks the parts. */
    public TwoSeats {
      requireDescription(description);
      Objects.requireNonNull(first, "first");
      Objects.requireNonNull(second, "second");
      if (first == second || !first.isLeadingRole() || !second.isLeadingRole()) {
        throw new IllegalArgumentException(
            "Invalid TwoSeats example: expected two different leading roles, found " + first
                + " and " + second);
      }
    }
  }

  /**
   * A county with every seat held and no letters: a missing letter on {@code link} is found
   * exactly when {@code required}.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param description what the example shows, not blank
   * @param link the link, not null
   * @param required whether a missing letter on the link is a finding
   */
  record Letter(String description, ChainLink link, boolean required)
      implements OrganisationExample {

    /** Checks the parts. */
    public Letter {
      requireDescription(description);
      Objects.requireNonNull(link, "link");
    }
  }

  private static void requireDescription(String description) {
    Objects.requireNonNull(description, "description");
    if (description.isBlank()) {
      throw new IllegalArgumentException("Invalid description: must not be blank");
    }
  }
}
