package org.kbbx.archfixture.cyclea;

import org.kbbx.archfixture.cycleb.NeedsA;

/** Deliberately bad: half of a package cycle. */
public class NeedsB {
  public int size(NeedsA other) {
    return other.hashCode();
  }
}
