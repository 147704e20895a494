/**
 * The one deterministic synthetic county of kbbx (the demo's, the benchmarks' and the distributed
 * example's): townships and villages with 12-digit division codes, schools attached to them,
 * teachers, guarantee assignments (包保), priority-group shares, birth dates by cohort, and ten
 * school years of record history ({@link org.kbbx.testkit.county.CountySpec#historyYears()})
 * ending with the spec's school year, whose calendar and absence patterns are the richest.
 *
 * <p>Entry point: {@link org.kbbx.testkit.county.SyntheticCounty#generate}. The same
 * {@link org.kbbx.testkit.county.CountySpec} (above all the same seed) always gives the same
 * county, student for student, on every JVM. The county itself keeps only its topology (townships,
 * villages, schools with their student counts) and the calendar; students are generated school by
 * school when {@link org.kbbx.testkit.county.SyntheticCounty#rosters()} is streamed, so a
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
 *   <li>History: every student on the roll has her record from her grade-1 intake: promotions and
 *       repeats on 1 September (an over-age child repeated once per year over age), 小升初 to a
 *       junior school of her township (a junior school's pupils come from the township's primary
 *       schools in proportion to their size), transfers between schools of the township (2 %),
 *       arrivals from the neighbouring county (3 %), a past approved suspension (0.6 %) and a past
 *       run of absence ending in a return (1.2 %). In the year itself a few die (0.02 %), move to
 *       the neighbouring county (0.5 %) or are suspended (0.3 %); grade 9 completes on the last
 *       school day. Each earlier year of the history adds the school's former students: its
 *       grade-9 completers and, per grade, those who dropped out without return (0.08 % primary,
 *       0.6 % junior), died (0.02 %) or moved out (0.6 % / 0.4 %). A dropout who never returns
 *       ages out on the 1 September after he turns 16. Children who move stay within their
 *       township; the neighbouring county's schools are in {@link
 *       org.kbbx.testkit.county.SyntheticCounty#directory()} under its own county code.
 *   <li>Suspected dropout and dropout are not in the history: they follow from the absence marks
 *       under a profile (R-ABS-2, R-ABS-3), and a return is a {@code RETURN} event after them.
 *   <li>A student's absences are explicit marks; a school day without a mark is attended. A child
 *       who stops coming is marked absent for a run of school days and then no longer marked
 *       (schools stop marking such a child, R-ABS-4); a child who comes back has a return date.
 * </ul>
 */
package org.kbbx.testkit.county;
