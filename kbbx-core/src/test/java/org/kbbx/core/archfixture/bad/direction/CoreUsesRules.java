package org.kbbx.core.archfixture.bad.direction;

import org.kbbx.rules.archfixture.RulesPart;

/** Deliberately bad: core depends on rules. */
public class CoreUsesRules {
  public int threshold() {
    return new RulesPart().threshold();
  }
}
