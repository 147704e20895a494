package org.kbbx.testkit.county;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.status.EventType;
import org.kbbx.core.status.SchoolingState;
import org.kbbx.core.status.StatusEvent;
import org.kbbx.core.status.StudentTimeline;
import org.kbbx.core.status.TimelineEntry;
import org.kbbx.core.time.SchoolYear;

/** The synthetic county's ten school years of record history. */
class CountyHistoryTest {

  private static final SyntheticCounty COUNTY =
      SyntheticCounty.generate(CountySpec.builder().students(8_000).seed(5).build());

  private static StudentTimeline replay(SyntheticStudent s) {
    return StudentTimeline.of(StudentId.of(s.id())).withAll(s.history());
  }

  @Test
  void historySpansTenSchoolYearsEndingWithTheSpecsYear() {
    assertThat(COUNTY.firstYear()).isEqualTo(SchoolYear.of(2015));
    assertThat(COUNTY.calendar().termsIn(SchoolYear.of(2015))).hasSize(2);
    assertThat(COUNTY.calendar().termsIn(SchoolYear.of(2024))).hasSize(2);
    assertThat(CountySpec.builder().historyYears(1).build().historyYears()).isEqualTo(1);
  }

  @Test
  @Tag("R-SM-2")
  @Tag("R-SM-9")
  @Tag("R-ABS-4")
  void everyRecordEventButAReturnIsLegalWhenReplayed() {
    // Returns follow a suspected dropout, which the escalation derives from the marks (R-ABS-4);
    // replayed without the marks, only they may be refused.
    long[] students = new long[1];
    COUNTY.everyone().forEach(s -> {
      students[0]++;
      StudentTimeline t = replay(s);
      for (TimelineEntry e : t.rejected()) {
        assertThat(e.event().type()).as(s + " " + e).isEqualTo(EventType.RETURN);
      }
      assertThat(s.history()).isNotEmpty();
      assertThat(s.history().get(0).type()).isEqualTo(EventType.ENROL);
    });
    assertThat(students[0]).isGreaterThan(COUNTY.studentCount());
  }

  @Test
  void theHistoryHoldsEveryKindOfEventACountyRecords() {
    Map<EventType, Long> kinds = new EnumMap<>(EventType.class);
    Set<String> outside = new HashSet<>(COUNTY.outsideSchools());
    long[] arrivals = new long[1];
    long[] departures = new long[1];
    COUNTY.everyone().forEach(s -> {
      for (StatusEvent e : s.history()) {
        kinds.merge(e.type(), 1L, Long::sum);
        if (e.type() == EventType.ENROL && outside.contains(e.school().get().value())) {
          arrivals[0]++;
        }
        if (e.type() == EventType.TRANSFER_OUT
            && outside.contains(e.school().get().value())) {
          departures[0]++;
        }
      }
    });
    assertThat(kinds)
        .containsKeys(
            EventType.ENROL,
            EventType.PROMOTE,
            EventType.REPEAT,
            EventType.PROGRESS_TO_JUNIOR,
            EventType.TRANSFER_OUT,
            EventType.CONFIRM_TRANSFER_IN,
            EventType.SUSPEND,
            EventType.RESUME,
            EventType.RETURN,
            EventType.DEATH,
            EventType.COMPLETE,
            EventType.AGE_OUT);
    assertThat(arrivals[0]).as("arrivals from outside the county").isPositive();
    assertThat(departures[0]).as("moves out of the county").isPositive();
    assertThat(kinds.get(EventType.TRANSFER_OUT))
        .as("transfers within the county too")
        .isGreaterThan(departures[0] + arrivals[0] / 2);
  }

  @Test
  void formerStudentsLeftInAnEarlierYearAndStudentsOnTheRollHaveNotLeft() {
    SchoolYear year = COUNTY.spec().schoolYear();
    long[] counts = new long[3];
    COUNTY.rosters().forEach(r -> {
      for (SyntheticStudent s : r.former()) {
        counts[0]++;
        assertThat(s.leftIn()).isPresent();
        assertThat(s.leftIn().get().isBefore(year)).isTrue();
        assertThat(s.leftIn().get().isBefore(COUNTY.firstYear())).isFalse();
        SchoolingState end = replay(s).statusOn(year.end()).schooling();
        if (s.absences().isEmpty()) {
          assertThat(end)
              .isIn(
                  SchoolingState.COMPLETED,
                  SchoolingState.DECEASED,
                  SchoolingState.ATTENDING); // ATTENDING: at a school of the neighbouring county
        } else {
          counts[1]++; // dropped out without return: the marks make the dropout
        }
      }
      for (SyntheticStudent s : r.students()) {
        s.leftIn().ifPresent(y -> assertThat(y).isEqualTo(year));
        if (s.leftIn().isEmpty() && s.grade().number() < 9) {
          counts[2]++;
          assertThat(replay(s).statusOn(year.end()).schooling())
              .isIn(SchoolingState.ATTENDING, SchoolingState.SUSPENDED);
        }
      }
    });
    assertThat(counts[0]).isPositive();
    assertThat(counts[1]).isPositive();
    assertThat(counts[2]).isPositive();
  }

  @Test
  void aStudentsYearsAreConsecutiveFromHerIntake() {
    COUNTY.students().limit(2_000).forEach(s -> {
      List<StatusEvent> h = s.history();
      StatusEvent intake = h.get(0);
      LocalDate sep1 = LocalDate.of(COUNTY.spec().schoolYear().startYear(), 9, 1);
      long yearEvents = h.stream()
          .filter(e -> e.type() == EventType.PROMOTE
              || e.type() == EventType.REPEAT
              || e.type() == EventType.PROGRESS_TO_JUNIOR)
          .count();
      if (intake.grade().get().number() == 1 && !intake.effectiveDate().isAfter(sep1)) {
        assertThat(intake.effectiveDate().getYear() + yearEvents)
            .as(s.toString())
            .isEqualTo(sep1.getYear());
      }
    });
  }

  @Test
  void theSameSpecGivesTheSameHistory() {
    SyntheticCounty again =
        SyntheticCounty.generate(CountySpec.builder().students(8_000).seed(5).build());
    SyntheticSchool school = COUNTY.schools().get(COUNTY.schools().size() - 1);
    assertThat(again.roster(school)).isEqualTo(COUNTY.roster(school));
  }
}
