package org.kbbx.reporting.archfixture;

import org.kbbx.rules.archfixture.RulesPart;

/** Allowed: reporting depends on rules. */
public class ReportingUsesRules {
  public int threshold() {
    return new RulesPart().threshold();
  }
}
