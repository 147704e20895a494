package org.kbbx.examples.demo;

import java.util.Map;

/**
 * The population section of the demo report: who and where.
 *
 * <p>A flat record of counts for the report's JSON edge. This class is immutable and thread-safe.
 *
 * @param townships number of townships
 * @param villages number of villages and communities
 * @param schools schools by kind (Chinese label)
 * @param teachers number of staff
 * @param students number of students
 * @param byLevel students by level (Chinese label)
 * @param bySex students by sex (Chinese label)
 * @param byGroup students by priority group (Chinese label); a student may be in several
 * @param priorityStudents students in at least one priority group
 */
public record Population(
    int townships,
    int villages,
    Map<String, Integer> schools,
    int teachers,
    long students,
    Map<String, Long> byLevel,
    Map<String, Long> bySex,
    Map<String, Long> byGroup,
    long priorityStudents) {

  /** Copies the maps, keeping their order. */
  public Population {
    schools = Ordered.copy(schools);
    byLevel = Ordered.copy(byLevel);
    bySex = Ordered.copy(bySex);
    byGroup = Ordered.copy(byGroup);
  }
}
