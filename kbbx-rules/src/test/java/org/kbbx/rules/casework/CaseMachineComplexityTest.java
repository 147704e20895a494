package org.kbbx.rules.casework;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.rules.AllocatedBytes;

/**
 * Complexity guard for {@link CaseMachine#record} (docs/rules.md §11: linear in its input; R-SM-3:
 * every event is kept, taken or rejected). Before issue 19 each step copied the case's whole
 * event and rejection lists, so n steps cost O(n²). The guard counts the bytes this thread
 * allocates for n and 8n steps — a quadratic copy makes the ratio about 64; the bound is 12.
 * It never times anything.
 */
class CaseMachineComplexityTest {

  private static final int N = 2_000;

  /** A case that takes its first contact and keeps every later repeat as a rejection. */
  private static ReturnCase recordRepeatedContacts(int n) {
    ReturnCase c = CaseMachineTest.resident();
    CaseEvent contact = CaseMachineTest.step(CaseStep.CONTACT, CaseMachineTest.OPENED);
    for (int i = 0; i < n; i++) {
      c = CaseMachineTest.MACHINE.record(c, contact);
    }
    return c;
  }

  @Test
  @Tag("R-SM-3")
  void section11_recordingStepsGrowsLinearlyAndKeepsEveryEvent() {
    recordRepeatedContacts(N); // warm-up, so both measured runs are compiled alike
    recordRepeatedContacts(8 * N);
    ReturnCase[] kept = new ReturnCase[2];
    long small = AllocatedBytes.by(() -> kept[0] = recordRepeatedContacts(N));
    long large = AllocatedBytes.by(() -> kept[1] = recordRepeatedContacts(8 * N));
    assertThat((double) large / small).as("bytes for 8n steps ÷ bytes for n").isLessThan(12.0);
    assertThat(kept[1].events()).hasSize(1);
    assertThat(kept[1].rejected()).hasSize(8 * N - 1);
    assertThat(kept[1].rejected().get(8 * N - 2).rejection().code().name())
        .isEqualTo("CASE_ILLEGAL_TRANSITION");
  }
}
