package org.kbbx.core.status;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The kinds of event that move a student between {@link SchoolingState}s, each with its Chinese
 * label and the {@link EventField}s it requires.
 *
 * <p>Every event may also carry {@link EventField#EVIDENCE} and {@link EventField#REASON}; the events
 * that place the student in a school may name its {@link EventField#GRADE_SYSTEM} ({@link
 * #takesGradeSystem()}, R-SM-9); the other fields are allowed only where required, so an event has
 * exactly one meaning.
 */
public enum EventType {
  /** 入学: enrols at a school in a grade; opens the record. */
  ENROL("入学", EventField.SCHOOL, EventField.GRADE),
  /** 延缓入学: approves deferred entry until a date (re-applied yearly). */
  DEFER("延缓入学", EventField.UNTIL),
  /** 请假: starts an approved leave. */
  START_LEAVE("请假"),
  /** 销假: ends an approved leave. */
  END_LEAVE("销假"),
  /** 休学: starts an approved suspension until a date. */
  SUSPEND("休学", EventField.UNTIL),
  /** 延长休学: extends a suspension to a later date. */
  EXTEND_SUSPENSION("延长休学", EventField.UNTIL),
  /** 休学复学: ends a suspension: back to school. */
  RESUME("休学复学"),
  /** 标记疑似辍学: marks the student a suspected dropout. */
  MARK_SUSPECTED("标记疑似辍学"),
  /** 确认辍学: confirms a suspected dropout as a dropout. */
  CONFIRM_DROPOUT("确认辍学"),
  /** 自动转为辍学: a suspected dropout not returned within the profile's period becomes a dropout (R-ABS-3). */
  AUTOMATIC_DROPOUT("自动转为辍学"),
  /** 劝返复学: a suspected or confirmed dropout returns to school (R-ABS-4). */
  RETURN("劝返复学"),
  /** 转出: sends a transfer-out to another school; the record is pending until confirmed. */
  TRANSFER_OUT("转出", EventField.SCHOOL),
  /** 转入确认: the receiving school confirms the transfer-in; the record moves. */
  CONFIRM_TRANSFER_IN("转入确认", EventField.SCHOOL),
  /** 借读: starts attending another school while the record stays. */
  BORROW("借读", EventField.SCHOOL),
  /** 结束借读: ends borrowing: back at the record school. */
  END_BORROW("结束借读"),
  /** 随父母外出就学: leaves to study elsewhere with the parents, with evidence. */
  STUDY_ELSEWHERE("随父母外出就学", EventField.EVIDENCE),
  /** 返回本地就学: comes back from studying elsewhere to the record school. */
  RETURN_FROM_ELSEWHERE("返回本地就学"),
  /** 送教上门: starts home education delivered by the record school. */
  START_HOME_EDUCATION("送教上门"),
  /** 结束送教上门: ends home education: attends the record school. */
  END_HOME_EDUCATION("结束送教上门"),
  /** 转入专门学校: enters a special (work-study) school, which takes the record. */
  ENTER_SPECIAL_SCHOOL("转入专门学校", EventField.SCHOOL),
  /** 离开专门学校: leaves the special school for an ordinary school, which takes the record. */
  LEAVE_SPECIAL_SCHOOL("离开专门学校", EventField.SCHOOL),
  /** 升级: moves up one grade. */
  PROMOTE("升级", EventField.GRADE),
  /** 留级: repeats the current grade. */
  REPEAT("留级", EventField.GRADE),
  /** 跳级: skips a grade, within one level. */
  SKIP("跳级", EventField.GRADE),
  /**
   * 小升初: completes the last primary grade and enters the first junior grade (grade 7 under 6-3,
   * grade 6 under 5-4) at the same or another school, possibly under another grade system
   * ({@link EventField#GRADE_SYSTEM}); primary completion, not a transfer (R-SM-9, R-RATE-17).
   */
  PROGRESS_TO_JUNIOR("小升初", EventField.SCHOOL, EventField.GRADE),
  /** 毕业: completes compulsory education from the last grade; closes the record. */
  COMPLETE("毕业"),
  /** 出国（境）: leaves the country. */
  GO_ABROAD("出国（境）"),
  /** 回国（境）: comes back from abroad to the record school. */
  RETURN_FROM_ABROAD("回国（境）"),
  /** 报告失踪失联: reports the student missing. */
  REPORT_MISSING("报告失踪失联"),
  /** 找回: a missing student is found; not yet back at school. */
  FOUND("找回"),
  /** 死亡: the student died; closes the record. */
  DEATH("死亡"),
  /** 超龄离校: the student leaves compulsory age without completing; closes the record. */
  AGE_OUT("超龄离校"),
  /** 撤销: removes the effect of an earlier event (R-SM-5). */
  RETRACTION("撤销", EventField.TARGET_EVENT);

  private static final int ALWAYS_ALLOWED =
      1 << EventField.EVIDENCE.ordinal() | 1 << EventField.REASON.ordinal();

  private final String chineseLabel;
  private final Set<EventField> requiredFields;
  /** Bit {@code f.ordinal()} set for each required field: every event built reads it. */
  private final int requiredMask;

  EventType(String chineseLabel, EventField... requiredFields) {
    this.chineseLabel = chineseLabel;
    EnumSet<EventField> fields = EnumSet.noneOf(EventField.class);
    Collections.addAll(fields, requiredFields);
    this.requiredFields = Collections.unmodifiableSet(fields);
    int mask = 0;
    for (EventField field : requiredFields) {
      mask |= 1 << field.ordinal();
    }
    this.requiredMask = mask;
  }

  /** Returns the Chinese label, for example {@code 劝返复学}. */
  public String chineseLabel() {
    return chineseLabel;
  }

  /**
   * Returns the fields an event of this type must carry.
   *
   * @return an unmodifiable set, possibly empty
   */
  public Set<EventField> requiredFields() {
    return requiredFields;
  }

  /**
   * Returns whether an event of this type may carry {@code field}: required fields, evidence and
   * reason.
   *
   * @param field the field, not null
   * @return true if allowed
   */
  public boolean allows(EventField field) {
    if (field == EventField.GRADE_SYSTEM) {
      return takesGradeSystem();
    }
    return ((requiredMask | ALWAYS_ALLOWED) & 1 << field.ordinal()) != 0;
  }

  /**
   * Returns whether an event of this type may name the grade system of the school it places the
   * student in (R-SM-9): enrolment, transfer-in confirmation, entering or leaving a special school
   * and 小升初.
   *
   * @return true for those types
   */
  public boolean takesGradeSystem() {
    switch (this) {
      case ENROL:
      case CONFIRM_TRANSFER_IN:
      case ENTER_SPECIAL_SCHOOL:
      case LEAVE_SPECIAL_SCHOOL:
      case PROGRESS_TO_JUNIOR:
        return true;
      default:
        return false;
    }
  }

  /** Returns whether an event of this type must carry {@code field}. */
  boolean requires(EventField field) {
    return (requiredMask & 1 << field.ordinal()) != 0;
  }
}
