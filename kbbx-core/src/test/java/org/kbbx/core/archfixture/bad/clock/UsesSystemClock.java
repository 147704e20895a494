package org.kbbx.core.archfixture.bad.clock;

import java.time.Clock;

/** Deliberately bad: takes the system clock. */
public class UsesSystemClock {
  public Clock clock() {
    return Clock.systemUTC();
  }
}
