package org.kbbx.rules.profile;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.kbbx.core.responsibility.ChainLink;
import org.kbbx.core.responsibility.PositionHolding;

/**
 * How a jurisdiction organises its seats (R-RC-11; the profile setting {@code organisation}):
 * whether a person may hold several leading seats, and which links of the two lines need a
 * responsibility letter each school year (R-RC-3).
 *
 * <p>{@code NATIONAL}: one leading seat per person, letters on every link of both lines (seed 000:
 * 层层签订责任书). {@code HANZHONG_2018}: the two-level letters of seed 004 (县长对镇长、局长对校长). A
 * county writing Lueyang's "7+1" lists {@code COUNTY_TOWNSHIP, TOWNSHIP_VILLAGE, BUREAU_SCHOOL,
 * SCHOOL_TEACHER, TEACHER_PARENT}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param holding whether a person may hold several leading seats, not null
 * @param letters the links that need a letter each school year, possibly empty, copied
 * @param examples the self-tests (R-PROF-3), possibly empty, copied
 */
public record OrganisationSettings(
    PositionHolding holding, Set<ChainLink> letters, List<OrganisationExample> examples) {

  /** Copies the collections. */
  public OrganisationSettings {
    Objects.requireNonNull(holding, "holding");
    Objects.requireNonNull(letters, "letters");
    EnumSet<ChainLink> copy = EnumSet.noneOf(ChainLink.class);
    for (ChainLink link : letters) {
      copy.add(Objects.requireNonNull(link, "letters element"));
    }
    letters = Collections.unmodifiableSet(copy);
    examples = List.copyOf(Objects.requireNonNull(examples, "examples"));
  }

  /**
   * Returns the national baseline: one leading seat per person, letters on every link, no
   * examples.
   *
   * @return the baseline
   */
  public static OrganisationSettings national() {
    return new OrganisationSettings(
        PositionHolding.ONE_HEAD_POSITION, EnumSet.allOf(ChainLink.class), List.of());
  }

  /**
   * Returns a copy with {@code more} examples appended.
   *
   * @param more the examples, not null
   * @return the new settings
   */
  public OrganisationSettings withExamples(List<OrganisationExample> more) {
    List<OrganisationExample> all = new java.util.ArrayList<>(examples);
    all.addAll(more);
    return new OrganisationSettings(holding, letters, all);
  }
}
