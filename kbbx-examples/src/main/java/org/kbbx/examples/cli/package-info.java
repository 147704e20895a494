/**
 * The {@code kbbx} command: {@code demo}, {@code evaluate}, {@code cohort}, {@code profiles},
 * {@code profile} and {@code diagram}, built with picocli.
 *
 * <p>Exit codes: 0 success; 1 bad input (a file that cannot be read, invalid JSON, an unknown
 * profile, an invalid date), with a message on standard error naming the problem; 2 usage (an
 * unknown option or subcommand, a missing parameter). Results go to standard output, progress and
 * messages to standard error, so standard output is either the whole result or empty.
 *
 * <p>Identifiers (R-ID-5): problem and usage messages are printed through one place
 * ({@code KbbxCommand.problemLine}) that masks every ID-like run (15 or more digits and letters,
 * 14 or more of them digits) with the library's one rule, {@link org.kbbx.core.mask.IdMask}; student ids
 * quoted in problems are masked whole ({@code duplicate student id "**"}). The result JSON masks
 * ID-like runs too, but echoes a caller's short student keys ({@code H1}) as given: they are the
 * caller's own keys into its own file, and the result could not be read without them.
 */
package org.kbbx.examples.cli;
