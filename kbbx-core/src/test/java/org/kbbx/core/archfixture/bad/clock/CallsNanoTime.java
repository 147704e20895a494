package org.kbbx.core.archfixture.bad.clock;

/** Deliberately bad: reads the system timer. */
public class CallsNanoTime {
  public long nanos() {
    return System.nanoTime();
  }
}
