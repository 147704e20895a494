/**
 * kbbx-core: value types, the age cohort, the enrolment-status state machine, the responsibility
 * chain and exact rates. No I/O and no clock (R-TIME-3). The rules are listed in {@code
 * docs/rules.md}.
 *
 * <p>Immutables is needed only to compile ({@code requires static}, not transitive: a vendor
 * compiles and runs without it). Its annotations on the public value types have class retention
 * and its generated classes carry none of its annotations and use only {@code java.base}. Vavr's {@code Either}, {@code Validation}
 * and {@code Option} appear in the API, so it is required transitively.
 */
// value-annotations is an automatic module (Automatic-Module-Name in its manifest).
@SuppressWarnings("requires-automatic")
module org.kbbx.core {
  requires static org.immutables.value.annotations;
  requires transitive io.vavr;

  exports org.kbbx.core;
  exports org.kbbx.core.cohort;
  exports org.kbbx.core.division;
  exports org.kbbx.core.id;
  exports org.kbbx.core.person;
  exports org.kbbx.core.rate;
  exports org.kbbx.core.responsibility;
  exports org.kbbx.core.school;
  exports org.kbbx.core.status;
  exports org.kbbx.core.time;
  exports org.kbbx.core.validation;
}
