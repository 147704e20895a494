package org.kbbx.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.id.StudentId;

/** Copy on write across many pages of int chunks: a version never sees a later one's writes. */
class StudentColumnsTest {

  private static final int ROWS = 40_000; // about five pages of int chunks
  private static final int WIDTH = 3;

  @Test
  @Tag("R-FILE-4")
  void versionsKeepTheirIntsAcrossPages() {
    StudentColumns.Builder b = StudentColumns.empty(WIDTH).toBuilder();
    StudentId[] ids = new StudentId[ROWS];
    for (int i = 0; i < ROWS; i++) {
      ids[i] = StudentId.of("S" + i);
      int row = b.add(ids[i], StudentTable.hash(ids[i]));
      for (int f = 0; f < WIDTH; f++) {
        b.setInt(row, f, value(row, f, 0));
      }
    }
    StudentColumns first = b.build();
    SplittableRandom random = new SplittableRandom(20_260_901L);
    boolean[] written = new boolean[ROWS];
    StudentColumns.Builder next = first.toBuilder();
    for (int k = 0; k < ROWS / 10; k++) {
      int i = random.nextInt(ROWS);
      int row = next.find(ids[i], StudentTable.hash(ids[i]));
      assertThat(row).isEqualTo(i);
      written[row] = true;
      next.setInt(row, 1, value(row, 1, 1));
    }
    StudentColumns second = next.build();
    // A write after build() must not reach the built version.
    next.setInt(ROWS - 1, 2, -7);
    StudentColumns third = next.build();
    for (int row = 0; row < ROWS; row++) {
      assertThat(first.find(ids[row])).isEqualTo(second.find(ids[row]));
      for (int f = 0; f < WIDTH; f++) {
        assertThat(first.intAt(row, f)).isEqualTo(value(row, f, 0));
        int expected = f == 1 && written[row] ? value(row, f, 1) : value(row, f, 0);
        assertThat(second.intAt(row, f)).isEqualTo(expected);
        int latest = row == ROWS - 1 && f == 2 ? -7 : expected;
        assertThat(third.intAt(row, f)).isEqualTo(latest);
      }
    }
  }

  /**
   * The county day's slot order, linear for spread hashes, is exactly the order a full sort gives:
   * for spread hashes, for hashes sharing their top bits (an adversary's ids) and for repeats.
   */
  @Test
  @Tag("R-FILE-4")
  void slotOrderIsTheSortedOrder() {
    SplittableRandom random = new SplittableRandom(20_261_204L);
    for (int size : new int[] {0, 1, 63, 64, 65, 1_000, 70_000}) {
      for (int spread : new int[] {32, 20, 8, 1}) {
        long[] keys = new long[size + 5];
        for (int i = 0; i < size; i++) {
          int h = random.nextInt() >>> (32 - spread) << (32 - spread);
          if (random.nextInt(10) == 0 && i > 0) {
            h = (int) (keys[i - 1] >>> 31); // the same student again, a later input
          }
          keys[i] = (StudentColumns.order(h) << 31) | i;
        }
        keys[size] = 42; // past n: left alone
        long[] expected = keys.clone();
        Arrays.sort(expected, 0, size);
        StudentColumns.sortInSlotOrder(keys, size);
        assertThat(keys).isEqualTo(expected);
      }
    }
  }

  private static int value(int row, int field, int version) {
    return row * 31 + field * 7 + version * 1_000_003;
  }
}
