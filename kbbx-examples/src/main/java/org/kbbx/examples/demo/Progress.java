package org.kbbx.examples.demo;

import java.io.PrintWriter;
import java.util.Objects;

/**
 * Reports how far a long run has come: a line at every tenth of the work, on standard error.
 *
 * <p>This class is not thread-safe.
 */
public final class Progress {

  private final PrintWriter err;
  private final long started = System.nanoTime();
  private long total;
  private int lastTenth;

  private Progress(PrintWriter err) {
    this.err = err;
  }

  /**
   * Returns a progress reporter writing to {@code err}.
   *
   * @param err the stream for progress lines, not null
   * @return the reporter
   */
  public static Progress to(PrintWriter err) {
    return new Progress(Objects.requireNonNull(err, "err"));
  }

  /**
   * Returns a reporter that reports nothing.
   *
   * @return a silent reporter
   */
  public static Progress silent() {
    return new Progress(null);
  }

  /**
   * Starts the run.
   *
   * @param what what is being processed, e.g. {@code students}
   * @param totalUnits how many units the run has
   */
  public void start(String what, long totalUnits) {
    this.total = totalUnits;
    this.lastTenth = 0;
    line(String.format("kbbx: processing %,d %s ...", totalUnits, what));
  }

  /**
   * Reports that {@code done} units are finished.
   *
   * @param done the units finished so far
   */
  public void at(long done) {
    if (total <= 0) {
      return;
    }
    int tenth = (int) (done * 10 / total);
    if (tenth > lastTenth) {
      lastTenth = tenth;
      line(String.format(
          "kbbx: %,d of %,d (%d%%) after %.1f s",
          done, total, tenth * 10, (System.nanoTime() - started) / 1e9));
    }
  }

  private void line(String text) {
    if (err != null) {
      err.println(text);
      err.flush();
    }
  }
}
