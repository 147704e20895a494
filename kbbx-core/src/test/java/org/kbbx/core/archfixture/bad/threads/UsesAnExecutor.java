package org.kbbx.core.archfixture.bad.threads;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Deliberately bad: uses an executor. */
public class UsesAnExecutor {
  public ExecutorService pool() {
    return Executors.newSingleThreadExecutor();
  }
}
