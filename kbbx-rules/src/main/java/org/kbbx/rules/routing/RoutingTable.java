package org.kbbx.rules.routing;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kbbx.core.responsibility.Line;
import org.kbbx.core.responsibility.Role;
import org.kbbx.rules.casework.CaseStep;
import org.kbbx.rules.escalation.AlertCode;

/**
 * Who acts for each return-persuasion step (§6) and each absence alert (§5), as data (R-RC-6).
 *
 * <p>Every {@link CaseStep} and every {@link AlertCode} has exactly one row, so nothing is
 * silently unrouted. A jurisdiction profile holds its table as data (R-RC-14, the profile setting
 * {@code routing}); {@link #national()} is the {@code NATIONAL} default, the reading of the seeds
 * this library fixes. {@code 师长} (TEACHER) is the student's class teacher (R-RC-10); wherever the
 * teacher is named, the guarantor (包保责任人, GUARANTOR) is told as well — a guarantee adds a person, it
 * never replaces the class teacher:
 *
 * <table>
 *   <caption>Standard routing</caption>
 *   <tr><th>step / alert</th><th>line</th><th>acts</th><th>is told</th><th>source</th></tr>
 *   <tr><td>CONTACT</td><td>education</td><td>teacher</td><td>principal, guarantor</td><td>seed 002 学校安排专人</td></tr>
 *   <tr><td>NON_RESIDENT_HANDOVER</td><td>education</td><td>bureau director</td><td>principal</td><td>seed 001</td></tr>
 *   <tr><td>RETURN_NOTICE</td><td>education</td><td>principal</td><td>teacher, guarantor, parent</td><td>seed 002</td></tr>
 *   <tr><td>BUREAU_REPORT</td><td>education</td><td>principal</td><td>bureau director</td><td>seed 002</td></tr>
 *   <tr><td>GOVERNMENT_ESCALATION</td><td>government</td><td>bureau director, township head</td>
 *       <td>county head, village director</td><td>seed 002</td></tr>
 *   <tr><td>ORDER_TO_CORRECT</td><td>government</td><td>township head</td><td>parent, village director,
 *       bureau director</td><td>seed 000 由当地乡(镇)政府或县教育局给予教育,责令限期改正</td></tr>
 *   <tr><td>URGE_NOTICE</td><td>government</td><td>township head</td><td>parent, bureau director</td><td>seed 000</td></tr>
 *   <tr><td>LEGAL_ACTION</td><td>government</td><td>county head</td><td>bureau director, township head</td><td>seed 000</td></tr>
 *   <tr><td>FIRST_DAY_CONTACT</td><td>education</td><td>teacher</td><td>principal, guarantor</td><td>seed 000 班主任</td></tr>
 *   <tr><td>HOME_VISIT_REQUIRED</td><td>education</td><td>teacher, principal</td><td>guarantor, township head, bureau director</td>
 *       <td>seed 004 书面向镇政府和县区教体局报告</td></tr>
 *   <tr><td>SUSPECTED_DROPOUT</td><td>education</td><td>principal</td><td>teacher, guarantor, education centre director,
 *       bureau director</td><td>seed 000</td></tr>
 *   <tr><td>AUTO_DROPOUT</td><td>education</td><td>principal</td><td>education centre director, township head,
 *       bureau director</td><td>seed 000 乡镇教管中心应及时向当地乡镇政府报告</td></tr>
 *   <tr><td>DROPOUT_CONFIRMATION_REQUIRED</td><td>education</td><td>principal</td><td>education centre director,
 *       bureau director</td><td>seed 000</td></tr>
 *   <tr><td>PRESENT_WHILE_SUSPECTED</td><td>education</td><td>principal</td><td>teacher, guarantor</td><td>R-ABS-4</td></tr>
 *   <tr><td>ABSENCE_ON_NON_SCHOOL_DAY</td><td>education</td><td>teacher</td><td>principal, guarantor</td><td>data quality</td></tr>
 * </table>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RoutingTable {

  private static final RoutingTable NATIONAL = buildNational();

  private final Map<CaseStep, RouteRule> steps;
  private final Map<AlertCode, RouteRule> alerts;

  private RoutingTable(Map<CaseStep, RouteRule> steps, Map<AlertCode, RouteRule> alerts) {
    this.steps = steps;
    this.alerts = alerts;
  }

  /**
   * Returns a table from complete maps: every case step and every alert code must have a row.
   *
   * @param steps the row of every case step, not null
   * @param alerts the row of every alert code, not null
   * @return the table
   * @throws IllegalArgumentException naming the first step or alert without a row
   */
  public static RoutingTable of(Map<CaseStep, RouteRule> steps, Map<AlertCode, RouteRule> alerts) {
    Objects.requireNonNull(steps, "steps");
    Objects.requireNonNull(alerts, "alerts");
    EnumMap<CaseStep, RouteRule> stepCopy = new EnumMap<>(CaseStep.class);
    for (CaseStep step : CaseStep.values()) {
      stepCopy.put(step, requireRow(steps.get(step), "case step " + step));
    }
    EnumMap<AlertCode, RouteRule> alertCopy = new EnumMap<>(AlertCode.class);
    for (AlertCode alert : AlertCode.values()) {
      alertCopy.put(alert, requireRow(alerts.get(alert), "alert " + alert));
    }
    return new RoutingTable(
        Collections.unmodifiableMap(stepCopy), Collections.unmodifiableMap(alertCopy));
  }

  private static RouteRule requireRow(RouteRule row, String what) {
    if (row == null) {
      throw new IllegalArgumentException("Invalid RoutingTable: no row for " + what);
    }
    return row;
  }

  /**
   * Returns the {@code NATIONAL} default table (see the class documentation), the one source of
   * who usually acts on each step and alert.
   *
   * @return the table
   */
  public static RoutingTable national() {
    return NATIONAL;
  }

  private static RoutingTable buildNational() {
    Line edu = Line.EDUCATION;
    Line gov = Line.GOVERNMENT;
    Map<CaseStep, RouteRule> steps = new EnumMap<>(CaseStep.class);
    steps.put(
        CaseStep.CONTACT,
        RouteRule.of(edu, List.of(Role.TEACHER), List.of(Role.PRINCIPAL, Role.GUARANTOR)));
    steps.put(
        CaseStep.NON_RESIDENT_HANDOVER,
        RouteRule.of(edu, List.of(Role.BUREAU_DIRECTOR), List.of(Role.PRINCIPAL)));
    steps.put(
        CaseStep.RETURN_NOTICE,
        RouteRule.of(
            edu, List.of(Role.PRINCIPAL), List.of(Role.TEACHER, Role.GUARANTOR, Role.PARENT)));
    steps.put(
        CaseStep.BUREAU_REPORT,
        RouteRule.of(edu, List.of(Role.PRINCIPAL), List.of(Role.BUREAU_DIRECTOR)));
    steps.put(
        CaseStep.GOVERNMENT_ESCALATION,
        RouteRule.of(
            gov,
            List.of(Role.BUREAU_DIRECTOR, Role.TOWNSHIP_HEAD),
            List.of(Role.COUNTY_HEAD, Role.VILLAGE_DIRECTOR)));
    steps.put(
        CaseStep.ORDER_TO_CORRECT,
        RouteRule.of(
            gov,
            List.of(Role.TOWNSHIP_HEAD),
            List.of(Role.PARENT, Role.VILLAGE_DIRECTOR, Role.BUREAU_DIRECTOR)));
    steps.put(
        CaseStep.URGE_NOTICE,
        RouteRule.of(gov, List.of(Role.TOWNSHIP_HEAD), List.of(Role.PARENT, Role.BUREAU_DIRECTOR)));
    steps.put(
        CaseStep.LEGAL_ACTION,
        RouteRule.of(
            gov, List.of(Role.COUNTY_HEAD), List.of(Role.BUREAU_DIRECTOR, Role.TOWNSHIP_HEAD)));
    Map<AlertCode, RouteRule> alerts = new EnumMap<>(AlertCode.class);
    alerts.put(
        AlertCode.FIRST_DAY_CONTACT,
        RouteRule.of(edu, List.of(Role.TEACHER), List.of(Role.PRINCIPAL, Role.GUARANTOR)));
    alerts.put(
        AlertCode.HOME_VISIT_REQUIRED,
        RouteRule.of(
            edu,
            List.of(Role.TEACHER, Role.PRINCIPAL),
            List.of(Role.GUARANTOR, Role.TOWNSHIP_HEAD, Role.BUREAU_DIRECTOR)));
    alerts.put(
        AlertCode.SUSPECTED_DROPOUT,
        RouteRule.of(
            edu,
            List.of(Role.PRINCIPAL),
            List.of(
                Role.TEACHER,
                Role.GUARANTOR,
                Role.EDUCATION_CENTRE_DIRECTOR,
                Role.BUREAU_DIRECTOR)));
    alerts.put(
        AlertCode.AUTO_DROPOUT,
        RouteRule.of(
            edu,
            List.of(Role.PRINCIPAL),
            List.of(Role.EDUCATION_CENTRE_DIRECTOR, Role.TOWNSHIP_HEAD, Role.BUREAU_DIRECTOR)));
    alerts.put(
        AlertCode.DROPOUT_CONFIRMATION_REQUIRED,
        RouteRule.of(
            edu,
            List.of(Role.PRINCIPAL),
            List.of(Role.EDUCATION_CENTRE_DIRECTOR, Role.BUREAU_DIRECTOR)));
    alerts.put(
        AlertCode.PRESENT_WHILE_SUSPECTED,
        RouteRule.of(edu, List.of(Role.PRINCIPAL), List.of(Role.TEACHER, Role.GUARANTOR)));
    alerts.put(
        AlertCode.ABSENCE_ON_NON_SCHOOL_DAY,
        RouteRule.of(edu, List.of(Role.TEACHER), List.of(Role.PRINCIPAL, Role.GUARANTOR)));
    return of(steps, alerts);
  }

  /**
   * Returns the row of a case step.
   *
   * @param step the step, not null
   * @return the row
   */
  public RouteRule ruleFor(CaseStep step) {
    return steps.get(Objects.requireNonNull(step, "step"));
  }

  /**
   * Returns the row of an alert.
   *
   * @param alert the alert code, not null
   * @return the row
   */
  public RouteRule ruleFor(AlertCode alert) {
    return alerts.get(Objects.requireNonNull(alert, "alert"));
  }

  /** Returns every case-step row, in step order. */
  public Map<CaseStep, RouteRule> caseStepRows() {
    return steps;
  }

  /** Returns every alert row, in alert-code order. */
  public Map<AlertCode, RouteRule> alertRows() {
    return alerts;
  }

  /**
   * Returns the row of a step or alert.
   *
   * @param key the key, not null
   * @return the row
   */
  public RouteRule ruleFor(RouteKey key) {
    Objects.requireNonNull(key, "key");
    return key instanceof RouteKey.ForAlert alert
        ? ruleFor(alert.alert())
        : ruleFor(((RouteKey.ForStep) key).step());
  }

  /**
   * Returns the role that usually takes a case step: the first role of its row that acts. Case
   * events record it as the actor when the caller names no other.
   *
   * @param step the step, not null
   * @return the role, never null
   */
  public Role usualActor(CaseStep step) {
    return ruleFor(step).acting().get(0);
  }

  /**
   * Returns a copy of this table with the row of {@code key} replaced.
   *
   * @param key the step or alert, not null
   * @param rule its new row, not null
   * @return the new table
   */
  public RoutingTable with(RouteKey key, RouteRule rule) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(rule, "rule");
    EnumMap<CaseStep, RouteRule> stepCopy = new EnumMap<>(steps);
    EnumMap<AlertCode, RouteRule> alertCopy = new EnumMap<>(alerts);
    if (key instanceof RouteKey.ForAlert alert) {
      alertCopy.put(alert.alert(), rule);
    } else {
      stepCopy.put(((RouteKey.ForStep) key).step(), rule);
    }
    return new RoutingTable(
        Collections.unmodifiableMap(stepCopy), Collections.unmodifiableMap(alertCopy));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RoutingTable that
        && steps.equals(that.steps)
        && alerts.equals(that.alerts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(steps, alerts);
  }

  @Override
  public String toString() {
    return "RoutingTable[steps=" + steps + ", alerts=" + alerts + "]";
  }
}
