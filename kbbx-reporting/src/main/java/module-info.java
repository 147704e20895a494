/**
 * kbbx-reporting: rate counts and calculators, targets, reconciliation, registers and reports.
 * No I/O and no clock. The rules are listed in {@code docs/rules.md}.
 */
// value-annotations is an automatic module (Automatic-Module-Name in its manifest).
@SuppressWarnings("requires-automatic")
module org.kbbx.reporting {
  requires static org.immutables.value.annotations;
  requires transitive org.kbbx.rules;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;

  exports org.kbbx.reporting.json;
  exports org.kbbx.reporting.rate;
  exports org.kbbx.reporting.reconciliation;
  exports org.kbbx.reporting.register;
  exports org.kbbx.reporting.report;

  // Reports are Immutables values whose generated classes are package-private; Jackson reads them
  // reflectively (KbbxReportModule, R-LED-7), which needs these packages opened to it.
  opens org.kbbx.reporting.rate to com.fasterxml.jackson.databind;
  opens org.kbbx.reporting.reconciliation to com.fasterxml.jackson.databind;
  opens org.kbbx.reporting.register to com.fasterxml.jackson.databind;
  opens org.kbbx.reporting.report to com.fasterxml.jackson.databind;
}
