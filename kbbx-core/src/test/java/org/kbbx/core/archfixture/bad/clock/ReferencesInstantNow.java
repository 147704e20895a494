package org.kbbx.core.archfixture.bad.clock;

import java.time.Instant;
import java.util.function.Supplier;

/** Deliberately bad: a method reference to Instant::now. */
public class ReferencesInstantNow {
  public Supplier<Instant> clock() {
    return Instant::now;
  }
}
