package org.kbbx.rules.accountability;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.kbbx.core.person.PriorityGroup;
import org.kbbx.core.responsibility.AccountabilityRule;
import org.kbbx.core.responsibility.WorkFailure;
import org.kbbx.core.time.SchoolYear;

/** The evidence of the one-vote veto (R-RC-16) and of the "工作不力" rules (R-RC-17). */
final class WorkFailures {

  /** The groups whose dropout is a seed-002 failure: registered poor and monitored households. */
  static final Set<PriorityGroup> PRIORITY =
      EnumSet.of(PriorityGroup.REGISTERED_POOR, PriorityGroup.MONITORED_HOUSEHOLD);

  private WorkFailures() {}

  /** Named children of {@code group} first; the bare count when no child is named. */
  static Seq<String> veto(
      AccountabilityRule.OneVoteVeto veto, UnitYearResult current, SchoolYear year) {
    Vector<StudentDropout> named =
        Vector.ofAll(current.dropouts()).filter(d -> d.groups().contains(veto.group()));
    long counted = Objects.requireNonNullElse(current.dropoutsByGroup().get(veto.group()), 0L);
    long count = Math.max(counted, named.size());
    if (count == 0) {
      return Vector.empty();
    }
    String line = year + " " + count + " dropout(s) of " + veto.group().chineseLabel();
    return named.isEmpty()
        ? Vector.of(line)
        : Vector.of(line + ": " + named.map(d -> d.student().toString()).mkString(", "));
  }

  static Seq<String> evidence(
      int minimum, Set<WorkFailure> causes, UnitYearResult current, SchoolYear year) {
    Vector<String> lines = Vector.ofAll(current.failures())
        .filter(failure -> causes.contains(failure.cause()))
        .map(UnitFailure::toString);
    long count = lines.size();
    if (causes.contains(WorkFailure.PRIORITY_CHILD_DROPOUT)) {
      Vector<StudentDropout> named = Vector.ofAll(current.dropouts())
          .filter(d -> d.groups().stream().anyMatch(PRIORITY::contains));
      lines = lines.appendAll(
          named.map(d -> WorkFailure.PRIORITY_CHILD_DROPOUT.chineseLabel() + ": " + d.student()));
      // counted dropouts without names (the registers' counts): at least the larger group's count
      long counted = 0;
      for (PriorityGroup group : PRIORITY) {
        counted = Math.max(
            counted, Objects.requireNonNullElse(current.dropoutsByGroup().get(group), 0L));
      }
      long unnamed = Math.max(0, counted - named.size());
      if (unnamed > 0) {
        lines = lines.append(WorkFailure.PRIORITY_CHILD_DROPOUT.chineseLabel() + ": " + unnamed
            + " counted dropout(s) without names");
      }
      count += named.size() + unnamed;
    }
    if (causes.contains(WorkFailure.COVERAGE_FINDING)) {
      lines = lines.appendAll(Vector.ofAll(current.findings())
          .map(line -> WorkFailure.COVERAGE_FINDING.chineseLabel() + ": " + line));
      count += current.findings().size();
    }
    if (count < minimum || count == 0) {
      return Vector.empty();
    }
    return lines.prepend(year + " " + count + " failure(s), at least " + minimum + ":");
  }
}
