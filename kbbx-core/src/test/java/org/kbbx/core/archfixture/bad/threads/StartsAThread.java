package org.kbbx.core.archfixture.bad.threads;

/** Deliberately bad: creates a thread. */
public class StartsAThread {
  public Thread worker(Runnable task) {
    return new Thread(task);
  }
}
