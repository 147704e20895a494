package org.kbbx.core.archfixture.bad.threads;

import java.util.List;

/** Deliberately bad: a parallel stream runs on the common pool. */
public class UsesParallelStream {
  public long count(List<String> items) {
    return items.parallelStream().count();
  }
}
