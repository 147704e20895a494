/**
 * Reconciliation of population data, school records and presence (R-LED-2, 人籍一致, the national
 * 四查三比对): exactly one {@link org.kbbx.reporting.reconciliation.PersonClass} per person, every
 * input row accounted for, data-quality findings for bad rows.
 *
 * <p>Choices where docs/rules.md is silent:
 * <ul>
 *   <li>A person's class depends on records and presence only; being in the population data is
 *       shown on the match but does not change the class (a migrant child attending with a local
 *       record is consistent).
 *   <li>"Record here" means an active or transfer-pending record at a county school; a closed
 *       record (completed, deceased, cancelled) is kept on the match but is not "record here".
 *   <li>The latest presence date decides presence; no presence row means not present (三比对:
 *       records against children actually in school).
 *   <li>Present at a school other than the record school is 人在籍不在 (the record is elsewhere
 *       from where the child is).
 *   <li>Duplicates: the first row wins; later population rows with the same ID, and later record
 *       rows with the same ID at the same school, are duplicate-ID findings. Records for the same
 *       ID at two schools are both kept, with a counted-in-two-schools finding.
 *   <li>The priority cross-check treats 无学籍 and 籍在人不在 as out of school.
 *   <li>The registered-poor list is a set of already-validated IDs; it is a lookup, not a
 *       conserved source.
 *   <li>Two forms, one rule set: {@code reconcile} returns every row per person;
 *       {@code summarize} returns the counts a county reports (persons per class, person findings
 *       per kind) and every row finding, keeping only compact per-person columns, so that a county
 *       of ten million fits in a few hundred megabytes. Its optional sink sees each person once,
 *       after all sources are read, in the order {@code reconcile} lists them.
 * </ul>
 */
package org.kbbx.reporting.reconciliation;
