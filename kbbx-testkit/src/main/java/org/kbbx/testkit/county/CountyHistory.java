package org.kbbx.testkit.county;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.school.Grade;
import org.kbbx.core.school.GradeSystem;
import org.kbbx.core.school.SchoolLevel;
import org.kbbx.core.status.EventType;
import org.kbbx.core.status.StatusEvent;
import org.kbbx.core.time.SchoolYear;

/**
 * Writes each student's record history from her intake to the county's school year: the grade of
 * each year (promotions, repeats, 小升初), the schools (feeder primary, transfers within the
 * township, arrivals from outside the county), past suspensions and past runs of absence that end
 * in a return, and the year's own exits (death, moving out of the county, suspension, completion of
 * grade 9). Rates are per 10,000 students and year unless said otherwise.
 */
final class CountyHistory {

  static final int REPEAT_OF_OVER_AGE = 1; // an over-age child repeated once per year over age
  static final int TRANSFER_WITHIN = 200; // per student: moved between schools of the township
  static final int ARRIVAL = 300; // per student: arrived from outside the county
  static final int PAST_SUSPENSION = 60; // per student: one approved suspension in an earlier year
  static final int PAST_RETURN = 120; // per student: one run of absence that ended in a return
  static final int DEATH = 2;
  static final int MOVE_OUT_PRIMARY = 60;
  static final int MOVE_OUT_JUNIOR = 40;
  static final int DROPOUT_PRIMARY = 8;
  static final int DROPOUT_JUNIOR = 60;
  static final int SUSPENSION = 30;

  private static final GradeSystem GRADES = GradeSystem.SIX_THREE;

  private final CountySpec spec;
  private final int year;
  private final int first;
  private final List<List<LocalDate>> days;
  private final List<SyntheticSchool> schools;
  private final List<String> outside;

  CountyHistory(
      CountySpec spec,
      SchoolYear first,
      List<List<LocalDate>> days,
      List<SyntheticSchool> schools,
      List<String> outside) {
    this.spec = spec;
    this.year = spec.schoolYear().startYear();
    this.first = first.startYear();
    this.days = days;
    this.schools = schools;
    this.outside = outside;
  }

  /** One school year of a student's path: the grade and the school of record. */
  private record Step(int year, int grade, String school) {}

  /** What happens in the anchor year besides the path. */
  enum Exit {
    NONE,
    COMPLETE,
    DROP_OUT,
    DEATH,
    MOVE_OUT
  }

  /**
   * Completes a student with her history.
   *
   * @param s the student as generated for her anchor year (her grade and school in that year)
   * @param random the school's history stream
   * @param school her school in the anchor year
   * @param anchor the anchor year (the county's year for a current student, the exit year else)
   * @param exit what ends her record in the anchor year
   * @param stoppedComing whether her marks of the anchor year end in a run with no return
   * @return the student with history, and the marks changed where an exit ends them
   */
  SyntheticStudent complete(
      SyntheticStudent s,
      SplittableRandom random,
      SyntheticSchool school,
      int anchor,
      Exit exit,
      boolean stoppedComing) {
    StudentId id = StudentId.of(s.id());
    List<Step> path = path(s, random, school, anchor);
    Events events = new Events(id);
    TreeMap<LocalDate, Boolean> marks = new TreeMap<>();
    s.absences().forEach(a -> marks.put(a.date(), a.excused()));
    Step start = path.get(0);
    LocalDate enrolled = s.enrolled();
    boolean lateEntry = anchor == year && enrolled.isAfter(LocalDate.of(year, 9, 1));
    if (lateEntry && path.size() == 1 && start.school().equals(school.id())) {
      events.add(enrolled, 0, EventType.ENROL, start.school(), start.grade());
    } else {
      events.add(LocalDate.of(start.year(), 9, 1), 0, EventType.ENROL, start.school(), 1);
    }
    for (int i = 1; i < path.size(); i++) {
      Step before = path.get(i - 1);
      Step now = path.get(i);
      LocalDate sep1 = LocalDate.of(now.year(), 9, 1);
      boolean progress = GRADES.levelOf(Grade.of(before.grade())) == SchoolLevel.PRIMARY
          && GRADES.levelOf(Grade.of(now.grade())) == SchoolLevel.JUNIOR_SECONDARY;
      if (progress) {
        events.add(sep1, 0, EventType.PROGRESS_TO_JUNIOR, now.school(), now.grade());
      } else {
        events.add(
            sep1,
            0,
            now.grade() == before.grade() ? EventType.REPEAT : EventType.PROMOTE,
            null,
            now.grade());
        if (!now.school().equals(before.school())) {
          LocalDate day =
              now.year() == year && lateEntry ? enrolled : sep1.plusDays(3 + random.nextInt(30));
          events.add(day, 10, EventType.TRANSFER_OUT, now.school(), 0);
          events.add(day, 11, EventType.CONFIRM_TRANSFER_IN, now.school(), 0);
        }
      }
    }
    pastEpisodes(events, marks, random, path, anchor);
    Exit effective = exit;
    if (exit == Exit.NONE && anchor == year && !stoppedComing) {
      int draw = random.nextInt(10_000);
      if (draw < DEATH) {
        effective = Exit.DEATH;
      } else if (draw < DEATH + 50) {
        effective = Exit.MOVE_OUT;
      } else if (draw < DEATH + 50 + SUSPENSION && s.returnedOn().isEmpty()) {
        suspension(events, marks, random, anchor);
      }
      if (effective == Exit.NONE
          && s.grade().equals(GRADES.lastGradeOf(SchoolLevel.JUNIOR_SECONDARY))) {
        effective = Exit.COMPLETE;
      }
    }
    List<LocalDate> days = daysOf(anchor);
    switch (effective) {
      case COMPLETE:
        events.add(days.get(days.size() - 1), 0, EventType.COMPLETE, null, 0);
        break;
      case DEATH:
      case MOVE_OUT: {
        int from = Math.max(1, indexAfter(days, enrolled) + 1);
        LocalDate day = days.get(Math.min(
            days.size() - 1, from + random.nextInt(Math.max(1, days.size() - from - 1))));
        marks.tailMap(day, true).clear();
        if (effective == Exit.DEATH) {
          events.add(day, 0, EventType.DEATH, null, 0);
        } else {
          String to = outside.get(random.nextInt(outside.size()));
          events.add(day, 10, EventType.TRANSFER_OUT, to, 0);
          events.add(day, 11, EventType.CONFIRM_TRANSFER_IN, to, 0);
        }
        break;
      }
      case DROP_OUT: {
        int from = Math.max(0, indexAfter(days, enrolled));
        int begin = from + random.nextInt(Math.max(1, days.size() - from - 45));
        int length = 25 + random.nextInt(16);
        for (int d = begin; d < Math.min(days.size(), begin + length); d++) {
          marks.put(days.get(d), false);
        }
        break;
      }
      default:
        break;
    }
    if (effective == Exit.DROP_OUT) {
      // A dropout who never returns leaves the registers when he passes compulsory age (R-AGE-2).
      for (int z = anchor + 1; z <= year; z++) {
        if (Period.between(s.birthDate(), LocalDate.of(z, 8, 31)).getYears() > 15) {
          events.add(LocalDate.of(z, 9, 1), 0, EventType.AGE_OUT, null, 0);
          break;
        }
      }
    }
    s.returnedOn().ifPresent(day -> events.add(day, 2_000, EventType.RETURN, null, 0));
    SyntheticStudent.Builder b = SyntheticStudent.builder().from(s).history(events.list);
    List<Absence> absences = new ArrayList<>();
    marks.forEach((day, excused) -> absences.add(new Absence(day, excused)));
    b.absences(absences);
    if (anchor != year || effective == Exit.DEATH || effective == Exit.MOVE_OUT) {
      b.leftIn(SchoolYear.of(anchor));
    }
    return b.build();
  }

  /** The student's years from intake to the anchor year, oldest first. */
  private List<Step> path(
      SyntheticStudent s, SplittableRandom random, SyntheticSchool school, int anchor) {
    int grade = s.grade().number();
    int over = Period.between(s.birthDate(), LocalDate.of(anchor, 8, 31)).getYears() - (grade + 5);
    int repeats = Math.max(0, Math.min(over * REPEAT_OF_OVER_AGE, grade));
    int[] perGrade = new int[grade + 1];
    for (int h = 1; h <= grade; h++) {
      perGrade[h] = 1;
    }
    for (int r = 0; r < repeats; r++) {
      perGrade[1 + random.nextInt(grade)]++;
    }
    int total = 0;
    for (int h = 1; h <= grade; h++) {
      total += perGrade[h];
    }
    boolean lateEntry = anchor == year && s.enrolled().isAfter(LocalDate.of(year, 9, 1));
    if (lateEntry && grade == 1) {
      total = 1;
      perGrade[1] = 1;
    }
    SchoolLevel level = GRADES.levelOf(s.grade());
    String primarySchool = school.id();
    if (level == SchoolLevel.JUNIOR_SECONDARY
        && (school.kind() == SchoolKind.JUNIOR || random.nextInt(100) < 20)) {
      primarySchool = feeder(school, random);
    }
    List<Step> path = new ArrayList<>(total);
    int y = anchor - total + 1;
    for (int h = 1; h <= grade; h++) {
      for (int k = 0; k < perGrade[h] && path.size() < total; k++) {
        boolean junior = GRADES.levelOf(Grade.of(h)) == SchoolLevel.JUNIOR_SECONDARY;
        path.add(new Step(y++, h, junior ? school.id() : primarySchool));
      }
    }
    if (path.size() > 1) {
      int draw = random.nextInt(10_000);
      if (lateEntry || draw < ARRIVAL) {
        int until = lateEntry ? path.size() - 1 : 1 + random.nextInt(path.size() - 1);
        String from = outside.get(random.nextInt(outside.size()));
        replaceSchool(path, until, from, null);
      } else if (draw < ARRIVAL + TRANSFER_WITHIN) {
        int until = 1 + random.nextInt(path.size() - 1);
        SchoolLevel movedLevel = GRADES.levelOf(Grade.of(path.get(until).grade()));
        String at = path.get(until).school();
        String other = other(at, movedLevel, random);
        if (other != null) {
          replaceSchool(path, until, other, movedLevel);
        }
      }
    }
    return path;
  }

  /** Steps before {@code until} (of {@code level}, or all when null) move to {@code school}. */
  private static void replaceSchool(List<Step> path, int until, String school, SchoolLevel level) {
    for (int i = 0; i < until; i++) {
      Step step = path.get(i);
      if (level == null || GRADES.levelOf(Grade.of(step.grade())) == level) {
        path.set(i, new Step(step.year(), step.grade(), school));
      }
    }
  }

  /** A primary-level school of the township, by chance in proportion to its primary students. */
  private String feeder(SyntheticSchool junior, SplittableRandom random) {
    long total = 0;
    for (SyntheticSchool s : schools) {
      if (s.township().equals(junior.township())) {
        total += s.primaryStudents();
      }
    }
    if (total == 0) {
      return junior.id();
    }
    long pick = random.nextLong(total);
    for (SyntheticSchool s : schools) {
      if (s.township().equals(junior.township())) {
        pick -= s.primaryStudents();
        if (pick < 0) {
          return s.id();
        }
      }
    }
    return junior.id();
  }

  /** Another school of the same township teaching {@code level}, or null. */
  private String other(String schoolId, SchoolLevel level, SplittableRandom random) {
    SyntheticSchool at = null;
    for (SyntheticSchool s : schools) {
      if (s.id().equals(schoolId)) {
        at = s;
      }
    }
    if (at == null) {
      return null;
    }
    List<String> others = new ArrayList<>();
    for (SyntheticSchool s : schools) {
      if (s != at && s.township().equals(at.township()) && s.students(level) > 0) {
        others.add(s.id());
      }
    }
    return others.isEmpty() ? null : others.get(random.nextInt(others.size()));
  }

  /** A past suspension and a past run of absence ending in a return, each by chance. */
  private void pastEpisodes(
      Events events,
      TreeMap<LocalDate, Boolean> marks,
      SplittableRandom random,
      List<Step> path,
      int anchor) {
    List<Integer> quiet = new ArrayList<>();
    for (int i = 0; i < path.size(); i++) {
      int y = path.get(i).year();
      boolean moved = i > 0 && !path.get(i).school().equals(path.get(i - 1).school());
      if (y >= first && y < anchor && !moved && !outside.contains(path.get(i).school())) {
        quiet.add(y);
      }
    }
    if (quiet.isEmpty()) {
      return;
    }
    int draw = random.nextInt(10_000);
    if (draw < PAST_SUSPENSION) {
      suspension(events, marks, random, quiet.get(random.nextInt(quiet.size())));
    } else if (draw < PAST_SUSPENSION + PAST_RETURN) {
      List<LocalDate> days = daysOf(quiet.get(random.nextInt(quiet.size())));
      int begin = 20 + random.nextInt(days.size() - 70);
      int length = 6 + random.nextInt(30);
      for (int d = begin; d < begin + length; d++) {
        marks.put(days.get(d), false);
      }
      events.add(days.get(begin + length), 2_000, EventType.RETURN, null, 0);
    }
  }

  /** An approved suspension of about two months inside year {@code y}, then the resumption. */
  private void suspension(
      Events events, TreeMap<LocalDate, Boolean> marks, SplittableRandom random, int y) {
    List<LocalDate> days = daysOf(y);
    int begin = 25 + random.nextInt(days.size() - 80);
    LocalDate from = days.get(begin);
    LocalDate until = days.get(begin + 40);
    marks.subMap(from, true, until, true).clear();
    events.addUntil(from, EventType.SUSPEND, until);
    events.add(until, 0, EventType.RESUME, null, 0);
  }

  private List<LocalDate> daysOf(int y) {
    return days.get(y - first);
  }

  private static int indexAfter(List<LocalDate> days, LocalDate day) {
    int i = 0;
    while (i < days.size() && days.get(i).isBefore(day)) {
      i++;
    }
    return i;
  }

  /** The student's status events, numbered in the order written. */
  private static final class Events {
    final StudentId student;
    final List<StatusEvent> list = new ArrayList<>();

    Events(StudentId student) {
      this.student = student;
    }

    void add(LocalDate day, long sequence, EventType type, String school, int grade) {
      StatusEvent.Builder b = StatusEvent.builder()
          .id(student.unmasked() + ":" + list.size())
          .student(student)
          .effectiveDate(day)
          .sequence(sequence)
          .type(type);
      if (school != null) {
        b.school(SchoolId.of(school));
      }
      if (grade > 0) {
        b.grade(Grade.of(grade));
      }
      list.add(b.build());
    }

    void addUntil(LocalDate day, EventType type, LocalDate until) {
      list.add(StatusEvent.builder()
          .id(student.unmasked() + ":" + list.size())
          .student(student)
          .effectiveDate(day)
          .sequence(0)
          .type(type)
          .until(until)
          .build());
    }
  }
}
