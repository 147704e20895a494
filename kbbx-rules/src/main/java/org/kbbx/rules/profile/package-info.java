/**
 * Jurisdiction profiles (R-PROF-1..4): the thresholds, deadlines and cadences of each policy
 * document as data, hierarchical ({@code HEZHANG_2018 → NATIONAL}), effective-dated and sourced.
 *
 * <p>Choices where docs/rules.md is silent:
 *
 * <ul>
 *   <li>The six built-in profiles are Java data ({@code BuiltInProfiles}), checked by the same
 *       {@link org.kbbx.rules.profile.Profiles#of} a vendor's JSON profile passes, and round-trip
 *       through {@code org.kbbx.json.profile}.
 *   <li>The profile is the top of the rules module: it depends on the engines' rule types
 *       ({@code escalation}, {@code casework}, {@code obligation}); the engines never depend on
 *       profiles, they take {@code EscalationRules}, {@code ObligationRules} and step deadlines.
 *   <li>Examples (R-PROF-3) use a plain Monday–Friday calendar without holidays and follow the
 *       student for three months; they are the profile's own and are not inherited.
 *   <li>A value a national text does not set (no weekly report, no term-start deadline) is set on
 *       {@code NATIONAL} as "none" (an empty list or 0) with that source, so every effective value
 *       names the profile it came from.
 *   <li>Screening weights (R-LED-3): no seed gives numbers, so {@code NATIONAL} sets kbbx's
 *       defaults, sourced as a kbbx choice: suspected status 5 (the strongest signal, already a
 *       reported case), primary→junior transition not made 4 (the child is out of the record
 *       system's sight), missing exclusion evidence 3, absence streak 2 from 2 school days
 *       ({@code HANZHONG_2018}'s 48 hours, the shortest threshold in the seeds), over-age for grade
 *       2, repeated grade 2, each priority group 1. A profile may set its own; they inherit like
 *       every other setting.
 *   <li>Validity: {@code validFrom} is the document's date of issue; no seed states an end.
 *   <li>Routing (R-RC-14) is one setting holding a whole table (every alert and case step has a
 *       row), like every other list setting: a profile that changes one row, such as
 *       {@code HEZHANG_2018}'s dropout confirmation by the township education centre reported to the
 *       township government (seed 000 四(二)2), restates the other rows as {@code NATIONAL} has
 *       them, and its source says so. The profile's required actions name the same
 *       {@code Role} constants as the routing.
 *   <li>The {@code organisation} setting (R-RC-11) holds seat holding and the letter links as one
 *       value with its own examples. No seed lets one person hold two leading seats, so every
 *       built-in profile keeps one leading seat per person (the setting exists so a county can
 *       relax it in its JSON); {@code NATIONAL} requires letters on every link of both lines
 *       (seed 000 双线层层签订, 户为对象), {@code HANZHONG_2018} only the two-level letters of seed
 *       004 (县长对镇长、局长对校长). Lueyang's "7+1" (seed 004) is written as {@code COUNTY_TOWNSHIP,
 *       TOWNSHIP_VILLAGE, BUREAU_SCHOOL, SCHOOL_TEACHER, TEACHER_PARENT}: the seed lists township
 *       heads, village heads, principals, teachers and parents signing level by level, with no
 *       village → household letter. Organisation examples run on a one-township county built by
 *       {@code OrganisationExamples}: {@code TwoSeats} asks whether the organisation builds,
 *       {@code Letter} whether a missing letter on the link is a coverage finding, {@code Survey}
 *       (R-RC-13) which survey findings villages assigned to no school or several give while the
 *       organisation still builds, {@code Vacancy} (R-RC-12, R-RC-15) which vacancy findings a
 *       vacated seat gives and who acts and is told for an alert under the profile's routing,
 *       {@code OtherGuarantor} (R-RC-16) which non-teacher guarantors a student has, {@code
 *       Household} (R-RC-11) how many letters one guardian of several children is missing.
 *       Expected findings and parties are text as the library prints them with the example
 *       county's names (示例镇, 示例村, 示例学校; people named by their seat), so the profile JSON
 *       and {@code kbbx profile} read as the outcome. A profile that states organisation examples
 *       of its own seed restates the setting: {@code HEZHANG_2018} (a vacant centre under its own
 *       routing) and {@code YUNDOU_2022} (its 13 surveyed villages) keep {@code NATIONAL}'s
 *       holding and letters and cite their own documents.
 *   <li>Accountability examples ({@link org.kbbx.rules.profile.AccountabilityExample}, R-PROF-3)
 *       belong to the profile like the absence examples (its own, not inherited) and run against
 *       the effective accountability rules through {@code AccountabilityEvaluation}: the input is
 *       the units' {@code UnitYearResult}s, the outcome exactly the (rule code, unit) pairs that
 *       fire, so an example also proves what must not fire (the county under {@code
 *       XX_COUNTY_2023}, a township with only a coverage finding). They sit in the JSON's top-level
 *       {@code accountabilityExamples} rather than inside the {@code accountability} setting, whose
 *       value stays a plain list of rules. Units and names in the built-in examples are example
 *       data, not real schools.
 *   <li>Bounds (R-PROF-5): every numeric or period setting has a valid range, listed in {@link
 *       org.kbbx.rules.profile.ProfileBounds} — absence thresholds 1–60 school days, deadlines at
 *       most one school year (200 school days, 366 calendar days, 52 weeks or 12 months), the
 *       dropout wait 1–12 months, a suspension of at most two years with at most three
 *       extensions, 0–7 home-education visits a week, screening weights 0–100, target years
 *       1900–2200. The Java builder and the JSON reader reject a value outside its range with its
 *       path and the range, every problem at once.
 *   <li>{@link org.kbbx.rules.profile.ProfileExamples#WEEKDAYS} is a real school calendar of plain
 *       weekdays from 2015-09-01 to 2041-08-31; an example outside it raises no alert.
 * </ul>
 */
package org.kbbx.rules.profile;
