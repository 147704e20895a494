package org.kbbx.modulepath;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.kbbx.core.id.ResidentId;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.person.PriorityGroup;
import org.kbbx.core.school.Grade;
import org.kbbx.core.status.EventType;
import org.kbbx.core.status.SchoolingState;
import org.kbbx.core.status.StatusEvent;
import org.kbbx.core.status.StatusMachine;
import org.kbbx.core.time.SchoolCalendar;
import org.kbbx.core.time.Term;
import org.kbbx.json.profile.ProfileJson;
import org.kbbx.json.report.KbbxReportModule;
import org.kbbx.reporting.register.StatusChange;
import org.kbbx.reporting.register.StudentHistory;
import org.kbbx.rules.escalation.EscalationInput;
import org.kbbx.rules.escalation.MarkKind;
import org.kbbx.rules.file.CountyFile;
import org.kbbx.rules.file.FileInput;
import org.kbbx.rules.file.FileKeeper;
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

  /**
   * Feeds one county day (kbbx-rules' county file, whose index compares student ids by a code
   * kbbx-core keeps for kbbx's modules only) and asks a student by an id made anew from its text.
   *
   * @param text the student id's text
   * @return her absence streak on the day: 1 (she was enrolled and marked absent)
   */
  public static int countyDayStreak(String text) {
    SchoolCalendar calendar = SchoolCalendar.builder()
        .term(Term.autumn(LocalDate.of(2023, 9, 1), LocalDate.of(2024, 1, 19)))
        .build();
    FileKeeper keeper =
        FileKeeper.of(Profiles.builtIn().effective("XX_COUNTY_2023").get(), calendar);
    LocalDate day = LocalDate.of(2023, 10, 9);
    List<FileInput> inputs = new ArrayList<>();
    for (String id : List.of(text, "S1", "G11010519491231002X", "pupil-number-1")) {
      inputs.add(FileInput.of(StatusEvent.builder()
          .id("enrol-" + inputs.size())
          .student(StudentId.of(id))
          .effectiveDate(LocalDate.of(2023, 9, 1))
          .sequence(1)
          .type(EventType.ENROL)
          .school(SchoolId.of("5224990001"))
          .grade(Grade.of(7))
          .build()));
    }
    CountyFile county = keeper.replay(inputs, day.minusDays(1)).county();
    List<FileInput> marks = List.of(FileInput.of(new EscalationInput.Mark(
        StudentId.of(new String(text.toCharArray())), day, MarkKind.ABSENT_WITHOUT_REASON)));
    county = keeper.feedDay(county, day, marks).county();
    return keeper
        .picture(county, StudentId.of(new String(text.toCharArray())), day)
        .absenceStreak();
  }
}
