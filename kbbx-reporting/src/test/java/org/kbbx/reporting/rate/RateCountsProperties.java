package org.kbbx.reporting.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.division.DivisionLevel;
import org.kbbx.core.person.PriorityGroup;
import org.kbbx.core.person.Sex;
import org.kbbx.core.rate.Rate;
import org.kbbx.core.school.Grade;
import org.kbbx.core.school.GradeSystem;
import org.kbbx.core.school.SchoolLevel;
import org.quicktheories.core.Gen;

/** R-RATE-2 and R-RATE-4 properties: counts are a commutative monoid; roll-ups equal one pass. */
class RateCountsProperties {

  private static final DivisionCode[] VILLAGES = {
    DivisionCode.parse("520527100201"),
    DivisionCode.parse("520527100202"),
    DivisionCode.parse("520527101203"),
    DivisionCode.parse("520528102204")
  };
  private static final SchoolRef[] SCHOOLS = {
    SchoolRef.of("S1", DivisionCode.parse("520527100000")),
    SchoolRef.of("S2", DivisionCode.parse("520527100201")),
    SchoolRef.of("S3", DivisionCode.parse("520527101000")),
    SchoolRef.of("S4", DivisionCode.parse("520528102000"))
  };

  /** A student-year drawn from 64 random bits; shrinks towards a bare not-enrolled child. */
  static StudentYear student(long bits) {
    boolean hasSchool = (bits & 1) != 0;
    boolean hasHousehold = (bits & 2) != 0;
    StudentYear.Builder b = StudentYear.builder()
        .schoolYear(Cohorts.Y2022)
        .sex(((bits >>> 2) & 1) == 0 ? Sex.MALE : Sex.FEMALE);
    Set<PriorityGroup> groups = EnumSet.noneOf(PriorityGroup.class);
    for (PriorityGroup g : PriorityGroup.values()) {
      if (((bits >>> (3 + g.ordinal())) & 7) == 7) { // sparse: each group with probability ~1/8
        groups.add(g);
      }
    }
    b.priorityGroups(groups);
    int grade = 1 + (int) Long.remainderUnsigned(bits >>> 14, 9);
    if (hasSchool) {
      boolean enrolled = ((bits >>> 20) & 1) != 0;
      b.school(SCHOOLS[(int) ((bits >>> 21) & 3)])
          .grade(Grade.of(grade))
          .enrolled(enrolled)
          .droppedOut(((bits >>> 23) & 3) == 3)
          .repeater(enrolled && ((bits >>> 25) & 3) == 3)
          .completer(((bits >>> 27) & 3) == 3)
          .transferredIn(((bits >>> 29) & 3) == 3)
          .transferredOut(((bits >>> 31) & 3) == 3);
    }
    if (hasHousehold) {
      boolean compulsory = ((bits >>> 33) & 7) != 0;
      int expected = (int) Long.remainderUnsigned(bits >>> 36, 10);
      b.household(VILLAGES[(int) ((bits >>> 42) & 3)]).compulsoryAge(compulsory);
      if (compulsory && expected > 0) {
        b.expectedGrade(Grade.of(expected));
      }
      b.enrolledForPopulation(((bits >>> 44) & 1) != 0)
          .completedCompulsory(((bits >>> 45) & 7) == 7)
          .deferred(((bits >>> 48) & 7) == 7);
    }
    return b.build();
  }

  static Gen<StudentYear> students() {
    return longs().all().map(RateCountsProperties::student);
  }

  static Gen<List<StudentYear>> populations() {
    return lists().of(students()).ofSizeBetween(0, 60);
  }

  static Gen<RateCounts> rateCounts() {
    return lists().of(longs().between(0, 1L << 40)).ofSize(Counter.COUNT).map(values -> {
      Map<Counter, Long> map = new EnumMap<>(Counter.class);
      for (Counter c : Counter.values()) {
        map.put(c, values.get(c.ordinal()));
      }
      return RateCounts.of(map);
    });
  }

  // R-RATE-2: merge is associative and commutative, and empty is its identity.
  @Test
  @Tag("R-RATE-2")
  void rateCountsFormACommutativeMonoid() {
    qt().forAll(rateCounts(), rateCounts(), rateCounts()).checkAssert((a, b, c) -> {
      assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
      assertThat(a.plus(b)).isEqualTo(b.plus(a));
      assertThat(a.plus(RateCounts.empty())).isEqualTo(a);
      assertThat(RateCounts.empty().plus(a)).isEqualTo(a);
    });
  }

  // R-RATE-2: the same laws for whole unit counts (tables by school and household).
  @Test
  @Tag("R-RATE-2")
  void unitCountsFormACommutativeMonoid() {
    qt().forAll(populations(), populations(), populations()).checkAssert((x, y, z) -> {
      UnitCounts a = Cohorts.count(x);
      UnitCounts b = Cohorts.count(y);
      UnitCounts c = Cohorts.count(z);
      assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
      assertThat(a.plus(b)).isEqualTo(b.plus(a));
      assertThat(a.plus(UnitCounts.empty(GradeSystem.SIX_THREE))).isEqualTo(a);
      assertThat(UnitCounts.empty(GradeSystem.SIX_THREE).plus(a)).isEqualTo(a);
    });
  }

  // R-RATE-2: any partition of a population, counted part by part and merged, equals one pass.
  @Test
  @Tag("R-RATE-2")
  void anyPartitionMergedEqualsOnePass() {
    qt().forAll(populations(), lists().of(integers().between(0, 3)).ofSize(60))
        .checkAssert((population, parts) -> {
          List<List<StudentYear>> partition = new ArrayList<>();
          for (int i = 0; i < 4; i++) {
            partition.add(new ArrayList<>());
          }
          for (int i = 0; i < population.size(); i++) {
            partition.get(parts.get(i)).add(population.get(i));
          }
          UnitCounts merged = UnitCounts.empty(GradeSystem.SIX_THREE);
          for (List<StudentYear> part : partition) {
            merged = merged.plus(Cohorts.count(part));
          }
          assertThat(merged).isEqualTo(Cohorts.count(population));
        });
  }

  // R-RATE-4: rates rolled up to any level equal rates counted directly over the union.
  @Test
  @Tag("R-RATE-4")
  void rolledUpRatesEqualRatesOverTheUnion() {
    qt().forAll(populations()).checkAssert(population -> {
      UnitCounts counts = Cohorts.count(population);
      for (DivisionLevel level :
          List.of(DivisionLevel.PROVINCE, DivisionLevel.COUNTY, DivisionLevel.TOWNSHIP)) {
        counts.rollUp(level).forEach((division, table) -> {
          for (SchoolLevel schoolLevel : SchoolLevel.values()) {
            long dropped = 0;
            long enrolled = 0;
            for (StudentYear s : population) {
              boolean inside =
                  s.school().map(x -> x.division().isWithin(division)).orElse(false);
              boolean atLevel = s.grade()
                  .map(g -> GradeSystem.SIX_THREE.levelOf(g) == schoolLevel)
                  .orElse(false);
              if (inside && atLevel) {
                dropped += s.droppedOut() ? 1 : 0;
                enrolled += s.enrolled() ? 1 : 0;
              }
            }
            assertThat(DropoutRates.annual(table, Slice.of(schoolLevel)))
                .isEqualTo(Rate.of(dropped, enrolled));
          }
          assertThat(table).isEqualTo(counts.within(division));
        });
      }
      CountsTable province = counts.rollUp(DivisionLevel.PROVINCE).values().stream()
          .reduce(CountsTable.empty(GradeSystem.SIX_THREE), CountsTable::plus);
      CountsTable townships = counts.rollUp(DivisionLevel.TOWNSHIP).values().stream()
          .reduce(CountsTable.empty(GradeSystem.SIX_THREE), CountsTable::plus);
      assertThat(province).isEqualTo(counts.total()).isEqualTo(townships);
    });
  }

  // R-RATE-2: a contribution holds exactly the counters its facts imply (packing loses nothing).
  @Test
  @Tag("R-RATE-2")
  void contributionRoundTripsTheFacts() {
    qt().forAll(students()).checkAssert(s -> {
      Contribution c = s.contribution(GradeSystem.SIX_THREE);
      assertThat(c.counts(Counter.ENROLLED)).isEqualTo(s.enrolled());
      assertThat(c.counts(Counter.DROPPED_OUT)).isEqualTo(s.droppedOut());
      assertThat(c.counts(Counter.REPEATERS)).isEqualTo(s.repeater());
      assertThat(c.counts(Counter.COMPLETERS)).isEqualTo(s.completer());
      assertThat(c.counts(Counter.TRANSFERS_IN)).isEqualTo(s.transferredIn());
      assertThat(c.counts(Counter.TRANSFERS_OUT)).isEqualTo(s.transferredOut());
      boolean resident = s.household().isPresent() && s.compulsoryAge();
      assertThat(c.counts(Counter.POPULATION)).isEqualTo(resident);
      assertThat(c.counts(Counter.POPULATION_ENROLLED))
          .isEqualTo(resident && s.enrolledForPopulation());
      assertThat(c.counts(Counter.POPULATION_DEFERRED)).isEqualTo(resident && s.deferred());
      assertThat(c.counts(Counter.POPULATION_COMPLETED))
          .isEqualTo(resident && s.completedCompulsory());
      assertThat(c.sex()).isEqualTo(s.sex());
      assertThat(c.priorityGroups()).isEqualTo(s.priorityGroups());
      if (resident) {
        assertThat(c.populationRow())
            .isEqualTo(s.expectedGrade().map(Grade::number).orElse(0));
      }
      if (!c.counters().isEmpty() && c.counters().stream().anyMatch(Counter::isEnrolmentSide)) {
        assertThat(c.enrolmentRow()).isEqualTo(s.grade().get().number());
      }
    });
  }

  // R-RATE-4: the priority-group breakdown of a group equals a one-pass count of that group's
  // members.
  @Test
  @Tag("R-RATE-4")
  void groupBreakdownEqualsCountingTheGroupAlone() {
    qt().forAll(populations(), integers().between(0, PriorityGroup.values().length - 1))
        .checkAssert((population, g) -> {
          PriorityGroup group = PriorityGroup.values()[g];
          List<StudentYear> members = new ArrayList<>();
          for (StudentYear s : population) {
            if (s.priorityGroups().contains(group)) {
              members.add(s);
            }
          }
          assertThat(Cohorts.count(population).total().select(Slice.all().withGroup(group)))
              .isEqualTo(Cohorts.count(members).total().total());
        });
  }

  // R-RATE-2: students' counts kept in the accumulator's compact int cells and folded into its long
  // cells every n students (n from 1 up, and never) give the same table, mixed with bulk cells.
  @Test
  @Tag("R-RATE-2")
  void foldingRecentCountsChangesNothing() {
    qt().forAll(populations(), integers().between(1, 7), longs().between(0, 1000))
        .checkAssert((population, foldEvery, bulk) -> {
          CountsTable.Accumulator folding =
              new CountsTable.Accumulator(GradeSystem.SIX_THREE, foldEvery);
          CountsTable.Accumulator never = CountsTable.accumulator(GradeSystem.SIX_THREE);
          for (int i = 0; i < population.size(); i++) {
            Contribution c = population.get(i).contribution(GradeSystem.SIX_THREE);
            folding.add(c);
            never.add(c);
            if (i == population.size() / 2) {
              folding.addCount(i % 10, 2, Counter.ENROLLED, bulk);
              never.addCount(i % 10, 2, Counter.ENROLLED, bulk);
            }
          }
          CountsTable expected = never.toTable();
          assertThat(folding.toTable()).isEqualTo(expected);
          // a snapshot leaves the accumulator as it was
          assertThat(folding.toTable()).isEqualTo(expected);
        });
  }
}
