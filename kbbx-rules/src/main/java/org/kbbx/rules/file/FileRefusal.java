package org.kbbx.rules.file;

import org.kbbx.core.status.StudentTimeline;

/**
 * Why a student file refused an input before applying it (R-FILE-2, R-FILE-5): the code enum of
 * {@link FileRejection.Refused}; a constant's name is the stable code (see
 * {@link org.kbbx.core.Problem}).
 *
 * <p>This class is immutable and thread-safe.
 */
public enum FileRefusal {
  /** 空输入: a null input, or an input whose event, mark, student or date is null. */
  NULL_INPUT("the input or one of its parts is null"),
  /** 日期越界: dated before 1990-01-01 or after 2100-12-31 (the timeline's range). */
  DATE_OUT_OF_RANGE(
      "the date is outside " + StudentTimeline.EARLIEST_DATE + " - " + StudentTimeline.LATEST_DATE),
  /** 晚于当日: dated after the county day being fed. */
  AFTER_DAY("the input is dated after the day being fed"),
  /** 日已过: the county day fed is before the day the county file has reached. */
  DAY_PASSED("the day fed is before the day the county file has reached"),
  /** 无日期: the county day fed is null. */
  NULL_DAY("the day fed is null"),
  /** 他人输入: given to one student's file but about another student. */
  WRONG_STUDENT("the input is about another student"),
  /** 重复考勤: a second attendance mark for the same student and day. */
  DUPLICATE_MARK("the student already has a mark for that day: one mark per student and day"),
  /** 重复事件: a status event whose id the student's file already holds. */
  DUPLICATE_EVENT_ID("the student's file already holds an event with that id"),
  /** 保留编号: a status event whose id starts with {@code auto:}, the prefix of derived events. */
  RESERVED_EVENT_ID("event ids starting with auto: are reserved for the events the rules derive"),
  /** 返校是学籍事件: a case {@code Return}; a return is recorded as a {@code RETURN} status event. */
  RETURN_IS_A_STATUS_EVENT(
      "record a return to school as a RETURN status event; the case ends from the timeline"),
  /** 无在办案件: a case event dated on a day the student has no open return-persuasion case. */
  NO_OPEN_CASE("the student has no open return-persuasion case on that day"),
  /** 无档案: the county file fed is null (R-SM-2: every input comes back refused). */
  NULL_FILE("the county file fed is null: start from CountyFile.empty()");

  private final String message;

  FileRefusal(String message) {
    this.message = message;
  }

  /**
   * Returns what was wrong, in words.
   *
   * @return the message
   */
  public String message() {
    return message;
  }
}
