package org.kbbx.benchmarks.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The drivers' options: known names with a value each, anything else a clear error. */
class DriverOptionsTest {

  private static final List<String> KNOWN = List.of("--pairs", "--students");

  @Test
  void eachKnownNameTakesTheValueAfterIt() {
    Map<String, String> options =
        DriverOptions.parse(new String[] {"--students", "100", "--pairs", "2"}, KNOWN);
    assertThat(options).containsExactly(Map.entry("--students", "100"), Map.entry("--pairs", "2"));
  }

  @Test
  void anUnknownNameOrAMissingValueIsRefusedByName() {
    assertThatThrownBy(() -> DriverOptions.parse(new String[] {"--rounds", "5"}, KNOWN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid option --rounds: expected one of [--pairs, --students] with a value");
    assertThatThrownBy(() -> DriverOptions.parse(new String[] {"--pairs"}, KNOWN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Invalid option --pairs:");
  }
}
