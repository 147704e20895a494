package org.kbbx.core.status;

import static org.kbbx.core.status.EventType.AGE_OUT;
import static org.kbbx.core.status.EventType.AUTOMATIC_DROPOUT;
import static org.kbbx.core.status.EventType.BORROW;
import static org.kbbx.core.status.EventType.COMPLETE;
import static org.kbbx.core.status.EventType.CONFIRM_DROPOUT;
import static org.kbbx.core.status.EventType.CONFIRM_TRANSFER_IN;
import static org.kbbx.core.status.EventType.DEATH;
import static org.kbbx.core.status.EventType.DEFER;
import static org.kbbx.core.status.EventType.END_BORROW;
import static org.kbbx.core.status.EventType.END_HOME_EDUCATION;
import static org.kbbx.core.status.EventType.END_LEAVE;
import static org.kbbx.core.status.EventType.ENROL;
import static org.kbbx.core.status.EventType.ENTER_SPECIAL_SCHOOL;
import static org.kbbx.core.status.EventType.EXTEND_SUSPENSION;
import static org.kbbx.core.status.EventType.FOUND;
import static org.kbbx.core.status.EventType.GO_ABROAD;
import static org.kbbx.core.status.EventType.LEAVE_SPECIAL_SCHOOL;
import static org.kbbx.core.status.EventType.MARK_SUSPECTED;
import static org.kbbx.core.status.EventType.PROGRESS_TO_JUNIOR;
import static org.kbbx.core.status.EventType.PROMOTE;
import static org.kbbx.core.status.EventType.REPEAT;
import static org.kbbx.core.status.EventType.REPORT_MISSING;
import static org.kbbx.core.status.EventType.RESUME;
import static org.kbbx.core.status.EventType.RETRACTION;
import static org.kbbx.core.status.EventType.RETURN;
import static org.kbbx.core.status.EventType.RETURN_FROM_ABROAD;
import static org.kbbx.core.status.EventType.RETURN_FROM_ELSEWHERE;
import static org.kbbx.core.status.EventType.SKIP;
import static org.kbbx.core.status.EventType.START_HOME_EDUCATION;
import static org.kbbx.core.status.EventType.START_LEAVE;
import static org.kbbx.core.status.EventType.STUDY_ELSEWHERE;
import static org.kbbx.core.status.EventType.SUSPEND;
import static org.kbbx.core.status.EventType.TRANSFER_OUT;
import static org.kbbx.core.status.Guard.AFTER_TRANSFER_OUT;
import static org.kbbx.core.status.Guard.ALWAYS;
import static org.kbbx.core.status.Guard.AUTOMATIC_DROPOUT_DUE;
import static org.kbbx.core.status.Guard.DEFERRAL_ENDS_LATER;
import static org.kbbx.core.status.Guard.EXTENSION_WITHIN_LIMIT;
import static org.kbbx.core.status.Guard.LAST_GRADE;
import static org.kbbx.core.status.Guard.ONE_GRADE_UP;
import static org.kbbx.core.status.Guard.PRIMARY_TO_JUNIOR;
import static org.kbbx.core.status.Guard.RECORD_SETTLED;
import static org.kbbx.core.status.Guard.SAME_GRADE;
import static org.kbbx.core.status.Guard.SUSPENSION_OVER;
import static org.kbbx.core.status.Guard.SUSPENSION_WITHIN_LIMIT;
import static org.kbbx.core.status.Guard.TO_ANOTHER_SCHOOL;
import static org.kbbx.core.status.Guard.TWO_GRADES_UP_WITHIN_LEVEL;
import static org.kbbx.core.status.SchoolingState.ABROAD;
import static org.kbbx.core.status.SchoolingState.AGED_OUT;
import static org.kbbx.core.status.SchoolingState.ATTENDING;
import static org.kbbx.core.status.SchoolingState.BORROWED;
import static org.kbbx.core.status.SchoolingState.COMPLETED;
import static org.kbbx.core.status.SchoolingState.DECEASED;
import static org.kbbx.core.status.SchoolingState.DEFERRED;
import static org.kbbx.core.status.SchoolingState.DROPPED_OUT;
import static org.kbbx.core.status.SchoolingState.HOME_EDUCATION;
import static org.kbbx.core.status.SchoolingState.MISSING;
import static org.kbbx.core.status.SchoolingState.NOT_ENROLLED;
import static org.kbbx.core.status.SchoolingState.ON_LEAVE;
import static org.kbbx.core.status.SchoolingState.SPECIAL_SCHOOL;
import static org.kbbx.core.status.SchoolingState.STUDYING_ELSEWHERE;
import static org.kbbx.core.status.SchoolingState.SUSPECTED_DROPOUT;
import static org.kbbx.core.status.SchoolingState.SUSPENDED;

import java.util.ArrayList;
import java.util.List;

/** The rows of the standard table, written once as data; see {@link TransitionTable#standard()}. */
final class StandardTransitions {

  private final List<Transition> rows = new ArrayList<>();

  private StandardTransitions() {}

  static List<Transition> rows() {
    StandardTransitions t = new StandardTransitions();
    t.row(NOT_ENROLLED, ENROL, ATTENDING, ALWAYS);
    t.row(NOT_ENROLLED, DEFER, DEFERRED, DEFERRAL_ENDS_LATER);
    t.life(NOT_ENROLLED);

    t.row(DEFERRED, ENROL, ATTENDING, ALWAYS);
    t.row(DEFERRED, DEFER, DEFERRED, DEFERRAL_ENDS_LATER);
    t.life(DEFERRED);

    t.row(ATTENDING, START_LEAVE, ON_LEAVE, RECORD_SETTLED);
    t.row(ATTENDING, SUSPEND, SUSPENDED, SUSPENSION_WITHIN_LIMIT);
    t.row(ATTENDING, MARK_SUSPECTED, SUSPECTED_DROPOUT, RECORD_SETTLED);
    t.row(ATTENDING, TRANSFER_OUT, ATTENDING, TO_ANOTHER_SCHOOL);
    t.row(ATTENDING, CONFIRM_TRANSFER_IN, ATTENDING, AFTER_TRANSFER_OUT);
    t.row(ATTENDING, BORROW, BORROWED, TO_ANOTHER_SCHOOL);
    t.row(ATTENDING, STUDY_ELSEWHERE, STUDYING_ELSEWHERE, RECORD_SETTLED);
    t.row(ATTENDING, START_HOME_EDUCATION, HOME_EDUCATION, RECORD_SETTLED);
    t.row(ATTENDING, ENTER_SPECIAL_SCHOOL, SPECIAL_SCHOOL, TO_ANOTHER_SCHOOL);
    t.grades(ATTENDING);
    t.row(ATTENDING, PROGRESS_TO_JUNIOR, ATTENDING, PRIMARY_TO_JUNIOR);
    t.row(ATTENDING, GO_ABROAD, ABROAD, RECORD_SETTLED);
    t.row(ATTENDING, REPORT_MISSING, MISSING, RECORD_SETTLED);
    t.life(ATTENDING);

    t.row(ON_LEAVE, END_LEAVE, ATTENDING, ALWAYS);
    t.row(ON_LEAVE, SUSPEND, SUSPENDED, SUSPENSION_WITHIN_LIMIT);
    t.row(ON_LEAVE, MARK_SUSPECTED, SUSPECTED_DROPOUT, ALWAYS);
    t.away(ON_LEAVE);

    t.row(SUSPECTED_DROPOUT, RETURN, ATTENDING, ALWAYS);
    t.row(SUSPECTED_DROPOUT, CONFIRM_DROPOUT, DROPPED_OUT, ALWAYS);
    t.row(SUSPECTED_DROPOUT, AUTOMATIC_DROPOUT, DROPPED_OUT, AUTOMATIC_DROPOUT_DUE);
    t.row(SUSPECTED_DROPOUT, STUDY_ELSEWHERE, STUDYING_ELSEWHERE, ALWAYS);
    t.row(SUSPECTED_DROPOUT, ENTER_SPECIAL_SCHOOL, SPECIAL_SCHOOL, TO_ANOTHER_SCHOOL);
    t.away(SUSPECTED_DROPOUT);

    t.row(DROPPED_OUT, RETURN, ATTENDING, ALWAYS);
    t.row(DROPPED_OUT, STUDY_ELSEWHERE, STUDYING_ELSEWHERE, ALWAYS);
    t.row(DROPPED_OUT, ENTER_SPECIAL_SCHOOL, SPECIAL_SCHOOL, TO_ANOTHER_SCHOOL);
    t.away(DROPPED_OUT);

    t.row(SUSPENDED, RESUME, ATTENDING, ALWAYS);
    t.row(SUSPENDED, EXTEND_SUSPENSION, SUSPENDED, EXTENSION_WITHIN_LIMIT);
    t.row(SUSPENDED, MARK_SUSPECTED, SUSPECTED_DROPOUT, SUSPENSION_OVER);
    t.away(SUSPENDED);

    t.row(HOME_EDUCATION, END_HOME_EDUCATION, ATTENDING, ALWAYS);
    t.grades(HOME_EDUCATION);
    t.row(HOME_EDUCATION, PROGRESS_TO_JUNIOR, HOME_EDUCATION, PRIMARY_TO_JUNIOR);
    t.life(HOME_EDUCATION);

    t.row(STUDYING_ELSEWHERE, RETURN_FROM_ELSEWHERE, ATTENDING, ALWAYS);
    t.row(STUDYING_ELSEWHERE, MARK_SUSPECTED, SUSPECTED_DROPOUT, ALWAYS);
    t.away(STUDYING_ELSEWHERE);

    t.row(BORROWED, END_BORROW, ATTENDING, ALWAYS);
    t.grades(BORROWED);
    t.row(BORROWED, PROGRESS_TO_JUNIOR, ATTENDING, PRIMARY_TO_JUNIOR);
    t.away(BORROWED);

    t.row(SPECIAL_SCHOOL, LEAVE_SPECIAL_SCHOOL, ATTENDING, TO_ANOTHER_SCHOOL);
    t.row(SPECIAL_SCHOOL, MARK_SUSPECTED, SUSPECTED_DROPOUT, ALWAYS);
    t.grades(SPECIAL_SCHOOL);
    t.row(SPECIAL_SCHOOL, REPORT_MISSING, MISSING, ALWAYS);
    t.life(SPECIAL_SCHOOL);

    t.row(ABROAD, RETURN_FROM_ABROAD, ATTENDING, ALWAYS);
    t.life(ABROAD);

    t.row(MISSING, FOUND, SUSPECTED_DROPOUT, ALWAYS);
    t.life(MISSING);

    t.retraction(COMPLETED);
    t.retraction(DECEASED);
    t.retraction(AGED_OUT);
    return t.rows;
  }

  private void row(SchoolingState from, EventType event, SchoolingState to, Guard guard) {
    rows.add(Transition.of(from, event, to, guard));
  }

  /** Grade changes staying in {@code state}, and completion from the last grade. */
  private void grades(SchoolingState state) {
    row(state, PROMOTE, state, ONE_GRADE_UP);
    row(state, REPEAT, state, SAME_GRADE);
    row(state, SKIP, state, TWO_GRADES_UP_WITHIN_LEVEL);
    row(state, COMPLETE, COMPLETED, LAST_GRADE);
  }

  /** Leaving the country or going missing, then death, ageing out and retraction. */
  private void away(SchoolingState state) {
    row(state, GO_ABROAD, ABROAD, ALWAYS);
    row(state, REPORT_MISSING, MISSING, ALWAYS);
    life(state);
  }

  /** Death, ageing out and retraction, legal in every non-terminal state. */
  private void life(SchoolingState state) {
    row(state, DEATH, DECEASED, ALWAYS);
    row(state, AGE_OUT, AGED_OUT, ALWAYS);
    retraction(state);
  }

  private void retraction(SchoolingState state) {
    row(state, RETRACTION, state, ALWAYS);
  }
}
