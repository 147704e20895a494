package org.kbbx.rules.archfixture;

import org.kbbx.reporting.archfixture.ReportingPart;

/** Deliberately bad: rules depends on reporting. */
public class RulesUsesReporting {
  public String title() {
    return new ReportingPart().title();
  }
}
