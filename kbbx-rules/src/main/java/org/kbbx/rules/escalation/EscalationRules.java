package org.kbbx.rules.escalation;

import java.util.List;
import java.util.Objects;

/**
 * The absence rules of one jurisdiction, resolved (R-ABS-2, R-ABS-3).
 *
 * <p>A jurisdiction profile produces this value; the escalation engine reads nothing else.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param firstContact the contact rule (NATIONAL: the class teacher contacts the family on the
 *     first day), not null
 * @param homeVisits further report-only rules (HANZHONG_2018: 2 school days → home visit and
 *     written report), possibly empty; copied
 * @param suspected the suspected-dropout rule, not null
 * @param dropout how a suspected dropout becomes a dropout, not null
 */
public record EscalationRules(
    AbsenceTrigger firstContact,
    List<AbsenceTrigger> homeVisits,
    AbsenceTrigger suspected,
    DropoutRule dropout) {

  /** Creates the rules. */
  public EscalationRules {
    Objects.requireNonNull(firstContact, "firstContact");
    homeVisits = List.copyOf(Objects.requireNonNull(homeVisits, "homeVisits"));
    Objects.requireNonNull(suspected, "suspected");
    Objects.requireNonNull(dropout, "dropout");
  }
}
