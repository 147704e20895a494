package org.kbbx.rules;

import java.lang.management.ManagementFactory;

/**
 * The complexity guards' one measure (docs/rules.md §11): the bytes the calling thread allocates
 * while a piece of work runs. Comparing the bytes for n and 8n inputs tells linear from quadratic
 * work without timing anything.
 */
public final class AllocatedBytes {

  private AllocatedBytes() {}

  /**
   * Returns the bytes this thread allocated while {@code run} ran.
   *
   * @param run the work
   * @return the bytes allocated
   */
  public static long by(Runnable run) {
    com.sun.management.ThreadMXBean bean =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long id = Thread.currentThread().getId();
    long before = bean.getThreadAllocatedBytes(id);
    run.run();
    return bean.getThreadAllocatedBytes(id) - before;
  }
}
