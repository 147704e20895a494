package org.kbbx.reporting.rate;

/**
 * The counters every rate is built from (R-RATE-2): a few {@code long}s per cell, never students.
 *
 * <p>The first seven are <em>enrolment-side</em>: they describe students on a school's books and are
 * kept in the row of the student's grade, under the school. The last six are
 * <em>population-side</em>: they describe children on the resident population list and are kept
 * in the row of the child's expected grade (R-AGE-3), under the household's division. Which record
 * and schooling states set which counter is the membership table in {@link StudentYear}
 * (R-RATE-14).
 */
public enum Counter {
  /** E: active record, counted as attending on the census date (年初在校生). */
  ENROLLED("年初在校生", "enrolled at census", true),
  /** Dropout that began during the year and is still a dropout on the count date (辍学). */
  DROPPED_OUT("辍学", "dropped out", true),
  /** R: enrolled in the same grade as in the previous year (留级/复读). */
  REPEATERS("留级", "repeaters", true),
  /**
   * Completed the last grade of the student's level during the year (毕业), where he finished
   * (R-RATE-17).
   */
  COMPLETERS("毕业", "completers", true),
  /** Transferred in during the year (转入). */
  TRANSFERS_IN("转入", "transfers in", true),
  /** Transferred out during the year (转出). */
  TRANSFERS_OUT("转出", "transfers out", true),
  /**
   * Intake (新生): first enrolment in grade 1, or first entry into the first junior grade, that
   * takes effect during the year, at the school entered; repeaters excluded (R-RATE-16).
   */
  INTAKE("新生", "intake", true),
  /** P: resident child of compulsory age (适龄人口). */
  POPULATION("适龄人口", "population", false),
  /** Resident child counted as enrolled in any school at any level (已入学). */
  POPULATION_ENROLLED("已入学", "population enrolled", false),
  /** Resident child enrolled in the official level for its age (NER numerator). */
  POPULATION_IN_OFFICIAL_LEVEL("在应读学段", "in official level", false),
  /** Resident child enrolled in the official level for its age or higher (adjusted NER). */
  POPULATION_AT_OR_ABOVE_LEVEL("在应读学段或以上", "in official level or above", false),
  /** Resident child with an approved deferral of entry (延缓入学). */
  POPULATION_DEFERRED("延缓入学", "deferred", false),
  /** Resident child that has completed compulsory education (已完成义务教育). */
  POPULATION_COMPLETED("已完成义务教育", "completed compulsory education", false);

  /** The number of counters. */
  public static final int COUNT = values().length;

  private static final Counter[] VALUES = values();

  private final String chineseLabel;
  private final String englishLabel;
  private final boolean enrolmentSide;

  Counter(String chineseLabel, String englishLabel, boolean enrolmentSide) {
    this.chineseLabel = chineseLabel;
    this.englishLabel = englishLabel;
    this.enrolmentSide = enrolmentSide;
  }

  /** Returns the Chinese label, for example {@code 辍学}. */
  public String chineseLabel() {
    return chineseLabel;
  }

  /** Returns the English label. */
  public String englishLabel() {
    return englishLabel;
  }

  /** Returns whether the counter is kept under the school in the grade row (else population-side). */
  public boolean isEnrolmentSide() {
    return enrolmentSide;
  }

  /** Returns this counter's bit in a counter mask. */
  int bit() {
    return 1 << ordinal();
  }

  /** The mask of all enrolment-side counters. */
  static final int ENROLMENT_MASK = 0b1111111;

  /** The mask of all population-side counters. */
  static final int POPULATION_MASK = ((1 << COUNT) - 1) & ~ENROLMENT_MASK;

  static Counter at(int ordinal) {
    return VALUES[ordinal];
  }
}
