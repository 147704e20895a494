/**
 * kbbx-rules: jurisdiction profiles, absence escalation, return-persuasion cases, obligations,
 * routing and accountability. No I/O and no clock. The rules are listed in {@code docs/rules.md}.
 */
// value-annotations is an automatic module (Automatic-Module-Name in its manifest).
@SuppressWarnings("requires-automatic")
module org.kbbx.rules {
  requires static org.immutables.value.annotations;
  requires transitive org.kbbx.core;
  requires transitive com.fasterxml.jackson.databind;

  exports org.kbbx.rules.accountability;
  exports org.kbbx.rules.casework;
  exports org.kbbx.rules.escalation;
  exports org.kbbx.rules.obligation;
  exports org.kbbx.rules.profile;
  exports org.kbbx.rules.profile.json;
  exports org.kbbx.rules.routing;
}
