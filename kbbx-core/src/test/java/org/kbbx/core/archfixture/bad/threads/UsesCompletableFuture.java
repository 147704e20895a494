package org.kbbx.core.archfixture.bad.threads;

import java.util.concurrent.CompletableFuture;

/** Deliberately bad: runs work asynchronously. */
public class UsesCompletableFuture {
  public CompletableFuture<Integer> later() {
    return CompletableFuture.supplyAsync(() -> 1);
  }
}
