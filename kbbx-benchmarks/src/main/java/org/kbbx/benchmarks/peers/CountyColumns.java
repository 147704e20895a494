package org.kbbx.benchmarks.peers;

import io.vavr.control.Option;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.person.Sex;
import org.kbbx.core.status.RecordState;
import org.kbbx.core.status.SchoolingState;
import org.kbbx.reporting.rate.StatusColumns;

/**
 * The county report's rows ({@link StatusData}) as kbbx's columnar input, {@link StatusColumns}:
 * what a vendor holding the four statuses in database columns hands to {@code
 * StudentCounter.addAll}. The same students and statuses as {@link CountyInputs} (the value-object
 * input), built once before timing, as the hand-written loop's columns are.
 *
 * <p>This class is immutable and thread-safe once built.
 */
final class CountyColumns {

  private static final SchoolingState[] STATES = SchoolingState.values();
  private static final RecordState[] RECORDS = RecordState.values();

  private final StatusColumns columns;
  private final Map<SchoolId, DivisionCode> divisions = new HashMap<>();

  CountyColumns(StatusData data) {
    int n = data.students;
    StatusColumns.Builder b = StatusColumns.builder();
    for (int s = 0; s < data.schools; s++) {
      SchoolId id = SchoolId.of(String.format("52052710%05d", s));
      divisions.put(id, DivisionCode.of(StatusData.townshipCode(data.schoolTownship[s])));
      b.school(id);
    }
    int maxVillage = -1;
    for (int i = 0; i < n; i++) {
      maxVillage = Math.max(maxVillage, data.village[i]);
    }
    int[] householdOf = new int[maxVillage + 1];
    Arrays.fill(householdOf, StatusColumns.NO_INDEX);
    int households = 0;
    int[] household = new int[n];
    for (int i = 0; i < n; i++) {
      int v = data.village[i];
      if (v < 0) {
        household[i] = StatusColumns.NO_INDEX;
        continue;
      }
      if (householdOf[v] == StatusColumns.NO_INDEX) {
        householdOf[v] = households++;
        b.household(DivisionCode.of(StatusData.villageCode(v)));
      }
      household[i] = householdOf[v];
    }
    int active = RecordState.ACTIVE.ordinal();
    int none = RecordState.NONE.ordinal();
    byte attending = (byte) SchoolingState.ATTENDING.ordinal();
    byte[] pSchoolState = data.pState;
    byte[] xState = new byte[n];
    byte[] xRecord = new byte[n];
    int[] xSchool = new int[n];
    byte[] xGrade = new byte[n];
    int[] pSchool = new int[n];
    for (int i = 0; i < n; i++) {
      pSchool[i] = data.pRecord[i] == none ? StatusColumns.NO_INDEX : data.school[i];
      boolean promoted = data.cRecord[i] == active;
      xState[i] = promoted ? attending : data.cState[i];
      xRecord[i] = data.cRecord[i];
      xSchool[i] = data.school[i];
      xGrade[i] = promoted ? data.xGrade[i] : data.cGrade[i];
    }
    int[] old = new int[n];
    Arrays.fill(old, StatusData.OLD_SINCE);
    b.previousCensus(states(pSchoolState), records(data.pRecord), pSchool, ints(data.pGrade), old);
    b.census(states(data.cState), records(data.cRecord), data.school, ints(data.cGrade), old);
    b.countDay(
        states(data.nState), records(data.nRecord), data.nSchool, ints(data.nGrade), data.nSince);
    b.nextCensus(states(xState), records(xRecord), xSchool, ints(xGrade), old);
    Sex[] sex = new Sex[n];
    int[] birth = new int[n];
    for (int i = 0; i < n; i++) {
      sex[i] = data.sex[i] == 0 ? Sex.MALE : Sex.FEMALE;
      birth[i] = data.birth[i] == StatusData.NO_BIRTH ? StatusColumns.NO_DAY : data.birth[i];
    }
    b.students(sex, birth, household);
    var built = b.build();
    if (built.isInvalid()) {
      throw new IllegalStateException("invalid columns: " + built.getError().head());
    }
    this.columns = built.get();
  }

  private static SchoolingState[] states(byte[] ordinals) {
    SchoolingState[] out = new SchoolingState[ordinals.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = STATES[ordinals[i]];
    }
    return out;
  }

  private static RecordState[] records(byte[] ordinals) {
    RecordState[] out = new RecordState[ordinals.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = RECORDS[ordinals[i]];
    }
    return out;
  }

  private static int[] ints(byte[] bytes) {
    int[] out = new int[bytes.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = bytes[i];
    }
    return out;
  }

  /** Returns the columns. */
  StatusColumns columns() {
    return columns;
  }

  /** Returns the school directory: each school's township. */
  Function<SchoolId, Option<DivisionCode>> directory() {
    return id -> Option.of(divisions.get(id));
  }
}
