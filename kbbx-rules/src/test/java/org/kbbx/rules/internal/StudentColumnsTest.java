package org.kbbx.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
   * The county day's near slot order is a stable permutation whose buckets (the hashes' top bits)
   * ascend: for spread hashes, for hashes sharing their top bits (an adversary's ids, all in one
   * bucket, which stays linear) and for repeats (one student's later input stays later).
   */
  @Test
  @Tag("R-FILE-4")
  void slotRanksAreAStablePermutationInBucketOrder() {
    SplittableRandom random = new SplittableRandom(20_261_204L);
    for (int size : new int[] {0, 1, 7, 8, 9, 63, 64, 65, 1_000, 70_000}) {
      for (int spread : new int[] {32, 20, 8, 1}) {
        int[] hashes = new int[size + 5];
        for (int i = 0; i < size; i++) {
          hashes[i] = random.nextInt() >>> (32 - spread) << (32 - spread);
          if (random.nextInt(10) == 0 && i > 0) {
            hashes[i] = hashes[i - 1]; // the same student again, a later input
          }
        }
        int[] rank = StudentColumns.slotRanks(hashes, size);
        assertThat(rank).hasSize(size);
        int[] at = new int[size];
        Arrays.fill(at, -1);
        for (int j = 0; j < size; j++) {
          assertThat(at[rank[j]]).as("rank %d taken twice", rank[j]).isEqualTo(-1);
          at[rank[j]] = j;
        }
        for (int r = 1; r < size; r++) {
          long before = StudentColumns.order(hashes[at[r - 1]]);
          long here = StudentColumns.order(hashes[at[r]]);
          int bits = size < 8 ? 0 : 31 - Integer.numberOfLeadingZeros(size) - 2;
          long bucketBefore = bits == 0 ? 0 : before >>> (32 - bits);
          long bucket = bits == 0 ? 0 : here >>> (32 - bits);
          assertThat(bucket).isGreaterThanOrEqualTo(bucketBefore);
          if (bucket == bucketBefore) {
            assertThat(at[r]).as("stable within a bucket").isGreaterThan(at[r - 1]);
          }
        }
      }
    }
  }

  /**
   * A lookup finds a student by an equal id read anew, not only by the instance held, for ids that
   * compare codes (short texts, resident-ID shapes) and ids that compare texts, across index
   * growth and with ids whose hashes collide ({@code "Aa"} and {@code "BB"} hash alike, and so
   * does every text made of the same number of them).
   */
  @Test
  @Tag("R-ID-4")
  void findsEqualIdsOfEveryShapeReadAnew() {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      texts.add("S" + i); // a code of the short shape
      texts.add(
          String.format("G%017d%s", 11_010_519_491_231_002L + i, i % 11 == 10 ? "X" : "" + i % 10));
      texts.add(String.format("%017d%s", 52_050_020_000_101_000L + i, i % 3 == 0 ? "X" : "7"));
      texts.add("student-number-" + i); // no code: compared as text
    }
    String[] pair = {"Aa", "BB"};
    for (int i = 0; i < 1 << 7; i++) {
      StringBuilder shortOne = new StringBuilder(); // 8 characters, a code
      StringBuilder longOne = new StringBuilder(); // 14 characters, no code
      for (int b = 0; b < 7; b++) {
        String half = pair[(i >>> b) & 1];
        if (b < 4) {
          shortOne.append(half);
        }
        longOne.append(half);
      }
      if (i < 1 << 4) {
        texts.add(shortOne.toString());
      }
      texts.add(longOne.toString());
    }
    StudentColumns.Builder b = StudentColumns.empty(1).toBuilder();
    for (int i = 0; i < texts.size(); i++) {
      StudentId id = StudentId.of(texts.get(i));
      int row = b.add(id, StudentTable.hash(id));
      assertThat(row).isEqualTo(i);
      b.setInt(row, 0, i);
    }
    StudentColumns built = b.build();
    StudentColumns.Builder next = built.toBuilder();
    for (int i = 0; i < texts.size(); i++) {
      StudentId anew = StudentId.of(new String(texts.get(i).toCharArray()));
      assertThat(built.find(anew)).as(texts.get(i)).isEqualTo(i);
      assertThat(next.find(anew, StudentTable.hash(anew))).isEqualTo(i);
      assertThat(built.intAt(i, 0)).isEqualTo(i);
    }
    for (String absent :
        new String[] {"S3000", "student-number-3000", "AaAaAaAaAaAaBB", "G110105194912310029", "s1"
        }) {
      if (!texts.contains(absent)) {
        assertThat(built.find(StudentId.of(absent))).as(absent).isEqualTo(-1);
      }
    }
  }

  /**
   * Adding students copies the objects' chunk index a logarithmic number of times: for 300,000
   * students in 293 chunks of 1,024, fewer references than twice the chunks (one copy per chunk
   * opened would be about 43,000), counted, not timed.
   */
  @Test
  @Tag("R-FILE-4")
  void addingStudentsCopiesTheChunkIndexLinearly() {
    StudentColumns.Builder b = StudentColumns.empty(1).toBuilder();
    int students = 300_000;
    for (int i = 0; i < students; i++) {
      StudentId id = StudentId.of("A" + i);
      b.setObject(b.add(id, StudentTable.hash(id)), id);
    }
    int chunks = (students + 1_023) / 1_024;
    assertThat(b.indexCopies()).isLessThan(2L * chunks);
    StudentColumns built = b.build();
    assertThat(built.objectAt(students - 1)).isEqualTo(StudentId.of("A" + (students - 1)));
    StudentColumns.Builder more = built.toBuilder();
    StudentId next = StudentId.of("A" + students);
    more.setObject(more.add(next, StudentTable.hash(next)), next);
    assertThat(more.build().objectAt(students)).isEqualTo(next);
    assertThat(built.size()).isEqualTo(students);
  }

  private static int value(int row, int field, int version) {
    return row * 31 + field * 7 + version * 1_000_003;
  }
}
