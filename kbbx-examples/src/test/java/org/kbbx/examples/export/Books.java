package org.kbbx.examples.export;

import org.kbbx.examples.demo.CountyRun;
import org.kbbx.examples.demo.DemoBook;
import org.kbbx.examples.demo.Progress;
import org.kbbx.testkit.county.CountySpec;
import org.kbbx.testkit.county.SyntheticCounty;

/** The books the export tests read: one small county, run once per profile. */
final class Books {

  private Books() {}

  private static final SyntheticCounty COUNTY =
      SyntheticCounty.generate(CountySpec.builder().students(6_000).seed(11).build());

  /** Under the default profile. */
  static final DemoBook NATIONAL = book("NATIONAL");

  /** Under a profile with dropout targets per level. */
  static final DemoBook HEZHANG = book("HEZHANG_2018");

  static DemoBook book(String profile) {
    return CountyRun.of(COUNTY, profile).get().book(Progress.silent());
  }
}
