package org.kbbx.testkit.county;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.kbbx.core.division.DivisionCode;

/**
 * Lays out a county's townships, villages and schools from a spec; students come later, per
 * school, from {@link RosterGenerator}.
 */
final class CountyLayout {

  /** Students per township the layout aims at. */
  static final int STUDENTS_PER_TOWNSHIP = 5_000;
  /** At most this many townships (codes 100-199 for towns, 200-399 for townships). */
  static final int MAX_TOWNSHIPS = 300;
  /** A township with fewer students has one nine-year school only. */
  static final int SMALL_TOWNSHIP = 600;
  /** Villages surveyed by one village primary school. */
  static final int VILLAGES_PER_VILLAGE_SCHOOL = 4;

  final List<Township> townships = new ArrayList<>();
  final List<SyntheticSchool> schools = new ArrayList<>();
  private final CountySpec spec;

  private CountyLayout(CountySpec spec) {
    this.spec = spec;
  }

  static CountyLayout of(CountySpec spec) {
    CountyLayout layout = new CountyLayout(spec);
    layout.build();
    return layout;
  }

  private void build() {
    SplittableRandom random = new SplittableRandom(spec.seed());
    int n = spec.students();
    int count = Math.max(
        1, Math.min(MAX_TOWNSHIPS, (n + STUDENTS_PER_TOWNSHIP - 1) / STUDENTS_PER_TOWNSHIP));
    int towns = (count + 2) / 3;
    int[] weights = new int[count];
    for (int t = 0; t < count; t++) {
      weights[t] = 50 + random.nextInt(101);
    }
    int[] students = Allocation.split(n, weights);
    long county = spec.countyCode().value();
    for (int t = 0; t < count; t++) {
      boolean town = t < towns;
      int townshipNumber = town ? 100 + t : 200 + (t - towns);
      long townshipCode = county + townshipNumber * 1_000L;
      String stem = PlaceNames.stem(t);
      int communities = town ? 2 : 1;
      int villageCount = 6 + random.nextInt(11);
      List<Village> villages = new ArrayList<>();
      for (int c = 1; c <= communities; c++) {
        villages.add(new Village(
            DivisionCode.of(townshipCode + c), PlaceNames.stem(t * 7 + c + 300) + "社区"));
      }
      for (int v = 0; v < villageCount; v++) {
        villages.add(new Village(
            DivisionCode.of(townshipCode + 200 + v), PlaceNames.stem(t * 17 + v + 31) + "村"));
      }
      Township township =
          new Township(DivisionCode.of(townshipCode), stem + (town ? "镇" : "乡"), villages);
      townships.add(township);
      addSchools(township, students[t], t, random);
    }
  }

  private void addSchools(Township township, int students, int index, SplittableRandom random) {
    List<Village> villages = township.villages();
    int junior = students * 3 / 9;
    int primary = students - junior;
    List<DivisionCode> all = codes(villages);
    DivisionCode seat = villages.get(0).code();
    if (students < SMALL_TOWNSHIP) {
      add(township.name() + "九年一贯制学校", SchoolKind.NINE_YEAR, seat, all, primary, junior);
      return;
    }
    int centralVillages = Math.min(villages.size(), 4);
    List<List<DivisionCode>> groups = new ArrayList<>();
    for (int i = centralVillages; i < villages.size(); i += VILLAGES_PER_VILLAGE_SCHOOL) {
      groups.add(
          codes(villages.subList(i, Math.min(villages.size(), i + VILLAGES_PER_VILLAGE_SCHOOL))));
    }
    int[] weights = new int[groups.size() + 1];
    weights[0] = groups.isEmpty() ? 1 : 4 * groups.size() / 3 + 1;
    for (int g = 1; g < weights.length; g++) {
      weights[g] = 1 + random.nextInt(2);
    }
    int[] primaryShares = Allocation.split(primary, weights);
    List<DivisionCode> central = codes(villages.subList(0, centralVillages));
    if (index % 4 == 3) {
      add(township.name() + "九年一贯制学校", SchoolKind.NINE_YEAR, seat, all, primaryShares[0], junior);
    } else {
      add(township.name() + "中心小学", SchoolKind.PRIMARY, seat, central, primaryShares[0], 0);
      add(township.name() + "中学", SchoolKind.JUNIOR, seat, all, 0, junior);
    }
    for (int g = 0; g < groups.size(); g++) {
      DivisionCode site = groups.get(g).get(0);
      String villageName =
          villages.get(centralVillages + g * VILLAGES_PER_VILLAGE_SCHOOL).name();
      add(
          villageName.substring(0, villageName.length() - 1) + "小学",
          SchoolKind.PRIMARY,
          site,
          groups.get(g),
          primaryShares[g + 1],
          0);
    }
  }

  private void add(
      String name,
      SchoolKind kind,
      DivisionCode site,
      List<DivisionCode> surveyed,
      int primary,
      int junior) {
    int ordinal = schools.size();
    int teachers =
        Math.max(2, (primary + junior + spec.studentsPerTeacher() - 1) / spec.studentsPerTeacher());
    schools.add(SyntheticSchool.builder()
        .ordinal(ordinal)
        .id(spec.countyCode().countyPrefix() + String.format("%04d", ordinal))
        .name(name)
        .kind(kind)
        .division(site)
        .surveyedVillages(surveyed)
        .primaryStudents(primary)
        .juniorStudents(junior)
        .teachers(teachers)
        .build());
  }

  private static List<DivisionCode> codes(List<Village> villages) {
    return Arrays.asList(villages.stream().map(Village::code).toArray(DivisionCode[]::new));
  }
}
