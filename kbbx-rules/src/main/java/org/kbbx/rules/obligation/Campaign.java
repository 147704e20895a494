package org.kbbx.rules.obligation;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A dated campaign (专项工作) as profile data (R-OBL-1): its stages with their deadlines.
 *
 * <p>Examples: YUNDOU_2022's 2022 verification campaign (seed 003 三(二)), XX_COUNTY_2023's
 * submission of the work plan and three rosters by 2023-09-10 (seed 002 三(一)).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name the campaign's name, not blank
 * @param stages the stages, in the document's order, not empty; copied
 */
public record Campaign(String name, List<CampaignStage> stages) {

  /** Creates a campaign. */
  public Campaign {
    Objects.requireNonNull(name, "name");
    stages = List.copyOf(Objects.requireNonNull(stages, "stages"));
    if (name.isBlank()) {
      throw new IllegalArgumentException("Invalid campaign name: must not be blank");
    }
    if (stages.isEmpty()) {
      throw new IllegalArgumentException(
          "Invalid campaign '" + name + "': no stages " + "(valid values: 1 or more stages)");
    }
  }

  /**
   * Returns one obligation per stage, in the stages' order.
   *
   * @return the obligations
   */
  public Seq<Obligation> obligations() {
    return Vector.ofAll(stages).map(s -> s.obligation(name));
  }

  /**
   * Lists the stages overdue or done late as of {@code asOf} (R-OBL-1): a stage not done whose
   * deadline has passed at {@code asOf} is {@link FindingKind#MISSING}; one done after its
   * deadline is {@link FindingKind#LATE}. A fulfilment after {@code asOf} is not yet known.
   *
   * @param asOf the instant of the check, not null
   * @param done what was done, null elements ignored, not null
   * @return the findings, in the stages' order
   */
  public Seq<ObligationFinding> findings(LocalDateTime asOf, Iterable<Fulfilment> done) {
    return ObligationCalendar.findingsAt(asOf, obligations(), done);
  }
}
