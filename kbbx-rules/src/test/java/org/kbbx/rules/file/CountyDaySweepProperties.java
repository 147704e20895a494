package org.kbbx.rules.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.id.StudentId;
import org.kbbx.rules.escalation.EscalationInput;
import org.kbbx.rules.escalation.MarkKind;

/**
 * A county day with marks of many students goes through the county file in batches, in near slot
 * order, with the rows of the next batch read while one batch is taken. Fed in one call, a day of
 * a few hundred students (several batches) must give what the same inputs give fed one per call
 * (R-FILE-4): students new to the county, two marks of one student on one day (one batch or two),
 * back-dated marks and students with status events or case steps in the same call included.
 */
class CountyDaySweepProperties {

  private static final int DAYS = 4;

  @Test
  @Tag("R-FILE-4")
  void oneCallForADayOfManyStudentsEqualsOneCallPerInput() {
    qt().forAll(longs().all(), integers().between(130, 260), booleans().all())
        .checkAssert((seed, students, xx) -> {
          FileKeeper keeper = FileProperties.keeper(xx);
          Random r = new Random(seed);
          Map<LocalDate, List<FileInput>> byCall = new TreeMap<>();
          for (FileInput input : FileFixtures.county(seed, students, DAYS)) {
            // Mostly on its own day; sometimes a day or two late (back-dated).
            LocalDate call = input.date().plusDays(r.nextInt(6) == 0 ? 1 + r.nextInt(2) : 0);
            List<FileInput> day = byCall.computeIfAbsent(call, d -> new ArrayList<>());
            day.add(input);
            if (input instanceof FileInput.Attendance && r.nextInt(12) == 0) {
              EscalationInput.Mark mark = ((FileInput.Attendance) input).mark();
              MarkKind again = MarkKind.values()[r.nextInt(MarkKind.values().length)];
              day.add(FileFixtures.mark(mark.studentId(), mark.date(), again));
            }
          }
          // Marks of students the county has never seen, to be added as the sweep meets them.
          for (int k = 0; k < students / 4; k++) {
            LocalDate on = FileFixtures.START.plusDays(r.nextInt(DAYS));
            byCall
                .computeIfAbsent(on, d -> new ArrayList<>())
                .add(FileFixtures.mark(
                    StudentId.of("N" + r.nextInt(students)), on, MarkKind.ABSENT_WITHOUT_REASON));
          }
          CountyFile together = CountyFile.empty();
          CountyFile apart = CountyFile.empty();
          for (Map.Entry<LocalDate, List<FileInput>> call : byCall.entrySet()) {
            List<FileInput> inputs = FileProperties.shuffled(call.getValue(), seed + 7);
            CountyDay one = keeper.feedDay(together, call.getKey(), inputs);
            assertThat(one.applied().size() + one.rejections().size()).isEqualTo(inputs.size());
            together = one.county();
            Map<FileAlert, Integer> netApart = new java.util.HashMap<>();
            for (FileInput input : inputs) {
              CountyDay each = keeper.feedDay(apart, call.getKey(), List.of(input));
              count(netApart, each.alerts(), 1);
              count(netApart, each.withdrawnAlerts(), -1);
              apart = each.county();
            }
            assertThat(together).isEqualTo(apart);
            // The alerts raised less those withdrawn: the same, in one call or in many.
            Map<FileAlert, Integer> netOne = new java.util.HashMap<>();
            count(netOne, one.alerts(), 1);
            count(netOne, one.withdrawnAlerts(), -1);
            assertThat(netOne).isEqualTo(netApart);
          }
        });
  }

  private static void count(Map<FileAlert, Integer> net, List<FileAlert> alerts, int sign) {
    for (FileAlert alert : alerts) {
      net.merge(alert, sign, Integer::sum);
      net.remove(alert, 0);
    }
  }
}
