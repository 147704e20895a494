package org.kbbx.rules.accountability;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.util.Objects;
import org.kbbx.core.responsibility.CoverageFinding;
import org.kbbx.core.responsibility.Organisation;
import org.kbbx.core.responsibility.Position;

/**
 * Charges each coverage finding (R-RC-5) to the unit that must close the gap, so that the findings
 * rules of R-RC-9 (责令检查, 通报批评) can count them.
 *
 * <table>
 *   <caption>Which unit a finding is charged to</caption>
 *   <tr><th>finding</th><th>unit</th></tr>
 *   <tr><td>vacant principal / township head or village director / county head or bureau director</td>
 *       <td>the school / the township / the county</td></tr>
 *   <tr><td>vacant education centre director</td><td>the township</td></tr>
 *   <tr><td>student without a class teacher (R-RC-10) or without a teacher guarantor</td><td>the school attended</td></tr>
 *   <tr><td>teacher or school leader over the cap</td><td>their school</td></tr>
 *   <tr><td>bureau leader or section over the cap; township without a bureau guarantor</td><td>the county</td></tr>
 *   <tr><td>village without a survey school, or with several (R-RC-13)</td><td>the village's township</td></tr>
 *   <tr><td>missing letter</td><td>the unit of the letter's upper seat</td></tr>
 * </table>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FindingsByUnit {

  private FindingsByUnit() {}

  /**
   * Groups findings by the unit they are charged to, each as its {@link Organisation#describe}
   * line (names where the organisation has them, R-RC-11), units in order of their first finding,
   * each unit {@linkplain AccountableUnit#named named} as the organisation names it.
   * The lines count for the findings rules only where a profile lists {@code COVERAGE_FINDING} as a
   * cause (R-RC-17).
   *
   * @param organisation the organisation the findings came from, not null
   * @param findings the coverage findings, not null
   * @return the findings per unit
   */
  public static Map<AccountableUnit, Seq<String>> of(
      Organisation organisation, Seq<CoverageFinding> findings) {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(findings, "findings");
    Map<AccountableUnit, Seq<String>> byUnit = LinkedHashMap.empty();
    for (CoverageFinding finding : findings) {
      AccountableUnit unit = unitOf(organisation, finding).named(organisation);
      byUnit = byUnit.put(
          unit, byUnit.get(unit).getOrElse(Vector.empty()).append(organisation.describe(finding)));
    }
    return byUnit;
  }

  private static AccountableUnit unitOf(Organisation organisation, CoverageFinding finding) {
    if (finding instanceof CoverageFinding.BrokenLink broken) {
      return unitOfSeat(organisation, broken.vacant());
    }
    if (finding instanceof CoverageFinding.ClassTeacherVacant student) {
      return new AccountableUnit.School(student.school());
    }
    if (finding instanceof CoverageFinding.StudentWithoutGuarantor student) {
      return new AccountableUnit.School(student.school());
    }
    if (finding instanceof CoverageFinding.GuarantorOverCap overCap) {
      return unitOfSeat(organisation, overCap.guarantor());
    }
    if (finding instanceof CoverageFinding.VillageWithoutSurveySchool village) {
      return new AccountableUnit.Township(village.village().township());
    }
    if (finding instanceof CoverageFinding.VillageSurveyedBySeveral village) {
      return new AccountableUnit.Township(village.village().township());
    }
    if (finding instanceof CoverageFinding.MissingLetter letter) {
      return unitOfSeat(organisation, letter.upper());
    }
    return new AccountableUnit.County(organisation.county());
  }

  private static AccountableUnit unitOfSeat(Organisation organisation, Position seat) {
    if (seat.role() == org.kbbx.core.responsibility.Role.RELIEF_RESPONSIBLE) {
      return new AccountableUnit.County(organisation.county());
    }
    if (seat.school().isDefined()) {
      return new AccountableUnit.School(seat.school().get());
    }
    if (seat.division().isDefined() && !seat.division().get().equals(organisation.county())) {
      return new AccountableUnit.Township(seat.division().get().township());
    }
    return new AccountableUnit.County(organisation.county());
  }
}
