package org.kbbx.core.archfixture.bad.clock;

import java.time.ZoneId;

/** Deliberately bad: reads the machine's time zone. */
public class UsesDefaultZone {
  public ZoneId zone() {
    return ZoneId.systemDefault();
  }
}
