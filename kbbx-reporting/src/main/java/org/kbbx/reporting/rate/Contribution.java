package org.kbbx.reporting.rate;

import java.util.EnumSet;
import java.util.Set;
import org.kbbx.core.person.PriorityGroup;
import org.kbbx.core.person.Sex;
import org.kbbx.core.school.Grade;
import org.kbbx.core.school.GradeSystem;

/**
 * What one student adds to the counts of one school year: which counters, in which rows, for which
 * sex and priority groups (R-RATE-2). Packed into one {@code long}, so adding a student allocates
 * nothing.
 *
 * <p>Enrolment-side counters go to the row of the student's grade (1–9); population-side counters
 * go to the row of the expected grade (1–9), or row 0 for a child of compulsory age outside the
 * official grades (for example a 15-year-old, R-AGE-3). Each side carries its grade system: the
 * enrolment row's is that of the school attended, the population row's that of the household's
 * jurisdiction, so levels are read right when 6-3 and 5-4 units merge (R-RATE-18).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Contribution {

  /** Counts nothing. */
  public static final Contribution NONE = new Contribution(0L);

  private static final int ENROLMENT_ROW_SHIFT = Counter.COUNT;
  private static final int POPULATION_ROW_SHIFT = ENROLMENT_ROW_SHIFT + 4;
  private static final int SEX_SHIFT = POPULATION_ROW_SHIFT + 4;
  private static final int GROUPS_SHIFT = SEX_SHIFT + 2;
  private static final int SYSTEM_SHIFT = GROUPS_SHIFT + PriorityGroup.values().length;
  private static final GradeSystem[] SYSTEMS = GradeSystem.values();

  private final long packed;

  private Contribution(long packed) {
    this.packed = packed;
  }

  /**
   * Packs one child's facts; the single place where facts become counters, shared by {@link
   * StudentYear#contribution} and {@link StatusMembership}.
   *
   * @param enrolmentMask enrolment-side counter bits
   * @param grade the record grade 1–9, or 0 for none
   * @param gradeSystem the grade system of the school attended: the level of {@code grade}
   *     (R-RATE-18)
   * @param resident on the population list and of compulsory age
   * @param expectedGrade the expected grade 1–9, or 0 for none
   * @param populationFlags bits {@link #ENROLLED_FOR_POPULATION}, {@link #COMPLETED_COMPULSORY},
   *     {@link #DEFERRED}
   * @param populationSystem the household's grade system: the official level of the expected grade
   */
  static Contribution compute(
      int enrolmentMask,
      int grade,
      GradeSystem gradeSystem,
      boolean resident,
      int expectedGrade,
      int populationFlags,
      int sexIndex,
      int groupMask,
      GradeSystem populationSystem) {
    return new Contribution(computePacked(
        enrolmentMask,
        grade,
        gradeSystem,
        resident,
        expectedGrade,
        populationFlags,
        sexIndex,
        groupMask,
        populationSystem));
  }

  /** {@link #compute} without the wrapper object: the packed bits. */
  static long computePacked(
      int enrolmentMask,
      int grade,
      GradeSystem gradeSystem,
      boolean resident,
      int expectedGrade,
      int populationFlags,
      int sexIndex,
      int groupMask,
      GradeSystem populationSystem) {
    int mask = enrolmentMask;
    int populationRow = -1;
    if (resident) {
      populationRow = expectedGrade;
      mask |= Counter.POPULATION.bit();
      boolean enrolled = (populationFlags & ENROLLED_FOR_POPULATION) != 0;
      boolean completed = (populationFlags & COMPLETED_COMPULSORY) != 0;
      mask |= (populationFlags & DEFERRED) != 0 ? Counter.POPULATION_DEFERRED.bit() : 0;
      mask |= completed ? Counter.POPULATION_COMPLETED.bit() : 0;
      mask |= enrolled ? Counter.POPULATION_ENROLLED.bit() : 0;
      if (expectedGrade > 0) {
        int official = populationSystem.levelOf(Grade.of(expectedGrade)).ordinal();
        if (completed) {
          mask |= Counter.POPULATION_AT_OR_ABOVE_LEVEL.bit();
        } else if (enrolled && grade > 0) {
          int actual = gradeSystem.levelOf(Grade.of(grade)).ordinal();
          mask |= actual == official ? Counter.POPULATION_IN_OFFICIAL_LEVEL.bit() : 0;
          mask |= actual >= official ? Counter.POPULATION_AT_OR_ABOVE_LEVEL.bit() : 0;
        }
      }
    }
    return packed(mask, grade, populationRow, sexIndex, groupMask)
        | ((long) gradeSystem.ordinal() << SYSTEM_SHIFT)
        | ((long) populationSystem.ordinal() << (SYSTEM_SHIFT + 1));
  }

  static final int ENROLLED_FOR_POPULATION = 1;
  static final int COMPLETED_COMPULSORY = 2;
  static final int DEFERRED = 4;

  private static long packed(
      int counterMask, int enrolmentRow, int populationRow, int sexIndex, int groupMask) {
    if ((counterMask & Counter.ENROLMENT_MASK) == 0) {
      enrolmentRow = 0;
    }
    if ((counterMask & Counter.POPULATION_MASK) == 0) {
      populationRow = -1;
    }
    long packed = (long) counterMask
        | ((long) enrolmentRow << ENROLMENT_ROW_SHIFT)
        | ((long) (populationRow + 1) << POPULATION_ROW_SHIFT)
        | ((long) sexIndex << SEX_SHIFT)
        | ((long) groupMask << GROUPS_SHIFT);
    return packed;
  }

  /** Returns whether the student adds to {@code counter}. */
  public boolean counts(Counter counter) {
    return (counterMask() & counter.bit()) != 0;
  }

  /** Returns the counters the student adds to. */
  public Set<Counter> counters() {
    Set<Counter> set = EnumSet.noneOf(Counter.class);
    for (Counter c : Counter.values()) {
      if (counts(c)) {
        set.add(c);
      }
    }
    return set;
  }

  /** Returns the grade row of enrolment-side counters, or 0 when the student adds none. */
  public int enrolmentRow() {
    return enrolmentRow(packed);
  }

  /** Returns the expected-grade row of population-side counters (0–9), or −1 when none. */
  public int populationRow() {
    return populationRow(packed);
  }

  /** Returns the student's sex. */
  public Sex sex() {
    return Sex.values()[sexIndex()];
  }

  /** Returns the grade system the enrolment row's level is read with: the school's (R-RATE-18). */
  public GradeSystem gradeSystem() {
    return SYSTEMS[enrolmentSystem(packed)];
  }

  /** Returns the grade system the population row's official level is read with: the household's. */
  public GradeSystem populationSystem() {
    return SYSTEMS[populationSystem(packed)];
  }

  static int enrolmentSystem(long packed) {
    return (int) (packed >>> SYSTEM_SHIFT) & 1;
  }

  static int populationSystem(long packed) {
    return (int) (packed >>> (SYSTEM_SHIFT + 1)) & 1;
  }

  /** Returns the student's priority groups. */
  public Set<PriorityGroup> priorityGroups() {
    Set<PriorityGroup> set = EnumSet.noneOf(PriorityGroup.class);
    for (PriorityGroup g : PriorityGroup.values()) {
      if ((groupMask() & (1 << g.ordinal())) != 0) {
        set.add(g);
      }
    }
    return set;
  }

  int counterMask() {
    return counterMask(packed);
  }

  int sexIndex() {
    return sexIndex(packed);
  }

  int groupMask() {
    return groupMask(packed);
  }

  long packed() {
    return packed;
  }

  static int counterMask(long packed) {
    return (int) packed & ((1 << Counter.COUNT) - 1);
  }

  static int sexIndex(long packed) {
    return (int) (packed >>> SEX_SHIFT) & 3;
  }

  static int groupMask(long packed) {
    return (int) (packed >>> GROUPS_SHIFT) & ((1 << GROUP_COUNT) - 1);
  }

  static int enrolmentRow(long packed) {
    return (int) (packed >>> ENROLMENT_ROW_SHIFT) & 0xF;
  }

  static int populationRow(long packed) {
    return ((int) (packed >>> POPULATION_ROW_SHIFT) & 0xF) - 1;
  }

  private static final int GROUP_COUNT = PriorityGroup.values().length;

  /** Returns this contribution restricted to the counters in {@code mask}. */
  Contribution only(int mask) {
    long other = packed & ~((1L << Counter.COUNT) - 1);
    return new Contribution(other | (counterMask() & mask));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Contribution that && that.packed == packed;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(packed);
  }

  @Override
  public String toString() {
    return "Contribution{counters="
        + counters()
        + ", enrolmentRow="
        + enrolmentRow()
        + ", populationRow="
        + populationRow()
        + ", system="
        + gradeSystem()
        + "/"
        + populationSystem()
        + ", sex="
        + sex()
        + ", groups="
        + priorityGroups()
        + "}";
  }
}
