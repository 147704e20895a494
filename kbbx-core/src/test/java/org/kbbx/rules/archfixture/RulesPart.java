package org.kbbx.rules.archfixture;

/** A stand-in for a kbbx-rules class, for the module-direction proof. */
public class RulesPart {
  public int threshold() {
    return 5;
  }
}
