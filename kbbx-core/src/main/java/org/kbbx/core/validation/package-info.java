/**
 * The problem type every untrusted-input parser in kbbx reports with.
 *
 * <p>kbbx separates three kinds of failure (see the project's style guide): programmer errors
 * throw at once with a precise message; untrusted input yields
 * {@code io.vavr.control.Validation<Seq<Violation>, T>} listing every problem; domain outcomes
 * are {@code Either<Rejection, T>} in the package that owns the domain.
 */
package org.kbbx.core.validation;
