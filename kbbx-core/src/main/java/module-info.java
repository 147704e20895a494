/**
 * kbbx-core: value types, the age cohort, the enrolment-status state machine, the responsibility
 * chain and exact rates. No I/O and no clock (R-TIME-3). Every rule ID named here is listed, with
 * its source document and the tests that prove it, in {@code docs/rules.md}.
 *
 * <h2>Reading order</h2>
 * <ol>
 *   <li>{@link org.kbbx.core.time} — school years, terms and school calendars (R-TIME-1..3).
 *   <li>{@link org.kbbx.core.cohort} — the compulsory-age cohort by the 1 September cut-off
 *       (R-AGE-1..6).
 *   <li>{@link org.kbbx.core.school} — grades, levels and grade systems (R-AGE-5).
 *   <li>{@link org.kbbx.core.id}, {@link org.kbbx.core.division} and {@link org.kbbx.core.person} —
 *       resident IDs and their masking, division codes, priority groups (R-ID-*, R-DIV-1, R-GRP-*).
 *   <li>{@link org.kbbx.core.status} — the status state machine and student timelines (R-SM-*).
 *   <li>{@link org.kbbx.core.responsibility} — the seven heads, the two lines, letters and
 *       guarantees (R-RC-*).
 *   <li>{@link org.kbbx.core.rate} — exact rates and targets (R-RATE-1, R-RATE-3).
 *   <li>{@link org.kbbx.core.validation} — the problem type of every untrusted-input parser.
 *   <li>{@link org.kbbx.core.Problem} — the one contract of every rejection: a code enum per family and a message.
 * </ol>
 *
 * <p>Immutables is needed only to compile ({@code requires static}, not transitive: a vendor
 * compiles and runs without it). Its annotations on the public value types have class retention
 * and its generated classes carry none of its annotations and use only {@code java.base}. Vavr's
 * {@code Either}, {@code Validation} and {@code Option} appear in the API, so it is required
 * transitively.
 */
// value-annotations is an automatic module (Automatic-Module-Name in its manifest).
// "module": the qualified export below names modules that do not exist while kbbx-core compiles.
@SuppressWarnings({"requires-automatic", "module"})
module org.kbbx.core {
  requires static org.immutables.value.annotations;
  requires transitive io.vavr;

  exports org.kbbx.core;
  exports org.kbbx.core.cohort;
  exports org.kbbx.core.division;
  exports org.kbbx.core.id;
  exports org.kbbx.core.mask;
  exports org.kbbx.core.person;
  exports org.kbbx.core.rate;
  exports org.kbbx.core.responsibility;
  exports org.kbbx.core.school;
  exports org.kbbx.core.status;
  exports org.kbbx.core.time;
  exports org.kbbx.core.validation;

  // Machinery (the Immutables style) for kbbx's own modules only; not API, not in the Javadoc.
  exports org.kbbx.core.internal to
      org.kbbx.rules,
      org.kbbx.reporting,
      org.kbbx.testkit;
}
