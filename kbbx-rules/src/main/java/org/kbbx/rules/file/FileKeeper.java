package org.kbbx.rules.file;

import io.vavr.collection.HashSet;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.TreeMap;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.internal.StudentIdCode;
import org.kbbx.core.responsibility.Organisation;
import org.kbbx.core.status.StatusEvent;
import org.kbbx.core.status.StatusMachine;
import org.kbbx.core.status.StatusSpan;
import org.kbbx.core.status.StudentTimeline;
import org.kbbx.core.time.SchoolCalendar;
import org.kbbx.rules.casework.CaseMachine;
import org.kbbx.rules.escalation.AbsenceEscalation;
import org.kbbx.rules.escalation.Alert;
import org.kbbx.rules.escalation.EscalationInput;
import org.kbbx.rules.escalation.EscalationNumbers;
import org.kbbx.rules.escalation.EscalationStep;
import org.kbbx.rules.escalation.MarkKind;
import org.kbbx.rules.escalation.StudentEscalation;
import org.kbbx.rules.internal.ChainLog;
import org.kbbx.rules.internal.ChainReader;
import org.kbbx.rules.internal.CountingRanks;
import org.kbbx.rules.internal.RowReader;
import org.kbbx.rules.internal.StudentColumns;
import org.kbbx.rules.internal.StudentTable;
import org.kbbx.rules.profile.EffectiveProfile;

/**
 * Keeps student files under one profile, one school calendar and (optionally) one organisation:
 * the library's composition of the status machine (§4), the absence escalation (§5), the
 * return-persuasion cases (§6) and the routing (§7), R-FILE-1..5.
 *
 * <p>Inputs — core {@link StatusEvent}s, attendance marks and case events, wrapped as {@link
 * FileInput} — go into plain-data files in any arrival order; answers come for any as-of date:
 *
 * <pre>{@code
 * FileKeeper keeper = FileKeeper.of(profile, calendar).withOrganisation(organisation);
 * CountyDay today = keeper.feedDay(county, day, inputsOfTheDay);   // R-FILE-3, R-FILE-4
 * county = today.county();                                           // plain data: save it
 * StudentPicture p = keeper.picture(county, student, asOf);          // R-FILE-1
 * }</pre>
 *
 * <p>Consistent by construction (R-FILE-2): a mark counts only on a day the student's own
 * timeline has her expected at school (attending, borrowed, special school, suspected or dropped
 * out); on leave, suspended, home education, studying elsewhere, abroad and every other state it
 * is excused. A status event dated before what was derived re-derives the student from the start
 * (linear in her file). A case event goes to the case open on its date, or is rejected {@code
 * FILE_NO_OPEN_CASE}. Nothing throws for any input (R-FILE-5): bad input is a {@link
 * FileRejection}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FileKeeper {

  private final EffectiveProfile profile;
  private final SchoolCalendar calendar;
  private final Option<Organisation> organisation;
  private final StatusMachine machine;
  private final AbsenceEscalation escalation;
  private final CaseMachine caseMachine;
  private final FileRouting routing;

  private FileKeeper(
      EffectiveProfile profile, SchoolCalendar calendar, Option<Organisation> organisation) {
    this.profile = profile;
    this.calendar = calendar;
    this.organisation = organisation;
    this.machine = StatusMachine.of(profile.machineParameters());
    this.escalation = AbsenceEscalation.of(profile.escalationRules(), calendar);
    this.caseMachine =
        CaseMachine.of(profile.caseDeadlineMap(), profile.exclusions().value(), calendar);
    this.routing = FileRouting.of(profile, organisation);
  }

  /**
   * Returns a keeper for a profile and a calendar, without an organisation (routes name roles only).
   *
   * @param profile the resolved profile, not null
   * @param calendar the school calendar the streaks and deadlines count on, not null
   * @return the keeper
   */
  public static FileKeeper of(EffectiveProfile profile, SchoolCalendar calendar) {
    return new FileKeeper(
        Objects.requireNonNull(profile, "profile"),
        Objects.requireNonNull(calendar, "calendar"),
        Option.none());
  }

  /**
   * Returns this keeper routing alerts and case steps over an organisation (R-RC-6).
   *
   * @param organisation the county's organisation, not null
   * @return the keeper
   */
  public FileKeeper withOrganisation(Organisation organisation) {
    return new FileKeeper(
        profile, calendar, Option.some(Objects.requireNonNull(organisation, "organisation")));
  }

  /**
   * Returns the profile.
   *
   * @return the profile
   */
  public EffectiveProfile profile() {
    return profile;
  }

  /**
   * Returns the school calendar.
   *
   * @return the school calendar
   */
  public SchoolCalendar calendar() {
    return calendar;
  }

  /**
   * Returns the organisation, if any.
   *
   * @return the organisation, if any
   */
  public Option<Organisation> organisation() {
    return organisation;
  }

  /**
   * Returns the status machine the profile implies: its dropout rule and suspension limits
   * (R-ABS-3, R-SM-7).
   *
   * @return the machine
   */
  public StatusMachine machine() {
    return machine;
  }

  /**
   * Returns the absence-escalation engine of the profile over the calendar.
   *
   * @return the engine
   */
  public AbsenceEscalation escalation() {
    return escalation;
  }

  /**
   * Returns the case machine of the profile: its step deadlines and exclusion rules.
   *
   * @return the machine
   */
  public CaseMachine caseMachine() {
    return caseMachine;
  }

  FileRouting routing() {
    return routing;
  }

  // ---------------------------------------------------------------- one student

  /**
   * Adds inputs, in any order and of any dates, to one student's file (R-FILE-1, R-FILE-2).
   *
   * @param file the file, not null (for example {@link StudentFile#empty})
   * @param inputs the inputs; null or null elements are rejected, inputs about another student
   *     are rejected {@code FILE_WRONG_STUDENT}
   * @return the file afterwards, and every input applied or rejected
   */
  public StudentFiling file(StudentFile file, Iterable<? extends FileInput> inputs) {
    return filed(file, inputs).filing();
  }

  /** A filing, and the timeline of its file's status events when one was built (else null). */
  private record Filed(StudentFiling filing, StudentTimeline base) {}

  private Filed filed(StudentFile file, Iterable<? extends FileInput> inputs) {
    Objects.requireNonNull(file, "file");
    Object[] inputArray = array(inputs);
    List<FileInput> given = inputsIn(inputArray);
    FileRejection[] rejections = new FileRejection[given.size()];
    List<FileInput> checked = new ArrayList<>();
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      FileRefusal refusal = check(given.get(i), null);
      if (refusal == null && !given.get(i).student().equals(file.student())) {
        refusal = FileRefusal.WRONG_STUDENT;
      }
      if (refusal != null) {
        rejections[i] = new FileRejection.Refused(given.get(i), refusal);
      } else {
        checked.add(given.get(i));
        at.add(i);
      }
    }
    Intake.Result result = Intake.take(this, file, checked, null);
    for (int k = 0; k < checked.size(); k++) {
      rejections[at.get(k)] = result.rejections()[k];
    }
    List<FileRejection> rejected = new ArrayList<>();
    List<FileInput> applied = split(inputArray, rejections, rejected);
    return new Filed(new StudentFiling(result.file(), applied, rejected), result.base());
  }

  /**
   * Returns one student's whole picture as of a date from her inputs, in one call (R-FILE-1):
   * the inputs refused on the way in (null, out of range, duplicate, another student's) come
   * first among the picture's rejections.
   *
   * @param student the student, not null
   * @param inputs the inputs, in any order; see {@link #file}
   * @param asOf the as-of date, not null
   * @return the picture
   */
  public StudentPicture student(
      StudentId student, Iterable<? extends FileInput> inputs, LocalDate asOf) {
    Filed filed = filed(StudentFile.empty(student), inputs);
    StudentFiling filing = filed.filing();
    StudentPicture picture = picture(filing.file(), asOf, filed.base());
    Seq<FileRejection> refused = Vector.empty();
    for (FileRejection r : filing.rejections()) {
      if (r instanceof FileRejection.Refused
          && ((FileRejection.Refused) r).reason() != FileRefusal.NO_OPEN_CASE) {
        refused = refused.append(r);
      }
    }
    return refused.isEmpty()
        ? picture
        : new StudentPicture(
            picture.student(),
            picture.asOf(),
            picture.status(),
            picture.history(),
            picture.absenceStreak(),
            picture.alerts(),
            picture.derived(),
            picture.cases(),
            refused.appendAll(picture.rejections()),
            picture.timeline());
  }

  /**
   * Returns a student's whole picture as of a date from her file (R-FILE-1): O(her file) for
   * a past date, O(1) plus the status replay on or after the file's derived day.
   *
   * @param file the file, not null
   * @param asOf the as-of date, not null
   * @return the picture
   */
  public StudentPicture picture(StudentFile file, LocalDate asOf) {
    return picture(file, asOf, null);
  }

  /** The picture, reusing {@code known}, the timeline of the file's status events, if not null. */
  private StudentPicture picture(StudentFile file, LocalDate asOf, StudentTimeline known) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(asOf, "asOf");
    StudentId student = file.student();
    StudentFile.Derived d = file.derived();
    StudentTimeline base = known;
    Seq<Alert> alerts;
    Seq<StatusEvent> derived;
    StudentEscalation state;
    if (d.through().isDefined() && !asOf.isBefore(d.through().get())) {
      EscalationStep step = escalation.advance(student, d.escalation(), asOf).get(); // both set
      alerts = d.alerts().appendAll(step.alerts());
      derived = d.events().appendAll(step.events());
      state = step.state();
    } else {
      Derivation.Run run = Derivation.derive(
          this, student, file.events(), file.marks(), d.through().isDefined() ? asOf : null);
      alerts = run.derived().alerts();
      derived = run.derived().events();
      state = run.derived().escalation();
      base = run.base();
    }
    if (base == null) {
      base = StudentTimeline.of(student, machine).withAll(file.events());
    }
    StudentTimeline timeline = base.withAll(derived);
    Seq<StatusSpan> spans = timeline.spans();
    Seq<StatusSpan> history = Vector.empty();
    if (spans.isEmpty() || !spans.last().from().isAfter(asOf)) {
      history = spans; // the usual as-of date, on or after the last change
    } else {
      for (StatusSpan span : spans) {
        if (span.from().isAfter(asOf)) {
          break;
        }
        history = history.append(span);
      }
    }
    Seq<FileAlert> routed = alerts.map(a -> new FileAlert(a, routing.forAlert(student, a.code())));
    Cases.Run cases = Cases.of(this, student, timeline, file.caseEvents(), asOf);
    Seq<FileRejection> rejections = cases.rejections();
    for (var entry : timeline.entries()) {
      if (entry.rejection().isEmpty()) {
        continue; // no date read for an entry that does not count here
      }
      if (entry.event().effectiveDate().isAfter(asOf)) {
        break;
      }
      rejections = rejections.append(new FileRejection.StatusRejected(
          FileInput.of(entry.event()), entry.rejection().get()));
    }
    return new StudentPicture(
        student,
        asOf,
        timeline.statusOn(asOf),
        history,
        state.streakLengthOn(calendar, asOf),
        routed,
        derived,
        cases.cases(),
        rejections,
        timeline);
  }

  // ---------------------------------------------------------------- county

  /**
   * Returns a county's student's picture as of a date (R-FILE-1).
   *
   * @param county the county file, not null
   * @param student the student, not null
   * @param asOf the as-of date, not null
   * @return the picture; that of an empty file when the county holds nothing for the student
   */
  public StudentPicture picture(CountyFile county, StudentId student, LocalDate asOf) {
    Objects.requireNonNull(county, "county");
    Objects.requireNonNull(student, "student");
    return picture(county.student(student).getOrElse(StudentFile.empty(student)), asOf);
  }

  /**
   * Replays a county from nothing: every input, in any order, fed as one batch for {@code day}
   * (R-FILE-3: the same county file as feeding the inputs day by day up to {@code day}).
   *
   * @param inputs the inputs, in any order; null elements are rejected
   * @param day the day the county is fed through; inputs dated later are rejected
   * @return the county file and every input applied or rejected
   */
  public CountyDay replay(Iterable<? extends FileInput> inputs, LocalDate day) {
    return feedDay(CountyFile.empty(), day, inputs);
  }

  /**
   * Feeds a county one day (R-FILE-3, R-FILE-4): every input of the day — typically all marks of
   * one school day, with the day's status events and case events — and runs the dropout rule for
   * every student whose waiting period ends on or before {@code day}.
   *
   * <p>Cost: a mark dated after everything derived for its student costs O(1) amortised; a
   * status event, a case event or a back-dated mark costs a replay of that one student's file;
   * plus O(log n) per student whose pending dropout moves. Students without input are not
   * touched. Inputs of earlier days are welcome (R-SM-4); inputs dated after {@code day} are
   * rejected {@code FILE_AFTER_DAY}, and a {@code day} before {@link CountyFile#day()} rejects the
   * whole call ({@code FILE_DAY_PASSED}).
   *
   * @param county the county file; null rejects every input ({@code NULL_FILE}) and gives
   *     back an empty county file
   * @param day the day, null rejects every input ({@code FILE_NULL_DAY})
   * @param inputs the inputs in any order, null treated as none, null elements rejected
   * @return the next county file and the call's outputs; every input applied or rejected
   */
  public CountyDay feedDay(CountyFile county, LocalDate day, Iterable<? extends FileInput> inputs) {
    Object[] inputArray = array(inputs);
    if (county == null
        || day == null
        || (county.day().isDefined() && day.isBefore(county.day().get()))) {
      FileRefusal all = county == null
          ? FileRefusal.NULL_FILE
          : day == null ? FileRefusal.NULL_DAY : FileRefusal.DAY_PASSED;
      List<FileInput> given = inputsIn(inputArray);
      List<FileRejection> rejected = new ArrayList<>(given.size());
      for (FileInput input : given) {
        rejected.add(new FileRejection.Refused(input, all));
      }
      return new CountyDay(
          county == null ? CountyFile.empty() : county,
          List.of(),
          rejected,
          List.of(),
          List.of(),
          List.of(),
          List.of());
    }
    Day run = new Day(this, county, day);
    int size = inputArray.length;
    // The marks of students with marks only, in near slot order (ties in input order): one
    // sweep through the county's columns instead of a cache miss per mark. What they raise is put
    // back in input order afterwards. A student with any other input (even a refused one) is
    // taken slowly.
    Sweep sweep = new Sweep(run, inputArray, day);
    sweep.run();
    boolean[] taken = sweep.taken;
    run.inInputOrder(size);
    // A status or case event, a back-dated mark, or any later mark of a student with one of
    // those: taken with the student's other inputs in one replay of her file.
    if (sweep.takenCount < size) {
      Map<StudentId, List<Integer>> slow = new LinkedHashMap<>();
      // The sweep read every input: each one neither rejected nor taken is a FileInput.
      List<FileInput> given = FrozenList.over(inputArray, size);
      for (int i = 0; i < size; i++) {
        if (sweep.rejection(i) == null && !taken[i]) {
          slow.computeIfAbsent(given.get(i).student(), k -> new ArrayList<>()).add(i);
        }
      }
      for (Map.Entry<StudentId, List<Integer>> e : slow.entrySet()) {
        List<FileInput> inputsOf = new ArrayList<>(e.getValue().size());
        for (int i : e.getValue()) {
          inputsOf.add(given.get(i));
        }
        FileRejection[] r = run.slow(e.getKey(), inputsOf);
        for (int k = 0; k < r.length; k++) {
          if (r[k] != null) {
            sweep.reject(e.getValue().get(k), r[k]);
          }
        }
      }
    }
    run.fireDue();
    List<FileRejection> rejected = new ArrayList<>();
    List<FileInput> applied = split(inputArray, sweep.rejections, rejected);
    return run.result(applied, rejected);
  }

  /**
   * The students whose dropout comes due on one day, in the order they are taken: by key. Their
   * keys are read once, in one pass, and a merge sort of positions compares them directly (n log
   * n), instead of a comparator that reads each key again at every comparison.
   */
  private static List<StudentId> byKey(Set<StudentId> due) {
    StudentId[] ids = due.toJavaArray(StudentId[]::new);
    int n = ids.length;
    String[] keys = new String[n];
    int[] at = new int[n];
    for (int k = 0; k < n; k++) {
      keys[k] = ids[k].unmasked();
      at[k] = k;
    }
    int[] spare = new int[n];
    for (int width = 1; width < n; width <<= 1) {
      for (int lo = 0; lo < n - width; lo += width << 1) {
        merge(keys, at, spare, lo, lo + width, Math.min(n, lo + (width << 1)));
      }
    }
    StudentId[] sorted = new StudentId[n];
    for (int k = 0; k < n; k++) {
      sorted[k] = ids[at[k]];
    }
    return Arrays.asList(sorted);
  }

  /** Merges the sorted runs {@code at[lo, mid)} and {@code at[mid, hi)} by key, stably. */
  private static void merge(String[] keys, int[] at, int[] spare, int lo, int mid, int hi) {
    if (keys[at[mid - 1]].compareTo(keys[at[mid]]) <= 0) {
      return;
    }
    System.arraycopy(at, lo, spare, lo, hi - lo);
    int i = lo;
    int j = mid;
    for (int k = lo; k < hi; k++) {
      if (j >= hi || (i < mid && keys[spare[i]].compareTo(keys[spare[j]]) <= 0)) {
        at[k] = spare[i++];
      } else {
        at[k] = spare[j++];
      }
    }
  }

  /**
   * The batch of a day's sweep: inputs read, and marks whose rows are looked up and read, in one
   * pass of independent reads before any of them is used.
   */
  private static final int READ_AHEAD = 64;

  /** The refusal of an input before it reaches a file, or null. */
  private static FileRefusal check(FileInput input, LocalDate day) {
    return incomplete(input) ? FileRefusal.NULL_INPUT : check(input.date(), day);
  }

  /** Whether an input lacks a part: it is null, or its student, date or event is. */
  private static boolean incomplete(FileInput input) {
    return input == null
        || input.student() == null
        || input.date() == null
        || (input instanceof FileInput.Casework && ((FileInput.Casework) input).event() == null);
  }

  /** The refusal of an input's date, not null, on {@code day} (null: any day), or null. */
  private static FileRefusal check(LocalDate date, LocalDate day) {
    if (date.isBefore(StudentTimeline.EARLIEST_DATE) || date.isAfter(StudentTimeline.LATEST_DATE)) {
      return FileRefusal.DATE_OUT_OF_RANGE;
    }
    if (day != null && date.isAfter(day)) {
      return FileRefusal.AFTER_DAY;
    }
    return null;
  }

  /**
   * The inputs in an array of their own, read once; null is none. An {@code ArrayList}'s array
   * is copied once; any other collection's twice, so that no array it hands out is kept. The
   * elements are not looked at (a copy into a {@code FileInput[]} would check each one's class,
   * a cache miss per input before the sweep reads them): an element that is not a {@code
   * FileInput} (a raw caller's) is refused as a null input where the input is read.
   */
  private static Object[] array(Iterable<? extends FileInput> inputs) {
    if (inputs == null) {
      return new Object[0];
    }
    if (inputs instanceof java.util.Collection<?>) {
      Object[] given = ((java.util.Collection<?>) inputs).toArray();
      return inputs.getClass() == ArrayList.class ? given : given.clone();
    }
    List<Object> given = new ArrayList<>();
    for (Object input : (Iterable<?>) inputs) {
      given.add(input);
    }
    return given.toArray();
  }

  /**
   * The inputs as a list, after each element that is not a {@code FileInput} is replaced by null
   * in {@code inputs} (refused as a null input).
   */
  private static List<FileInput> inputsIn(Object[] inputs) {
    for (int i = 0; i < inputs.length; i++) {
      inputAt(inputs, i);
    }
    return FrozenList.over(inputs, inputs.length);
  }

  /**
   * Input {@code i}, after an element that is not a {@code FileInput} is replaced by null in
   * {@code inputs} (refused as a null input).
   */
  private static FileInput inputAt(Object[] inputs, int i) {
    if (!(inputs[i] instanceof FileInput)) {
      inputs[i] = null;
    }
    return (FileInput) inputs[i];
  }

  /**
   * Splits the inputs by their rejections (null, or a null array: applied): returns the applied
   * inputs, in order, as an immutable list over {@code given} itself (moved to its front, the
   * rest cleared), and adds the rejections to {@code rejected}.
   */
  private static List<FileInput> split(
      Object[] given, FileRejection[] rejections, List<FileRejection> rejected) {
    if (rejections == null) {
      return FrozenList.over(given, given.length);
    }
    int n = 0;
    for (int i = 0; i < given.length; i++) {
      if (rejections[i] == null) {
        given[n++] = given[i];
      } else {
        rejected.add(rejections[i]);
      }
    }
    Arrays.fill(given, n, given.length, null);
    return FrozenList.over(given, n);
  }

  /**
   * The quick marks of one county day (marks of students with no other input that day), read
   * and taken in batches of {@value #READ_AHEAD}: each pass over a batch is a run of independent
   * reads whose cache misses overlap, and the rows of the next batch are read while one batch is
   * taken. Every loop body is a method called once per batch, so that the JIT compiles it within
   * the first county day: a county day is called once a day, and loops in a method called that
   * rarely run interpreted, then through on-stack replacement, for many calls.
   */
  private static final class Sweep {
    private final Day run;
    /** The inputs; an element that is not a FileInput is set to null where it is read. */
    private final Object[] given;

    private final LocalDate day;
    /** Per input, its rejection, or null; null while no input is rejected. */
    FileRejection[] rejections;
    /** Per input, whether the sweep took it. */
    final boolean[] taken;
    /** How many inputs the sweep took: all of them on a day of marks only. */
    int takenCount;

    // Per input, in input order (null or 0 for an input that is not a mark).
    private final EscalationInput.Mark[] marks;
    private final int[] hashes;
    /** Per input, its student's {@link StudentIdCode}, read with the hash. */
    private final long[] codes;
    /** The students of the marks of the block being read. */
    private final StudentId[] block = new StudentId[READ_AHEAD];
    /**
     * The inputs that are marks not refused, in input order, and how many; null while every input
     * read so far is one (then the k-th is input k).
     */
    private int[] candidates;

    private int m;
    /** The date last checked and its refusal (or null). */
    private LocalDate checked;

    private FileRefusal checkedRefusal;
    private java.util.Set<StudentId> slowStudents;
    private LocalDate lastDate;
    private int lastDay;

    /**
     * The quick marks' inputs and hashes in input order, and how many; {@code quick} null when
     * every input is a quick mark (then the j-th is input j, and its hash is {@code hashes[j]}).
     */
    private int[] quick;

    private int[] quickHashes;
    private long[] quickCodes;
    private int n;

    // Per quick mark, in near slot order.
    private int[] sweepAt;
    private int[] sweepHashes;
    private long[] sweepCodes;
    private int[] sweepDays;
    private EscalationInput.Mark[] sweepMarks;
    private StudentId[] sweepStudents;
    private MarkKind[] sweepKinds;

    private final java.util.Set<StudentId> failed = new java.util.HashSet<>();
    /** The rows of two batches: the one being looked up and the one being taken. */
    private final int[][] found = {new int[READ_AHEAD], new int[READ_AHEAD]};

    Sweep(Day run, Object[] given, LocalDate day) {
      this.run = run;
      this.given = given;
      this.day = day;
      int size = given.length;
      taken = new boolean[size];
      marks = new EscalationInput.Mark[size];
      hashes = new int[size];
      codes = new long[size];
    }

    void run() {
      int size = given.length;
      for (int b0 = 0; b0 < size; b0 += READ_AHEAD) {
        read(b0, Math.min(size, b0 + READ_AHEAD));
      }
      if (candidates == null && slowStudents == null) {
        n = m;
        quickHashes = hashes;
        quickCodes = codes;
      } else {
        quick = new int[m];
        quickHashes = new int[m];
        quickCodes = new long[m];
        for (int k0 = 0; k0 < m; k0 += READ_AHEAD) {
          keepQuick(k0, Math.min(m, k0 + READ_AHEAD));
        }
      }
      int[] rank = StudentColumns.slotRanks(quickHashes, n);
      sweepAt = new int[n];
      sweepHashes = new int[n];
      sweepCodes = new long[n];
      sweepDays = new int[n];
      sweepMarks = new EscalationInput.Mark[n];
      sweepStudents = new StudentId[n];
      sweepKinds = new MarkKind[n];
      for (int j0 = 0; j0 < n; j0 += READ_AHEAD) {
        place(rank, j0, Math.min(n, j0 + READ_AHEAD));
      }
      run.expectMarks(n);
      // Pipelined: while one batch's marks are taken, the next batch's rows are looked up and
      // read and the one after's index slots read. A row found before an earlier batch added its
      // student is -1, and looked up again.
      int batches = (n + READ_AHEAD - 1) / READ_AHEAD;
      for (int b = 0; b < batches + 2; b++) {
        if (b < batches) {
          run.touch(sweepHashes, b * READ_AHEAD, Math.min(n, (b + 1) * READ_AHEAD));
        }
        if (b >= 1 && b - 1 < batches) {
          int k0 = (b - 1) * READ_AHEAD;
          lookUp(k0, Math.min(n, k0 + READ_AHEAD), found[(b - 1) & 1]);
        }
        if (b >= 2) {
          int k0 = (b - 2) * READ_AHEAD;
          take(k0, Math.min(n, k0 + READ_AHEAD), found[b & 1]);
        }
      }
    }

    /**
     * Reads a block of inputs: their marks, the marks' students and the students' hashes in three
     * passes (the reads of a pass are independent of one another, so their cache misses overlap),
     * then each input's refusal, and each mark not refused as a candidate. A mark's kind and day
     * are read when it is placed.
     */
    private void read(int b0, int b1) {
      for (int i = b0; i < b1; i++) {
        if (given[i] instanceof FileInput.Attendance) {
          marks[i] = ((FileInput.Attendance) given[i]).mark();
        }
      }
      for (int i = b0; i < b1; i++) {
        block[i - b0] = marks[i] == null ? null : marks[i].studentId();
      }
      for (int i = b0; i < b1; i++) {
        if (block[i - b0] != null) {
          hashes[i] = StudentTable.hash(block[i - b0]);
          codes[i] = StudentIdCode.of(block[i - b0]);
        }
      }
      for (int i = b0; i < b1; i++) {
        FileInput input = inputAt(given, i);
        FileRefusal refusal;
        if (incomplete(input)) {
          refusal = FileRefusal.NULL_INPUT;
        } else {
          // The inputs of a day mostly share a date, often one instance: checked once.
          LocalDate date = input.date();
          if (date != checked) {
            checked = date;
            checkedRefusal = check(date, day);
          }
          refusal = checkedRefusal;
        }
        if (input != null && !(input instanceof FileInput.Attendance) && input.student() != null) {
          if (slowStudents == null) {
            slowStudents = new java.util.HashSet<>();
          }
          slowStudents.add(input.student());
        }
        if (refusal != null) {
          reject(i, new FileRejection.Refused(input, refusal));
          marks[i] = null;
        }
        if (marks[i] == null) {
          notCandidate(i);
        } else {
          if (candidates != null) {
            candidates[m] = i;
          }
          m++;
        }
      }
    }

    /** Input {@code i}'s rejection, or null. */
    FileRejection rejection(int i) {
      return rejections == null ? null : rejections[i];
    }

    /** Rejects input {@code i}. */
    void reject(int i, FileRejection rejection) {
      if (rejections == null) {
        rejections = new FileRejection[given.length];
      }
      rejections[i] = rejection;
    }

    /** Input {@code i} is not a candidate: from now on the candidates are listed. */
    private void notCandidate(int i) {
      if (candidates == null) {
        candidates = new int[given.length];
        for (int k = 0; k < m; k++) {
          candidates[k] = k;
        }
      }
    }

    /** Keeps the candidates of students with no other input (the others are taken slowly). */
    private void keepQuick(int k0, int k1) {
      for (int k = k0; k < k1; k++) {
        int i = candidates == null ? k : candidates[k];
        if (slowStudents == null || !slowStudents.contains(marks[i].studentId())) {
          quick[n] = i;
          quickCodes[n] = codes[i];
          quickHashes[n++] = hashes[i];
        }
      }
    }

    /**
     * Moves quick marks to their places in near slot order, read in input order: each mark with
     * its student, kind and epoch day.
     */
    private void place(int[] rank, int j0, int j1) {
      for (int j = j0; j < j1; j++) {
        int i = quick == null ? j : quick[j];
        int r = rank[j];
        EscalationInput.Mark mark = marks[i];
        LocalDate date = mark.date();
        if (date != lastDate) {
          lastDate = date;
          lastDay = (int) date.toEpochDay();
        }
        sweepAt[r] = i;
        sweepHashes[r] = quickHashes[j];
        sweepCodes[r] = quickCodes[j];
        sweepDays[r] = lastDay;
        sweepMarks[r] = mark;
        sweepStudents[r] = mark.studentId();
        sweepKinds[r] = mark.kind();
      }
    }

    /** Looks up a batch's rows (their index slots read before), then reads the rows. */
    private void lookUp(int k0, int k1, int[] rows) {
      for (int k = k0; k < k1; k++) {
        rows[k - k0] = run.find(sweepStudents[k], sweepHashes[k], sweepCodes[k]);
      }
      run.warm(rows, k1 - k0);
    }

    /** Takes a batch's marks; a student whose mark cannot be taken quickly is taken slowly. */
    private void take(int k0, int k1, int[] rows) {
      for (int k = k0; k < k1; k++) {
        StudentId student = sweepStudents[k];
        if (failed.isEmpty() || !failed.contains(student)) {
          int i = sweepAt[k];
          if (run.fastMark(
              sweepMarks[k],
              student,
              sweepKinds[k],
              sweepHashes[k],
              sweepDays[k],
              i,
              rows[k - k0])) {
            taken[i] = true;
            takenCount++;
          } else {
            failed.add(student);
          }
        }
      }
    }
  }

  /**
   * One county day in progress: transient columns and mark log, the dropout queue and the
   * outputs. A quiet mark (see {@link HotRow}) touches only its student's int fields.
   */
  private static final class Day {
    private final FileKeeper keeper;
    private final CountyFile from;
    private final LocalDate day;
    private final Option<LocalDate> today;
    private final StudentColumns.Builder files;
    private final RowReader rows;
    private final ChainLog.Builder marks;
    private final ChainReader log;
    private final HotRow.Dates dates = new HotRow.Dates();
    /** The state of the student whose mark is being taken, and what her mark raised. */
    private final EscalationNumbers numbers = EscalationNumbers.attending();

    private final List<Alert> raised = new ArrayList<>();
    private final List<StatusEvent> raisedEvents = new ArrayList<>();
    private final long dayNumber;
    /** The dropout queue, without the students {@link #queue} gathers: read it by pending(). */
    private TreeMap<LocalDate, Set<StudentId>> pending;

    /** The students gathered for the queue ({@link #queue}), or null, and their epoch day. */
    private Set<StudentId> queued;

    private long queuedOn = EscalationNumbers.NONE;
    private final Pile<FileAlert> alerts = new Pile<>();
    private final Pile<StatusEvent> derived = new Pile<>();
    private final List<FileAlert> withdrawnAlerts = new ArrayList<>();
    private final List<StatusEvent> withdrawnDerived = new ArrayList<>();
    /** While marks are taken in slot order: per alert and derived event, its input's position. */
    private int[] alertAt = new int[64];

    private int[] derivedAt = new int[64];
    private int at = -1;
    /** What {@link #warm} read; kept so that those reads are not optimized away. */
    private int warmth;

    Day(FileKeeper keeper, CountyFile from, LocalDate day) {
      this.keeper = keeper;
      this.from = from;
      this.day = day;
      this.today = Option.some(day);
      this.dayNumber = day.toEpochDay();
      this.files = from.rows().toBuilder();
      this.rows = files;
      this.marks = from.marks().toBuilder();
      this.log = marks;
      this.pending = from.pending();
    }

    /** The row of a student, or -1, by her id's hash and {@link StudentIdCode}. */
    int find(StudentId student, int h, long code) {
      return files.find(student, h, code);
    }

    /** Reads the index slots of a batch of hashes: their misses overlap. */
    void touch(int[] hashes, int k0, int k1) {
      int read = 0;
      for (int k = k0; k < k1; k++) {
        read += files.touch(hashes[k]);
      }
      warmth += read;
    }

    /** Reads each found row's chunk end to end, so that the rows are in the cache. */
    void warm(int[] found, int n) {
      int read = 0;
      for (int k = 0; k < n; k++) {
        if (found[k] >= 0) {
          read += files.warm(found[k]);
        }
      }
      warmth += read;
    }

    /**
     * Takes a mark by extension if it is dated after its student's derivation.
     *
     * @param h the student's {@link StudentTable#hash}
     * @param position the input's position, which orders what it raises
     * @param known her row if looked up already, or -1 (then looked up, or added)
     */
    boolean fastMark(
        EscalationInput.Mark mark,
        StudentId student,
        MarkKind kind,
        int h,
        int date,
        int position,
        int known) {
      at = position;
      int row = known >= 0 ? known : files.find(student, h);
      if (row < 0) {
        row = files.add(student, h);
        HotRow.write(files, row, StudentFile.empty(student));
      }
      int flags = files.intAt(row, HotRow.FLAGS);
      if ((flags & HotRow.HOT) != 0) {
        if ((flags & HotRow.HAS_THROUGH) != 0 && date <= HotRow.through(rows, row)) {
          return false;
        }
        if (hot(row, flags, student, mark, kind, date)) {
          return true;
        }
      }
      StudentFile before = HotRow.file(rows, log, row);
      if (!Intake.takesLater(before, mark)) {
        return false;
      }
      StudentFile after = Intake.mark(keeper, before, mark, day);
      HotRow.write(files, row, after);
      reschedule(before, after);
      appended(before, after);
      return true;
    }

    /**
     * Takes a mark dated after the derivation of a hot row: only the row's int fields change,
     * and the mark, what it raised and what a dropout rule (R-ABS-3) due by today raised around
     * it are chained. False, with nothing in the row changed, when the student's last status span
     * starts after the mark, a value does not fit the row, or a rule would come due again by
     * today.
     */
    private boolean hot(
        int row, int flags, StudentId student, EscalationInput.Mark mark, MarkKind kind, int date) {
      boolean expected = false;
      if ((flags & HotRow.HAS_SPANS) != 0) {
        if (date < HotRow.spanFrom(rows, row)) {
          return false;
        }
        expected = (flags & HotRow.EXPECTED) != 0;
      }
      // The mark as the escalation takes it (excused on a day she is not expected), on numbers:
      // the caller's mark stays unread, it only goes into the log.
      AbsenceEscalation engine = keeper.escalation();
      EscalationNumbers state = HotRow.load(rows, row, numbers);
      raised.clear();
      raisedEvents.clear();
      // As the file takes a mark (Derivation.extend, then extendToDue): a dropout rule (R-ABS-3)
      // due before the mark's day runs first, one due on her mark's day after it, and one due
      // after it but by today after that. A suspected student marked on the day her waiting
      // period ends is common (she is marked absent every day), so this is done on numbers too.
      long was = engine.dropoutDueDay(state);
      if (was != EscalationNumbers.NONE && was < date) {
        engine.advance(state, student, dates.of(date - 1), raised, raisedEvents);
      }
      MarkKind taken = expected || kind == MarkKind.EXCUSED ? kind : MarkKind.EXCUSED;
      if (!engine.mark(state, student, dates.of(date), taken, raised, raisedEvents)) {
        return false;
      }
      int through = date;
      long will = engine.dropoutDueDay(state);
      if (will != EscalationNumbers.NONE && will <= dayNumber) {
        through = (int) Math.max(date, will);
        engine.advance(state, student, dates.of(through), raised, raisedEvents);
        will = engine.dropoutDueDay(state);
        if (will != EscalationNumbers.NONE && will <= dayNumber) {
          return false; // a rule that runs again by today: taken with the file
        }
      }
      long wasRow = HotRow.dueDay(rows, row);
      if (!HotRow.take(files, marks, row, state, mark, through, will, raised, raisedEvents)) {
        return false;
      }
      emit(student, wasRow, will);
      return true;
    }

    /**
     * Adds what a step on numbers raised to the day's outputs, and moves the student's pending
     * dropout from epoch day {@code was} to {@code will} ({@link EscalationNumbers#NONE}: none).
     * Shared by a hot mark and a hot dropout.
     */
    private void emit(StudentId student, long was, long will) {
      for (int i = 0; i < raised.size(); i++) {
        alert(routed(raised.get(i)));
      }
      for (int i = 0; i < raisedEvents.size(); i++) {
        derived(raisedEvents.get(i));
      }
      if (was != will) {
        if (was != EscalationNumbers.NONE) {
          pending = CountyFile.unschedule(pending(), student, dateOf(was));
        }
        if (will != EscalationNumbers.NONE && will > dayNumber) {
          queue(student, will);
        }
      }
    }

    /**
     * Adds a student to the dropout queue on epoch day {@code due}, after today. The day's marks
     * make students suspected in a run, mostly all due on one day: they are gathered in that day's
     * set, put into the queue once when a student is due another day or the queue is read ({@link
     * #pending()}).
     */
    private void queue(StudentId student, long due) {
      if (due != queuedOn) {
        flushQueue();
        queuedOn = due;
        queued = pending.get(LocalDate.ofEpochDay(due)).getOrElse(HashSet::empty);
      }
      queued = queued.add(student);
    }

    /** The dropout queue, with the students gathered by {@link #queue} in it. */
    private TreeMap<LocalDate, Set<StudentId>> pending() {
      flushQueue();
      return pending;
    }

    private void flushQueue() {
      if (queued != null) {
        pending = pending.put(LocalDate.ofEpochDay(queuedOn), queued);
        queued = null;
        queuedOn = EscalationNumbers.NONE;
      }
    }

    private Option<LocalDate> dateOf(long epochDay) {
      return epochDay == EscalationNumbers.NONE
          ? Option.none()
          : Option.some(LocalDate.ofEpochDay(epochDay));
    }

    FileRejection[] slow(StudentId student, List<FileInput> inputs) {
      int row = rowOf(student);
      StudentFile before = HotRow.file(rows, log, row);
      Intake.Result result = Intake.take(keeper, before, inputs, day);
      StudentFile after = result.file();
      HotRow.write(files, row, after);
      reschedule(before, after);
      changed(before, after);
      return result.rejections();
    }

    void fireDue() {
      while (!pending().isEmpty() && !pending.head()._1.isAfter(day)) {
        Set<StudentId> due = pending.head()._2;
        pending = pending.tail();
        // Each id and its key read once in a pass of independent reads before the sort compares
        // them; then their rows looked up, first their index slots read, then the rows read, each
        // pass of independent reads whose misses overlap (taking one never moves another's row).
        List<StudentId> inOrder = byKey(due);
        int[] hashes = new int[inOrder.size()];
        for (int k = 0; k < hashes.length; k++) {
          hashes[k] = StudentTable.hash(inOrder.get(k));
        }
        touch(hashes, 0, hashes.length);
        int[] found = new int[hashes.length];
        for (int k = 0; k < found.length; k++) {
          found[k] = files.find(inOrder.get(k), hashes[k]);
        }
        warm(found, found.length);
        for (int k = 0; k < found.length; k++) {
          StudentId student = inOrder.get(k);
          int row = found[k] >= 0 ? found[k] : rowOf(student);
          if ((files.intAt(row, HotRow.FLAGS) & HotRow.HOT) != 0 && hotDue(row, student)) {
            continue;
          }
          StudentFile before = HotRow.file(rows, log, row);
          StudentFile.Derived d = Derivation.extendToDue(keeper, student, before.derived(), day);
          StudentFile after =
              new StudentFile(student, before.events(), before.marks(), before.caseEvents(), d);
          HotRow.write(files, row, after);
          pending = CountyFile.schedule(pending(), Option.some(day), after);
          appended(before, after);
        }
      }
    }

    /**
     * Runs the dropout rule (R-ABS-3) of a hot row on numbers, as {@link
     * Derivation#extendToDue} does on the file: only the row's int fields change, and what the
     * rule raised is chained. False, with nothing changed, when a value does not fit the row.
     */
    private boolean hotDue(int row, StudentId student) {
      AbsenceEscalation engine = keeper.escalation();
      EscalationNumbers state = HotRow.load(rows, row, numbers);
      long due = engine.dropoutDueDay(state);
      int flags = files.intAt(row, HotRow.FLAGS);
      if (due == EscalationNumbers.NONE
          || due > dayNumber
          || ((flags & HotRow.HAS_THROUGH) != 0 && due <= HotRow.through(rows, row))) {
        pending = CountyFile.schedule(pending(), today, student, dateOf(HotRow.dueDay(rows, row)));
        return true;
      }
      raised.clear();
      raisedEvents.clear();
      engine.advance(state, student, LocalDate.ofEpochDay(due), raised, raisedEvents);
      long will = engine.dropoutDueDay(state);
      if (!HotRow.take(files, marks, row, state, null, (int) due, will, raised, raisedEvents)) {
        return false;
      }
      // Her day in the queue was taken off it whole: nothing to unschedule.
      emit(student, EscalationNumbers.NONE, will);
      return true;
    }

    /** The row of a student, added with an empty file if the county has none. */
    private int rowOf(StudentId student) {
      int h = StudentTable.hash(student);
      int row = files.find(student, h);
      if (row < 0) {
        row = files.add(student, h);
        HotRow.write(files, row, StudentFile.empty(student));
      }
      return row;
    }

    private void reschedule(StudentFile before, StudentFile after) {
      if (before.derived().dropoutDue().equals(after.derived().dropoutDue())) {
        return;
      }
      pending =
          CountyFile.schedule(CountyFile.unschedule(pending(), before), Option.some(day), after);
    }

    private void appended(StudentFile before, StudentFile after) {
      Seq<Alert> a = after.derived().alerts();
      for (int i = before.derived().alerts().size(); i < a.size(); i++) {
        alert(routed(a.get(i)));
      }
      Seq<StatusEvent> e = after.derived().events();
      for (int i = before.derived().events().size(); i < e.size(); i++) {
        derived(e.get(i));
      }
    }

    /** Makes room for what {@code n} marks raise, about one alert each, without regrowing. */
    void expectMarks(int n) {
      if (n > alertAt.length) {
        alertAt = new int[n];
        alerts.expect(n);
      }
    }

    /** Adds an alert raised, tagged with its input's position while marks go in slot order. */
    private void alert(FileAlert alert) {
      if (at >= 0) {
        alertAt = tag(alertAt, alerts.size);
      }
      alerts.add(alert);
    }

    private void derived(StatusEvent event) {
      if (at >= 0) {
        derivedAt = tag(derivedAt, derived.size);
      }
      derived.add(event);
    }

    private int[] tag(int[] tags, int k) {
      int[] out = k == tags.length ? Arrays.copyOf(tags, 2 * k) : tags;
      out[k] = at;
      return out;
    }

    /** Puts what the marks raised in the order of their inputs; later outputs are not tagged. */
    void inInputOrder(int positions) {
      reorder(alerts, alertAt, positions);
      reorder(derived, derivedAt, positions);
      at = -1;
    }

    /**
     * Orders the items by their inputs' positions ({@code tags[k]} is item k's, overwritten by its
     * rank), ties in the order they came: one stable counting pass over the positions (linear), or
     * a sort of the items when they are fewer than a sixteenth of the positions.
     */
    private static void reorder(Pile<?> items, int[] tags, int positions) {
      int m = items.size;
      if (m < 2) {
        return;
      }
      int[] rank =
          m < positions >>> 4 ? sortedRanks(tags, m) : CountingRanks.inPlace(tags, m, positions);
      Object[] out = new Object[Math.max(m, items.items.length)];
      for (int k = 0; k < m; k++) {
        out[rank[k]] = items.items[k];
      }
      items.items = out;
    }

    /**
     * Stable ranks of {@code m} tags by sorting (m log m), for a few items among many positions,
     * where a counting pass would cost the positions; the tags are overwritten by the ranks.
     */
    private static int[] sortedRanks(int[] tags, int m) {
      long[] keyed = new long[m];
      for (int k = 0; k < m; k++) {
        keyed[k] = ((long) tags[k] << 32) | k;
      }
      Arrays.sort(keyed);
      for (int r = 0; r < m; r++) {
        tags[(int) keyed[r]] = r;
      }
      return tags;
    }

    private void changed(StudentFile before, StudentFile after) {
      java.util.Set<Alert> had =
          new java.util.HashSet<>(before.derived().alerts().asJava());
      java.util.Set<Alert> has =
          new java.util.HashSet<>(after.derived().alerts().asJava());
      after.derived().alerts().filter(a -> !had.contains(a)).forEach(a -> alerts.add(routed(a)));
      before
          .derived()
          .alerts()
          .filter(a -> !has.contains(a))
          .forEach(a -> withdrawnAlerts.add(routed(a)));
      java.util.Set<StatusEvent> hadE =
          new java.util.HashSet<>(before.derived().events().asJava());
      java.util.Set<StatusEvent> hasE =
          new java.util.HashSet<>(after.derived().events().asJava());
      after.derived().events().filter(e -> !hadE.contains(e)).forEach(derived::add);
      before.derived().events().filter(e -> !hasE.contains(e)).forEach(withdrawnDerived::add);
    }

    private FileAlert routed(Alert alert) {
      return new FileAlert(alert, keeper.routing().forAlert(alert.studentId(), alert.code()));
    }

    CountyDay result(List<FileInput> applied, List<FileRejection> rejected) {
      Option<LocalDate> next =
          from.day().isDefined() && from.day().get().isAfter(day) ? from.day() : Option.some(day);
      return new CountyDay(
          new CountyFile(next, files.build(), marks.build(), pending()),
          applied,
          rejected,
          alerts.list(),
          derived.list(),
          withdrawnAlerts,
          withdrawnDerived);
    }
  }

  /** Outputs gathered in an array of their own, handed out without a copy ({@link #list}). */
  private static final class Pile<T> {
    Object[] items = new Object[16];
    int size;

    void add(T item) {
      if (size == items.length) {
        items = Arrays.copyOf(items, 2 * size);
      }
      items[size++] = item;
    }

    /** Makes room for {@code n} items in all without regrowing. */
    void expect(int n) {
      if (n > items.length) {
        items = Arrays.copyOf(items, n);
      }
    }

    /** The items as an immutable list; nothing is added after. */
    List<T> list() {
      return FrozenList.over(items, size);
    }
  }
}
