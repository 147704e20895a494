package org.kbbx.reporting.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.id.ResidentId;

/** The join index behind the reconciliation (R-LED-2): agrees with R-ID-1 and with a HashMap. */
@Tag("R-ID-1")
class PersonIndexProperties {

  @Test
  @Tag("R-LED-2")
  void indexBehavesLikeAMap() {
    qt().forAll(lists().of(longs().between(0, 99_999_999_999_999_999L)).ofSizeBetween(0, 3000))
        .checkAssert(keys -> {
          PersonIndex index = new PersonIndex();
          Map<Long, Integer> expected = new HashMap<>();
          for (long key : keys) {
            if (!expected.containsKey(key)) {
              index.put(key, expected.size());
              expected.put(key, expected.size());
            }
          }
          for (long key : keys) {
            assertThat(index.get(key)).isEqualTo(expected.get(key));
          }
          assertThat(index.get(100_000_000_000_000_000L)).isEqualTo(-1);
        });
  }

  @Test
  @Tag("R-LED-2")
  void everyValidIdHasAKeyAndUpperAndLowerXShareIt() {
    qt().forAll(integers().between(0, 3650), integers().between(0, 999)).checkAssert((day, seq) -> {
      String birth = java.time.LocalDate.of(2008, 1, 1).plusDays(day).toString().replace("-", "");
      String id = TestIds.id("522428", birth, seq);
      assertThat(ResidentId.isValid(id)).isTrue();
      long key = PersonIndex.key(id);
      assertThat(key).isEqualTo(Long.parseLong(id.substring(0, 17)));
      assertThat(PersonIndex.key(id.toLowerCase(java.util.Locale.ROOT))).isEqualTo(key);
      assertThat(PersonIndex.key(TestIds.withWrongCheck(id))).isEqualTo(-1);
    });
  }

  @Test
  @Tag("R-LED-2")
  void malformedTextHasNoKey() {
    for (String text :
        List.of("", "12345", "52242820120315001", "5224282012031500111", "52242820120315A011")) {
      assertThat(PersonIndex.key(text)).as(text).isEqualTo(-1);
    }
    assertThat(PersonIndex.key(null)).isEqualTo(-1);
  }
}
