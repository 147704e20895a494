package org.kbbx.rules.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.AbstractCollection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.id.StudentId;
import org.kbbx.rules.escalation.MarkKind;

/**
 * The lists a county day hands back are its own and unmodifiable (R-FILE-3): a county day gives
 * them without copying, so nothing the caller does to its inputs afterwards reaches them.
 */
class CountyDayListsTest {

  private static final LocalDate MON = LocalDate.of(2023, 10, 9);

  /** A county of ten students enrolled on 2023-09-01, fed through the Friday before. */
  private static final CountyFile COUNTY = enrolled(10);

  private static CountyFile enrolled(int n) {
    List<FileInput> inputs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      inputs.add(FileInput.of(FileFixtures.enrol(StudentId.of("s" + i), LocalDate.of(2023, 9, 1))));
    }
    return FileFixtures.XX.replay(inputs, MON.minusDays(3)).county();
  }

  private static List<FileInput> marks(int n) {
    List<FileInput> inputs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      inputs.add(FileFixtures.mark(StudentId.of("s" + i), MON, MarkKind.ABSENT_WITHOUT_REASON));
    }
    return inputs;
  }

  @Test
  @Tag("R-FILE-3")
  void changingTheCallersListAfterwardsChangesNothing() {
    List<FileInput> inputs = marks(5);
    List<FileInput> given = List.copyOf(inputs);
    CountyDay day = FileFixtures.XX.feedDay(COUNTY, MON, inputs);
    inputs.set(0, inputs.get(4));
    inputs.clear();
    assertThat(day.applied()).isEqualTo(given);
    assertThat(day.alerts()).hasSize(5);
  }

  @Test
  @Tag("R-FILE-3")
  void theListsAreUnmodifiable() {
    CountyDay day = FileFixtures.XX.feedDay(COUNTY, MON, marks(3));
    FileInput any = day.applied().get(0);
    FileAlert alert = day.alerts().get(0);
    assertThatThrownBy(() -> day.applied().add(any))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> day.applied().set(0, any))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> day.alerts().set(0, alert))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> day.alerts().remove(0))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> day.applied().get(3)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  @Tag("R-FILE-3")
  void anArrayACollectionHandsOutIsNotKept() {
    FileInput[] backing = marks(4).toArray(new FileInput[0]);
    List<FileInput> given = List.of(backing);
    // A collection that returns its own array from toArray, against the contract.
    AbstractCollection<FileInput> leaky = new AbstractCollection<>() {
      @Override
      public Iterator<FileInput> iterator() {
        return Arrays.asList(backing).iterator();
      }

      @Override
      public int size() {
        return backing.length;
      }

      @Override
      @SuppressWarnings("unchecked")
      public <T> T[] toArray(T[] a) {
        return (T[]) backing;
      }
    };
    CountyDay day = FileFixtures.XX.feedDay(COUNTY, MON, leaky);
    Arrays.fill(backing, given.get(0));
    assertThat(day.applied()).isEqualTo(given);
  }

  @Test
  @Tag("R-FILE-3")
  void rejectedInputsLeaveTheAppliedOnesInTheirOrder() {
    List<FileInput> inputs = marks(4);
    inputs.add(1, null);
    inputs.add(3, FileFixtures.mark(StudentId.of("late"), MON.plusDays(1), MarkKind.EXCUSED));
    CountyDay day = FileFixtures.XX.feedDay(COUNTY, MON, inputs);
    assertThat(day.applied())
        .containsExactly(inputs.get(0), inputs.get(2), inputs.get(4), inputs.get(5));
    assertThat(day.rejections())
        .extracting(r -> ((FileRejection.Refused) r).reason())
        .containsExactly(FileRefusal.NULL_INPUT, FileRefusal.AFTER_DAY);
    assertThat(day.applied()).doesNotContainNull();
  }

  @Test
  @Tag("R-FILE-3")
  @Tag("R-ABS-3")
  void dropoutsDueOnOneDayComeOutInTheOrderOfTheirKeys() {
    List<FileInput> inputs = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 37; i++) {
      String key = "k" + (i * 7919) % 1000;
      keys.add(key);
      StudentId s = StudentId.of(key);
      inputs.add(FileInput.of(FileFixtures.enrol(s, LocalDate.of(2023, 9, 1))));
      for (LocalDate d = MON; !d.isAfter(MON.plusDays(7)); d = d.plusDays(1)) {
        if (FileFixtures.CALENDAR.isSchoolDay(d)) {
          inputs.add(FileFixtures.mark(s, d, MarkKind.ABSENT_WITHOUT_REASON));
        }
      }
    }
    CountyDay suspected = FileFixtures.XX.replay(inputs, MON.plusDays(7));
    assertThat(suspected.rejections()).isEmpty();
    assertThat(suspected.county().pendingDropouts()).isEqualTo(37);

    CountyDay due =
        FileFixtures.XX.feedDay(suspected.county(), LocalDate.of(2023, 12, 1), List.of());

    keys.sort(null);
    assertThat(due.alerts())
        .extracting(a -> a.alert().code())
        .containsOnly(org.kbbx.rules.escalation.AlertCode.AUTO_DROPOUT);
    assertThat(due.alerts())
        .extracting(a -> a.alert().studentId().unmasked())
        .containsExactlyElementsOf(keys);
  }

  @Test
  @Tag("R-FILE-5")
  @SuppressWarnings({"unchecked", "rawtypes"})
  void anElementThatIsNotAnInputIsRefusedAsANullInputNotThrown() {
    List raw = new ArrayList(marks(2));
    raw.add(1, "430102201001011234");
    Iterable<FileInput> listed = raw;
    Iterable<FileInput> iterated = raw::iterator;
    for (Iterable<FileInput> given : List.of(listed, iterated)) {
      CountyDay day = FileFixtures.XX.feedDay(COUNTY, MON, given);
      assertThat(day.applied()).containsExactly((FileInput) raw.get(0), (FileInput) raw.get(2));
      assertThat(day.rejections())
          .extracting(r -> ((FileRejection.Refused) r).reason())
          .containsExactly(FileRefusal.NULL_INPUT);
      assertThat(day.rejections().toString()).doesNotContain("430102");
    }
    StudentFiling filing =
        FileFixtures.XX.file(StudentFile.empty(StudentId.of("s0")), (List<FileInput>) raw);
    assertThat(filing.applied()).containsExactly((FileInput) raw.get(0));
    assertThat(filing.rejections())
        .extracting(r -> ((FileRejection.Refused) r).reason())
        .containsExactly(FileRefusal.NULL_INPUT, FileRefusal.WRONG_STUDENT);
    CountyDay refused = FileFixtures.XX.feedDay(COUNTY, null, (List<FileInput>) raw);
    assertThat(refused.rejections()).hasSize(3);
    assertThat(refused.rejections().toString()).doesNotContain("430102");
  }
}
