package org.kbbx.rules.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.id.StudentId;
import org.kbbx.rules.escalation.AlertCode;
import org.kbbx.rules.escalation.MarkKind;

/**
 * A suspected student is marked (absent, mostly) every day, so her mark often arrives on the day
 * her waiting period ends (R-ABS-3), or, when the county is fed only now and then, after that
 * day. A county day takes such a mark without rebuilding her file: the dropout rule due before
 * the mark's day runs first, one due on that day after the mark. Fed in calls some days apart,
 * the county must equal one replay of the same inputs after every call, and the alerts of all
 * calls together must be those of the replay (R-FILE-3, R-FILE-4).
 */
class DueDropoutMarkProperties {

  @Test
  @Tag("R-FILE-3")
  @Tag("R-FILE-4")
  @Tag("R-ABS-3")
  void marksAroundTheDayADropoutComesDueGiveWhatOneReplayGives() {
    qt().forAll(longs().all(), integers().between(1, 6), booleans().all())
        .checkAssert((seed, students, xx) -> {
          FileKeeper keeper = FileProperties.keeper(xx);
          Random r = new Random(seed);
          int days = 75;
          Map<LocalDate, List<FileInput>> byDay = new HashMap<>();
          List<FileInput> all = new ArrayList<>();
          for (int k = 0; k < students; k++) {
            StudentId s = StudentId.of("D" + k);
            add(byDay, all, FileInput.of(FileFixtures.enrol(s, FileFixtures.START)));
            // Absent every day of the first two weeks: suspected, her dropout due a month later.
            int absentFrom = r.nextInt(4);
            int presentBias = r.nextInt(4);
            for (int d = absentFrom; d < days; d++) {
              int code = d < absentFrom + 14 ? 17 : r.nextInt(20);
              MarkKind kind = code < presentBias
                  ? MarkKind.PRESENT
                  : code == 19 ? MarkKind.EXCUSED : MarkKind.ABSENT_WITHOUT_REASON;
              if (code != 18) {
                add(byDay, all, FileFixtures.mark(s, FileFixtures.START.plusDays(d), kind));
              }
            }
          }
          CountyFile county = CountyFile.empty();
          Map<String, Integer> raised = new HashMap<>();
          LocalDate fedThrough = FileFixtures.START.minusDays(1);
          while (fedThrough.isBefore(FileFixtures.START.plusDays(days + 5))) {
            // Fed every day, or after a gap of up to a week (the waiting period can end inside).
            LocalDate call = fedThrough.plusDays(r.nextInt(3) == 0 ? 2 + r.nextInt(6) : 1);
            List<FileInput> inputs = new ArrayList<>();
            for (LocalDate d = fedThrough.plusDays(1); !d.isAfter(call); d = d.plusDays(1)) {
              inputs.addAll(byDay.getOrDefault(d, List.of()));
            }
            // In date order (each student's marks taken one after another without her file), or
            // shuffled (a mark dated before one taken already rebuilds her file).
            CountyDay fed = keeper.feedDay(
                county, call, r.nextBoolean() ? inputs : FileProperties.shuffled(inputs, seed));
            assertThat(fed.rejections()).isEmpty();
            fed.alerts().forEach(a -> raised.merge(key(a), 1, Integer::sum));
            fed.withdrawnAlerts().forEach(a -> raised.merge(key(a), -1, Integer::sum));
            county = fed.county();
            fedThrough = call;
            List<FileInput> upTo = new ArrayList<>();
            for (FileInput input : all) {
              if (!input.date().isAfter(call)) {
                upTo.add(input);
              }
            }
            CountyDay replay = keeper.replay(upTo, call);
            assertThat(county).isEqualTo(replay.county());
            Map<String, Integer> replayed = new HashMap<>();
            replay.alerts().forEach(a -> replayed.merge(key(a), 1, Integer::sum));
            raised.values().removeIf(v -> v == 0);
            assertThat(raised).isEqualTo(replayed);
          }
          // Not vacuous: some dropout rule ran on the way.
          assertThat(county.students())
              .anySatisfy(f -> assertThat(f.derived().alerts())
                  .anySatisfy(a -> assertThat(a.code())
                      .isIn(AlertCode.AUTO_DROPOUT, AlertCode.DROPOUT_CONFIRMATION_REQUIRED)));
        });
  }

  private static void add(
      Map<LocalDate, List<FileInput>> byDay, List<FileInput> all, FileInput in) {
    byDay.computeIfAbsent(in.date(), d -> new ArrayList<>()).add(in);
    all.add(in);
  }

  private static String key(FileAlert alert) {
    return alert.alert().studentId().unmasked() + " " + alert.alert().on() + " "
        + alert.alert().code();
  }
}
