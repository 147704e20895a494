package org.kbbx.examples.demo;

import java.util.LinkedHashMap;
import java.util.Map;
import org.kbbx.core.person.PriorityGroup;
import org.kbbx.core.person.Sex;
import org.kbbx.core.school.GradeSystem;
import org.kbbx.core.school.SchoolLevel;
import org.kbbx.testkit.county.SchoolKind;
import org.kbbx.testkit.county.SchoolRoster;
import org.kbbx.testkit.county.SyntheticCounty;
import org.kbbx.testkit.county.SyntheticSchool;
import org.kbbx.testkit.county.SyntheticStudent;

/** Population counters of a run; one roster at a time is added. Not thread-safe. */
final class Tally {
  long students;
  int teachers;
  long priority;
  final Map<String, Integer> schools = new LinkedHashMap<>();
  final Map<String, Long> byLevel = new LinkedHashMap<>();
  final Map<String, Long> bySex = new LinkedHashMap<>();
  final Map<String, Long> byGroup = new LinkedHashMap<>();

  Tally() {
    for (SchoolKind kind : SchoolKind.values()) {
      schools.put(kind.chineseLabel(), 0);
    }
    for (SchoolLevel level : SchoolLevel.values()) {
      byLevel.put(level.chineseLabel(), 0L);
    }
    for (Sex sex : Sex.values()) {
      bySex.put(sex.chineseLabel(), 0L);
    }
    for (PriorityGroup group : PriorityGroup.values()) {
      byGroup.put(group.chineseLabel(), 0L);
    }
  }

  void add(SchoolRoster roster) {
    SyntheticSchool school = roster.school();
    schools.merge(school.kind().chineseLabel(), 1, Integer::sum);
    teachers += roster.teachers().size();
    for (SyntheticStudent s : roster.students()) {
      students++;
      byLevel.merge(GradeSystem.SIX_THREE.levelOf(s.grade()).chineseLabel(), 1L, Long::sum);
      bySex.merge(s.sex().chineseLabel(), 1L, Long::sum);
      for (PriorityGroup g : s.groups()) {
        byGroup.merge(g.chineseLabel(), 1L, Long::sum);
      }
      if (s.isPriority()) {
        priority++;
      }
    }
  }

  Population population(SyntheticCounty county) {
    return new Population(
        county.townships().size(),
        (int) county.villages().count(),
        schools,
        teachers,
        students,
        byLevel,
        bySex,
        byGroup,
        priority);
  }
}
