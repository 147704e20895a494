package org.kbbx.reporting.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.id.ResidentId;
import org.quicktheories.core.Gen;

/**
 * Conservation and totality of the reconciliation (R-LED-2): for any mix of valid, invalid,
 * duplicate and null rows, every row lands exactly once and nothing throws.
 */
class ReconciliationProperties {

  private static final Reconciliation COUNTY = Reconciliation.forSchools(Set.of("S0", "S1", "S2"));
  private static final DivisionCode VILLAGE = DivisionCode.parse("522428100201");
  private static final String[] SCHOOLS = {"S0", "S1", "S2", "S9", null};
  private static final LocalDate DAY = LocalDate.of(2023, 9, 11);

  /** A small ID pool so duplicates and joins happen often: 8 valid IDs, a bad one, null. */
  private static String idFor(int code) {
    int slot = code % 10;
    if (slot == 8) {
      return TestIds.withWrongCheck(TestIds.child(1));
    }
    return slot == 9 ? null : TestIds.child(slot);
  }

  private static PopulationRow population(int code) {
    if (code % 37 == 0) {
      return null;
    }
    LocalDate birth = code % 7 == 0 ? LocalDate.of(2011, 1, 1) : LocalDate.of(2012, 3, 15);
    return new PopulationRow(idFor(code), "n" + code, birth, VILLAGE);
  }

  private static RecordRow record(int code) {
    if (code % 37 == 0) {
      return null;
    }
    RecordStatus status = code % 11 == 0 ? null : RecordStatus.values()[(code / 10) % 3];
    return new RecordRow(idFor(code), SCHOOLS[(code / 30) % 5], status);
  }

  private static PresenceRow presence(int code) {
    if (code % 37 == 0) {
      return null;
    }
    LocalDate date = code % 13 == 0 ? null : DAY.plusDays((code / 50) % 3);
    return new PresenceRow(idFor(code), SCHOOLS[(code / 30) % 5], code % 2 == 0, date);
  }

  private static Gen<List<Integer>> codes() {
    return lists().of(integers().between(0, 9_999)).ofSizeBetween(0, 40);
  }

  private static <T> List<T> rows(List<Integer> codes, java.util.function.IntFunction<T> row) {
    List<T> rows = new ArrayList<>(codes.size());
    codes.forEach(code -> rows.add(row.apply(code)));
    return rows;
  }

  @Test
  @Tag("R-LED-2")
  void everyRowLandsInExactlyOnePersonOrFinding() {
    qt().forAll(codes(), codes(), codes()).checkAssert((p, r, s) -> {
      ReconciliationResult result = COUNTY.reconcile(
          rows(p, ReconciliationProperties::population),
          rows(r, ReconciliationProperties::record),
          rows(s, ReconciliationProperties::presence),
          Set.of(ResidentId.parse(TestIds.child(0)), ResidentId.parse(TestIds.child(3))));

      Map<Source, BitSet> seen = new EnumMap<>(Source.class);
      Map<Source, Integer> total = new EnumMap<>(Source.class);
      for (Source source : Source.values()) {
        seen.put(source, new BitSet());
        total.put(source, 0);
      }
      java.util.function.Consumer<SourceRow<?>> mark = row -> {
        assertThat(seen.get(row.source()).get((int) row.position()))
            .as("row %s seen twice", row)
            .isFalse();
        seen.get(row.source()).set((int) row.position());
        total.merge(row.source(), 1, Integer::sum);
      };
      for (PersonMatch person : result.persons()) {
        person.population().ifPresent(mark);
        person.records().forEach(mark);
        person.presence().forEach(mark);
      }
      result.rowFindings().forEach(f -> mark.accept(f.row()));

      assertThat(total.get(Source.POPULATION)).isEqualTo(p.size());
      assertThat(total.get(Source.RECORD)).isEqualTo(r.size());
      assertThat(total.get(Source.PRESENCE)).isEqualTo(s.size());
      for (Source source : Source.values()) {
        assertThat(result.rowsOut(source)).isEqualTo(result.rowsIn(source));
      }
    });
  }

  @Test
  @Tag("R-LED-2")
  void exactlyOneClassPerPersonAndClassCountsAddUp() {
    qt().forAll(codes(), codes(), codes()).checkAssert((p, r, s) -> {
      ReconciliationResult result = COUNTY.reconcile(
          rows(p, ReconciliationProperties::population),
          rows(r, ReconciliationProperties::record),
          rows(s, ReconciliationProperties::presence),
          Set.of());
      Set<ResidentId> ids = new HashSet<>();
      for (PersonMatch person : result.persons()) {
        assertThat(ids.add(person.residentId())).as("one match per person").isTrue();
        assertThat(person.rowCount()).isPositive();
      }
      long sum =
          result.classCounts().values().stream().mapToLong(Long::longValue).sum();
      assertThat(sum).isEqualTo(result.persons().size());
    });
  }

  @Test
  @Tag("R-LED-2")
  void arrivalOrderWithinASourceDoesNotChangeAnyClass() {
    qt().forAll(codes(), codes(), codes()).checkAssert((p, r, s) -> {
      List<Integer> reversed = new ArrayList<>(s);
      java.util.Collections.reverse(reversed);
      ReconciliationResult forward = COUNTY.reconcile(
          rows(p, ReconciliationProperties::population),
          rows(r, ReconciliationProperties::record),
          rows(s, ReconciliationProperties::presence),
          Set.of());
      ReconciliationResult backward = COUNTY.reconcile(
          rows(p, ReconciliationProperties::population),
          rows(r, ReconciliationProperties::record),
          rows(reversed, ReconciliationProperties::presence),
          Set.of());
      assertThat(backward.classCounts()).isEqualTo(forward.classCounts());
    });
  }
}
