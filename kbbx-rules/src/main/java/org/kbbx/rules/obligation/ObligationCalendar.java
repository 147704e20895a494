package org.kbbx.rules.obligation;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.responsibility.Role;
import org.kbbx.core.time.SchoolCalendar;
import org.kbbx.core.time.Term;

/**
 * The dated duties of one reporting unit (a school, or a county for HANZHONG_2018's weekly
 * report) under one profile's {@link ObligationRules} and one calendar (R-LED-4..6).
 *
 * <p>{@link #obligationsDue} lists the term-start tasks and weekly reports due in a period;
 * {@link #findings} compares them with what was done and lists late, missing and absent zero
 * reports. Transfers and death cancellations are event-driven: {@link #transfer} and {@link
 * #deathCancellation} create their obligations. Home-education visits are checked per student and
 * week by {@link #homeEducationShortfalls}.
 *
 * <p>Rules: a term-start period counts from the opening day (not counted, Civil Code Art. 201);
 * a weekly report is due in every Monday–Sunday week that has a school day, on the rule's weekday;
 * when that weekday is not a school day, on the last school day before it in the same week, else
 * on the next school day (Golden Week 2023: the make-up Saturday 10-07); findings are judged as of the end of
 * the as-of day, and a fulfilment after that is not yet known.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ObligationCalendar {

  private final ObligationRules rules;
  private final SchoolCalendar days;
  private final Seq<LocalDate> openings;

  private ObligationCalendar(ObligationRules rules, SchoolCalendar days, Seq<LocalDate> openings) {
    this.rules = rules;
    this.days = days;
    this.openings = openings;
  }

  /**
   * Returns the duties under {@code rules} for a school calendar (its terms give the openings).
   *
   * @param rules the rules, not null
   * @param calendar the calendar, not null
   * @return the obligation calendar
   */
  public static ObligationCalendar of(ObligationRules rules, SchoolCalendar calendar) {
    Objects.requireNonNull(calendar, "calendar");
    return of(rules, calendar, calendar.terms().map(Term::start).toJavaList());
  }

  /**
   * Returns the duties under {@code rules} for a school calendar and explicit term openings.
   *
   * @param rules the rules, not null
   * @param days the school calendar, not null
   * @param termOpenings the first day of each term, not null
   * @return the obligation calendar
   */
  public static ObligationCalendar of(
      ObligationRules rules, SchoolCalendar days, Collection<LocalDate> termOpenings) {
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(days, "days");
    return new ObligationCalendar(
        rules,
        days,
        Vector.ofAll(new TreeSet<>(Objects.requireNonNull(termOpenings, "termOpenings"))));
  }

  /**
   * Lists the term-start tasks and weekly reports due from {@code from} to {@code to}, both
   * included, sorted by due date and id.
   *
   * @param from the first day, not null
   * @param to the last day, not null
   * @return the obligations, empty when {@code to} is before {@code from}
   */
  public Seq<Obligation> obligationsDue(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Seq<Obligation> out = Vector.empty();
    for (LocalDate opening : openings) {
      for (TermStartDeadline d : rules.termStart()) {
        Option<LocalDate> due = d.within().dueFrom(opening, days);
        if (due.isDefined() && !due.get().isBefore(from) && !due.get().isAfter(to)) {
          out = out.append(Obligation.builder()
              .id("TERM_START/" + opening + "/" + d.task() + "/" + d.actor())
              .kind(ObligationKind.TERM_START)
              .task(d.task().name())
              .actor(d.actor())
              .recipients(d.recipients())
              .dueDate(due.get())
              .build());
        }
      }
    }
    for (WeeklyReportRule w : rules.weeklyReports()) {
      LocalDate monday =
          from.minusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      for (monday = firstSchoolWeek(monday);
          !monday.isAfter(lastSchoolWeek(to));
          monday = monday.plusWeeks(1)) {
        Option<LocalDate> due = weeklyDue(monday, w);
        if (due.isDefined() && !due.get().isBefore(from) && !due.get().isAfter(to)) {
          out = out.append(Obligation.builder()
              .id("WEEKLY_REPORT/" + monday + "/" + w.reporter() + ">" + w.recipient())
              .kind(ObligationKind.WEEKLY_REPORT)
              .task("WEEKLY_REPORT")
              .actor(w.reporter())
              .addRecipients(w.recipient())
              .dueDate(due.get())
              .dueBefore(w.dueBefore().toJavaOptional())
              .build());
        }
      }
    }
    return out.sortBy(o -> o.dueDate().toString() + " " + o.id());
  }

  /**
   * The Monday of the first week from {@code monday}'s on that can hold a school day: weeks before
   * the calendar's first term have none, so a loop over weeks never walks a range the calendar
   * does not cover (docs/rules.md §11). {@link LocalDate#MAX} (no week) for a calendar without
   * terms.
   */
  private LocalDate firstSchoolWeek(LocalDate monday) {
    if (days.span().isEmpty()) {
      return LocalDate.MAX;
    }
    LocalDate first =
        days.span().get().first().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    return monday.isBefore(first) ? first : monday;
  }

  /** The last day to look at from {@code to}: no later than the calendar's last term day. */
  private LocalDate lastSchoolWeek(LocalDate to) {
    if (days.span().isEmpty()) {
      return LocalDate.MIN;
    }
    LocalDate last = days.span().get().last();
    return to.isAfter(last) ? last : to;
  }

  private Option<LocalDate> weeklyDue(LocalDate monday, WeeklyReportRule w) {
    boolean hasSchoolDay = false;
    for (int i = 0; i < 7 && !hasSchoolDay; i++) {
      hasSchoolDay = days.isSchoolDay(monday.plusDays(i));
    }
    if (!hasSchoolDay) {
      return Option.none();
    }
    LocalDate due = monday.with(TemporalAdjusters.nextOrSame(w.dueDay()));
    for (LocalDate d = due; !d.isBefore(monday); d = d.minusDays(1)) {
      if (days.isSchoolDay(d)) {
        return Option.some(d);
      }
    }
    return days.plusSchoolDays(due, 1);
  }

  /**
   * Returns the obligation to complete a transfer requested on {@code requested} (学籍管理办法:
   * 10 working days under NATIONAL).
   *
   * @param subject who or what it is about, for example a student record number, not null
   * @param requested the day of the transfer-out request, not null
   * @return the obligation, or empty when the calendar has no school day near enough
   */
  public Option<Obligation> transfer(String subject, LocalDate requested) {
    return event(ObligationKind.TRANSFER, subject, requested, rules.records().transfer());
  }

  /**
   * Returns the obligation to cancel the record of a student who died on {@code died}.
   *
   * @param subject who it is about, not null
   * @param died the day of death (or of its notice), not null
   * @return the obligation, or empty when the calendar has no school day near enough
   */
  public Option<Obligation> deathCancellation(String subject, LocalDate died) {
    return event(
        ObligationKind.DEATH_CANCELLATION, subject, died, rules.records().deathCancellation());
  }

  private Option<Obligation> event(
      ObligationKind kind, String subject, LocalDate start, DayCount within) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(start, "start");
    return within
        .dueFrom(start, days)
        .map(due -> Obligation.builder()
            .id(kind + "/" + start + "/" + subject)
            .kind(kind)
            .task(kind.name())
            .actor(Role.SCHOOL)
            .dueDate(due)
            .build());
  }

  /**
   * Lists the calendar's obligations due up to the end of {@code asOf} (from the first term
   * opening, or one year back when there is none) that were done late or not at all.
   *
   * @param asOf the day of the check, not null
   * @param done what was done, null elements ignored, not null
   * @return the findings, in due order
   */
  public Seq<ObligationFinding> findings(LocalDate asOf, Iterable<Fulfilment> done) {
    Objects.requireNonNull(asOf, "asOf");
    LocalDate start = openings.headOption().getOrElse(asOf.minusYears(1));
    return findings(asOf, obligationsDue(start, asOf), done);
  }

  /**
   * Lists which of {@code obligations} were done late or not at all as of the end of {@code asOf}.
   *
   * @param asOf the day of the check, not null
   * @param obligations the obligations, for example transfers, not null
   * @param done what was done, null elements ignored, not null
   * @return the findings, in the order of {@code obligations}
   */
  public Seq<ObligationFinding> findings(
      LocalDate asOf, Iterable<Obligation> obligations, Iterable<Fulfilment> done) {
    Objects.requireNonNull(asOf, "asOf");
    return findingsAt(asOf.plusDays(1).atStartOfDay(), obligations, done);
  }

  /**
   * Lists which of {@code obligations} were done late or not at all as of the instant {@code
   * asOf} (R-OBL-1, R-OBL-5): one not done whose deadline is at or before {@code asOf} is missing
   * ({@link FindingKind#ZERO_REPORT_ABSENT} for a weekly report), one done at or after its
   * deadline is late; a fulfilment at or after {@code asOf} is not yet known.
   *
   * <p>Example: a stage due before 2022-10-19 18:00 and not done is no finding as of 17:59 and
   * missing as of 18:00.
   *
   * @param asOf the instant of the check, not null
   * @param obligations the obligations, not null
   * @param done what was done, null elements ignored, not null
   * @return the findings, in the order of {@code obligations}
   */
  public static Seq<ObligationFinding> findingsAt(
      LocalDateTime asOf, Iterable<Obligation> obligations, Iterable<Fulfilment> done) {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(obligations, "obligations");
    Objects.requireNonNull(done, "done");
    Map<String, LocalDateTime> first = new HashMap<>();
    for (Fulfilment f : done) {
      if (f != null && f.doneAt().isBefore(asOf)) {
        first.merge(f.obligationId(), f.doneAt(), (a, b) -> a.isBefore(b) ? a : b);
      }
    }
    Seq<ObligationFinding> out = Vector.empty();
    for (Obligation o : obligations) {
      LocalDateTime at = first.get(o.id());
      if (at != null) {
        if (o.isLate(at)) {
          out = out.append(new ObligationFinding(o, FindingKind.LATE, Option.some(at)));
        }
      } else if (!o.lateFrom().isAfter(asOf)) {
        FindingKind kind = o.kind() == ObligationKind.WEEKLY_REPORT
            ? FindingKind.ZERO_REPORT_ABSENT
            : FindingKind.MISSING;
        out = out.append(new ObligationFinding(o, kind, Option.none()));
      }
    }
    return out;
  }

  /**
   * Lists the campaign stages and recurring duties of {@code duties} due from {@code from} to
   * {@code to}, both included, sorted by due date and id (R-OBL-1, R-OBL-2, R-OBL-3, R-OBL-5).
   *
   * <p>A duty in given months is due by the last day of each such month (id {@code
   * RECURRING/task/2023-10}); one after each term start is due within its period after each of
   * this calendar's openings (id {@code RECURRING/task/2023-09-01}); a campaign stage is due on its
   * last day (id {@code CAMPAIGN/campaign/stage}).
   *
   * @param duties the duties, not null
   * @param from the first day, not null
   * @param to the last day, not null
   * @return the obligations, empty when {@code to} is before {@code from}
   */
  public Seq<Obligation> dutiesDue(Duties duties, LocalDate from, LocalDate to) {
    Objects.requireNonNull(duties, "duties");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Seq<Obligation> out = Vector.empty();
    if (to.isBefore(from)) {
      return out;
    }
    for (Campaign c : duties.campaigns()) {
      out = out.appendAll(c.obligations().filter(o -> within(o.dueDate(), from, to)));
    }
    for (RecurringDuty d : duties.recurring()) {
      for (java.time.YearMonth ym = java.time.YearMonth.from(from);
          !ym.isAfter(java.time.YearMonth.from(to));
          ym = ym.plusMonths(1)) {
        LocalDate due = ym.atEndOfMonth();
        if (d.months().contains(ym.getMonth()) && within(due, from, to)) {
          out = out.append(recurring(d, ym.toString(), due));
        }
      }
      if (d.afterTermStart().isDefined()) {
        for (LocalDate opening : openings) {
          Option<LocalDate> due = d.afterTermStart().get().dueFrom(opening, days);
          if (due.isDefined() && within(due.get(), from, to)) {
            out = out.append(recurring(d, opening.toString(), due.get()));
          }
        }
      }
    }
    return out.sortBy(o -> o.dueDate().toString() + " " + o.id());
  }

  private static boolean within(LocalDate d, LocalDate from, LocalDate to) {
    return !d.isBefore(from) && !d.isAfter(to);
  }

  private static Obligation recurring(RecurringDuty d, String period, LocalDate due) {
    return Obligation.builder()
        .id("RECURRING/" + d.task() + "/" + period)
        .kind(ObligationKind.RECURRING)
        .task(d.task())
        .actor(d.actor())
        .recipients(d.recipients())
        .dueDate(due)
        .build();
  }

  /**
   * Lists the daily reports a unit under daily tracking owes (每日跟踪问效, R-OBL-3): one on each
   * school day from {@code namedOn} to {@code to}, stopping before {@code clearedOn}. Empty when
   * {@code duties} has no daily tracking. Id {@code DAILY_TRACKING/unit/2018-11-21}.
   *
   * @param duties the duties, not null
   * @param unit the tracked unit, for example a county's code, not null
   * @param namedOn the day the unit was named for tracking, not null
   * @param clearedOn the day it was cleared, if it was
   * @param to the last day looked at, not null
   * @return the obligations, by day
   */
  public Seq<Obligation> dailyTracking(
      Duties duties, String unit, LocalDate namedOn, Option<LocalDate> clearedOn, LocalDate to) {
    Objects.requireNonNull(duties, "duties");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(namedOn, "namedOn");
    Objects.requireNonNull(clearedOn, "clearedOn");
    Objects.requireNonNull(to, "to");
    Seq<Obligation> out = Vector.empty();
    if (duties.dailyTracking().isEmpty()) {
      return out;
    }
    DailyTracking t = duties.dailyTracking().get();
    LocalDate last =
        clearedOn.map(c -> c.minusDays(1)).filter(c -> c.isBefore(to)).getOrElse(to);
    // From school day to school day on the calendar's index: the cost is the reports listed,
    // however long the period or the vacations in it (docs/rules.md §11).
    Option<LocalDate> day =
        days.isSchoolDay(namedOn) ? Option.some(namedOn) : days.plusSchoolDays(namedOn, 1);
    for (; day.isDefined() && !day.get().isAfter(last); day = days.plusSchoolDays(day.get(), 1)) {
      LocalDate d = day.get();
      out = out.append(Obligation.builder()
          .id("DAILY_TRACKING/" + unit + "/" + d)
          .kind(ObligationKind.DAILY_TRACKING)
          .task("DAILY_TRACKING")
          .actor(t.reporter())
          .addRecipients(t.recipient())
          .dueDate(d)
          .dueBefore(t.dueBefore().toJavaOptional())
          .build());
    }
    return out;
  }

  /**
   * Lists the home-educated students and weeks with fewer visits than required (R-LED-6): every
   * Monday–Sunday week from the one holding {@code from} to the one holding {@code to} that has a
   * school day.
   *
   * @param from the first day, not null
   * @param to the last day, not null
   * @param visitsByStudent each home-educated student's visit dates, not null
   * @return the shortfalls, by student id then week; empty when no visits are required
   */
  public Seq<HomeEducationShortfall> homeEducationShortfalls(
      LocalDate from,
      LocalDate to,
      Map<StudentId, ? extends Collection<LocalDate>> visitsByStudent) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(visitsByStudent, "visitsByStudent");
    int required = rules.homeEducationVisitsPerWeek();
    Seq<HomeEducationShortfall> out = Vector.empty();
    if (required == 0) {
      return out;
    }
    // The weeks with a school day, found once for all students, within the calendar's terms.
    java.util.List<LocalDate> schoolWeeks = new java.util.ArrayList<>();
    for (LocalDate monday =
            firstSchoolWeek(from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
        !monday.isAfter(lastSchoolWeek(to));
        monday = monday.plusWeeks(1)) {
      boolean schoolWeek = false;
      for (int i = 0; i < 7 && !schoolWeek; i++) {
        schoolWeek = days.isSchoolDay(monday.plusDays(i));
      }
      if (schoolWeek) {
        schoolWeeks.add(monday);
      }
    }
    java.util.SortedSet<StudentId> students =
        new TreeSet<>(java.util.Comparator.comparing(StudentId::unmasked));
    students.addAll(visitsByStudent.keySet());
    for (StudentId student : students) {
      Map<LocalDate, Integer> perWeek = new HashMap<>();
      for (LocalDate visit : visitsByStudent.get(student)) {
        perWeek.merge(
            visit.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), 1, Integer::sum);
      }
      for (LocalDate monday : schoolWeeks) {
        int visits = perWeek.getOrDefault(monday, 0);
        if (visits < required) {
          out = out.append(new HomeEducationShortfall(student, monday, visits, required));
        }
      }
    }
    return out;
  }
}
