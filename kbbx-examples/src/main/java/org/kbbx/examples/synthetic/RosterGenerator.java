package org.kbbx.examples.synthetic;

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

  RosterGenerator(CountySpec spec, List<LocalDate> schoolDays, List<Integer> termStarts) {
    this.spec = spec;
    this.schoolDays = schoolDays;
    this.termStarts = termStarts;
    this.year = spec.schoolYear().startYear();
    this.shares = List.copyOf(new TreeMap<>(spec.priorityShares()).entrySet());
  }

  SchoolRoster roster(SyntheticSchool school) {
    SplittableRandom random = new SplittableRandom(mix(spec.seed(), school.ordinal()));
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
        if (student(b, random, school, level, grade)) {
          int teacher = 1 + priorityCount++ % (school.teachers() - 1);
          String teacherId = teachers.get(teacher).id();
          b.guarantor(teacherId);
          guarantees.add(new Guarantee(teacherId, number));
        }
        students.add(b.build());
      }
    }
    return new SchoolRoster(school, teachers, students, guarantees);
  }

  /** Fills the builder; returns whether the student gets a guarantor. */
  private boolean student(
      SyntheticStudent.Builder b,
      SplittableRandom random,
      SyntheticSchool school,
      SchoolLevel level,
      Grade grade) {
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
    int entryGrade = school.kind() == SchoolKind.JUNIOR
        ? GRADES.firstGradeOf(SchoolLevel.JUNIOR_SECONDARY).number()
        : 1;
    LocalDate enrolled = LocalDate.of(year - (grade.number() - entryGrade), 9, 1);
    int firstDay = 0;
    if (random.nextInt(1000) < 10) {
      firstDay = 1 + random.nextInt(Math.min(60, schoolDays.size() - 1));
      enrolled = schoolDays.get(firstDay);
    }
    b.residentId(residentId)
        .sex(male ? Sex.MALE : Sex.FEMALE)
        .birthDate(birth)
        .schoolId(school.id())
        .grade(grade)
        .village(villages.get(random.nextInt(villages.size())))
        .groups(groups)
        .enrolled(enrolled);
    absences(b, random, level, !groups.isEmpty(), firstDay);
    return !groups.isEmpty() && random.nextInt(1000) >= spec.guaranteeGapPerMille();
  }

  private void absences(
      SyntheticStudent.Builder b,
      SplittableRandom random,
      SchoolLevel level,
      boolean priority,
      int firstDay) {
    int days = schoolDays.size();
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
