package org.kbbx.core.archfixture.bad.clock;

import java.time.LocalDate;

/** Deliberately bad: reads today's date. */
public class CallsLocalDateNow {
  public LocalDate today() {
    return LocalDate.now();
  }
}
