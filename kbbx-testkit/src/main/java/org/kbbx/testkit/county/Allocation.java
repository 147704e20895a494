package org.kbbx.testkit.county;

/** Exact integer apportionment by the largest-remainder method (deterministic, sums exactly). */
final class Allocation {

  private Allocation() {}

  /**
   * Splits {@code total} into parts proportional to {@code weights}; ties go to the lower index.
   */
  static int[] split(int total, int[] weights) {
    long sum = 0;
    for (int w : weights) {
      sum += w;
    }
    int[] parts = new int[weights.length];
    if (weights.length == 0) {
      return parts;
    }
    if (sum == 0) {
      parts[0] = total;
      return parts;
    }
    long[] remainders = new long[weights.length];
    int given = 0;
    for (int i = 0; i < weights.length; i++) {
      long exact = (long) total * weights[i];
      parts[i] = (int) (exact / sum);
      remainders[i] = exact % sum;
      given += parts[i];
    }
    for (int left = total - given; left > 0; left--) {
      int best = 0;
      for (int i = 1; i < weights.length; i++) {
        if (remainders[i] > remainders[best]) {
          best = i;
        }
      }
      parts[best]++;
      remainders[best] = -1;
    }
    return parts;
  }
}
