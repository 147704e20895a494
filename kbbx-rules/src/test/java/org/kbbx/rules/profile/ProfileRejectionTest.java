package org.kbbx.rules.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.Problem;

/** A profile query's rejection follows the one problem contract and leaks no ID-like input. */
class ProfileRejectionTest {

  @Test
  @Tag("R-ID-5")
  void anUnknownProfileIdThatLooksLikeAResidentIdIsMaskedInTheMessage() {
    String idLike = "110105201505020020";
    Problem problem = Profiles.builtIn().effective(idLike).getLeft();
    assertThat(problem.code()).isEqualTo(ProfileRejection.Code.PROFILE_UNKNOWN);
    assertThat(problem.message()).startsWith("no profile with id ").doesNotContain(idLike);
  }

  @Test
  void anUnknownProfileIdIsNamed() {
    assertThat(Profiles.builtIn().effective("NOWHERE").getLeft().message()).endsWith("NOWHERE");
  }
}
