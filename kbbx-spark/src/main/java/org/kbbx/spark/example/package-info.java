/**
 * The example national job: synthetic students for several provinces, partitioned, rolled up to
 * the national rates table on Spark ({@link org.kbbx.spark.example.NationalRatesJob}, usable with
 * {@code spark-submit}). The data are synthetic and deterministic ({@link
 * org.kbbx.spark.example.SyntheticNation}).
 */
package org.kbbx.spark.example;
