/**
 * The reading path: numbered, self-contained example programs, each a short story with a printed
 * result, in the order a newcomer reads them. Each has a {@code main} and a {@code run(PrintWriter)}
 * that the build's tests call and check, so no example rots.
 */
package org.kbbx.examples.path;
