package org.kbbx.core.responsibility;

import io.vavr.control.Option;
import java.util.List;
import org.kbbx.core.validation.Violation;

/** Validates responsibility letters (R-RC-3) while the organisation is built; fills the index. */
final class LetterChecks {

  private final OrganisationData data;
  private final List<Violation> violations;

  LetterChecks(OrganisationData data, List<Violation> violations) {
    this.data = data;
    this.violations = violations;
  }

  private void fail(String path, String message) {
    violations.add(Violation.at(path, message));
  }

  void check(String path, ResponsibilityLetter letter) {
    if (letter == null) {
      fail(path, "missing letter");
      return;
    }
    Option<ChainLink> link = letter.link();
    if (link.isEmpty()) {
      fail(
          path,
          "letter between " + letter.upper() + " and " + letter.lower()
              + " joins no two adjacent levels of a line ("
              + letter.upper().role().chineseLabel() + " → "
              + letter.lower().role().chineseLabel() + ")");
      return;
    }
    int before = violations.size();
    exists(path, letter.upper());
    exists(path, letter.lower());
    if (violations.size() > before) {
      return;
    }
    if (!isDirectlyAbove(link.get(), letter.upper(), letter.lower())) {
      fail(
          path,
          "letter " + link.get().chineseLabel() + ": " + letter.upper() + " is not directly above "
              + letter.lower());
      return;
    }
    OrganisationData.LetterKey key =
        new OrganisationData.LetterKey(letter.upper(), letter.lower(), letter.year());
    if (data.letters.putIfAbsent(key, letter) != null) {
      fail(
          path,
          "letter between " + letter.upper() + " and " + letter.lower() + " for " + letter.year()
              + " is listed twice");
    }
  }

  /** Checks that a seat names a unit of this organisation (a seat may be vacant). */
  private void exists(String path, Position seat) {
    boolean known;
    switch (seat.role()) {
      case COUNTY_HEAD:
      case BUREAU_DIRECTOR:
        known = seat.division().get().equals(data.county);
        break;
      case TOWNSHIP_HEAD:
        known = data.isTownship(seat.division().get());
        break;
      case VILLAGE_DIRECTOR:
        known = data.isVillage(seat.division().get());
        break;
      case PRINCIPAL:
        known = data.schoolLocation.containsKey(seat.school().get());
        break;
      case TEACHER:
        known = data.seatExists(seat);
        break;
      case PARENT:
        known = seat.student().isDefined()
            ? data.students.containsKey(seat.student().get())
                && !data.guardianOfStudent.containsKey(seat.student().get())
            : data.childrenOfGuardian.containsKey(seat.person().get());
        break;
      default:
        known = false;
        break;
    }
    if (!known) {
      fail(
          path,
          "letter names "
              + (seat.role() == Role.PARENT ? "a parent's seat" : seat.toString())
              + ", which is not in this organisation"
              + (seat.role() == Role.PARENT
                  ? " (a child with a guardian signs through the household seat)"
                  : ""));
    }
  }

  /** The children behind a parent's seat: the student's own, or the guardian's household. */
  private List<org.kbbx.core.id.StudentId> children(Position parentSeat) {
    return parentSeat.student().isDefined()
        ? List.of(parentSeat.student().get())
        : data.childrenOfGuardian.get(parentSeat.person().get());
  }

  private boolean isDirectlyAbove(ChainLink link, Position upper, Position lower) {
    switch (link) {
      case COUNTY_TOWNSHIP:
      case BUREAU_SCHOOL:
        return true;
      case TOWNSHIP_VILLAGE:
        return lower.division().get().township().equals(upper.division().get());
      case VILLAGE_HOUSEHOLD:
        return children(lower).stream()
            .anyMatch(child ->
                data.students.get(child).household().equals(upper.division().get()));
      case SCHOOL_TEACHER:
        return lower.school().equals(upper.school());
      case TEACHER_PARENT:
        return children(lower).stream()
            .anyMatch(child -> upper.equals(data.classTeacherOfStudent.get(child))
                || upper.equals(data.guarantorOfStudent.get(child)));
      default:
        return false;
    }
  }
}
