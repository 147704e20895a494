/**
 * kbbx-reporting: rate counts and calculators, targets, reconciliation, registers and reports.
 * No I/O and no clock. Every rule ID named here is listed, with its source document and the tests
 * that prove it, in {@code docs/rules.md}.
 *
 * <h2>Reading order</h2>
 * <ol>
 *   <li>{@link org.kbbx.reporting.rate} — dropout, consolidation and enrolment rates from counts
 *       that merge (R-RATE-*).
 *   <li>{@link org.kbbx.reporting.reconciliation} — population data, school records and presence
 *       compared (R-LED-2).
 *   <li>{@link org.kbbx.reporting.register} — the three county registers (R-LED-0).
 *   <li>{@link org.kbbx.reporting.report} — ledgers, screening lists and reports (R-LED-1, R-LED-3..6).
 * </ol>
 *
 * <p>Reports as JSON (R-LED-7) are in the {@code kbbx-json} module ({@code org.kbbx.json.report}),
 * so this module needs no Jackson.
 */
// value-annotations is an automatic module (Automatic-Module-Name in its manifest).
@SuppressWarnings({"requires-automatic", "module"})
module org.kbbx.reporting {
  requires static org.immutables.value.annotations;
  requires transitive org.kbbx.rules;

  exports org.kbbx.reporting.rate;
  exports org.kbbx.reporting.reconciliation;
  exports org.kbbx.reporting.register;
  exports org.kbbx.reporting.report;

  // org.kbbx.reporting.internal (performance machinery: counter cells) is deliberately not
  // exported and not opened: no value in it is read reflectively.

  // Reports are Immutables values whose generated classes are package-private; Jackson reads them
  // reflectively (kbbx-json's KbbxReportModule, R-LED-7), which needs these packages opened to it.
  // This module does not read Jackson itself; javac's `module` lint would flag the target module.
  opens org.kbbx.reporting.rate to
      com.fasterxml.jackson.databind;
  opens org.kbbx.reporting.reconciliation to
      com.fasterxml.jackson.databind;
  opens org.kbbx.reporting.register to
      com.fasterxml.jackson.databind;
  opens org.kbbx.reporting.report to
      com.fasterxml.jackson.databind;
}
