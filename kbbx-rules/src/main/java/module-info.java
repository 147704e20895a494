/**
 * kbbx-rules: jurisdiction profiles, absence escalation, return-persuasion cases, obligations,
 * routing and accountability. No I/O and no clock. Every rule ID named here is listed, with its
 * source document and the tests that prove it, in {@code docs/rules.md}.
 *
 * <h2>Reading order</h2>
 * <ol>
 *   <li>{@link org.kbbx.rules.profile} — the jurisdiction profiles: data, inherited, sourced
 *       (R-PROF-*); {@code Profiles.builtIn()} is where a caller starts.
 *   <li>{@link org.kbbx.rules.escalation} — absence streaks, suspected dropout and dropout
 *       (R-ABS-*).
 *   <li>{@link org.kbbx.rules.casework} — the return-persuasion case (R-CASE-*).
 *   <li>{@link org.kbbx.rules.obligation} — deadlines, reports and campaigns (R-LED-4..6, R-OBL-*).
 *   <li>{@link org.kbbx.rules.routing} — who acts and who is told (R-RC-6, R-RC-14).
 *   <li>{@link org.kbbx.rules.accountability} — which accountability rules fire (R-RC-9, R-RC-17).
 *   <li>{@link org.kbbx.rules.file} — one student's file and a county's: status, escalation, cases
 *       and routing composed, day by day or all at once, saved as plain data (R-FILE-*).
 * </ol>
 *
 * <p>Profiles as JSON (R-PROF-2) are in the {@code kbbx-json} module ({@code org.kbbx.json.profile}),
 * so this module needs no Jackson.
 */
// value-annotations is an automatic module (Automatic-Module-Name in its manifest).
@SuppressWarnings("requires-automatic")
module org.kbbx.rules {
  requires static org.immutables.value.annotations;
  requires transitive org.kbbx.core;

  exports org.kbbx.rules.accountability;
  exports org.kbbx.rules.casework;
  exports org.kbbx.rules.escalation;
  exports org.kbbx.rules.file;
  exports org.kbbx.rules.obligation;
  exports org.kbbx.rules.profile;
  exports org.kbbx.rules.routing;
}
