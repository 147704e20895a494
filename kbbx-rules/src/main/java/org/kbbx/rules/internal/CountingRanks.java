package org.kbbx.rules.internal;

/**
 * One stable counting pass: for keys below a bound, where each goes in the order by key, ties in
 * the given order. O(n + bound). Performance machinery, not API: the county day puts its marks in
 * near slot order ({@link StudentColumns#slotRanks}) and what they raised back in input order with
 * it.
 */
public final class CountingRanks {

  private CountingRanks() {}

  /**
   * Replaces each of the first {@code n} keys by where it goes in the stable order by key: after
   * the call, {@code out[keys[j]] = in[j]} orders items read in their given order. In place, so
   * that a day's sort of its marks allocates only the counts.
   *
   * @param keys the keys, each 0 to {@code bound - 1}; on return, the ranks 0 to n - 1
   * @param n how many, from the start
   * @param bound above every key
   * @return {@code keys}, now holding the ranks
   */
  public static int[] inPlace(int[] keys, int n, int bound) {
    int[] next = new int[bound + 1];
    for (int j = 0; j < n; j++) {
      next[keys[j] + 1]++;
    }
    for (int b = 0; b < bound; b++) {
      next[b + 1] += next[b];
    }
    for (int j = 0; j < n; j++) {
      keys[j] = next[keys[j]]++;
    }
    return keys;
  }
}
