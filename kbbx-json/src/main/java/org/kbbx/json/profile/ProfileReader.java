package org.kbbx.json.profile;

import static org.kbbx.json.profile.NodeReader.fields;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.control.Option;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.kbbx.core.responsibility.Line;
import org.kbbx.core.responsibility.Role;
import org.kbbx.core.validation.Violation;
import org.kbbx.rules.casework.CaseStep;
import org.kbbx.rules.casework.StepDeadline;
import org.kbbx.rules.escalation.AbsenceTrigger;
import org.kbbx.rules.escalation.ActionKind;
import org.kbbx.rules.escalation.AlertCode;
import org.kbbx.rules.escalation.Comparison;
import org.kbbx.rules.escalation.DropoutMode;
import org.kbbx.rules.escalation.DropoutRule;
import org.kbbx.rules.escalation.EvidenceKind;
import org.kbbx.rules.escalation.ExclusionReason;
import org.kbbx.rules.escalation.ExclusionRule;
import org.kbbx.rules.escalation.RequiredAction;
import org.kbbx.rules.obligation.Campaign;
import org.kbbx.rules.obligation.CampaignStage;
import org.kbbx.rules.obligation.DailyTracking;
import org.kbbx.rules.obligation.DayCount;
import org.kbbx.rules.obligation.DayUnit;
import org.kbbx.rules.obligation.Duties;
import org.kbbx.rules.obligation.DutyExample;
import org.kbbx.rules.obligation.RecordDeadlines;
import org.kbbx.rules.obligation.RecurringDuty;
import org.kbbx.rules.obligation.TermStartDeadline;
import org.kbbx.rules.obligation.TermStartTask;
import org.kbbx.rules.obligation.UnannouncedVisits;
import org.kbbx.rules.obligation.WeeklyReportRule;
import org.kbbx.rules.profile.ExpectedAlert;
import org.kbbx.rules.profile.JurisdictionProfile;
import org.kbbx.rules.profile.ProfileBounds;
import org.kbbx.rules.profile.ProfileExample;
import org.kbbx.rules.profile.ProfileSetting;
import org.kbbx.rules.profile.ScreeningWeights;
import org.kbbx.rules.profile.Source;
import org.kbbx.rules.profile.Sourced;
import org.kbbx.rules.profile.SuspensionLimits;
import org.kbbx.rules.routing.RouteRule;
import org.kbbx.rules.routing.RoutingTable;

/** Reads one profile document; every problem goes to the {@link NodeReader}. Not thread-safe. */
final class ProfileReader {

  private final NodeReader r = new NodeReader();

  NodeReader reader() {
    return r;
  }

  /** Returns the profile, or null when a problem was found. */
  JurisdictionProfile profile(JsonNode root) {
    if (!r.object(
        root,
        "$",
        fields(
            "id",
            "name",
            "parent",
            "validFrom",
            "validTo",
            "document",
            "settings",
            "examples",
            "accountabilityExamples"),
        fields("id", "name", "validFrom", "document"))) {
      if (root == null || !root.isObject()) {
        return null;
      }
    }
    JurisdictionProfile.Builder b = JurisdictionProfile.builder();
    // A missing required field was reported by object(); read only what is there.
    if (present(root, "id")) {
      set(r.nonBlank(root.get("id"), "$.id"), b::id);
    }
    if (present(root, "name")) {
      set(r.nonBlank(root.get("name"), "$.name"), b::name);
    }
    if (present(root, "parent")) {
      set(r.nonBlank(root.get("parent"), "$.parent"), b::parent);
    }
    if (present(root, "validFrom")) {
      set(r.date(root.get("validFrom"), "$.validFrom"), b::validFrom);
    }
    if (present(root, "validTo")) {
      set(r.date(root.get("validTo"), "$.validTo"), b::validTo);
    }
    if (present(root, "document")) {
      set(source(root.get("document"), "$.document"), b::document);
    }
    if (present(root, "settings")) {
      settings(root.get("settings"), "$.settings", b);
    }
    if (present(root, "examples")) {
      List<ProfileExample> examples = r.list(root.get("examples"), "$.examples", this::example);
      set(examples, b::addAllExamples);
    }
    if (present(root, "accountabilityExamples")) {
      AccountabilityExampleCodec codec = new AccountabilityExampleCodec(r);
      set(
          r.list(root.get("accountabilityExamples"), "$.accountabilityExamples", codec::read),
          b::addAllAccountabilityExamples);
    }
    return r.problems().isEmpty() ? b.build() : null;
  }

  private static boolean present(JsonNode node, String field) {
    return node.has(field) && !node.get(field).isNull();
  }

  private static <T> void set(T value, Consumer<T> setter) {
    if (value != null) {
      setter.accept(value);
    }
  }

  private void settings(JsonNode node, String path, JurisdictionProfile.Builder b) {
    List<String> keys = new java.util.ArrayList<>();
    for (ProfileSetting s : ProfileSetting.values()) {
      keys.add(s.key());
    }
    if (!r.object(node, path, keys, List.of()) && (node == null || !node.isObject())) {
      return;
    }
    set(sourced(node, path, "firstContact", this::trigger), b::firstContact);
    set(sourced(node, path, "homeVisits", (n, p) -> r.list(n, p, this::trigger)), b::homeVisits);
    set(sourced(node, path, "suspected", this::trigger), b::suspected);
    set(sourced(node, path, "dropout", this::dropout), b::dropout);
    set(sourced(node, path, "exclusions", (n, p) -> r.list(n, p, this::exclusion)), b::exclusions);
    set(sourced(node, path, "termStart", (n, p) -> r.list(n, p, this::termStart)), b::termStart);
    set(
        sourced(node, path, "weeklyReports", (n, p) -> r.list(n, p, this::weekly)),
        b::weeklyReports);
    set(
        sourced(node, path, "homeEducationVisitsPerWeek", (n, p) -> r.count(n, p, 0)),
        b::homeEducationVisitsPerWeek);
    set(sourced(node, path, "recordDeadlines", this::recordDeadlines), b::recordDeadlines);
    set(sourced(node, path, "suspension", this::suspension), b::suspension);
    set(
        sourced(node, path, "caseDeadlines", (n, p) -> r.list(n, p, this::stepDeadline)),
        b::caseDeadlines);
    ResponsibilityCodec codec = new ResponsibilityCodec(r);
    set(sourced(node, path, "targets", (n, p) -> r.list(n, p, codec::target)), b::targets);
    set(sourced(node, path, "rateSettings", new RateSettingsCodec(r)::read), b::rateSettings);
    set(sourced(node, path, "guaranteeCaps", codec::caps), b::guaranteeCaps);
    set(
        sourced(node, path, "accountability", (n, p) -> r.list(n, p, codec::rule)),
        b::accountability);
    set(sourced(node, path, "screeningWeights", this::screeningWeights), b::screeningWeights);
    set(sourced(node, path, "routing", this::routing), b::routing);
    set(sourced(node, path, "duties", this::duties), b::duties); // R-OBL-1..5
    set(
        sourced(node, path, "organisation", new OrganisationSettingsCodec(r)::read),
        b::organisation); // R-RC-11
  }

  private <T> Sourced<T> sourced(
      JsonNode settings, String path, String key, BiFunction<JsonNode, String, T> value) {
    if (!present(settings, key)) {
      return null;
    }
    JsonNode node = settings.get(key);
    String at = path + "." + key;
    if (!r.object(node, at, fields("value", "source"), fields("value", "source"))) {
      return null;
    }
    T v = value.apply(node.get("value"), at + ".value");
    if (v != null) {
      for (ProfileSetting setting : ProfileSetting.values()) {
        if (setting.key().equals(key)) {
          // R-PROF-5: every value outside its range, with its path and the range
          for (Violation problem : ProfileBounds.problems(setting, at + ".value", v)) {
            r.problem(problem.path(), problem.message());
          }
        }
      }
    }
    Source s = source(node.get("source"), at + ".source");
    return r.build(at, () -> Sourced.of(v, s), v, s);
  }

  private Source source(JsonNode node, String path) {
    if (!r.object(node, path, fields("document", "section"), fields("document", "section"))) {
      return null;
    }
    String document = r.nonBlank(node.get("document"), path + ".document");
    String section = r.string(node.get("section"), path + ".section");
    return r.build(path, () -> Source.of(document, section), document, section);
  }

  private DayCount dayCount(JsonNode node, String path) {
    if (!r.object(node, path, fields("amount", "unit"), fields("amount", "unit"))) {
      return null;
    }
    Integer amount = r.count(node.get("amount"), path + ".amount", 0);
    DayUnit unit = r.constant(node.get("unit"), path + ".unit", DayUnit.class);
    return r.build(path, () -> new DayCount(amount, unit), amount, unit);
  }

  private List<Role> actors(JsonNode node, String path) {
    return r.list(node, path, (n, p) -> r.constant(n, p, Role.class));
  }

  /**
   * Reads a routing table (R-RC-14): every case step and every alert must have exactly one row;
   * a missing or repeated row is a problem naming the step or alert.
   */
  private RoutingTable routing(JsonNode node, String path) {
    if (!r.object(node, path, fields("caseSteps", "alerts"), fields("caseSteps", "alerts"))) {
      return null;
    }
    List<Map.Entry<CaseStep, RouteRule>> steps = r.list(
        node.get("caseSteps"), path + ".caseSteps", (n, p) -> row(n, p, "step", CaseStep.class));
    List<Map.Entry<AlertCode, RouteRule>> alerts =
        r.list(node.get("alerts"), path + ".alerts", (n, p) -> row(n, p, "alert", AlertCode.class));
    Map<CaseStep, RouteRule> stepRows =
        rows(steps, path + ".caseSteps", CaseStep.class, "case step");
    Map<AlertCode, RouteRule> alertRows = rows(alerts, path + ".alerts", AlertCode.class, "alert");
    return r.build(path, () -> RoutingTable.of(stepRows, alertRows), stepRows, alertRows);
  }

  private <K extends Enum<K>> Map<K, RouteRule> rows(
      List<Map.Entry<K, RouteRule>> rows, String path, Class<K> type, String what) {
    if (rows == null) {
      return null;
    }
    Map<K, RouteRule> map = new EnumMap<>(type);
    boolean ok = true;
    for (int i = 0; i < rows.size(); i++) {
      if (map.putIfAbsent(rows.get(i).getKey(), rows.get(i).getValue()) != null) {
        r.problem(
            path + "[" + i + "]",
            "Duplicate row for " + what + " " + rows.get(i).getKey());
        ok = false;
      }
    }
    for (K key : type.getEnumConstants()) {
      if (!map.containsKey(key)) {
        r.problem(path, "Missing row for " + what + " " + key + ": every " + what + " needs one");
        ok = false;
      }
    }
    return ok ? map : null;
  }

  private <K extends Enum<K>> Map.Entry<K, RouteRule> row(
      JsonNode node, String path, String keyField, Class<K> type) {
    if (!r.object(
        node,
        path,
        fields(keyField, "line", "acting", "informed"),
        fields(keyField, "line", "acting", "informed"))) {
      return null;
    }
    K key = r.constant(node.get(keyField), path + "." + keyField, type);
    Line line = r.constant(node.get("line"), path + ".line", Line.class);
    List<Role> acting = actors(node.get("acting"), path + ".acting");
    List<Role> informed = actors(node.get("informed"), path + ".informed");
    return r.build(
        path,
        () -> Map.entry(key, RouteRule.of(line, acting, informed)),
        key,
        line,
        acting,
        informed);
  }

  private RequiredAction action(JsonNode node, String path) {
    if (!r.object(
        node,
        path,
        fields("kind", "actor", "recipients", "within"),
        fields("kind", "actor", "recipients", "within"))) {
      return null;
    }
    ActionKind kind = r.constant(node.get("kind"), path + ".kind", ActionKind.class);
    Role actor = r.constant(node.get("actor"), path + ".actor", Role.class);
    List<Role> to = actors(node.get("recipients"), path + ".recipients");
    DayCount within = dayCount(node.get("within"), path + ".within");
    return r.build(
        path, () -> new RequiredAction(kind, actor, to, within), kind, actor, to, within);
  }

  private AbsenceTrigger trigger(JsonNode node, String path) {
    if (!r.object(
        node,
        path,
        fields("schoolDays", "comparison", "actions"),
        fields("schoolDays", "comparison", "actions"))) {
      return null;
    }
    Integer days = r.count(node.get("schoolDays"), path + ".schoolDays", 0);
    Comparison cmp = r.constant(node.get("comparison"), path + ".comparison", Comparison.class);
    List<RequiredAction> actions = r.list(node.get("actions"), path + ".actions", this::action);
    return r.build(path, () -> new AbsenceTrigger(days, cmp, actions), days, cmp, actions);
  }

  private DropoutRule dropout(JsonNode node, String path) {
    if (!r.object(
        node, path, fields("mode", "months", "actions"), fields("mode", "months", "actions"))) {
      return null;
    }
    DropoutMode mode = r.constant(node.get("mode"), path + ".mode", DropoutMode.class);
    Integer months = r.count(node.get("months"), path + ".months", 1);
    List<RequiredAction> actions = r.list(node.get("actions"), path + ".actions", this::action);
    return r.build(path, () -> new DropoutRule(mode, months, actions), mode, months, actions);
  }

  private ExclusionRule exclusion(JsonNode node, String path) {
    if (!r.object(node, path, fields("reason", "evidence"), fields("reason", "evidence"))) {
      return null;
    }
    ExclusionReason reason =
        r.constant(node.get("reason"), path + ".reason", ExclusionReason.class);
    List<EvidenceKind> evidence = r.list(
        node.get("evidence"), path + ".evidence", (n, p) -> r.constant(n, p, EvidenceKind.class));
    return r.build(path, () -> new ExclusionRule(reason, evidence), reason, evidence);
  }

  private TermStartDeadline termStart(JsonNode node, String path) {
    if (!r.object(
        node,
        path,
        fields("task", "actor", "recipients", "within"),
        fields("task", "actor", "recipients", "within"))) {
      return null;
    }
    TermStartTask task = r.constant(node.get("task"), path + ".task", TermStartTask.class);
    Role actor = r.constant(node.get("actor"), path + ".actor", Role.class);
    List<Role> to = actors(node.get("recipients"), path + ".recipients");
    DayCount within = dayCount(node.get("within"), path + ".within");
    return r.build(
        path, () -> new TermStartDeadline(task, actor, to, within), task, actor, to, within);
  }

  private WeeklyReportRule weekly(JsonNode node, String path) {
    if (!r.object(
        node,
        path,
        fields("dueDay", "dueBefore", "reporter", "recipient"),
        fields("dueDay", "reporter", "recipient"))) {
      return null;
    }
    var day = r.dayOfWeek(node.get("dueDay"), path + ".dueDay");
    Optional<java.time.LocalTime> before = Optional.empty();
    if (present(node, "dueBefore")) {
      java.time.LocalTime t = r.time(node.get("dueBefore"), path + ".dueBefore");
      if (t == null) {
        return null;
      }
      before = Optional.of(t);
    }
    Role reporter = r.constant(node.get("reporter"), path + ".reporter", Role.class);
    Role recipient = r.constant(node.get("recipient"), path + ".recipient", Role.class);
    Optional<java.time.LocalTime> due = before;
    return r.build(
        path,
        () -> new WeeklyReportRule(day, Option.ofOptional(due), reporter, recipient),
        day,
        reporter,
        recipient);
  }

  private RecordDeadlines recordDeadlines(JsonNode node, String path) {
    if (!r.object(
        node,
        path,
        fields("transfer", "deathCancellation"),
        fields("transfer", "deathCancellation"))) {
      return null;
    }
    DayCount transfer = dayCount(node.get("transfer"), path + ".transfer");
    DayCount death = dayCount(node.get("deathCancellation"), path + ".deathCancellation");
    return r.build(path, () -> new RecordDeadlines(transfer, death), transfer, death);
  }

  private SuspensionLimits suspension(JsonNode node, String path) {
    if (!r.object(
        node,
        path,
        fields("maxLength", "maxExtensions", "maxTotal"),
        fields("maxLength", "maxExtensions", "maxTotal"))) {
      return null;
    }
    var length = r.period(node.get("maxLength"), path + ".maxLength");
    Integer extensions = r.count(node.get("maxExtensions"), path + ".maxExtensions", 0);
    var total = r.period(node.get("maxTotal"), path + ".maxTotal");
    return r.build(
        path, () -> new SuspensionLimits(length, extensions, total), length, extensions, total);
  }

  private static final List<String> WEIGHTS = fields(
      "priorityGroup",
      "absenceStreak",
      "suspectedStatus",
      "missingExclusionEvidence",
      "transitionNotMade",
      "overAgeForGrade",
      "repeatedGrade",
      "minimumStreakDays");

  private ScreeningWeights screeningWeights(JsonNode node, String path) {
    // A missing or unknown field is reported by object(); the weights present are still checked.
    if (!r.object(node, path, WEIGHTS, WEIGHTS) && (node == null || !node.isObject())) {
      return null;
    }
    Integer[] w = new Integer[WEIGHTS.size()];
    for (int i = 0; i < w.length; i++) {
      String field = WEIGHTS.get(i);
      w[i] = node.has(field)
          ? r.count(node.get(field), path + "." + field, i == w.length - 1 ? 1 : 0)
          : null;
    }
    return r.build(
        path, () -> new ScreeningWeights(w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]), (Object[])
            w);
  }

  private StepDeadline stepDeadline(JsonNode node, String path) {
    if (!r.object(node, path, fields("step", "within"), fields("step", "within"))) {
      return null;
    }
    CaseStep step = r.constant(node.get("step"), path + ".step", CaseStep.class);
    DayCount within = dayCount(node.get("within"), path + ".within");
    return r.build(path, () -> new StepDeadline(step, within), step, within);
  }

  private ProfileExample example(JsonNode node, String path) {
    if (!r.object(
        node,
        path,
        fields("description", "firstAbsence", "absentSchoolDays", "expected"),
        fields("description", "firstAbsence", "absentSchoolDays", "expected"))) {
      return null;
    }
    String description = r.nonBlank(node.get("description"), path + ".description");
    var first = r.date(node.get("firstAbsence"), path + ".firstAbsence");
    Integer days = r.count(node.get("absentSchoolDays"), path + ".absentSchoolDays", 1);
    List<ExpectedAlert> expected = r.list(node.get("expected"), path + ".expected", this::expected);
    return r.build(
        path,
        () -> new ProfileExample(description, first, days, expected),
        description,
        first,
        days,
        expected);
  }

  private ExpectedAlert expected(JsonNode node, String path) {
    if (!r.object(node, path, fields("code", "on"), fields("code"))) {
      return null;
    }
    AlertCode code = r.constant(node.get("code"), path + ".code", AlertCode.class);
    if (!present(node, "on")) {
      return r.build(path, () -> ExpectedAlert.never(code), code);
    }
    var on = r.date(node.get("on"), path + ".on");
    return r.build(path, () -> ExpectedAlert.on(code, on), code, on);
  }

  // --- R-OBL-1..5 duties (obligations block) ---

  private static final List<String> DUTIES =
      fields("campaigns", "recurring", "dailyTracking", "unannounced", "fundingFloor", "examples");

  private Duties duties(JsonNode node, String path) {
    if (!r.object(
        node, path, DUTIES, fields("campaigns", "recurring", "fundingFloor", "examples"))) {
      return null;
    }
    List<Campaign> campaigns = r.list(node.get("campaigns"), path + ".campaigns", this::campaign);
    List<RecurringDuty> recurring =
        r.list(node.get("recurring"), path + ".recurring", this::recurringDuty);
    Optional<DailyTracking> tracking = Optional.empty();
    if (present(node, "dailyTracking")) {
      DailyTracking t = dailyTracking(node.get("dailyTracking"), path + ".dailyTracking");
      if (t == null) {
        return null;
      }
      tracking = Optional.of(t);
    }
    Optional<UnannouncedVisits> unannounced = Optional.empty();
    if (present(node, "unannounced")) {
      UnannouncedVisits u = unannounced(node.get("unannounced"), path + ".unannounced");
      if (u == null) {
        return null;
      }
      unannounced = Optional.of(u);
    }
    Integer floor = r.count(node.get("fundingFloor"), path + ".fundingFloor", 0);
    List<DutyExample> examples =
        r.list(node.get("examples"), path + ".examples", this::dutyExample);
    Optional<DailyTracking> t = tracking;
    Optional<UnannouncedVisits> u = unannounced;
    return r.build(
        path,
        () -> new Duties(
            campaigns, recurring, Option.ofOptional(t), Option.ofOptional(u), floor, examples),
        campaigns,
        recurring,
        floor,
        examples);
  }

  private Campaign campaign(JsonNode node, String path) {
    if (!r.object(node, path, fields("name", "stages"), fields("name", "stages"))) {
      return null;
    }
    String name = r.nonBlank(node.get("name"), path + ".name");
    List<CampaignStage> stages = r.list(node.get("stages"), path + ".stages", this::stage);
    return r.build(path, () -> new Campaign(name, stages), name, stages);
  }

  private List<String> strings(JsonNode node, String path) {
    return r.list(node, path, r::nonBlank);
  }

  private CampaignStage stage(JsonNode node, String path) {
    List<String> all = fields("name", "from", "to", "dueBefore", "tasks", "actor", "persons");
    if (!r.object(node, path, all, fields("name", "from", "to", "tasks", "actor", "persons"))) {
      return null;
    }
    String name = r.nonBlank(node.get("name"), path + ".name");
    var from = r.date(node.get("from"), path + ".from");
    var to = r.date(node.get("to"), path + ".to");
    Optional<java.time.LocalTime> before = Optional.empty();
    if (present(node, "dueBefore")) {
      java.time.LocalTime t = r.time(node.get("dueBefore"), path + ".dueBefore");
      if (t == null) {
        return null;
      }
      before = Optional.of(t);
    }
    List<String> tasks = strings(node.get("tasks"), path + ".tasks");
    Role actor = r.constant(node.get("actor"), path + ".actor", Role.class);
    List<String> persons = strings(node.get("persons"), path + ".persons");
    Optional<java.time.LocalTime> due = before;
    return r.build(
        path,
        () -> new CampaignStage(name, from, to, Option.ofOptional(due), tasks, actor, persons),
        name,
        from,
        to,
        tasks,
        actor,
        persons);
  }

  private RecurringDuty recurringDuty(JsonNode node, String path) {
    List<String> all = fields("task", "actor", "recipients", "months", "afterTermStart");
    if (!r.object(node, path, all, fields("task", "actor", "recipients", "months"))) {
      return null;
    }
    String task = r.nonBlank(node.get("task"), path + ".task");
    Role actor = r.constant(node.get("actor"), path + ".actor", Role.class);
    List<Role> to = actors(node.get("recipients"), path + ".recipients");
    List<java.time.Month> months = r.list(
        node.get("months"), path + ".months", (n, p) -> r.constant(n, p, java.time.Month.class));
    Optional<DayCount> after = Optional.empty();
    if (present(node, "afterTermStart")) {
      DayCount d = dayCount(node.get("afterTermStart"), path + ".afterTermStart");
      if (d == null) {
        return null;
      }
      after = Optional.of(d);
    }
    Optional<DayCount> a = after;
    return r.build(
        path,
        () -> new RecurringDuty(task, actor, to, months, Option.ofOptional(a)),
        task,
        actor,
        to,
        months);
  }

  private DailyTracking dailyTracking(JsonNode node, String path) {
    if (!r.object(
        node,
        path,
        fields("reporter", "recipient", "dueBefore"),
        fields("reporter", "recipient"))) {
      return null;
    }
    Role reporter = r.constant(node.get("reporter"), path + ".reporter", Role.class);
    Role recipient = r.constant(node.get("recipient"), path + ".recipient", Role.class);
    Optional<java.time.LocalTime> before = Optional.empty();
    if (present(node, "dueBefore")) {
      java.time.LocalTime t = r.time(node.get("dueBefore"), path + ".dueBefore");
      if (t == null) {
        return null;
      }
      before = Optional.of(t);
    }
    Optional<java.time.LocalTime> due = before;
    return r.build(
        path,
        () -> new DailyTracking(reporter, recipient, Option.ofOptional(due)),
        reporter,
        recipient);
  }

  private UnannouncedVisits unannounced(JsonNode node, String path) {
    if (!r.object(
        node, path, fields("visitor", "maxSchoolsPerDay"), fields("visitor", "maxSchoolsPerDay"))) {
      return null;
    }
    Role visitor = r.constant(node.get("visitor"), path + ".visitor", Role.class);
    Integer max = r.count(node.get("maxSchoolsPerDay"), path + ".maxSchoolsPerDay", 0);
    return r.build(path, () -> new UnannouncedVisits(visitor, max), visitor, max);
  }

  private DutyExample dutyExample(JsonNode node, String path) {
    if (!r.object(
        node,
        path,
        fields("description", "from", "asOf", "overdue"),
        fields("description", "from", "asOf", "overdue"))) {
      return null;
    }
    String description = r.nonBlank(node.get("description"), path + ".description");
    var from = r.date(node.get("from"), path + ".from");
    var asOf = r.dateTime(node.get("asOf"), path + ".asOf");
    List<String> overdue = strings(node.get("overdue"), path + ".overdue");
    return r.build(
        path,
        () -> new DutyExample(description, from, asOf, overdue),
        description,
        from,
        asOf,
        overdue);
  }
  // --- end R-OBL-1..5 duties ---
}
