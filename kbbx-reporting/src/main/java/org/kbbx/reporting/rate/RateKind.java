package org.kbbx.reporting.rate;

import io.vavr.control.Option;
import java.util.Objects;
import org.kbbx.core.school.SchoolLevel;
import org.kbbx.rules.profile.TargetRule;

/**
 * The rates a county is judged by, as the keys of a profile's targets (R-RATE-3).
 *
 * <p>A jurisdiction profile maps some of these to a {@link org.kbbx.core.rate.Target}, for example
 * Hezhang 2018: {@link #PRIMARY_DROPOUT} {@code <= 0.6%}, {@link #JUNIOR_DROPOUT} {@code <= 1.8%},
 * {@link #NINE_YEAR_CONSOLIDATION} {@code >= 95%}.
 */
public enum RateKind {
  /** 小学年辍学率 (R-RATE-10). */
  PRIMARY_DROPOUT("小学年辍学率", "primary annual dropout rate"),
  /** 初中年辍学率 (R-RATE-10). */
  JUNIOR_DROPOUT("初中年辍学率", "junior annual dropout rate"),
  /** 义务教育年辍学率, both levels (R-RATE-10). */
  COMPULSORY_DROPOUT("义务教育年辍学率", "compulsory-education annual dropout rate"),
  /** 九年义务教育巩固率 (R-RATE-11). */
  NINE_YEAR_CONSOLIDATION("九年义务教育巩固率", "nine-year consolidation rate"),
  /** 小学巩固率 (R-RATE-11). */
  PRIMARY_CONSOLIDATION("小学巩固率", "primary consolidation rate"),
  /** 初中巩固率 (R-RATE-11). */
  JUNIOR_CONSOLIDATION("初中巩固率", "junior consolidation rate"),
  /** 适龄人口入学率 (R-RATE-12). */
  COMPULSORY_AGE_ENROLMENT("适龄人口入学率", "compulsory-age enrolment rate"),
  /** 小学学龄儿童净入学率 (R-RATE-12). */
  PRIMARY_NET_ENROLMENT("小学学龄儿童净入学率", "primary net enrolment rate"),
  /** 初中阶段毛入学率 (R-RATE-12). */
  JUNIOR_GROSS_ENROLMENT("初中阶段毛入学率", "junior gross enrolment rate"),
  /**
   * 脱贫户和监测对象子女辍学率: the annual dropout rate among children of registered-poor or monitored
   * households, both levels (R-RATE-10, R-RATE-20, {@link WatchedGroups#REGISTERED_POOR_OR_MONITORED}).
   */
  REGISTERED_POOR_OR_MONITORED_DROPOUT(
      "脱贫户和监测对象子女辍学率", "dropout rate of registered-poor or monitored households' children");

  private final String chineseLabel;
  private final String englishLabel;

  RateKind(String chineseLabel, String englishLabel) {
    this.chineseLabel = chineseLabel;
    this.englishLabel = englishLabel;
  }

  /** Returns the Chinese label, for example {@code 小学年辍学率}. */
  public String chineseLabel() {
    return chineseLabel;
  }

  /**
   * Returns the rate a profile target measures (R-RATE-20): a dropout target by its level (none:
   * both levels), a consolidation target by its level (none: nine-year), an enrolment target by its
   * level (none: compulsory-age enrolment; primary: net; junior: gross), and the registered-poor and
   * for-poverty dropout targets as {@link #REGISTERED_POOR_OR_MONITORED_DROPOUT} ("nobody drops out
   * for poverty" read as the same group). The mapping is total; {@link #notComputable} says when
   * the rate cannot honour the target's level.
   *
   * @param rule the profile's target rule, not null
   * @return the rate kind
   */
  public static RateKind of(TargetRule rule) {
    Objects.requireNonNull(rule, "rule");
    Option<SchoolLevel> level = rule.level();
    boolean primary = level.isDefined() && level.get() == SchoolLevel.PRIMARY;
    switch (rule.indicator()) {
      case ANNUAL_DROPOUT_RATE:
        return level.isEmpty() ? COMPULSORY_DROPOUT : primary ? PRIMARY_DROPOUT : JUNIOR_DROPOUT;
      case NINE_YEAR_CONSOLIDATION_RATE:
        return level.isEmpty()
            ? NINE_YEAR_CONSOLIDATION
            : primary ? PRIMARY_CONSOLIDATION : JUNIOR_CONSOLIDATION;
      case COMPULSORY_ENROLMENT_RATE:
        return level.isEmpty()
            ? COMPULSORY_AGE_ENROLMENT
            : primary ? PRIMARY_NET_ENROLMENT : JUNIOR_GROSS_ENROLMENT;
      case REGISTERED_POOR_DROPOUT_RATE:
      case DROPOUT_FOR_POVERTY_RATE:
        return REGISTERED_POOR_OR_MONITORED_DROPOUT;
      default:
        throw new AssertionError(rule.indicator());
    }
  }

  /**
   * Returns why the library computes no rate for {@code rule}, or none: a group dropout target
   * restricted to one level (the group rate covers both levels).
   *
   * @param rule not null
   * @return the rejection, or none
   */
  public static Option<RateRejection> notComputable(TargetRule rule) {
    Objects.requireNonNull(rule, "rule");
    return of(rule) == REGISTERED_POOR_OR_MONITORED_DROPOUT && rule.level().isDefined()
        ? Option.some(new RateRejection.NotComputable(rule.indicator().chineseLabel() + " of "
            + rule.level().get().chineseLabel() + " (computed for both levels only)"))
        : Option.none();
  }

  /** Returns the English label. */
  public String englishLabel() {
    return englishLabel;
  }
}
