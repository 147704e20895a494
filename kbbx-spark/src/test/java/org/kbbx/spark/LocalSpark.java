package org.kbbx.spark;

import org.apache.spark.sql.SparkSession;

/** The local-mode Spark session the tests share: two cores, loopback only, no UI. */
public final class LocalSpark {

  private LocalSpark() {}

  /** Returns the session, creating it on first use. */
  public static SparkSession session() {
    return SparkSession.builder()
        .master("local[2]")
        .appName("kbbx-spark tests")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.default.parallelism", "4")
        .config("spark.serializer", "org.apache.spark.serializer.KryoSerializer")
        .getOrCreate();
  }
}
