package org.kbbx.testkit.county;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.time.SchoolCalendar;
import org.kbbx.core.time.SchoolYear;
import org.kbbx.core.time.Term;

/**
 * A deterministic synthetic county: the same {@link CountySpec} always gives the same townships,
 * villages, schools, teachers and students.
 *
 * <p>The county keeps only its layout (a few objects per school) and its calendar. Students are
 * generated school by school by {@link #rosters()} (or {@link #roster} for one school): each
 * school's roster depends only on the seed and the school, so rosters can be generated in any
 * order, again, or in parallel, and a million students need only one school's memory at a time.
 *
 * <pre>{@code
 * SyntheticCounty county = SyntheticCounty.generate(CountySpec.builder().students(50_000).build());
 * county.rosters().forEach(roster -> roster.students().forEach(student -> ...));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SyntheticCounty {

  private final CountySpec spec;
  private final List<Township> townships;
  private final List<SyntheticSchool> schools;
  private final SchoolCalendar calendar;
  private final List<LocalDate> schoolDays;
  private final RosterGenerator generator;
  private final SchoolYear firstYear;
  private final Map<String, DivisionCode> directory;
  private final List<String> outsideSchools;

  private SyntheticCounty(CountySpec spec) {
    this.spec = spec;
    CountyLayout layout = CountyLayout.of(spec);
    this.townships = List.copyOf(layout.townships);
    this.schools = List.copyOf(layout.schools);
    this.firstYear = spec.schoolYear().plusYears(1 - spec.historyYears());
    this.calendar = SyntheticCalendar.forYears(firstYear, spec.schoolYear());
    List<List<LocalDate>> daysByYear = new ArrayList<>();
    for (SchoolYear y = firstYear; y.compareTo(spec.schoolYear()) <= 0; y = y.plusYears(1)) {
      daysByYear.add(
          calendar.schoolDays(y.start(), y.end()).collect(Collectors.toUnmodifiableList()));
    }
    this.schoolDays = daysByYear.get(daysByYear.size() - 1);
    Map<String, DivisionCode> directory = new LinkedHashMap<>();
    schools.forEach(s -> directory.put(s.id(), s.division()));
    DivisionCode neighbour = neighbour(spec.countyCode());
    List<String> outside = new ArrayList<>();
    for (int i = 0; i < OUTSIDE_SCHOOLS; i++) {
      String id = neighbour.countyPrefix() + "9" + RosterGenerator.padded(i, 3);
      outside.add(id);
      directory.put(id, DivisionCode.of(neighbour.value() + (101 + i) * 1_000L + 1));
    }
    this.directory = Collections.unmodifiableMap(directory);
    this.outsideSchools = List.copyOf(outside);
    List<Integer> termStarts = new ArrayList<>();
    for (Term term : calendar.termsIn(spec.schoolYear())) {
      LocalDate first = calendar.nthSchoolDayOfTerm(term, 1).get();
      termStarts.add(schoolDays.indexOf(first));
    }
    CountyHistory history =
        new CountyHistory(spec, firstYear, List.copyOf(daysByYear), schools, outsideSchools);
    this.generator = new RosterGenerator(
        spec, schoolDays, List.copyOf(termStarts), history, firstYear.startYear());
  }

  /** Schools of the neighbouring county that children move to and arrive from. */
  static final int OUTSIDE_SCHOOLS = 4;

  /** A county code next to {@code county} in the same city. */
  private static DivisionCode neighbour(DivisionCode county) {
    long digits = (county.value() / 1_000_000L) % 100;
    return DivisionCode.of(county.value() + (digits > 1 ? -1_000_000L : 1_000_000L));
  }

  /**
   * Generates the county's layout for a specification.
   *
   * @param spec the specification, not null
   * @return the county
   */
  public static SyntheticCounty generate(CountySpec spec) {
    return new SyntheticCounty(Objects.requireNonNull(spec, "spec"));
  }

  /**
   * Returns the specification the county was generated from.
   *
   * @return the spec
   */
  public CountySpec spec() {
    return spec;
  }

  /**
   * Returns the county's division code.
   *
   * @return a county-level code
   */
  public DivisionCode code() {
    return spec.countyCode();
  }

  /**
   * Returns the county's name.
   *
   * @return the name
   */
  public String name() {
    return spec.countyName();
  }

  /**
   * Returns the townships in code order.
   *
   * @return the townships
   */
  public List<Township> townships() {
    return townships;
  }

  /**
   * Returns every village and community in code order.
   *
   * @return the villages
   */
  public Stream<Village> villages() {
    return townships.stream().flatMap(t -> t.villages().stream());
  }

  /**
   * Returns the schools in ordinal order.
   *
   * @return the schools
   */
  public List<SyntheticSchool> schools() {
    return schools;
  }

  /**
   * Finds a school by id.
   *
   * @param id the school id, not null
   * @return the school, or empty
   */
  public Optional<SyntheticSchool> school(String id) {
    return schools.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /**
   * Returns the schools of one township, in ordinal order (a township's schools are consecutive).
   *
   * @param township a township of this county, not null
   * @return its schools
   */
  public List<SyntheticSchool> schoolsIn(Township township) {
    return schools.stream()
        .filter(s -> s.township().equals(township.code()))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the first school year of the county's history ({@link CountySpec#historyYears()}
   * years ending with the spec's school year).
   *
   * @return the first year
   */
  public SchoolYear firstYear() {
    return firstYear;
  }

  /**
   * Returns the school directory: each school's village-level division, the county's schools in
   * ordinal order, then the neighbouring county's schools that children move to and arrive from.
   *
   * @return school id → division
   */
  public Map<String, DivisionCode> directory() {
    return directory;
  }

  /**
   * Returns the ids of the neighbouring county's schools (outside this county's code).
   *
   * @return the ids
   */
  public List<String> outsideSchools() {
    return outsideSchools;
  }

  /**
   * Returns the school calendar of every year of the county's history ({@link SyntheticCalendar}).
   *
   * @return the calendar
   */
  public SchoolCalendar calendar() {
    return calendar;
  }

  /**
   * Returns the school days of the county's school year, in order.
   *
   * @return the school days
   */
  public List<LocalDate> schoolDays() {
    return schoolDays;
  }

  /**
   * Returns the number of students (the spec's count, exactly).
   *
   * @return the number of students
   */
  public int studentCount() {
    return spec.students();
  }

  /**
   * Generates one school's roster.
   *
   * @param school a school of this county, not null
   * @return its teachers, students and guarantee assignments
   * @throws IllegalArgumentException if the school is not one of this county's
   */
  public SchoolRoster roster(SyntheticSchool school) {
    Objects.requireNonNull(school, "school");
    if (school.ordinal() >= schools.size() || !schools.get(school.ordinal()).equals(school)) {
      throw new IllegalArgumentException("Invalid school (not of this county): " + school.id());
    }
    return generator.roster(school);
  }

  /**
   * Streams every school's roster in school order, generating each when it is reached. The
   * stream may be made parallel: rosters are independent.
   *
   * @return the rosters
   */
  public Stream<SchoolRoster> rosters() {
    return schools.stream().map(generator::roster);
  }

  /**
   * Streams every student on the roll of the county's school year, school by school.
   *
   * @return the students
   */
  public Stream<SyntheticStudent> students() {
    return rosters().flatMap(r -> r.students().stream());
  }

  /**
   * Streams every student of the county's history, school by school: those on the roll of the
   * school year and the former students ({@link SchoolRoster#everyone()}).
   *
   * @return the students and former students
   */
  public Stream<SyntheticStudent> everyone() {
    return rosters().flatMap(r -> r.everyone().stream());
  }
}
