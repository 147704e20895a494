package org.kbbx.examples.path;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.school.Grade;
import org.kbbx.core.status.EventType;
import org.kbbx.core.status.StatusEvent;
import org.kbbx.core.status.StatusSpan;
import org.kbbx.core.status.StudentTimeline;
import org.kbbx.core.status.TimelineEntry;

/**
 * Example 2 — one student's timeline (学籍状态, R-SM-1..6).
 *
 * <p>Li Ming enrols in grade 7, is suspended for illness and resumes; a promotion is recorded, then
 * retracted as a mistake; a back-dated leave arrives late and lands where it belongs; an illegal
 * event is kept with its rejection. The same events in any order give the same history.
 */
public final class Ex02StudentTimeline {

  private Ex02StudentTimeline() {}

  /**
   * Prints the story.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    run(out);
    out.flush();
  }

  /**
   * Tells the story on {@code out}.
   *
   * @param out where to print
   */
  public static void run(PrintWriter out) {
    StudentId li = StudentId.of("G522499201103140013");
    SchoolId school = SchoolId.of("5224990001");
    List<StatusEvent> events = List.of(
        StatusEvent.builder()
            .id("e1")
            .student(li)
            .effectiveDate(LocalDate.of(2023, 9, 1))
            .sequence(1)
            .type(EventType.ENROL)
            .school(school)
            .grade(Grade.of(7))
            .build(),
        StatusEvent.builder()
            .id("e2")
            .student(li)
            .effectiveDate(LocalDate.of(2023, 11, 6))
            .sequence(2)
            .type(EventType.SUSPEND)
            .until(LocalDate.of(2024, 2, 25))
            .reason("illness")
            .build(),
        StatusEvent.of("e3", li, LocalDate.of(2024, 2, 26), 3, EventType.RESUME),
        StatusEvent.builder()
            .id("e4")
            .student(li)
            .effectiveDate(LocalDate.of(2024, 3, 1))
            .sequence(4)
            .type(EventType.PROMOTE)
            .grade(Grade.of(8))
            .build(),
        StatusEvent.retraction("e5", li, LocalDate.of(2024, 3, 2), 5, "e4"),
        StatusEvent.of("e6", li, LocalDate.of(2024, 3, 4), 6, EventType.RESUME),
        // arrives last, but happened in October: it is inserted where it belongs (R-SM-4)
        StatusEvent.of("e7", li, LocalDate.of(2023, 10, 9), 7, EventType.START_LEAVE),
        StatusEvent.of("e8", li, LocalDate.of(2023, 10, 13), 8, EventType.END_LEAVE));
    StudentTimeline timeline = StudentTimeline.of(li).withAll(events);
    out.println("History of " + li + ":");
    for (StatusSpan span : timeline.spans()) {
      out.println("  " + span.state() + " (" + span.state().chineseLabel() + ") from " + span.from()
          + span.until().map(u -> " until " + u).getOrElse(""));
    }
    out.println("On 2023-12-01 the status was "
        + timeline.statusOn(LocalDate.of(2023, 12, 1)).schooling());
    out.println("Now: " + timeline.current().schooling() + ", grade "
        + timeline.current().grade().map(Object::toString).orElse("-"));
    for (TimelineEntry rejected : timeline.rejected()) {
      out.println("Kept with its rejection: " + rejected.event().id() + " "
          + rejected.rejection().get().code() + " — "
          + rejected.rejection().get().message());
    }
    List<StatusEvent> reversed = new java.util.ArrayList<>(events);
    java.util.Collections.reverse(reversed);
    out.println("Same history when the events arrive in reverse order: "
        + StudentTimeline.of(li).withAll(reversed).spans().equals(timeline.spans()));
  }
}
