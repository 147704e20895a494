package org.kbbx.reporting.archfixture;

/** A stand-in for a kbbx-reporting class, for the module-direction proof. */
public class ReportingPart {
  public String title() {
    return "weekly report";
  }
}
