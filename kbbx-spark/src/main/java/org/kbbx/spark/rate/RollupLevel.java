package org.kbbx.spark.rate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.division.DivisionLevel;
import org.kbbx.reporting.rate.SchoolRef;

/**
 * The units a national rates table reports (R-RATE-4): each school, each division from township to
 * province, and the nation.
 *
 * <p>A school's counts (enrolment side) belong to the school and to every division containing the
 * school; a household division's counts (population side) belong to every division containing it,
 * as in {@link org.kbbx.reporting.rate.UnitCounts#rollUp(DivisionLevel)}: a code wider than the
 * level (a county-level household code at township level) stays as it is.
 *
 * <p>This class is immutable and thread-safe.
 */
public enum RollupLevel {
  /** 全国: everything. */
  NATION("全国", null),
  /** 省级. */
  PROVINCE("省", DivisionLevel.PROVINCE),
  /** 地级 (city, prefecture). */
  CITY("市", DivisionLevel.CITY),
  /** 县级 (county, district). */
  COUNTY("县", DivisionLevel.COUNTY),
  /** 乡级 (township, town, street). */
  TOWNSHIP("乡镇", DivisionLevel.TOWNSHIP),
  /** 学校: enrolment-side counts of one school. */
  SCHOOL("学校", null);

  /** The code of the one unit of {@link #NATION}. */
  public static final String NATION_CODE = "CN";

  private final String chineseLabel;
  private final DivisionLevel division;

  RollupLevel(String chineseLabel, DivisionLevel division) {
    this.chineseLabel = chineseLabel;
    this.division = division;
  }

  /** Returns the Chinese label, for example {@code 乡镇}. */
  public String chineseLabel() {
    return chineseLabel;
  }

  /**
   * Returns the keys of every unit a school's counts belong to, one per level.
   *
   * @param school not null
   * @return the school itself, its divisions from township to province, and the nation
   */
  public static List<RollupKey> unitsOfSchool(SchoolRef school) {
    Objects.requireNonNull(school, "school");
    List<RollupKey> keys = unitsOfDivision(school.division());
    keys.add(RollupKey.of(SCHOOL, school.id().value()));
    return keys;
  }

  /**
   * Returns the keys of every division unit (township to province, and the nation) containing a
   * division.
   *
   * @param code not null
   * @return one key per level from {@link #NATION} to {@link #TOWNSHIP}
   */
  public static List<RollupKey> unitsOfDivision(DivisionCode code) {
    Objects.requireNonNull(code, "code");
    List<RollupKey> keys = new ArrayList<>(6);
    keys.add(RollupKey.of(NATION, NATION_CODE));
    for (RollupLevel level : values()) {
      if (level.division != null) {
        DivisionCode up = code.truncatedTo(level.division);
        keys.add(RollupKey.of(level, up.toString()));
      }
    }
    return keys;
  }
}
