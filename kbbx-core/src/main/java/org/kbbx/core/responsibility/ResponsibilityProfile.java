package org.kbbx.core.responsibility;

import io.vavr.control.Option;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The responsibility-chain part of a jurisdiction profile: guarantee caps (R-RC-4), whether a
 * person may hold several leading positions, which links need a responsibility letter each school
 * year (R-RC-3) and the accountability rules (R-RC-9).
 *
 * <p>A kind of guarantee absent from {@code caps} has no cap. {@link #national()} gives the
 * baseline: no caps, one leading position per person, letters on every link of both lines (seed
 * 000: 层层签订责任书), no accountability rules.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param caps the cap per kind of guarantee, not null, no null keys or values
 * @param holding whether a person may hold several leading positions, not null
 * @param lettersRequired the links that need a letter for each school year, not null
 * @param accountability the accountability rules, in the profile's order, not null
 */
public record ResponsibilityProfile(
    Map<GuaranteeKind, GuaranteeCap> caps,
    PositionHolding holding,
    Set<ChainLink> lettersRequired,
    List<AccountabilityRule> accountability) {

  /** Copies the collections into unmodifiable, enum-ordered ones. */
  public ResponsibilityProfile {
    Objects.requireNonNull(caps, "caps");
    Objects.requireNonNull(holding, "holding");
    Objects.requireNonNull(lettersRequired, "lettersRequired");
    Objects.requireNonNull(accountability, "accountability");
    EnumMap<GuaranteeKind, GuaranteeCap> capsCopy = new EnumMap<>(GuaranteeKind.class);
    caps.forEach((kind, cap) -> capsCopy.put(
        Objects.requireNonNull(kind, "caps key"), Objects.requireNonNull(cap, "caps value")));
    caps = Collections.unmodifiableMap(capsCopy);
    EnumSet<ChainLink> links = EnumSet.noneOf(ChainLink.class);
    for (ChainLink link : lettersRequired) {
      links.add(Objects.requireNonNull(link, "lettersRequired element"));
    }
    lettersRequired = Collections.unmodifiableSet(links);
    accountability = List.copyOf(accountability);
  }

  /**
   * Returns the national baseline: no caps, one leading position per person, letters on every link,
   * no accountability rules.
   *
   * @return the baseline
   */
  public static ResponsibilityProfile national() {
    return new ResponsibilityProfile(
        Map.of(), PositionHolding.ONE_HEAD_POSITION, EnumSet.allOf(ChainLink.class), List.of());
  }

  /**
   * Returns the cap for one kind of guarantee.
   *
   * @param kind the kind, not null
   * @return the cap, or none when the profile sets no cap for that kind
   */
  public Option<GuaranteeCap> capFor(GuaranteeKind kind) {
    Objects.requireNonNull(kind, "kind");
    return Option.of(caps.get(kind));
  }

  /**
   * Returns a copy with the cap for {@code kind} set.
   *
   * @param kind the kind of guarantee, not null
   * @param cap the cap, not null
   * @return the new profile part
   */
  public ResponsibilityProfile withCap(GuaranteeKind kind, GuaranteeCap cap) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(cap, "cap");
    EnumMap<GuaranteeKind, GuaranteeCap> next = new EnumMap<>(GuaranteeKind.class);
    next.putAll(caps);
    next.put(kind, cap);
    return new ResponsibilityProfile(next, holding, lettersRequired, accountability);
  }

  /**
   * Returns a copy with the given position-holding rule.
   *
   * @param newHolding the rule, not null
   * @return the new profile part
   */
  public ResponsibilityProfile withHolding(PositionHolding newHolding) {
    return new ResponsibilityProfile(caps, newHolding, lettersRequired, accountability);
  }

  /**
   * Returns a copy whose letters are required on {@code links} only.
   *
   * @param links the links that need a letter, not null
   * @return the new profile part
   */
  public ResponsibilityProfile withLettersRequired(Set<ChainLink> links) {
    return new ResponsibilityProfile(caps, holding, links, accountability);
  }

  /**
   * Returns a copy with the given accountability rules.
   *
   * @param rules the rules, not null
   * @return the new profile part
   */
  public ResponsibilityProfile withAccountability(List<AccountabilityRule> rules) {
    return new ResponsibilityProfile(caps, holding, lettersRequired, rules);
  }
}
