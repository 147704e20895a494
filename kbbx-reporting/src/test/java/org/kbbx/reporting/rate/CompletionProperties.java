package org.kbbx.reporting.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.school.Grade;
import org.kbbx.core.status.EventType;
import org.kbbx.core.time.SchoolYear;

/** R-RATE-17 property: a completer is counted exactly once, at the school where he finished. */
class CompletionProperties {

  private static final SchoolId[] SCHOOLS = {
    CompletionAndIntakeTest.A, CompletionAndIntakeTest.J, CompletionAndIntakeTest.X
  };

  @Test
  @Tag("R-RATE-17")
  void completerCountedExactlyOnceAtTheSchoolWhereHeFinished() {
    qt().forAll(
            integers().between(0, 2),
            lists().of(integers().between(0, 5 * 200 - 1)).ofSizeBetween(0, 4),
            booleans().all(),
            integers().between(0, 2))
        .checkAssert((start, moves, suspended, juniorSchool) -> {
          CompletionAndIntakeTest.Pupil p = new CompletionAndIntakeTest.Pupil("Q1");
          p.enrol("2014-09-01", SCHOOLS[start], 1);
          int school = start;
          List<Integer> sorted = moves.stream().distinct().sorted().toList();
          int grade = 1;
          for (int y = 2015; y <= 2019; y++) {
            grade++;
            p.add(p.at(y + "-09-01", EventType.PROMOTE).grade(Grade.of(grade)));
            for (int m : sorted) {
              if (m / 200 == y - 2015) {
                school = (school + 1 + m % 2) % 3;
                p.transfer(LocalDate.of(y, 9, 10).plusDays(m % 200).toString(), SCHOOLS[school]);
              }
            }
          }
          if (suspended) {
            p.add(p.at("2020-04-01", EventType.SUSPEND).until(LocalDate.parse("2020-06-30")));
            p.add(p.at("2020-07-01", EventType.RESUME));
          }
          p.toJunior("2020-09-01", SCHOOLS[juniorSchool], 7);
          long total = 0;
          for (int y = 2014; y <= 2021; y++) {
            UnitCounts counts = CompletionAndIntakeTest.count(SchoolYear.of(y), List.of(p));
            for (Map.Entry<SchoolRef, CountsTable> e : counts.bySchool().entrySet()) {
              long here = e.getValue().select(Slice.of(Grade.of(6))).get(Counter.COMPLETERS);
              if (here > 0) {
                assertThat(y).isEqualTo(2019);
                assertThat(e.getKey().id()).isEqualTo(SCHOOLS[school]);
              }
              total += here;
            }
          }
          assertThat(total).isEqualTo(1);
        });
  }
}
