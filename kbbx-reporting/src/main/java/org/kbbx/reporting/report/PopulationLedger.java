package org.kbbx.reporting.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.immutables.value.Value;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.internal.KbbxStyle;
import org.kbbx.reporting.register.StudentHistory;

/**
 * The school-age population ledger and its village statistics table (学龄人口台账 and 附件3
 * 统计表, R-LED-1, seed 003).
 *
 * <p>The table has one row per village given, in code order, listed even when empty, then a row
 * {@value #UNKNOWN_VILLAGE} for children whose village is missing or not among those given
 * (listed only when not empty, so nobody is lost), then {@value #TOTAL}. In every row
 * {@link LedgerColumn#POPULATION} equals the sum of the other columns.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@KbbxStyle
public abstract class PopulationLedger {

  /** The key of the row for children outside the villages given. */
  public static final String UNKNOWN_VILLAGE = "UNKNOWN_VILLAGE";

  /** The key of the total row. */
  public static final String TOTAL = "TOTAL";

  PopulationLedger() {}

  /**
   * Returns the date the ledger describes.
   *
   * @return the as-of date, never null
   */
  public abstract LocalDate asOf();

  /**
   * Returns every child listed, in input order.
   *
   * @return the entries
   */
  public abstract List<LedgerEntry> entries();

  /**
   * Returns the village statistics table (附件3).
   *
   * @return the table
   */
  public abstract StatisticsTable villageTable();

  /**
   * Builds the ledger of the given children on {@code asOf}. Null children are skipped.
   *
   * @param children the school-age children, read once, may be null (none)
   * @param villages the villages of the area, each listed even when empty, not null
   * @param asOf the as-of date, not null
   * @return the ledger
   * @throws NullPointerException if {@code villages} or {@code asOf} is null
   */
  public static PopulationLedger of(
      Iterable<StudentHistory> children, Iterable<DivisionCode> villages, LocalDate asOf) {
    Objects.requireNonNull(villages, "villages");
    Objects.requireNonNull(asOf, "asOf");
    Map<DivisionCode, long[]> byVillage = new LinkedHashMap<>();
    for (DivisionCode village : new TreeSet<>(toList(villages))) {
      byVillage.put(village, new long[LedgerColumn.values().length]);
    }
    long[] unknown = new long[LedgerColumn.values().length];
    long[] total = new long[LedgerColumn.values().length];
    List<LedgerEntry> entries = new ArrayList<>();
    if (children != null) {
      for (StudentHistory child : children) {
        if (child == null) {
          continue;
        }
        LedgerEntry entry = LedgerEntry.builder()
            .residentId(child.residentId())
            .name(child.name())
            .village(child.village())
            .state(child.stateOn(asOf).toJavaOptional())
            .evidence(child.evidence())
            .build();
        entries.add(entry);
        long[] row = child.village().map(byVillage::get).orElse(null);
        for (long[] counts : new long[][] {row == null ? unknown : row, total}) {
          counts[LedgerColumn.POPULATION.ordinal()]++;
          counts[entry.column().ordinal()]++;
        }
      }
    }
    StatisticsTable.Builder table = StatisticsTable.builder()
        .chineseTitle("农村义务教育阶段学龄人口台账统计表")
        .englishTitle("school-age population ledger by village");
    for (LedgerColumn column : LedgerColumn.values()) {
      table.addColumns(column.toColumn());
    }
    byVillage.forEach((village, counts) -> table.addRows(
        new TableRow(village.toString(), village.toString(), village.toString(), boxed(counts))));
    if (unknown[LedgerColumn.POPULATION.ordinal()] > 0) {
      table.addRows(new TableRow(UNKNOWN_VILLAGE, "村组不明", "village unknown", boxed(unknown)));
    }
    table.addRows(new TableRow(TOTAL, "合计", "total", boxed(total)));
    return builder().asOf(asOf).entries(entries).villageTable(table.build()).build();
  }

  private static List<DivisionCode> toList(Iterable<DivisionCode> villages) {
    List<DivisionCode> list = new ArrayList<>();
    for (DivisionCode village : villages) {
      list.add(Objects.requireNonNull(village, "villages contains null"));
    }
    return list;
  }

  private static List<Long> boxed(long[] counts) {
    List<Long> list = new ArrayList<>(counts.length);
    for (long count : counts) {
      list.add(count);
    }
    return list;
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PopulationLedger}. */
  public static final class Builder extends ImmutablePopulationLedger.Builder {
    Builder() {}
  }
}
