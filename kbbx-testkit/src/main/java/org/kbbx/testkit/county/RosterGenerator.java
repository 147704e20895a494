package org.kbbx.testkit.county;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.id.ResidentId;
import org.kbbx.core.id.StudentNumber;
import org.kbbx.core.person.PriorityGroup;
import org.kbbx.core.person.Sex;
import org.kbbx.core.school.Grade;
import org.kbbx.core.school.GradeSystem;
import org.kbbx.core.school.SchoolLevel;

/**
 * Generates one school's roster from the county seed and the school's ordinal, so any school can
 * be generated alone, in any order, and always the same way.
 */
final class RosterGenerator {

  /** School days at the start of each term that count as the key period (R-GRP-2). */
  private static final int KEY_PERIOD_DAYS = 15;

  private static final GradeSystem GRADES = GradeSystem.SIX_THREE;

  private final CountySpec spec;
  private final List<LocalDate> schoolDays;
  private final List<Integer> termStarts;
  private final int year;
  private final List<Map.Entry<PriorityGroup, Integer>> shares;
  private final CountyHistory history;
  private final int firstYear;

  RosterGenerator(
      CountySpec spec,
      List<LocalDate> schoolDays,
      List<Integer> termStarts,
      CountyHistory history,
      int firstYear) {
    this.spec = spec;
    this.schoolDays = schoolDays;
    this.termStarts = termStarts;
    this.year = spec.schoolYear().startYear();
    this.shares = List.copyOf(new TreeMap<>(spec.priorityShares()).entrySet());
    this.history = history;
    this.firstYear = firstYear;
  }

  SchoolRoster roster(SyntheticSchool school) {
    SplittableRandom random = new SplittableRandom(mix(spec.seed(), school.ordinal()));
    SplittableRandom past = new SplittableRandom(mix(~spec.seed(), school.ordinal()));
    List<Teacher> teachers = new ArrayList<>(school.teachers());
    for (int t = 0; t < school.teachers(); t++) {
      teachers.add(new Teacher(school.id() + "T" + padded(t, 3), school.id(), t == 0));
    }
    List<SyntheticStudent> students = new ArrayList<>(school.students());
    List<Guarantee> guarantees = new ArrayList<>();
    int serial = 0;
    int priorityCount = 0;
    for (SchoolLevel level : SchoolLevel.values()) {
      int count = school.students(level);
      int first = GRADES.firstGradeOf(level).number();
      int years = GRADES.lastGradeOf(level).number() - first + 1;
      for (int i = 0; i < count; i++) {
        Grade grade = Grade.of(first + (int) ((long) i * years / count));
        String number = "S" + school.id() + padded(serial++, 6);
        SyntheticStudent.Builder b = SyntheticStudent.builder().number(StudentNumber.of(number));
        Outcome outcome = student(b, random, school, level, grade);
        if (outcome.guaranteed()) {
          int teacher = 1 + priorityCount++ % (school.teachers() - 1);
          String teacherId = teachers.get(teacher).id();
          b.guarantor(teacherId);
          guarantees.add(new Guarantee(teacherId, number));
        }
        students.add(history.complete(
            b.build(), past, school, year, CountyHistory.Exit.NONE, outcome.stoppedComing()));
      }
    }
    return new SchoolRoster(school, teachers, students, guarantees, former(school, past, serial));
  }

  /**
   * The school's former students: each earlier year of the history, its grade-9 completers and
   * those who dropped out without return, died or moved out of the county, by the rates of {@link
   * CountyHistory}.
   */
  private List<SyntheticStudent> former(
      SyntheticSchool school, SplittableRandom random, int serial) {
    List<SyntheticStudent> former = new ArrayList<>();
    for (int t = firstYear; t < year; t++) {
      for (SchoolLevel level : SchoolLevel.values()) {
        int count = school.students(level);
        int first = GRADES.firstGradeOf(level).number();
        int last = GRADES.lastGradeOf(level).number();
        int years = last - first + 1;
        for (int g = first; g <= last; g++) {
          int size =
              (int) ((long) count * (g - first + 1) / years - (long) count * (g - first) / years);
          boolean junior = level == SchoolLevel.JUNIOR_SECONDARY;
          int dropouts = draws(
              random, size, junior ? CountyHistory.DROPOUT_JUNIOR : CountyHistory.DROPOUT_PRIMARY);
          int deaths = draws(random, size, CountyHistory.DEATH);
          int moves = draws(
              random,
              size,
              junior ? CountyHistory.MOVE_OUT_JUNIOR : CountyHistory.MOVE_OUT_PRIMARY);
          int completers = g == GRADES.lastGradeOf(SchoolLevel.JUNIOR_SECONDARY).number()
              ? Math.max(0, size - dropouts - deaths - moves)
              : 0;
          CountyHistory.Exit[] exits = {
            CountyHistory.Exit.DROP_OUT,
            CountyHistory.Exit.DEATH,
            CountyHistory.Exit.MOVE_OUT,
            CountyHistory.Exit.COMPLETE
          };
          int[] counts = {dropouts, deaths, moves, completers};
          for (int e = 0; e < exits.length; e++) {
            for (int i = 0; i < counts[e]; i++) {
              String number = "S" + school.id() + padded(serial++, 6);
              SyntheticStudent.Builder b =
                  SyntheticStudent.builder().number(StudentNumber.of(number));
              identity(b, random, school, level, Grade.of(g), t);
              b.enrolled(LocalDate.of(t, 9, 1));
              former.add(history.complete(b.build(), random, school, t, exits[e], false));
            }
          }
        }
      }
    }
    return former;
  }

  /** {@code size} students each with a chance of {@code per10k} in 10,000, rounded by chance. */
  private static int draws(SplittableRandom random, int size, int per10k) {
    long expected = (long) size * per10k;
    return (int) (expected / 10_000) + (random.nextInt(10_000) < expected % 10_000 ? 1 : 0);
  }

  /** What the student's draws decided beyond her attributes. */
  private record Outcome(boolean guaranteed, boolean stoppedComing) {}

  /** Fills the builder; returns whether the student gets a guarantor and whether she stopped. */
  private Outcome student(
      SyntheticStudent.Builder b,
      SplittableRandom random,
      SyntheticSchool school,
      SchoolLevel level,
      Grade grade) {
    EnumSet<PriorityGroup> groups = identity(b, random, school, level, grade, year);
    int entryGrade = school.kind() == SchoolKind.JUNIOR
        ? GRADES.firstGradeOf(SchoolLevel.JUNIOR_SECONDARY).number()
        : 1;
    LocalDate enrolled = LocalDate.of(year - (grade.number() - entryGrade), 9, 1);
    int firstDay = 0;
    if (random.nextInt(1000) < 10) {
      firstDay = 1 + random.nextInt(Math.min(60, schoolDays.size() - 1));
      enrolled = schoolDays.get(firstDay);
    }
    b.enrolled(enrolled);
    boolean stopped = absences(b, random, level, !groups.isEmpty(), firstDay);
    return new Outcome(
        !groups.isEmpty() && random.nextInt(1000) >= spec.guaranteeGapPerMille(), stopped);
  }

  /** Draws who the student is (sex, birth, ID, village, groups) for her grade in year {@code y}. */
  private EnumSet<PriorityGroup> identity(
      SyntheticStudent.Builder b,
      SplittableRandom random,
      SyntheticSchool school,
      SchoolLevel level,
      Grade grade,
      int year) {
    boolean male = random.nextInt(1000) < 520;
    int over = random.nextInt(1000);
    int age = grade.number()
        + 5
        + (over < 10
            ? -1
            : over < 930 ? 0 : over < (level == SchoolLevel.PRIMARY ? 990 : 970) ? 1 : 2);
    LocalDate bornFrom = LocalDate.of(year - age - 1, 9, 1);
    LocalDate birth = bornFrom.plusDays(
        random.nextInt((int) ChronoUnit.DAYS.between(bornFrom, LocalDate.of(year - age, 9, 1))));
    String first17 = school.id().substring(0, 6)
        + padded(birth.getYear() * 10_000 + birth.getMonthValue() * 100 + birth.getDayOfMonth(), 8)
        + padded(random.nextInt(500) * 2 + (male ? 1 : 0), 3);
    ResidentId residentId = ResidentId.parse(first17 + ResidentId.checkCharacterOf(first17));
    List<DivisionCode> villages = school.surveyedVillages();
    EnumSet<PriorityGroup> groups = EnumSet.noneOf(PriorityGroup.class);
    for (Map.Entry<PriorityGroup, Integer> share : shares) {
      if (random.nextInt(1000) < share.getValue()) {
        groups.add(share.getKey());
      }
    }
    b.residentId(residentId)
        .sex(male ? Sex.MALE : Sex.FEMALE)
        .birthDate(birth)
        .schoolId(school.id())
        .grade(grade)
        .village(villages.get(random.nextInt(villages.size())))
        .groups(groups);
    return groups;
  }

  /** Draws the year's absence marks; returns whether they end in a run with no return. */
  private boolean absences(
      SyntheticStudent.Builder b,
      SplittableRandom random,
      SchoolLevel level,
      boolean priority,
      int firstDay) {
    int days = schoolDays.size();
    boolean stopped = false;
    TreeMap<Integer, Boolean> marks = new TreeMap<>();
    int excused = random.nextInt(4);
    for (int i = 0; i < excused; i++) {
      marks.put(firstDay + random.nextInt(days - firstDay), true);
    }
    int sporadic = random.nextInt(100);
    if (sporadic < 30) {
      int day = firstDay + random.nextInt(days - firstDay);
      marks.put(day, false);
      if (sporadic < 6 && day + 1 < days) {
        marks.put(day + 1, false);
      }
    }
    long chance = (long) spec.absenceRunPerMille()
        * 10
        * (level == SchoolLevel.JUNIOR_SECONDARY ? 3 : 1)
        * (priority ? 2 : 1);
    if (random.nextInt(10_000) < chance) {
      int start = random.nextBoolean()
          ? termStarts.get(random.nextInt(termStarts.size())) + random.nextInt(KEY_PERIOD_DAYS)
          : random.nextInt(days);
      start = Math.max(start, firstDay);
      boolean returns = random.nextInt(1000) < spec.returnPerMille();
      int length = returns ? 2 + random.nextInt(25) : 8 + random.nextInt(30);
      int end = Math.min(days, start + length);
      stopped = !returns || end >= days;
      if (!returns) {
        marks.tailMap(start, true).clear();
      }
      for (int d = start; d < end; d++) {
        marks.put(d, false);
      }
      if (returns && end < days) {
        b.returnedOn(schoolDays.get(end));
        marks.remove(end);
      }
    }
    for (Map.Entry<Integer, Boolean> mark : marks.entrySet()) {
      b.addAbsences(new Absence(schoolDays.get(mark.getKey()), mark.getValue()));
    }
    return stopped;
  }

  /** Returns {@code value} in decimal, left-padded with zeros to {@code width} digits. */
  static String padded(int value, int width) {
    String digits = Integer.toString(value);
    return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
  }

  /** SplitMix64-style mixing so neighbouring ordinals get unrelated streams. */
  static long mix(long seed, long ordinal) {
    long z = seed + 0x9E3779B97F4A7C15L * (ordinal + 1);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
