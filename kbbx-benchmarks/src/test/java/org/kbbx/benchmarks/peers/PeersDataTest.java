package org.kbbx.benchmarks.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.id.ResidentId;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.person.Sex;
import org.kbbx.core.status.EventType;
import org.kbbx.core.status.RecordState;
import org.kbbx.core.status.SchoolingState;
import org.kbbx.testkit.county.SyntheticCounty;
import org.kbbx.testkit.county.SyntheticSchool;
import org.kbbx.testkit.county.SyntheticStudent;

/**
 * The peers' data (issue 8): one synthetic population — the examples' county rosters — under every
 * workload, deterministic for a size and seed. Never checks timings.
 */
class PeersDataTest {

  /** Two counties, the second smaller: small enough for a test, large enough for several schools. */
  private static final int STUDENTS = 2_600;

  private static final int PER_COUNTY = 1_500;
  private static final long SEED = 41L;

  /** The examples' students of the province, in the stream's order, with their county. */
  private static List<SyntheticStudent> rosterStudents(int students, int perCounty, long seed) {
    List<SyntheticStudent> out = new ArrayList<>();
    for (int c = 0; c < Province.counties(students, perCounty); c++) {
      SyntheticCounty.generate(Province.spec(students, perCounty, seed, c))
          .students()
          .forEach(out::add);
    }
    return out;
  }

  @Test
  void identityLayerIsTheExamplesRosters() {
    List<SyntheticStudent> roster = rosterStudents(STUDENTS, PER_COUNTY, SEED);
    List<long[]> seen = new ArrayList<>();
    int schools = Province.stream(
        STUDENTS,
        PER_COUNTY,
        SEED,
        (i, id) -> seen.add(new long[] {
          i, id.county, id.school, id.grade, id.sex, id.birth, id.village, id.idBody, id.enrolled
        }));
    assertThat(seen).hasSize(STUDENTS).hasSize(roster.size());
    int countySchools = 0;
    for (int c = 0; c < 2; c++) {
      countySchools += SyntheticCounty.generate(Province.spec(STUDENTS, PER_COUNTY, SEED, c))
          .schools()
          .size();
    }
    assertThat(schools).isEqualTo(countySchools);
    for (int i = 0; i < STUDENTS; i++) {
      long[] row = seen.get(i);
      SyntheticStudent s = roster.get(i);
      assertThat(row[0]).isEqualTo(i);
      assertThat(DivisionCode.of(Province.countyCode((int) row[1])))
          .isEqualTo(s.residentId().county());
      assertThat(row[3]).isEqualTo(s.grade().number());
      assertThat(row[4]).isEqualTo(s.sex() == Sex.MALE ? 0 : 1);
      assertThat(LocalDate.ofEpochDay(row[5])).isEqualTo(s.birthDate());
      assertThat(Province.villageCode((int) row[6])).isEqualTo(s.village().value());
      assertThat(row[7]).isEqualTo(Long.parseLong(s.residentId().unmasked().substring(0, 17)));
      assertThat(LocalDate.ofEpochDay(row[8])).isEqualTo(s.enrolled());
    }
  }

  @Test
  void countyReportColumnsCarryTheRosterIdentity() {
    List<SyntheticStudent> roster = rosterStudents(STUDENTS, PER_COUNTY, SEED);
    StatusData data = new StatusData(STUDENTS, PER_COUNTY, SEED);
    assertThat(data.counties).isEqualTo(2);
    List<DivisionCode> schoolTownships = new ArrayList<>();
    List<String> schoolIds = new ArrayList<>();
    for (int c = 0; c < 2; c++) {
      for (SyntheticSchool s :
          SyntheticCounty.generate(Province.spec(STUDENTS, PER_COUNTY, SEED, c)).schools()) {
        schoolTownships.add(s.township());
        schoolIds.add(s.id());
      }
    }
    assertThat(data.schools).isEqualTo(schoolTownships.size());
    for (int s = 0; s < data.schools; s++) {
      assertThat(StatusData.townshipCode(data.schoolTownship[s]))
          .isEqualTo(schoolTownships.get(s).value());
    }
    int attending = 0;
    for (int i = 0; i < STUDENTS; i++) {
      SyntheticStudent s = roster.get(i);
      assertThat(data.sex[i]).isEqualTo((byte) (s.sex() == Sex.MALE ? 0 : 1));
      if (data.birth[i] != StatusData.NO_BIRTH) {
        assertThat(LocalDate.ofEpochDay(data.birth[i])).isEqualTo(s.birthDate());
      }
      if (data.village[i] >= 0) {
        assertThat(StatusData.villageCode(data.village[i]))
            .isEqualTo(s.village().value());
      }
      if (data.cState[i] == SchoolingState.ATTENDING.ordinal()) {
        attending++;
        assertThat(data.cGrade[i]).isEqualTo((byte) s.grade().number());
        assertThat(data.cRecord[i]).isEqualTo((byte) RecordState.ACTIVE.ordinal());
        assertThat(schoolIds.get(data.school[i])).isEqualTo(s.schoolId());
      }
    }
    assertThat(attending).isGreaterThan(STUDENTS * 9 / 10);
  }

  @Test
  void sameSizeAndSeedGiveTheSameColumnsForEveryWorkload() {
    StatusData a = new StatusData(STUDENTS, SEED);
    StatusData b = new StatusData(STUDENTS, SEED);
    for (Object[] pair : new Object[][] {
      {a.school, b.school},
      {a.cState, b.cState},
      {a.nState, b.nState},
      {a.nSchool, b.nSchool},
      {a.nSince, b.nSince},
      {a.pGrade, b.pGrade},
      {a.xGrade, b.xGrade},
      {a.sex, b.sex},
      {a.birth, b.birth},
      {a.village, b.village},
      {a.schoolTownship, b.schoolTownship}
    }) {
      assertThat(pair[0]).isEqualTo(pair[1]);
    }
    assertThat(new StatusData(STUDENTS, SEED + 1).cState).isNotEqualTo(a.cState);

    ReplayData r1 = new ReplayData(STUDENTS, SEED);
    ReplayData r2 = new ReplayData(STUDENTS, SEED);
    assertThat(r1.offset).isEqualTo(r2.offset);
    assertThat(r1.day).isEqualTo(r2.day);
    assertThat(r1.type).isEqualTo(r2.type);
    assertThat(r1.grade).isEqualTo(r2.grade);
    assertThat(r1.arg).isEqualTo(r2.arg);

    ReconData c1 = new ReconData(STUDENTS, SEED);
    ReconData c2 = new ReconData(STUDENTS, SEED);
    assertThat(c1.body).isEqualTo(c2.body);
    assertThat(c1.popPerson).isEqualTo(c2.popPerson);
    assertThat(c1.recPerson).isEqualTo(c2.recPerson);
    assertThat(c1.recStatus).isEqualTo(c2.recStatus);
    assertThat(c1.presPerson).isEqualTo(c2.presPerson);
    assertThat(c1.presSchool).isEqualTo(c2.presSchool);
    assertThat(c1.presPresent).isEqualTo(c2.presPresent);

    AttendanceData t1 = new AttendanceData(STUDENTS, SEED);
    AttendanceData t2 = new AttendanceData(STUDENTS, SEED);
    assertThat(t1.streak).isEqualTo(t2.streak);
    assertThat(t1.status).isEqualTo(t2.status);
    assertThat(t1.mark).isEqualTo(t2.mark);
    assertThat(t1.school).isEqualTo(t2.school);
  }

  @Test
  @Tag("R-SM-4")
  void everyWorkloadReadsTheSameStudentsInTheSameSchools() {
    ReplayData replay = new ReplayData(STUDENTS, SEED);
    AttendanceData attendance = new AttendanceData(STUDENTS, SEED);
    ReconData recon = new ReconData(STUDENTS, SEED);
    List<SyntheticStudent> roster = rosterStudents(STUDENTS, Province.STUDENTS_PER_COUNTY, SEED);
    for (int i = 0; i < STUDENTS; i++) {
      int first = replay.offset[i];
      // R-SM-4: each timeline opens with the enrolment at the roster school on the roster date
      assertThat(replay.type[first]).isEqualTo((byte) EventType.ENROL.ordinal());
      assertThat(replay.school(first)).isEqualTo(attendance.school[i]);
      assertThat(LocalDate.ofEpochDay(replay.day(first)))
          .isEqualTo(roster.get(i).enrolled());
      int lastGrade = 0;
      for (int e = first; e < replay.offset[i + 1]; e++) {
        if (replay.type[e] == EventType.ENROL.ordinal()
            || replay.type[e] == EventType.PROMOTE.ordinal()) {
          lastGrade = replay.grade[e];
        }
        assertThat(e == first || replay.day[e] >= replay.day[e - 1]).isTrue();
      }
      assertThat(lastGrade).isEqualTo(roster.get(i).grade().number());
      assertThat(recon.birthDate(i)).isEqualTo(roster.get(i).birthDate());
      assertThat(Province.villageCode(recon.village[i]))
          .isEqualTo(roster.get(i).village().value());
    }
  }

  @Test
  @Tag("R-LED-2")
  @Tag("R-ID-1")
  void reconciliationIdsAreTheRostersMadeUniqueAndValid() {
    // R-LED-2 matches persons by resident ID, so every person must hold her own (R-ID-1 valid).
    int students = 20_000;
    ReconData data = new ReconData(students, SEED);
    List<SyntheticStudent> roster = rosterStudents(students, Province.STUDENTS_PER_COUNTY, SEED);
    Set<String> ids = new HashSet<>();
    int changed = 0;
    for (int i = 0; i < students; i++) {
      String id = data.residentId(i);
      assertThat(ResidentId.isValid(id)).isTrue();
      assertThat(ids.add(id)).isTrue();
      ResidentId rosterId = roster.get(i).residentId();
      if (!id.equals(rosterId.unmasked())) {
        changed++;
        assertThat(id.substring(0, 14)).isEqualTo(rosterId.unmasked().substring(0, 14));
        assertThat(ResidentId.parse(id).sex()).isEqualTo(rosterId.sex());
      }
    }
    assertThat(changed).isEqualTo(data.reissued).isLessThan(students / 50);
  }

  @Test
  @Tag("R-DIV-1")
  void divisionIndexesRoundTripThroughTheirCodes() {
    // R-DIV-1: a village's township is its code's first nine digits; the sparse slots keep that.
    qt().forAll(
            integers().between(0, 99),
            integers().between(0, Province.TOWNSHIPS_PER_COUNTY - 1),
            integers().between(0, Province.VILLAGES_PER_TOWNSHIP - 1))
        .checkAssert((county, township, slot) -> {
          int t = county * Province.TOWNSHIPS_PER_COUNTY + township;
          int v = t * Province.VILLAGES_PER_TOWNSHIP + slot;
          DivisionCode village = DivisionCode.of(Province.villageCode(v));
          assertThat(village.township().value()).isEqualTo(Province.townshipCode(t));
          assertThat(Province.village(county * Province.TOWNSHIPS_PER_COUNTY, village))
              .isEqualTo(v);
          assertThat(village.county().value()).isEqualTo(Province.countyCode(county));
        });
  }

  /**
   * With {@code -Dpeers.readIds=true} a day's marks carry ids as a file read gives them: equal to
   * the ones the state holds, but neither the same id nor the same text, so a lookup compares
   * texts as it would for a vendor.
   */
  @Test
  void idsReadAnewAreEqualButShareNothing() {
    StudentId held = StudentId.of("S1234");
    StudentId read = AttendanceData.readAnew(held);
    assertThat(read).isEqualTo(held).isNotSameAs(held);
    assertThat(read.unmasked()).isEqualTo(held.unmasked()).isNotSameAs(held.unmasked());
    assertThat(AttendanceData.markId(held)).isSameAs(held); // the default: the held instance
  }
}
