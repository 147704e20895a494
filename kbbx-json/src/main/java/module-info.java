/**
 * kbbx-json: JSON for kbbx with Jackson, kept apart so the library modules need no Jackson. No
 * I/O: it reads and writes strings and Jackson trees. Every rule ID named here is listed in {@code
 * docs/rules.md}.
 *
 * <h2>Reading order</h2>
 * <ol>
 *   <li>{@link org.kbbx.json.profile} — jurisdiction profiles read from and written to JSON, every
 *       problem of a bad document listed by path (R-PROF-2).
 *   <li>{@link org.kbbx.json.report} — {@code KbbxReportModule}, the Jackson module that writes
 *       kbbx's reports with stable field names, labels and masked IDs (R-LED-7, R-ID-2).
 * </ol>
 */
module org.kbbx.json {
  requires transitive org.kbbx.reporting;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;

  exports org.kbbx.json.profile;
  exports org.kbbx.json.report;
}
