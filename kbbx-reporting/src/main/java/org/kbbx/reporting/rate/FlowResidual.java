package org.kbbx.reporting.rate;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Objects;
import org.kbbx.core.school.GradeSystem;

/**
 * The {@code FLOW_RESIDUAL} dropout mode (the traditional 两基 method, R-RATE-10): dropouts derived
 * from the flow counts schools report.
 *
 * <pre>
 *   dropouts = max(0, (suspensions* + withdrawals + deaths* + transfers out + other decreases)
 *                     − (transfers in + other increases))
 *   * counted only when the {@link FlowResidualPolicy} says so (traditional: yes)
 * </pre>
 *
 * <p>The floor applies to each reported row (school × grade × sex) before rows are added, so the
 * result is additive and rolls up like registry counts. Each accepted row adds {@code ENROLLED =
 * enrolledAtStart}, {@code DROPPED_OUT = dropouts}, {@code TRANSFERS_IN}, {@code TRANSFERS_OUT} to
 * its school's table. Bad rows never throw: a null row, a negative count or a count above {@value
 * #MAX_COUNT} is a {@link FlowFinding} and the row is left out; a floored residual and dropouts
 * above enrolment are findings on counted rows. Every input row is either counted or named in a
 * finding. The computation never throws, for any input, null included.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param counts the counts of the accepted rows, by school
 * @param findings every problem found, in input order
 */
public record FlowResidual(UnitCounts counts, Seq<FlowFinding> findings) {

  /** The largest count a row may report (keeps every sum of rows far from overflow). */
  public static final long MAX_COUNT = 1_000_000_000L;

  /** Creates a result. */
  public FlowResidual {
    Objects.requireNonNull(counts, "counts");
    Objects.requireNonNull(findings, "findings");
  }

  /**
   * Computes dropouts from reported flows.
   *
   * @param reports the rows; null, or null rows, give findings
   * @param policy which decreases count; null means {@link FlowResidualPolicy#TRADITIONAL}
   * @param system the grade system of the counts; null means 6-3
   * @return the counts of the accepted rows and the findings
   */
  public static FlowResidual compute(
      Iterable<FlowReport> reports, FlowResidualPolicy policy, GradeSystem system) {
    GradeSystem gradeSystem = system == null ? GradeSystem.SIX_THREE : system;
    FlowResidualPolicy rule = policy == null ? FlowResidualPolicy.TRADITIONAL : policy;
    UnitCounts.Accumulator sum = UnitCounts.accumulator(gradeSystem);
    if (reports == null) {
      return new FlowResidual(sum.toCounts(), List.of(new FlowFinding.MissingRow(-1)));
    }
    List<FlowFinding> findings = List.empty();
    int index = 0;
    for (FlowReport report : reports) {
      findings = findings.appendAll(accept(index++, report, rule, sum));
    }
    return new FlowResidual(sum.toCounts(), findings);
  }

  private static List<FlowFinding> accept(
      int index, FlowReport report, FlowResidualPolicy rule, UnitCounts.Accumulator sum) {
    if (report == null) {
      return List.of(new FlowFinding.MissingRow(index));
    }
    List<FlowFinding> invalid = List.of(
            check(index, report, "enrolledAtStart", report.enrolledAtStart()),
            check(index, report, "suspensions", report.suspensions()),
            check(index, report, "withdrawals", report.withdrawals()),
            check(index, report, "deaths", report.deaths()),
            check(index, report, "transfersOut", report.transfersOut()),
            check(index, report, "otherDecreases", report.otherDecreases()),
            check(index, report, "transfersIn", report.transfersIn()),
            check(index, report, "otherIncreases", report.otherIncreases()))
        .flatMap(f -> f);
    if (!invalid.isEmpty()) {
      return invalid;
    }
    long decreases = report.withdrawals()
        + report.transfersOut()
        + report.otherDecreases()
        + (rule.deathsAreDecreases() ? report.deaths() : 0)
        + (rule.suspensionsAreDecreases() ? report.suspensions() : 0);
    long residual = decreases - (report.transfersIn() + report.otherIncreases());
    long dropouts = Math.max(0, residual);
    int sexIndex = report.sex().map(Enum::ordinal).orElse(CountsTable.UNRECORDED_SEX);
    int row = report.grade().number();
    sum.addCount(report.school(), row, sexIndex, Counter.ENROLLED, report.enrolledAtStart());
    sum.addCount(report.school(), row, sexIndex, Counter.DROPPED_OUT, dropouts);
    sum.addCount(report.school(), row, sexIndex, Counter.TRANSFERS_IN, report.transfersIn());
    sum.addCount(report.school(), row, sexIndex, Counter.TRANSFERS_OUT, report.transfersOut());
    List<FlowFinding> notes = List.empty();
    if (residual < 0) {
      notes = notes.append(new FlowFinding.FlooredResidual(index, report, residual));
    }
    if (dropouts > report.enrolledAtStart()) {
      notes = notes.append(new FlowFinding.DropoutsExceedEnrolment(index, report, dropouts));
    }
    return notes;
  }

  private static Option<FlowFinding> check(int index, FlowReport report, String field, long value) {
    return value < 0 || value > MAX_COUNT
        ? Option.some(new FlowFinding.InvalidCount(index, report, field, value))
        : Option.none();
  }
}
