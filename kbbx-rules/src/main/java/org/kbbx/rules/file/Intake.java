package org.kbbx.rules.file;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kbbx.core.status.EntryOutcome;
import org.kbbx.core.status.StatusEvent;
import org.kbbx.core.status.StudentTimeline;
import org.kbbx.core.status.TimelineEntry;
import org.kbbx.core.status.TimelineOrder;
import org.kbbx.rules.casework.CaseEvent;
import org.kbbx.rules.escalation.EscalationInput;

/**
 * Takes checked inputs into one student's file: refuses duplicates and reserved ids, merges the
 * rest into the file's canonical order, and derives again — by extension when only later marks
 * came, from the start otherwise (R-FILE-2, R-FILE-3). Linear in the file and the inputs.
 */
final class Intake {

  private Intake() {}

  /**
   * A file after taking inputs, with the rejection of each input (null where applied).
   *
   * @param file the file afterwards
   * @param rejections per input, in the order given: its rejection, or null when applied
   * @param base the timeline of the file's status events, when one was built (else null)
   */
  record Result(StudentFile file, FileRejection[] rejections, StudentTimeline base) {}

  /** Whether {@link #mark} may take this mark: it is dated after everything derived. */
  static boolean takesLater(StudentFile file, EscalationInput.Mark mark) {
    Option<LocalDate> through = file.derived().through();
    return through.isEmpty() || mark.date().isAfter(through.get());
  }

  /** Takes one mark dated after the file's derivation: O(1) amortised, no replay. */
  static StudentFile mark(
      FileKeeper keeper, StudentFile file, EscalationInput.Mark mark, LocalDate day) {
    StudentFile.Derived d = Derivation.extend(keeper, file.student(), file.derived(), mark);
    if (day != null) {
      d = Derivation.extendToDue(keeper, file.student(), d, day);
    }
    return new StudentFile(
        file.student(), file.events(), file.marks().append(mark), file.caseEvents(), d);
  }

  /**
   * Takes checked inputs (not null, in range, for this student, not after {@code day}).
   *
   * @param day the county day, or null for a file outside a county (no dropout is run ahead)
   */
  static Result take(FileKeeper keeper, StudentFile before, List<FileInput> inputs, LocalDate day) {
    FileRejection[] rejections = new FileRejection[inputs.size()];
    Set<String> ids = null;
    List<StatusEvent> events = new ArrayList<>();
    List<Integer> markAt = new ArrayList<>();
    List<CaseEvent> cases = new ArrayList<>();
    Map<FileInput, Integer> caseAt = new HashMap<>();
    for (int i = 0; i < inputs.size(); i++) {
      FileInput input = inputs.get(i);
      if (input instanceof FileInput.Status) {
        StatusEvent event = ((FileInput.Status) input).event();
        if (ids == null) {
          ids = new HashSet<>();
          for (StatusEvent held : before.events()) {
            ids.add(held.id());
          }
        }
        if (event.id().startsWith("auto:")) {
          rejections[i] = new FileRejection.Refused(input, FileRefusal.RESERVED_EVENT_ID);
        } else if (!ids.add(event.id())) {
          rejections[i] = new FileRejection.Refused(input, FileRefusal.DUPLICATE_EVENT_ID);
        } else {
          events.add(event);
        }
      } else if (input instanceof FileInput.Attendance) {
        markAt.add(i);
      } else {
        CaseEvent event = ((FileInput.Casework) input).event();
        if (event instanceof CaseEvent.Return) {
          rejections[i] = new FileRejection.Refused(input, FileRefusal.RETURN_IS_A_STATUS_EVENT);
        } else {
          cases.add(event);
          caseAt.putIfAbsent(input, i);
        }
      }
    }
    List<EscalationInput.Mark> marks = newMarks(before, inputs, markAt, rejections);
    cases.sort(StudentFile.CASE_ORDER);
    Seq<CaseEvent> allCases = merge(before.caseEvents(), cases, StudentFile.CASE_ORDER);
    StudentTimeline base = null;
    Seq<StatusEvent> allEvents = before.events();
    if (!events.isEmpty()) {
      // The timeline takes the new events as they came, reading each where it lies, sorts them
      // once (on primitive keys) and gives the file's events in its order, StudentFile.EVENT_ORDER.
      base = StudentTimeline.of(before.student(), keeper.machine())
          .withAll(before.events())
          .withAll(events);
      allEvents = base.entries().map(TimelineEntry::event);
    }
    StudentFile.Derived derived = before.derived();
    Seq<EscalationInput.Mark> allMarks;
    boolean later = !marks.isEmpty() && takesLater(before, marks.get(0));
    if (events.isEmpty() && (marks.isEmpty() || later)) {
      allMarks = before.marks();
      for (EscalationInput.Mark mark : marks) {
        derived = Derivation.extend(keeper, before.student(), derived, mark);
        allMarks = allMarks.append(mark);
      }
    } else {
      allMarks = merge(before.marks(), marks, Comparator.comparing(EscalationInput.Mark::date));
      StudentFile probe = new StudentFile(
          before.student(), allEvents, allMarks, allCases, StudentFile.Derived.NOTHING);
      Derivation.Run run = base != null
          ? Derivation.derive(
              keeper, before.student(), base, allMarks, probe.latestInput().getOrNull())
          : Derivation.derive(
              keeper, before.student(), allEvents, allMarks, probe.latestInput().getOrNull());
      derived = run.derived();
      base = run.base();
    }
    if (day != null) {
      derived = Derivation.extendToDue(keeper, before.student(), derived, day);
    }
    StudentFile after = new StudentFile(before.student(), allEvents, allMarks, allCases, derived);
    if (!events.isEmpty() || !cases.isEmpty()) {
      if (base == null) {
        base = StudentTimeline.of(before.student(), keeper.machine()).withAll(allEvents);
      }
      // Outcomes are those of the full timeline: a RETURN applies after a derived suspicion.
      StudentTimeline full = base.withAll(derived.events());
      if (!events.isEmpty()) {
        statusRejections(full, inputs, rejections);
      }
      if (cases.isEmpty()) {
        return new Result(after, rejections, base);
      }
      LocalDate asOf = day != null ? day : StudentTimeline.LATEST_DATE;
      for (FileRejection r :
          Cases.of(keeper, before.student(), full, allCases, asOf).rejections()) {
        Integer at = caseAt.get(r.input());
        if (at != null) {
          rejections[at] = r;
        }
      }
    }
    return new Result(after, rejections, base);
  }

  /** The marks to add, by date; a second mark for a day already held is refused. */
  private static List<EscalationInput.Mark> newMarks(
      StudentFile before,
      List<FileInput> inputs,
      List<Integer> markAt,
      FileRejection[] rejections) {
    if (markAt.isEmpty()) {
      return List.of();
    }
    // Stable: of two marks for one day, the first given is kept.
    long[] days = new long[markAt.size()];
    for (int k = 0; k < days.length; k++) {
      days[k] = inputs.get(markAt.get(k)).date().toEpochDay();
    }
    Seq<EscalationInput.Mark> held = before.marks();
    int h = 0;
    List<EscalationInput.Mark> out = new ArrayList<>();
    for (int k : TimelineOrder.byDay(days, days.length)) {
      int i = markAt.get(k);
      EscalationInput.Mark mark = ((FileInput.Attendance) inputs.get(i)).mark();
      while (h < held.size() && held.get(h).date().isBefore(mark.date())) {
        h++;
      }
      boolean heldThatDay = h < held.size() && held.get(h).date().equals(mark.date());
      boolean twice = !out.isEmpty() && out.get(out.size() - 1).date().equals(mark.date());
      if (heldThatDay || twice) {
        rejections[i] = new FileRejection.Refused(inputs.get(i), FileRefusal.DUPLICATE_MARK);
      } else {
        out.add(mark);
      }
    }
    return out;
  }

  /** Marks the new status events the machine rejected in their place (R-SM-3). */
  private static void statusRejections(
      StudentTimeline base, List<FileInput> inputs, FileRejection[] rejections) {
    if (!base.entries().exists(e -> e.outcome() == EntryOutcome.REJECTED)) {
      return; // the usual case: nothing to look up, so no map of the inputs' ids
    }
    Map<String, Integer> at = new HashMap<>();
    for (int i = 0; i < inputs.size(); i++) {
      if (inputs.get(i) instanceof FileInput.Status && rejections[i] == null) {
        at.put(((FileInput.Status) inputs.get(i)).event().id(), i);
      }
    }
    for (TimelineEntry entry : base.entries()) {
      if (entry.outcome() == EntryOutcome.REJECTED) {
        Integer i = at.get(entry.event().id());
        if (i != null) {
          rejections[i] =
              new FileRejection.StatusRejected(inputs.get(i), entry.rejection().get());
        }
      }
    }
  }

  /** Merges sorted additions into a sorted vector: an append when they all come last. */
  static <T> Seq<T> merge(Seq<T> held, List<T> added, Comparator<? super T> order) {
    if (added.isEmpty()) {
      return held;
    }
    if (held.isEmpty() || order.compare(held.last(), added.get(0)) <= 0) {
      return held.appendAll(added);
    }
    List<T> out = new ArrayList<>(held.size() + added.size());
    int a = 0;
    for (T t : held) {
      while (a < added.size() && order.compare(added.get(a), t) < 0) {
        out.add(added.get(a++));
      }
      out.add(t);
    }
    while (a < added.size()) {
      out.add(added.get(a++));
    }
    return Vector.ofAll(out);
  }
}
