package org.kbbx.reporting.report;

import org.kbbx.core.status.SchoolingState;

/**
 * The columns of the village statistics table (R-LED-1, seed 003 附件3): the population and the
 * one column each child falls into. The columns after {@link #POPULATION} partition it.
 *
 * <p>A column that holds exactly one {@link SchoolingState} takes that state's name and labels;
 * the others group states ({@link #of(SchoolingState)}) or use the seed's own heading
 * ({@link #COMPLETED}: 初中已毕业, seed 003).
 *
 * <p>This class is immutable and thread-safe.
 */
public enum LedgerColumn {
  /** 学龄人口数: every child listed. */
  POPULATION("学龄人口数", "population"),
  /** 本地就读: attending (also borrowed place, special school). */
  ATTENDING_LOCALLY("本地就读", "attending locally"),
  /** 外地就读: studying elsewhere with the parents. */
  ATTENDING_ELSEWHERE("外地就读", "attending elsewhere"),
  /** 延缓入学 ({@link SchoolingState#DEFERRED}). */
  DEFERRED(SchoolingState.DEFERRED),
  /** 送教上门. */
  HOME_EDUCATION(SchoolingState.HOME_EDUCATION),
  /** 请假. */
  ON_LEAVE(SchoolingState.ON_LEAVE),
  /** 休学. */
  SUSPENDED(SchoolingState.SUSPENDED),
  /** 初中已毕业. */
  COMPLETED("初中已毕业", "completed junior secondary"),
  /** 出国（境）. */
  ABROAD(SchoolingState.ABROAD),
  /** 失踪失联. */
  MISSING(SchoolingState.MISSING),
  /** 死亡. */
  DECEASED(SchoolingState.DECEASED),
  /** 疑似辍学: suspected, not yet a dropout. */
  SUSPECTED_DROPOUT(SchoolingState.SUSPECTED_DROPOUT),
  /** 失学辍学: never enrolled, dropped out or aged out without completing. */
  OUT_OF_SCHOOL("失学辍学", "out of school"),
  /** 未核实: no status known on the as-of date. */
  NOT_VERIFIED("未核实", "not verified");

  private final String chineseLabel;
  private final String englishLabel;

  LedgerColumn(String chineseLabel, String englishLabel) {
    this.chineseLabel = chineseLabel;
    this.englishLabel = englishLabel;
  }

  /** A column that holds exactly one schooling state, labelled as that state is. */
  LedgerColumn(SchoolingState state) {
    this(state.chineseLabel(), state.englishLabel());
  }

  /**
   * Returns the one column (other than {@link #POPULATION}) a child in {@code state} falls into.
   *
   * @param state the state, or null when unknown
   * @return the column, never {@link #POPULATION}
   */
  public static LedgerColumn of(SchoolingState state) {
    if (state == null) {
      return NOT_VERIFIED;
    }
    return switch (state) {
      case ATTENDING, BORROWED, SPECIAL_SCHOOL -> ATTENDING_LOCALLY;
      case STUDYING_ELSEWHERE -> ATTENDING_ELSEWHERE;
      case DEFERRED -> DEFERRED;
      case HOME_EDUCATION -> HOME_EDUCATION;
      case ON_LEAVE -> ON_LEAVE;
      case SUSPENDED -> SUSPENDED;
      case COMPLETED -> COMPLETED;
      case ABROAD -> ABROAD;
      case MISSING -> MISSING;
      case DECEASED -> DECEASED;
      case SUSPECTED_DROPOUT -> SUSPECTED_DROPOUT;
      case NOT_ENROLLED, DROPPED_OUT, AGED_OUT -> OUT_OF_SCHOOL;
    };
  }

  /**
   * Returns the table column for this constant.
   *
   * @return the column with this constant's name as key
   */
  public TableColumn toColumn() {
    return new TableColumn(name(), chineseLabel, englishLabel);
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label, never null
   */
  public String chineseLabel() {
    return chineseLabel;
  }

  /**
   * Returns the English label.
   *
   * @return the label, never null
   */
  public String englishLabel() {
    return englishLabel;
  }
}
