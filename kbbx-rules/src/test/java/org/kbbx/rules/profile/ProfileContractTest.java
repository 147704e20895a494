package org.kbbx.rules.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The one generic test every profile passes against its own examples (R-PROF-3). */
class ProfileContractTest {

  static Stream<String> profileIds() {
    return Profiles.builtIn().ids().toJavaStream();
  }

  @ParameterizedTest
  @MethodSource("profileIds")
  @Tag("R-PROF-3")
  void everyProfilePassesItsOwnExamples(String id) {
    EffectiveProfile profile = Profiles.builtIn().effective(id).get();
    assertThat(profile.examples()).as("examples of %s", id).isNotEmpty();
    assertThat(ProfileExamples.failures(profile)).isEmpty();
  }
}
