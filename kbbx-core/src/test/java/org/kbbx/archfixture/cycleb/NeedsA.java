package org.kbbx.archfixture.cycleb;

import org.kbbx.archfixture.cyclea.NeedsB;

/** Deliberately bad: the other half of a package cycle. */
public class NeedsA {
  public int size(NeedsB other) {
    return other.hashCode();
  }
}
