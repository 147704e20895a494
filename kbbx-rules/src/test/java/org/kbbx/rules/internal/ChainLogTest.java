package org.kbbx.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The county file's chain log: versions keep their items, and appending stays linear. */
class ChainLogTest {

  private static final int CHUNK = 4_096;

  /**
   * A builder that opens a thousand chunks copies the chunk index a logarithmic number of times:
   * the references copied stay below twice the chunks (one copy per chunk opened would be half a
   * million), counted, not timed.
   */
  @Test
  @Tag("R-FILE-4")
  void appendingManyChunksCopiesTheIndexLinearly() {
    ChainLog.Builder log = ChainLog.empty().toBuilder();
    int chunks = 1_000;
    for (int i = 0; i < chunks * CHUNK; i++) {
      log.append(null, i - 1);
    }
    assertThat(log.indexCopies()).isLessThan(2L * chunks);
    ChainLog built = log.build();
    assertThat(built.link(chunks * CHUNK - 1)).isEqualTo(chunks * CHUNK - 2);
  }

  /**
   * Every version keeps its items and links while later builders (several from one version, and
   * one that goes on after {@code build()}) append across chunk boundaries and index growth.
   */
  @Test
  @Tag("R-FILE-4")
  void everyVersionKeepsItsItems() {
    List<ChainLog> versions = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    ChainLog.Builder log = ChainLog.empty().toBuilder();
    int size = 0;
    for (int round = 0; round < 12; round++) {
      int more = round % 3 == 0 ? 3 * CHUNK + 17 : 1 + round * 301;
      for (int k = 0; k < more; k++) {
        assertThat(log.append("v" + size, size - 1)).isEqualTo(size);
        size++;
      }
      versions.add(log.build());
      sizes.add(size);
    }
    // Two builders from one early version write different items at the same positions.
    ChainLog early = versions.get(2);
    ChainLog.Builder a = early.toBuilder();
    ChainLog.Builder b = early.toBuilder();
    for (int k = 0; k < 2 * CHUNK; k++) {
      a.append("a" + k, -1);
      b.append("b" + k, -1);
    }
    ChainLog fromA = a.build();
    ChainLog fromB = b.build();
    int base = sizes.get(2);
    assertThat(fromA.item(base + CHUNK)).isEqualTo("a" + CHUNK);
    assertThat(fromB.item(base + CHUNK)).isEqualTo("b" + CHUNK);
    for (int v = 0; v < versions.size(); v++) {
      ChainLog version = versions.get(v);
      for (int at = 0; at < sizes.get(v); at++) {
        if (!("v" + at).equals(version.item(at)) || version.link(at) != at - 1) {
          fail("version " + v + " changed at " + at);
        }
      }
    }
  }
}
