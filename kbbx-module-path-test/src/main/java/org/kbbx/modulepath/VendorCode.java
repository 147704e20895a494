package org.kbbx.modulepath;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.kbbx.core.id.ResidentId;
import org.kbbx.core.person.PriorityGroup;
import org.kbbx.core.status.SchoolingState;
import org.kbbx.core.status.StatusMachine;
import org.kbbx.json.profile.ProfileJson;
import org.kbbx.json.report.KbbxReportModule;
import org.kbbx.reporting.register.StatusChange;
import org.kbbx.reporting.register.StudentHistory;
import org.kbbx.rules.profile.Profiles;
import org.kbbx.testkit.CoreGenerators;

/** What a vendor's code calls, each through a type a kbbx module exports. */
public final class VendorCode {

  private VendorCode() {}

  /**
   * Draws the national transition table (kbbx-core).
   *
   * @return the Mermaid text
   */
  public static String nationalDiagram() {
    return StatusMachine.national().table().toMermaid();
  }

  /**
   * Writes a built-in profile as JSON and reads it back (kbbx-rules' profile JSON).
   *
   * @param id the profile id
   * @return whether the round trip gives an equal profile
   */
  public static boolean profileRoundTrips(String id) {
    ProfileJson json = ProfileJson.create();
    var profile = Profiles.builtIn().get(id).get();
    return json.read(json.write(profile)).get().equals(profile);
  }

  /**
   * Builds an Immutables value type through its public builder and writes it with Jackson and
   * kbbx's report module (kbbx-reporting), whose serialisers read it reflectively.
   *
   * @return the JSON
   * @throws JsonProcessingException if Jackson cannot write it
   */
  public static String historyJson() throws JsonProcessingException {
    StudentHistory history = StudentHistory.builder()
        .residentId(ResidentId.parse("11010519491231002X"))
        .name("甲")
        .school("S1")
        .addPriorityGroups(PriorityGroup.LEFT_BEHIND)
        .addChanges(StatusChange.of(LocalDate.of(2023, 9, 1), SchoolingState.ATTENDING))
        .build();
    return new ObjectMapper().registerModule(KbbxReportModule.masked()).writeValueAsString(history);
  }

  /**
   * Draws a resident ID from the testkit's seeded generator (kbbx-testkit).
   *
   * @param seed the random seed
   * @return the ID as {@code toString()} gives it: masked
   */
  public static String generatedId(long seed) {
    return CoreGenerators.residentIds().next(new SplittableRandom(seed)).toString();
  }
}
