/**
 * A deterministic synthetic county: townships and villages with 12-digit division codes, schools
 * attached to them, teachers, guarantee assignments (包保), priority-group shares, birth dates by
 * cohort, enrolment dates and absence patterns over one school year's calendar.
 *
 * <p>Entry point: {@link org.kbbx.examples.synthetic.SyntheticCounty#generate}. The same
 * {@link org.kbbx.examples.synthetic.CountySpec} (above all the same seed) always gives the same
 * county, student for student, on every JVM. The county itself keeps only its topology (townships,
 * villages, schools with their student counts) and the calendar; students are generated school by
 * school when {@link org.kbbx.examples.synthetic.SyntheticCounty#rosters()} is streamed, so a
 * million students never sit in memory at once.
 *
 * <p>Choices (the domain specification is silent on synthetic data):
 *
 * <ul>
 *   <li>Division codes follow the statistical convention: towns (镇) get township codes 1xx,
 *       townships (乡) 2xx and 3xx; communities (社区) get village codes 0xx, villages (村) 2xx.
 *   <li>The school year's calendar has an autumn term from 1 September to the third Friday of
 *       January and a spring term from the fourth Monday after 1 February to the first Friday of
 *       July, with the fixed-date national holidays (National Day week, New Year's Day, Qingming on
 *       4 April, Labour Day week) and their make-up Saturdays and Sundays. Lunar holidays other
 *       than the Spring Festival (which falls in the winter break) are not modelled.
 *   <li>Resident IDs are valid (check character per GB 11643) but, as in real data, not guaranteed
 *       unique: two children may draw the same sequence number; the student number (学籍号) is
 *       unique and is the key.
 *   <li>A student's absences are explicit marks; a school day without a mark is attended. A child
 *       who stops coming is marked absent for a run of school days and then no longer marked
 *       (schools stop marking such a child, R-ABS-4); a child who comes back has a return date.
 * </ul>
 */
package org.kbbx.examples.synthetic;
