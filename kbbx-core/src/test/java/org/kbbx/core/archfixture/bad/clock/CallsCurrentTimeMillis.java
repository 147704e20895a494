package org.kbbx.core.archfixture.bad.clock;

/** Deliberately bad: reads the system time. */
public class CallsCurrentTimeMillis {
  public long millis() {
    return System.currentTimeMillis();
  }
}
