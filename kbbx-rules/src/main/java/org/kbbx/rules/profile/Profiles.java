package org.kbbx.rules.profile;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.DayOfWeek;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.kbbx.core.validation.Violation;

/**
 * A set of jurisdiction profiles whose parent chains are complete: the provider the caller holds
 * (R-PROF-4), never a static registry.
 *
 * <p>{@link #builtIn()} gives the six built-in profiles ({@code NATIONAL}, {@code HEZHANG_2018},
 * {@code BISHAN_2024}, {@code XX_COUNTY_2023}, {@code YUNDOU_2022}, {@code HANZHONG_2018});
 * {@link #with} adds a vendor's own. Every set passes the same checks: ids well-formed and unique,
 * every parent known, no parent cycle, every root profile sets every {@link ProfileSetting}, the
 * validity period ordered, examples starting on a weekday.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Profiles {

  private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

  private final Map<String, JurisdictionProfile> byId;

  private Profiles(Map<String, JurisdictionProfile> byId) {
    this.byId = byId;
  }

  /**
   * Returns the six built-in profiles.
   *
   * @return the provider
   */
  public static Profiles builtIn() {
    Validation<Seq<Violation>, Profiles> checked = of(BuiltInProfiles.all());
    if (checked.isInvalid()) {
      throw new IllegalStateException("Built-in profiles are invalid: " + checked.getError());
    }
    return checked.get();
  }

  /**
   * Checks a set of profiles and returns them as a provider, or every problem found.
   *
   * @param profiles the profiles, not null
   * @return the provider, or the problems, each with its path ({@code ID.parent} and the like)
   */
  public static Validation<Seq<Violation>, Profiles> of(Iterable<JurisdictionProfile> profiles) {
    Objects.requireNonNull(profiles, "profiles");
    Seq<Violation> problems = Vector.empty();
    Map<String, JurisdictionProfile> byId = LinkedHashMap.empty();
    int index = 0;
    for (JurisdictionProfile p : profiles) {
      String at = "[" + index++ + "]";
      if (!ID.matcher(p.id()).matches()) {
        problems = problems.append(Violation.at(
            at + ".id",
            "Invalid profile id '" + p.id() + "': expected upper case letters, digits and _"));
      }
      if (byId.containsKey(p.id())) {
        problems = problems.append(Violation.at(at + ".id", "Duplicate profile id " + p.id()));
      }
      byId = byId.put(p.id(), p);
    }
    for (JurisdictionProfile p : byId.values()) {
      problems = problems.appendAll(check(p, byId));
    }
    return problems.isEmpty() ? Validation.valid(new Profiles(byId)) : Validation.invalid(problems);
  }

  /**
   * Returns these profiles plus {@code more}, checked together; a vendor profile may name any
   * of these as its parent. A profile with an id already here replaces it.
   *
   * @param more the profiles to add, not null
   * @return the provider, or every problem found
   */
  public Validation<Seq<Violation>, Profiles> with(Iterable<JurisdictionProfile> more) {
    Objects.requireNonNull(more, "more");
    Map<String, JurisdictionProfile> merged = byId;
    for (JurisdictionProfile p : more) {
      merged = merged.put(p.id(), p);
    }
    return of(merged.values());
  }

  private static Seq<Violation> check(JurisdictionProfile p, Map<String, JurisdictionProfile> all) {
    Seq<Violation> problems = Vector.empty();
    String id = p.id();
    if (p.validTo().isPresent() && p.validTo().get().isBefore(p.validFrom())) {
      problems = problems.append(Violation.at(
          id + ".validTo",
          "Invalid validTo " + p.validTo().get() + ": must not be before validFrom "
              + p.validFrom()));
    }
    if (p.parent().isEmpty()) {
      Seq<String> missing = Vector.of(ProfileSetting.values())
          .filter(s -> s.in(p).isEmpty())
          .map(ProfileSetting::key);
      if (!missing.isEmpty()) {
        problems = problems.append(Violation.at(
            id + ".parent",
            "Missing parent: a profile without parent must set every setting, but "
                + missing.mkString(", ") + " are not set"));
      }
    } else if (!all.containsKey(p.parent().get())) {
      problems = problems.append(Violation.at(
          id + ".parent",
          "Unknown parent '" + p.parent().get() + "': expected one of "
              + all.keySet().toSortedSet().mkString(", ")));
    } else {
      Seq<String> path = Vector.of(id);
      Optional<String> next = p.parent();
      while (next.isPresent() && all.containsKey(next.get())) {
        if (path.contains(next.get())) {
          problems = problems.append(Violation.at(
              id + ".parent", "Parent cycle: " + path.append(next.get()).mkString(" -> ")));
          break;
        }
        path = path.append(next.get());
        next = all.get(next.get()).get().parent();
      }
    }
    for (int i = 0; i < p.examples().size(); i++) {
      DayOfWeek dow = p.examples().get(i).firstAbsence().getDayOfWeek();
      if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY) {
        problems = problems.append(Violation.at(
            id + ".examples[" + i + "].firstAbsence",
            "Invalid firstAbsence on a " + dow + ": expected Monday to Friday"));
      }
    }
    return problems;
  }

  /**
   * Returns the ids, in the order the profiles were given.
   *
   * @return the ids
   */
  public Seq<String> ids() {
    return byId.keySet().toVector();
  }

  /**
   * Returns a profile as written (its own settings only).
   *
   * @param id the id, possibly null
   * @return the profile, or none
   */
  public Option<JurisdictionProfile> get(String id) {
    return id == null ? Option.none() : byId.get(id);
  }

  /**
   * Resolves a profile along its parent chain (R-PROF-1): each setting from the nearest profile
   * that sets it, with that profile's id and source.
   *
   * @param id the id, possibly null
   * @return the effective profile, or {@link ProfileRejection.UnknownProfile}
   */
  public Either<ProfileRejection, EffectiveProfile> effective(String id) {
    Option<JurisdictionProfile> self = get(id);
    if (self.isEmpty()) {
      return Either.left(new ProfileRejection.UnknownProfile(id));
    }
    Seq<JurisdictionProfile> chain = Vector.of(self.get());
    while (chain.last().parent().isPresent()) {
      chain = chain.append(byId.get(chain.last().parent().get()).get());
    }
    JurisdictionProfile p = self.get();
    Seq<JurisdictionProfile> c = chain;
    return Either.right(EffectiveProfile.builder()
        .id(p.id())
        .name(p.name())
        .document(p.document())
        .chain(c.map(JurisdictionProfile::id))
        .validFrom(p.validFrom())
        .validTo(p.validTo())
        .firstContact(resolve(c, JurisdictionProfile::firstContact))
        .homeVisits(resolve(c, JurisdictionProfile::homeVisits))
        .suspected(resolve(c, JurisdictionProfile::suspected))
        .dropout(resolve(c, JurisdictionProfile::dropout))
        .exclusions(resolve(c, JurisdictionProfile::exclusions))
        .termStart(resolve(c, JurisdictionProfile::termStart))
        .weeklyReports(resolve(c, JurisdictionProfile::weeklyReports))
        .homeEducationVisitsPerWeek(resolve(c, JurisdictionProfile::homeEducationVisitsPerWeek))
        .recordDeadlines(resolve(c, JurisdictionProfile::recordDeadlines))
        .suspension(resolve(c, JurisdictionProfile::suspension))
        .caseDeadlines(resolve(c, JurisdictionProfile::caseDeadlines))
        .targets(resolve(c, JurisdictionProfile::targets))
        .rateSettings(resolve(c, JurisdictionProfile::rateSettings))
        .guaranteeCaps(resolve(c, JurisdictionProfile::guaranteeCaps))
        .accountability(resolve(c, JurisdictionProfile::accountability))
        .screeningWeights(resolve(c, JurisdictionProfile::screeningWeights))
        .routing(resolve(c, JurisdictionProfile::routing))
        // --- R-OBL-1..5 duties ---
        .duties(resolve(c, JurisdictionProfile::duties))
        // --- end R-OBL-1..5 duties ---
        .organisation(resolve(c, JurisdictionProfile::organisation))
        .examples(p.examples())
        .accountabilityExamples(p.accountabilityExamples())
        .build());
  }

  private static <T> Resolved<T> resolve(
      Seq<JurisdictionProfile> chain, Function<JurisdictionProfile, Optional<Sourced<T>>> setting) {
    for (JurisdictionProfile p : chain) {
      Optional<Sourced<T>> value = setting.apply(p);
      if (value.isPresent()) {
        return new Resolved<>(value.get().value(), p.id(), value.get().source());
      }
    }
    throw new IllegalStateException("Root of " + chain.head().id() + " does not set a setting");
  }
}
