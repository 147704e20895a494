package org.kbbx.benchmarks;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.responsibility.Role;
import org.kbbx.core.school.Grade;
import org.kbbx.core.status.EventType;
import org.kbbx.core.status.StatusEvent;
import org.kbbx.core.status.StudentTimeline;
import org.kbbx.core.time.SchoolCalendar;
import org.kbbx.core.time.SchoolYear;
import org.kbbx.rules.casework.CaseEvent;
import org.kbbx.rules.casework.CaseMachine;
import org.kbbx.rules.casework.CaseStep;
import org.kbbx.rules.casework.Evidence;
import org.kbbx.rules.casework.ReturnCase;
import org.kbbx.rules.escalation.EscalationInput;
import org.kbbx.rules.escalation.EscalationLedger;
import org.kbbx.rules.escalation.MarkKind;
import org.kbbx.rules.file.CountyDay;
import org.kbbx.rules.file.CountyFile;
import org.kbbx.rules.file.FileInput;
import org.kbbx.rules.file.FileKeeper;
import org.kbbx.testkit.county.SyntheticCalendar;

/**
 * The inputs and library calls of {@link ArrivalOrderBenchmark} (issue 19, docs/rules.md §11:
 * linear or n log n for any arrival order): one student's status events, her file's inputs, a
 * return-persuasion case's steps and a county's attendance marks, each in three arrival orders.
 * Only library entry points are called; the {@code kbbx evaluate} command's per-student path is
 * {@link FileKeeper#student}.
 */
final class ArrivalOrderWorkloads {

  /** The order inputs arrive in. */
  enum Order {
    /** Oldest first, as they happened. */
    SORTED,
    /** Newest first: every input is back-dated against all given before it. */
    NEWEST_FIRST,
    /** A fixed pseudo-random permutation (seed 19). */
    SHUFFLED;

    /** The positions 0 … n-1 in this order. */
    int[] positions(int n) {
      List<Integer> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(i);
      }
      if (this == NEWEST_FIRST) {
        Collections.reverse(out);
      } else if (this == SHUFFLED) {
        Collections.shuffle(out, new Random(19));
      }
      return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The inputs in this order, each copied (with new ids and dates) when its turn comes: in
     * memory they lie in arrival order, as when a vendor parses them from a file. (Reading inputs
     * made in date order in another order adds cache misses that belong to the caller's memory
     * layout, not to the library's work: 1.8–2.5× on the one-call county replay.)
     */
    <T> List<T> arrange(List<T> sorted, UnaryOperator<T> copy) {
      List<T> out = new ArrayList<>(sorted.size());
      for (int i : positions(sorted.size())) {
        out.add(copy.apply(sorted.get(i)));
      }
      return out;
    }
  }

  static final StudentId STUDENT = StudentId.of("A1");
  static final LocalDate FIRST = LocalDate.of(1995, 9, 1);

  /** School years 1995-1996 … 2090-2091: room for 32,000 days of events and of school days. */
  static final SchoolCalendar CALENDAR =
      SyntheticCalendar.forYears(SchoolYear.of(1995), SchoolYear.of(2090));

  static final FileKeeper KEEPER = FileKeeper.of(
      org.kbbx.rules.profile.Profiles.builtIn().effective("XX_COUNTY_2023").get(), CALENDAR);

  private ArrivalOrderWorkloads() {}

  /** Event i of a student's n legal events on consecutive days: an enrolment, then leave pairs. */
  static StatusEvent event(int i) {
    if (i == 0) {
      return StatusEvent.builder()
          .id("e0")
          .student(StudentId.of("A1"))
          .effectiveDate(LocalDate.of(1995, 9, 1))
          .sequence(0)
          .type(EventType.ENROL)
          .school(SchoolId.of("S1"))
          .grade(Grade.of(1))
          .build();
    }
    EventType type = i % 2 == 1 ? EventType.START_LEAVE : EventType.END_LEAVE;
    return StatusEvent.of(
        "e" + i, StudentId.of("A1"), LocalDate.of(1995, 9, 1).plusDays(i), i, type);
  }

  /** n events in date order. */
  static List<StatusEvent> events(int n) {
    List<StatusEvent> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(event(i));
    }
    return out;
  }

  /** n events as file inputs, as {@code kbbx evaluate} hands them to the library. */
  static List<FileInput> statusInputs(int n) {
    List<FileInput> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(FileInput.of(event(i)));
    }
    return out;
  }

  /** A new student id equal to {@code id}, its string's characters copied too. */
  private static StudentId copy(StudentId id) {
    return StudentId.of(copy(id.unmasked()));
  }

  /**
   * A new string equal to {@code s} with its own characters: {@code new String(s)} would share
   * the original's character array, which lies where the sorted original was made, so every read
   * of the copy's characters would follow the sorted order's layout, not the arrival order's.
   */
  private static String copy(String s) {
    return new String(s.toCharArray());
  }

  /** A new date equal to {@code date}. */
  private static LocalDate copy(LocalDate date) {
    return LocalDate.ofEpochDay(date.toEpochDay());
  }

  /** A new status event equal to {@code e}, with new id, student and date. */
  static StatusEvent copy(StatusEvent e) {
    return StatusEvent.builder()
        .from(e)
        .id(copy(e.id()))
        .student(copy(e.student()))
        .effectiveDate(copy(e.effectiveDate()))
        .build();
  }

  /** A new file input equal to {@code input} (status events and marks). */
  static FileInput copy(FileInput input) {
    if (input instanceof FileInput.Status) {
      return FileInput.of(copy(((FileInput.Status) input).event()));
    }
    EscalationInput.Mark m = ((FileInput.Attendance) input).mark();
    return FileInput.of(new EscalationInput.Mark(copy(m.studentId()), copy(m.date()), m.kind()));
  }

  /** A new case step equal to {@code e}, with a new date. */
  static CaseEvent copy(CaseEvent e) {
    CaseEvent.Step s = (CaseEvent.Step) e;
    return new CaseEvent.Step(s.step(), copy(s.on()), s.actor(), s.evidence());
  }

  /**
   * n inputs of one student's file, in date order: n/2 status events (an enrolment, then leave
   * pairs, one every two days) and n/2 attendance marks on the first school days from {@link
   * #FIRST}, every fifth absent without reason.
   */
  static List<FileInput> mixedInputs(int n) {
    List<FileInput> out = new ArrayList<>(n);
    List<StatusEvent> events = new ArrayList<>();
    events.add(events(1).get(0));
    for (int i = 1; i < n / 2; i++) {
      EventType type = i % 2 == 1 ? EventType.START_LEAVE : EventType.END_LEAVE;
      events.add(StatusEvent.of("e" + i, STUDENT, FIRST.plusDays(2L * i), i, type));
    }
    List<FileInput> marks = new ArrayList<>();
    LocalDate d = FIRST;
    for (int k = 0; marks.size() < n - events.size(); d = d.plusDays(1)) {
      if (CALENDAR.isSchoolDay(d)) {
        MarkKind kind = k++ % 5 == 0 ? MarkKind.ABSENT_WITHOUT_REASON : MarkKind.PRESENT;
        marks.add(FileInput.of(new EscalationInput.Mark(STUDENT, d, kind)));
      }
    }
    int e = 0;
    int m = 0;
    while (e < events.size() || m < marks.size()) {
      if (m == marks.size()
          || (e < events.size()
              && !events.get(e).effectiveDate().isAfter(marks.get(m).date()))) {
        out.add(FileInput.of(events.get(e++)));
      } else {
        out.add(marks.get(m++));
      }
    }
    return out;
  }

  /** The last date of the inputs, the as-of date of the pictures. */
  static LocalDate lastDate(List<FileInput> sorted) {
    return sorted.get(sorted.size() - 1).date();
  }

  /** The case machine of the keeper's profile. */
  static CaseMachine caseMachine() {
    return KEEPER.caseMachine();
  }

  /**
   * n contact steps of one case on consecutive days from its opening: the first is taken, every
   * later one is kept as a rejection (R-SM-3) — the machine's full decision for each.
   */
  static List<CaseEvent> caseSteps(int n) {
    List<CaseEvent> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      LocalDate on = FIRST.plusDays(i % 30_000);
      out.add(new CaseEvent.Step(
          CaseStep.CONTACT, on, Role.SCHOOL, Evidence.of(CaseStep.CONTACT.evidence(), "D")));
    }
    return out;
  }

  /** Records the steps into one case opened on {@link #FIRST}. */
  static ReturnCase recordAll(CaseMachine machine, List<CaseEvent> steps) {
    ReturnCase c = machine.open(STUDENT, FIRST, Option.none());
    for (CaseEvent step : steps) {
      c = machine.record(c, step);
    }
    return c;
  }

  /** The first {@code days} school days of the calendar's 2023-2024 school year. */
  static List<LocalDate> schoolDays(int days) {
    List<LocalDate> out = new ArrayList<>(days);
    for (LocalDate d = LocalDate.of(2023, 9, 1); out.size() < days; d = d.plusDays(1)) {
      if (CALENDAR.isSchoolDay(d)) {
        out.add(d);
      }
    }
    return out;
  }

  /**
   * A county's marks by day: {@code students} students on {@code days} school days; one student
   * in ten is absent without reason from the tenth day on (suspected, then a pending dropout),
   * the others absent on one day in seven.
   */
  static List<List<FileInput>> countyMarks(int students, List<LocalDate> days) {
    List<List<FileInput>> out = new ArrayList<>(days.size());
    for (int k = 0; k < days.size(); k++) {
      List<FileInput> day = new ArrayList<>(students);
      for (int s = 0; s < students; s++) {
        boolean absent = s % 10 == 0 ? k >= 10 : (s + k) % 7 == 0;
        day.add(FileInput.of(new EscalationInput.Mark(
            StudentId.of("C" + s),
            days.get(k),
            absent ? MarkKind.ABSENT_WITHOUT_REASON : MarkKind.PRESENT)));
      }
      out.add(day);
    }
    return out;
  }

  /** The enrolments of the county's students, dated the school year's first day. */
  static List<FileInput> enrolments(int students) {
    List<FileInput> out = new ArrayList<>(students);
    for (int s = 0; s < students; s++) {
      out.add(FileInput.of(StatusEvent.builder()
          .id("enrol")
          .student(StudentId.of("C" + s))
          .effectiveDate(LocalDate.of(2023, 9, 1))
          .sequence(0)
          .type(EventType.ENROL)
          .school(SchoolId.of("S1"))
          .grade(Grade.of(7))
          .build()));
    }
    return out;
  }

  /**
   * Feeds the county file one call per day of marks, the days as {@link #arrangeDays} gives them
   * for {@code order}: sorted is the county's usual day by day; newest first or shuffled makes
   * each call back-dated for every student (each call is fed as of the last day).
   *
   * @return the number of alerts raised and withdrawn, so that nothing is optimised away
   */
  static long feedCountyByDay(List<FileInput> enrolments, List<List<FileInput>> days, Order order) {
    LocalDate first =
        days.stream().map(d -> d.get(0).date()).min(LocalDate::compareTo).get();
    LocalDate last =
        days.stream().map(d -> d.get(0).date()).max(LocalDate::compareTo).get();
    CountyDay fed = KEEPER.feedDay(CountyFile.empty(), first, enrolments);
    CountyFile county = fed.county();
    long out = 0;
    for (List<FileInput> day : days) {
      LocalDate on = order == Order.SORTED ? day.get(0).date() : last;
      fed = KEEPER.feedDay(county, on, day);
      county = fed.county();
      out +=
          fed.alerts().size() + fed.withdrawnAlerts().size() + fed.rejections().size();
    }
    return out + county.size();
  }

  /** The days in {@code order}, each day's marks copied in turn. */
  static List<List<FileInput>> arrangeDays(List<List<FileInput>> byDay, Order order) {
    List<List<FileInput>> out = new ArrayList<>(byDay.size());
    for (int k : order.positions(byDay.size())) {
      List<FileInput> day = new ArrayList<>(byDay.get(k).size());
      for (FileInput input : byDay.get(k)) {
        day.add(copy(input));
      }
      out.add(day);
    }
    return out;
  }

  /** The enrolments, then every mark of every day in {@code order}, copied in turn. */
  static List<FileInput> arrangeReplay(
      List<FileInput> enrolments, List<List<FileInput>> byDay, Order order) {
    List<FileInput> marks = new ArrayList<>();
    byDay.forEach(marks::addAll);
    List<FileInput> all = new ArrayList<>(enrolments);
    all.addAll(order.arrange(marks, ArrivalOrderWorkloads::copy));
    return all;
  }

  /** Replays the county from all its inputs in one call, as of their last day. */
  static long replayCounty(List<FileInput> inputs) {
    LocalDate last =
        inputs.stream().map(FileInput::date).max(LocalDate::compareTo).get();
    CountyDay fed = KEEPER.replay(inputs, last);
    return fed.alerts().size() + fed.rejections().size() + fed.county().size();
  }

  /**
   * Feeds the escalation ledger one call per day of marks, the days as given: a ledger takes
   * each student's inputs in date order, so a mark older than one already taken is rejected
   * {@code ESC_OUT_OF_ORDER} (kept, R-SM-3) at O(1).
   */
  static long feedLedger(List<List<FileInput>> days) {
    EscalationLedger ledger = EscalationLedger.empty(KEEPER.escalation());
    long out = 0;
    for (List<FileInput> day : days) {
      List<EscalationInput> marks = new ArrayList<>(day.size());
      for (FileInput input : day) {
        marks.add(((FileInput.Attendance) input).mark());
      }
      EscalationLedger.LedgerDay fed = ledger.feed(day.get(0).date(), marks);
      ledger = fed.ledger();
      out += fed.alerts().size() + fed.rejections().size();
    }
    return out + ledger.pendingDropouts();
  }

  /** The timeline of the events, replayed (its current status asked) — via {@code withAll}. */
  static Object timelineWithAll(List<StatusEvent> events) {
    return StudentTimeline.of(STUDENT).withAll(events).current();
  }

  /** The same one event at a time via {@code with}, then replayed. */
  static Object timelineOneByOne(List<StatusEvent> events) {
    StudentTimeline t = StudentTimeline.of(STUDENT);
    for (StatusEvent e : events) {
      t = t.with(e);
    }
    return t.current();
  }

  /** {@code kbbx evaluate}'s per-student library call: the student's picture from her inputs. */
  static Object fileStudent(List<FileInput> inputs, LocalDate asOf) {
    return KEEPER.student(STUDENT, inputs, asOf).status();
  }

  /** Each order's arrangement of the same sorted list, copied in arrival order, made once. */
  static <T> Map<Order, List<T>> arranged(List<T> sorted, UnaryOperator<T> copy) {
    Map<Order, List<T>> out = new java.util.EnumMap<>(Order.class);
    for (Order o : Order.values()) {
      out.put(o, o.arrange(sorted, copy));
    }
    return out;
  }
}
