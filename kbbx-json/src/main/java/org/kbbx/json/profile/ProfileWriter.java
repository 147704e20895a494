package org.kbbx.json.profile;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.kbbx.core.responsibility.Role;
import org.kbbx.rules.casework.StepDeadline;
import org.kbbx.rules.escalation.AbsenceTrigger;
import org.kbbx.rules.escalation.DropoutRule;
import org.kbbx.rules.escalation.ExclusionRule;
import org.kbbx.rules.escalation.RequiredAction;
import org.kbbx.rules.obligation.Campaign;
import org.kbbx.rules.obligation.CampaignStage;
import org.kbbx.rules.obligation.DayCount;
import org.kbbx.rules.obligation.Duties;
import org.kbbx.rules.obligation.DutyExample;
import org.kbbx.rules.obligation.RecordDeadlines;
import org.kbbx.rules.obligation.RecurringDuty;
import org.kbbx.rules.obligation.TermStartDeadline;
import org.kbbx.rules.obligation.WeeklyReportRule;
import org.kbbx.rules.profile.EffectiveProfile;
import org.kbbx.rules.profile.ExpectedAlert;
import org.kbbx.rules.profile.JurisdictionProfile;
import org.kbbx.rules.profile.ProfileExample;
import org.kbbx.rules.profile.ProfileSetting;
import org.kbbx.rules.profile.ScreeningWeights;
import org.kbbx.rules.profile.Source;
import org.kbbx.rules.profile.Sourced;
import org.kbbx.rules.profile.SuspensionLimits;
import org.kbbx.rules.routing.RouteRule;
import org.kbbx.rules.routing.RoutingTable;

/** Writes a profile as a Jackson tree with stable field names. Stateless. */
final class ProfileWriter {

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private ProfileWriter() {}

  static ObjectNode profile(JurisdictionProfile p) {
    ObjectNode o = F.objectNode();
    o.put("id", p.id());
    o.put("name", p.name());
    p.parent().ifPresent(parent -> o.put("parent", parent));
    o.put("validFrom", p.validFrom().toString());
    p.validTo().ifPresent(to -> o.put("validTo", to.toString()));
    o.set("document", source(p.document()));
    ObjectNode s = F.objectNode();
    put(s, "firstContact", p.firstContact(), ProfileWriter::trigger);
    putList(s, "homeVisits", p.homeVisits(), (a, v) -> v.forEach(t -> trigger(a.addObject(), t)));
    put(s, "suspected", p.suspected(), ProfileWriter::trigger);
    put(s, "dropout", p.dropout(), ProfileWriter::dropout);
    putList(s, "exclusions", p.exclusions(), (a, v) -> v.forEach(e -> exclusion(a.addObject(), e)));
    putList(s, "termStart", p.termStart(), (a, v) -> v.forEach(t -> termStart(a.addObject(), t)));
    putList(
        s, "weeklyReports", p.weeklyReports(), (a, v) -> v.forEach(w -> weekly(a.addObject(), w)));
    p.homeEducationVisitsPerWeek().ifPresent(v -> {
      ObjectNode wrapper = s.putObject("homeEducationVisitsPerWeek");
      wrapper.put("value", v.value());
      wrapper.set("source", source(v.source()));
    });
    put(s, "recordDeadlines", p.recordDeadlines(), ProfileWriter::recordDeadlines);
    put(s, "suspension", p.suspension(), ProfileWriter::suspension);
    putList(
        s, "caseDeadlines", p.caseDeadlines(), (a, v) -> v.forEach(d -> step(a.addObject(), d)));
    putList(
        s,
        "targets",
        p.targets(),
        (a, v) -> v.forEach(t -> ResponsibilityCodec.writeTarget(a.addObject(), t)));
    put(s, "rateSettings", p.rateSettings(), RateSettingsCodec::write);
    p.guaranteeCaps().ifPresent(v -> {
      ObjectNode wrapper = s.putObject("guaranteeCaps");
      ResponsibilityCodec.writeCaps(wrapper.putArray("value"), v.value());
      wrapper.set("source", source(v.source()));
    });
    putList(
        s,
        "accountability",
        p.accountability(),
        (a, v) -> v.forEach(rule -> ResponsibilityCodec.writeRule(a.addObject(), rule)));
    put(s, "screeningWeights", p.screeningWeights(), ProfileWriter::screeningWeights);
    put(s, "routing", p.routing(), ProfileWriter::routing);
    put(s, "duties", p.duties(), ProfileWriter::duties); // R-OBL-1..5
    put(s, "organisation", p.organisation(), OrganisationSettingsCodec::write); // R-RC-11
    o.set("settings", s);
    ArrayNode examples = o.putArray("examples");
    p.examples().forEach(e -> example(examples.addObject(), e));
    ArrayNode accountabilityExamples = o.putArray("accountabilityExamples");
    p.accountabilityExamples()
        .forEach(e -> AccountabilityExampleCodec.write(accountabilityExamples.addObject(), e));
    return o;
  }

  /**
   * Writes a resolved profile: id, name, chain, validity ({@code validTo} null when open-ended),
   * document, every setting with its value, source and {@code from}, and the examples.
   */
  static ObjectNode resolved(EffectiveProfile e) {
    ObjectNode flat = profile(e.flattened());
    ObjectNode o = F.objectNode();
    o.put("id", e.id());
    o.put("name", e.name());
    ArrayNode chain = o.putArray("chain");
    e.chain().forEach(chain::add);
    o.put("validFrom", e.validFrom().toString());
    o.put("validTo", e.validTo().map(Object::toString).orElse(null));
    o.set("document", flat.get("document"));
    ObjectNode settings = (ObjectNode) flat.get("settings");
    for (ProfileSetting s : ProfileSetting.values()) {
      ((ObjectNode) settings.get(s.key())).put("from", s.in(e).fromProfile());
    }
    o.set("settings", settings);
    o.set("examples", flat.get("examples"));
    o.set("accountabilityExamples", flat.get("accountabilityExamples"));
    return o;
  }

  /** Writes an object-valued setting. */
  private static <T> void put(
      ObjectNode settings,
      String key,
      Optional<Sourced<T>> setting,
      BiConsumer<ObjectNode, T> writer) {
    setting.ifPresent(v -> {
      ObjectNode wrapper = settings.putObject(key);
      writer.accept(wrapper.putObject("value"), v.value());
      wrapper.set("source", source(v.source()));
    });
  }

  /** Writes a list-valued setting. */
  private static <T> void putList(
      ObjectNode settings,
      String key,
      Optional<Sourced<List<T>>> setting,
      ArrayWriter<List<T>> writer) {
    setting.ifPresent(v -> {
      ObjectNode wrapper = settings.putObject(key);
      writer.write(wrapper.putArray("value"), v.value());
      wrapper.set("source", source(v.source()));
    });
  }

  @FunctionalInterface
  private interface ArrayWriter<T> {
    void write(ArrayNode array, T value);
  }

  private static ObjectNode source(Source s) {
    ObjectNode o = F.objectNode();
    o.put("document", s.document());
    o.put("section", s.section());
    return o;
  }

  private static void dayCount(ObjectNode o, DayCount d) {
    o.put("amount", d.amount());
    o.put("unit", d.unit().name());
  }

  private static void actors(ArrayNode a, List<Role> actors) {
    actors.forEach(actor -> a.add(actor.name()));
  }

  private static void action(ObjectNode o, RequiredAction a) {
    o.put("kind", a.kind().name());
    o.put("actor", a.actor().name());
    actors(o.putArray("recipients"), a.recipients());
    dayCount(o.putObject("within"), a.within());
  }

  private static void trigger(ObjectNode o, AbsenceTrigger t) {
    o.put("schoolDays", t.schoolDays());
    o.put("comparison", t.comparison().name());
    ArrayNode actions = o.putArray("actions");
    t.actions().forEach(a -> action(actions.addObject(), a));
  }

  private static void dropout(ObjectNode o, DropoutRule d) {
    o.put("mode", d.mode().name());
    o.put("months", d.months());
    ArrayNode actions = o.putArray("actions");
    d.actions().forEach(a -> action(actions.addObject(), a));
  }

  private static void exclusion(ObjectNode o, ExclusionRule e) {
    o.put("reason", e.reason().name());
    ArrayNode evidence = o.putArray("evidence");
    e.evidence().forEach(k -> evidence.add(k.name()));
  }

  private static void termStart(ObjectNode o, TermStartDeadline t) {
    o.put("task", t.task().name());
    o.put("actor", t.actor().name());
    actors(o.putArray("recipients"), t.recipients());
    dayCount(o.putObject("within"), t.within());
  }

  private static void weekly(ObjectNode o, WeeklyReportRule w) {
    o.put("dueDay", w.dueDay().name());
    w.dueBefore().forEach(t -> o.put("dueBefore", t.toString()));
    o.put("reporter", w.reporter().name());
    o.put("recipient", w.recipient().name());
  }

  private static void recordDeadlines(ObjectNode o, RecordDeadlines r) {
    dayCount(o.putObject("transfer"), r.transfer());
    dayCount(o.putObject("deathCancellation"), r.deathCancellation());
  }

  private static void suspension(ObjectNode o, SuspensionLimits s) {
    o.put("maxLength", s.maxLength().toString());
    o.put("maxExtensions", s.maxExtensions());
    o.put("maxTotal", s.maxTotal().toString());
  }

  private static void screeningWeights(ObjectNode o, ScreeningWeights w) {
    o.put("priorityGroup", w.priorityGroup());
    o.put("absenceStreak", w.absenceStreak());
    o.put("suspectedStatus", w.suspectedStatus());
    o.put("missingExclusionEvidence", w.missingExclusionEvidence());
    o.put("transitionNotMade", w.transitionNotMade());
    o.put("overAgeForGrade", w.overAgeForGrade());
    o.put("repeatedGrade", w.repeatedGrade());
    o.put("minimumStreakDays", w.minimumStreakDays());
  }

  private static void routing(ObjectNode o, RoutingTable t) {
    ArrayNode steps = o.putArray("caseSteps");
    t.caseStepRows().forEach((step, rule) -> {
      ObjectNode n = steps.addObject();
      n.put("step", step.name());
      routeRule(n, rule);
    });
    ArrayNode alerts = o.putArray("alerts");
    t.alertRows().forEach((alert, rule) -> {
      ObjectNode n = alerts.addObject();
      n.put("alert", alert.name());
      routeRule(n, rule);
    });
  }

  private static void routeRule(ObjectNode o, RouteRule rule) {
    o.put("line", rule.line().name());
    actors(o.putArray("acting"), rule.acting());
    actors(o.putArray("informed"), rule.informed());
  }

  private static void step(ObjectNode o, StepDeadline d) {
    o.put("step", d.step().name());
    dayCount(o.putObject("within"), d.within());
  }

  private static void example(ObjectNode o, ProfileExample e) {
    o.put("description", e.description());
    o.put("firstAbsence", e.firstAbsence().toString());
    o.put("absentSchoolDays", e.absentSchoolDays());
    ArrayNode expected = o.putArray("expected");
    for (ExpectedAlert x : e.expected()) {
      ObjectNode n = expected.addObject();
      n.put("code", x.code().name());
      x.on().forEach(on -> n.put("on", on.toString()));
    }
  }

  // --- R-OBL-1..5 duties (obligations block) ---

  private static void duties(ObjectNode o, Duties d) {
    ArrayNode campaigns = o.putArray("campaigns");
    for (Campaign c : d.campaigns()) {
      ObjectNode co = campaigns.addObject();
      co.put("name", c.name());
      ArrayNode stages = co.putArray("stages");
      for (CampaignStage st : c.stages()) {
        ObjectNode so = stages.addObject();
        so.put("name", st.name());
        so.put("from", st.from().toString());
        so.put("to", st.to().toString());
        st.dueBefore().forEach(t -> so.put("dueBefore", t.toString()));
        st.tasks().forEach(so.putArray("tasks")::add);
        so.put("actor", st.actor().name());
        st.persons().forEach(so.putArray("persons")::add);
      }
    }
    ArrayNode recurring = o.putArray("recurring");
    for (RecurringDuty r : d.recurring()) {
      ObjectNode ro = recurring.addObject();
      ro.put("task", r.task());
      ro.put("actor", r.actor().name());
      actors(ro.putArray("recipients"), r.recipients());
      ArrayNode months = ro.putArray("months");
      r.months().forEach(m -> months.add(m.name()));
      r.afterTermStart().forEach(p -> dayCount(ro.putObject("afterTermStart"), p));
    }
    d.dailyTracking().forEach(t -> {
      ObjectNode to = o.putObject("dailyTracking");
      to.put("reporter", t.reporter().name());
      to.put("recipient", t.recipient().name());
      t.dueBefore().forEach(b -> to.put("dueBefore", b.toString()));
    });
    d.unannounced().forEach(u -> {
      ObjectNode uo = o.putObject("unannounced");
      uo.put("visitor", u.visitor().name());
      uo.put("maxSchoolsPerDay", u.maxSchoolsPerDay());
    });
    o.put("fundingFloor", d.fundingFloor());
    ArrayNode examples = o.putArray("examples");
    for (DutyExample e : d.examples()) {
      ObjectNode eo = examples.addObject();
      eo.put("description", e.description());
      eo.put("from", e.from().toString());
      eo.put("asOf", e.asOf().toString());
      e.overdue().forEach(eo.putArray("overdue")::add);
    }
  }
  // --- end R-OBL-1..5 duties ---
}
