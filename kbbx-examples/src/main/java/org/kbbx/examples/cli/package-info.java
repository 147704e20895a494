/**
 * The {@code kbbx} command: {@code demo}, {@code evaluate}, {@code cohort}, {@code profiles},
 * {@code profile} and {@code diagram}, built with picocli.
 *
 * <p>Exit codes: 0 success; 1 bad input (a file that cannot be read, invalid JSON, an unknown
 * profile, an invalid date), with a message on standard error naming the problem; 2 usage (an
 * unknown option or subcommand, a missing parameter). Results go to standard output, progress and
 * messages to standard error, so standard output is either the whole result or empty.
 */
package org.kbbx.examples.cli;
