package org.kbbx.core.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TransitionTableTest {

  private final TransitionTable table = TransitionTable.standard();

  @Test
  @Tag("R-SM-1")
  void rowsAreSortedByStateThenEventAndUnique() {
    assertThat(table.rows().toJavaList()).isSortedAccordingTo(Transition::compareTo);
    assertThat(table.rows().map(r -> r.from() + "/" + r.event()).distinct().size())
        .isEqualTo(table.rows().size());
  }

  @Test
  @Tag("R-SM-1")
  void legalEventsFromSuspendedExcludeTransfer() {
    assertThat(table.legalEventsFrom(SchoolingState.SUSPENDED))
        .containsExactly(
            EventType.EXTEND_SUSPENSION,
            EventType.RESUME,
            EventType.MARK_SUSPECTED,
            EventType.GO_ABROAD,
            EventType.REPORT_MISSING,
            EventType.DEATH,
            EventType.AGE_OUT,
            EventType.RETRACTION)
        .doesNotContain(EventType.TRANSFER_OUT);
  }

  @Test
  @Tag("R-SM-7")
  void enrolOnlyFromNotEnrolledOrDeferred() {
    assertThat(table.rows().filter(r -> r.event() == EventType.ENROL).map(Transition::from))
        .containsExactly(SchoolingState.NOT_ENROLLED, SchoolingState.DEFERRED);
  }

  @Test
  @Tag("R-SM-7")
  void resumeOnlyFromSuspendedAndReturnOnlyFromSuspectedOrDropped() {
    assertThat(table.rows().filter(r -> r.event() == EventType.RESUME).map(Transition::from))
        .containsExactly(SchoolingState.SUSPENDED);
    assertThat(table.rows().filter(r -> r.event() == EventType.RETURN).map(Transition::from))
        .containsExactly(SchoolingState.SUSPECTED_DROPOUT, SchoolingState.DROPPED_OUT);
  }

  @ParameterizedTest
  @EnumSource(
      value = SchoolingState.class,
      names = {"COMPLETED", "DECEASED", "AGED_OUT"})
  @Tag("R-SM-5")
  void terminalStatesAcceptOnlyRetraction(SchoolingState terminal) {
    assertThat(terminal.isTerminal()).isTrue();
    assertThat(table.legalEventsFrom(terminal)).containsExactly(EventType.RETRACTION);
  }

  @Test
  void everyStateAndEventTypeHasAChineseLabel() {
    assertThat(List.of(SchoolingState.values()).map(SchoolingState::chineseLabel))
        .hasSize(16)
        .allSatisfy(label -> assertThat(label).isNotBlank());
    assertThat(List.of(EventType.values()).map(EventType::chineseLabel))
        .allSatisfy(label -> assertThat(label).isNotBlank());
    assertThat(List.of(Guard.values()).map(Guard::chineseLabel))
        .allSatisfy(label -> assertThat(label).isNotBlank());
  }

  @Test
  @Tag("R-SM-1")
  void mermaidExportMatchesGoldenFile() throws IOException {
    assertThat(table.toMermaid()).isEqualTo(golden("transitions.mmd"));
    assertThat(table.toMermaid())
        .isEqualTo(TransitionTable.of(table.rows().reverse()).toMermaid());
  }

  @Test
  @Tag("R-SM-1")
  void dotExportMatchesGoldenFile() throws IOException {
    assertThat(table.toDot()).isEqualTo(golden("transitions.dot"));
    assertThat(table.toDot())
        .isEqualTo(TransitionTable.of(table.rows().reverse()).toDot());
  }

  @Test
  @Tag("R-SM-1")
  void twoRowsForOnePairAreRejected() {
    List<Transition> rows = table
        .rows()
        .toList()
        .append(Transition.of(
            SchoolingState.ATTENDING, EventType.ENROL, SchoolingState.ATTENDING, Guard.ALWAYS))
        .append(Transition.of(
            SchoolingState.ATTENDING, EventType.ENROL, SchoolingState.ON_LEAVE, Guard.ALWAYS));
    assertThatThrownBy(() -> TransitionTable.of(rows))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two rows for (ATTENDING, ENROL)");
  }

  @Test
  @Tag("R-SM-1")
  void unreachableStateIsRejected() {
    List<Transition> rows = table
        .rows()
        .toList()
        .filter(r -> r.to() != SchoolingState.MISSING || r.from() == SchoolingState.MISSING);
    assertThatThrownBy(() -> TransitionTable.of(rows))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("state MISSING is not reachable from NOT_ENROLLED");
  }

  @Test
  @Tag("R-SM-5")
  void terminalStateWithAnExitIsRejected() {
    List<Transition> rows = table
        .rows()
        .toList()
        .append(Transition.of(
            SchoolingState.DECEASED,
            EventType.FOUND,
            SchoolingState.SUSPECTED_DROPOUT,
            Guard.ALWAYS));
    assertThatThrownBy(() -> TransitionTable.of(rows))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("terminal state DECEASED must accept nothing but RETRACTION");
  }

  @Test
  @Tag("R-SM-5")
  void everyStateNeedsARetractionSelfLoop() {
    List<Transition> withoutRetraction = table
        .rows()
        .toList()
        .filter(r -> !(r.from() == SchoolingState.ABROAD && r.event() == EventType.RETRACTION));
    assertThatThrownBy(() -> TransitionTable.of(withoutRetraction))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("state ABROAD has no RETRACTION row");
    List<Transition> movingRetraction = table
        .rows()
        .toList()
        .filter(r -> !(r.from() == SchoolingState.ABROAD && r.event() == EventType.RETRACTION))
        .append(Transition.of(
            SchoolingState.ABROAD, EventType.RETRACTION, SchoolingState.ATTENDING, Guard.ALWAYS));
    assertThatThrownBy(() -> TransitionTable.of(movingRetraction))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("RETRACTION must leave the state unchanged");
  }

  @Test
  void findIsTotal() {
    assertThat(table.find(null, EventType.ENROL).isEmpty()).isTrue();
    assertThat(table.find(SchoolingState.ATTENDING, null).isEmpty()).isTrue();
    assertThat(table.find(SchoolingState.DECEASED, EventType.ENROL).isEmpty()).isTrue();
    assertThat(table.find(SchoolingState.NOT_ENROLLED, EventType.ENROL).get().to())
        .isEqualTo(SchoolingState.ATTENDING);
  }

  private static String golden(String name) throws IOException {
    try (InputStream in = TransitionTableTest.class.getResourceAsStream(name)) {
      assertThat(in).as("golden file %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
