package org.kbbx.benchmarks.peers;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.lang.ref.Reference;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * How much heap a run occupies: the largest heap occupancy right after any garbage collection
 * during the run, or after a full collection at its end while the run's result is still held.
 * Unlike the sum of each pool's peak (eden peaks before a collection, the old generation after),
 * this never exceeds the heap the JVM was given, so a figure close to {@code -Xmx} means the run
 * really came close to running out.
 */
final class HeapAfterGc {

  private static final AtomicLong PEAK = new AtomicLong();
  private static final Set<String> HEAP_POOLS = new HashSet<>();

  static {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        HEAP_POOLS.add(pool.getName());
      }
    }
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(
            (notification, handback) -> {
              if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                  notification.getType())) {
                Map<String, MemoryUsage> after = GarbageCollectionNotificationInfo.from(
                        (CompositeData) notification.getUserData())
                    .getGcInfo()
                    .getMemoryUsageAfterGc();
                long used = 0;
                for (Map.Entry<String, MemoryUsage> pool : after.entrySet()) {
                  if (HEAP_POOLS.contains(pool.getKey())) {
                    used += pool.getValue().getUsed();
                  }
                }
                PEAK.accumulateAndGet(used, Math::max);
              }
            },
            null,
            null);
      }
    }
  }

  private HeapAfterGc() {}

  /** Forgets the collections seen so far; call right before a run. */
  static void reset() {
    PEAK.set(0);
  }

  /**
   * Returns the run's figure in bytes, holding {@code result} through a final full collection.
   *
   * @param result what the run returned
   * @return the largest heap occupancy after a collection since {@link #reset()}
   */
  static long peakBytes(Object result) throws InterruptedException {
    System.gc();
    long atEnd = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    Reference.reachabilityFence(result);
    Thread.sleep(100); // collection notifications arrive on another thread
    return Math.max(atEnd, PEAK.get());
  }
}
