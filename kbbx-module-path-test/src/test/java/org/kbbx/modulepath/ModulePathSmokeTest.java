package org.kbbx.modulepath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.lang.module.ModuleDescriptor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.id.ResidentId;
import org.kbbx.testkit.KbbxGens;

/**
 * Runs a vendor's module on the module path: kbbx's {@code module-info} descriptors export what a
 * vendor calls, Immutables is absent at run time, and Jackson reaches the report types it writes.
 */
class ModulePathSmokeTest {

  @Test
  void runsAsANamedModuleBesideKbbxsNamedModules() {
    assertThat(VendorCode.class.getModule().getName()).isEqualTo("org.kbbx.modulepath");
    assertThat(ResidentId.class.getModule().getName()).isEqualTo("org.kbbx.core");
    ModuleLayer layer = VendorCode.class.getModule().getLayer();
    for (String name : new String[] {
      "org.kbbx.core", "org.kbbx.rules", "org.kbbx.reporting", "org.kbbx.json", "org.kbbx.testkit"
    }) {
      ModuleDescriptor descriptor = layer.findModule(name).orElseThrow().getDescriptor();
      assertThat(descriptor.isAutomatic()).as(name + " has a module-info").isFalse();
    }
  }

  @Test
  void kbbxsInternalPackagesAreNotExportedToVendors() {
    Module vendor = VendorCode.class.getModule();
    ModuleLayer layer = vendor.getLayer();
    Module core = layer.findModule("org.kbbx.core").orElseThrow();
    Module rules = layer.findModule("org.kbbx.rules").orElseThrow();
    assertThat(core.getPackages()).contains("org.kbbx.core.internal");
    assertThat(core.isExported("org.kbbx.core.internal", vendor)).isFalse();
    assertThat(core.isExported("org.kbbx.core.internal", rules)).isTrue();
    assertThat(rules.getPackages()).contains("org.kbbx.rules.internal");
    assertThat(rules.isExported("org.kbbx.rules.internal", vendor)).isFalse();
    assertThat(core.isExported("org.kbbx.core.status", vendor)).isTrue();
  }

  @Test
  @Tag("R-SM-1")
  void immutablesIsNotNeededAtRunTime() {
    // `requires static`: the annotations were only needed to compile kbbx (R-SM-1's table below
    // is built from Immutables value types all the same).
    assertThat(
            VendorCode.class.getModule().getLayer().findModule("org.immutables.value.annotations"))
        .isEmpty();
    assertThat(VendorCode.nationalDiagram())
        .startsWith("stateDiagram-v2")
        .contains("[*] --> NOT_ENROLLED");
  }

  @Test
  @Tag("R-FILE-1")
  @Tag("R-ID-4")
  void aCountyDayFindsStudentsByIdsReadAnewOnTheModulePath() {
    // The county file's index reads kbbx-core's internal student id codes: on the module path
    // too, for ids with a code of either shape and for an id compared by its text.
    for (String text : new String[] {"S2", "J52050020000101000X", "pupil-number-2"}) {
      assertThat(VendorCode.countyDayStreak(text)).as(text).isEqualTo(1);
    }
  }

  @Test
  @Tag("R-PROF-2")
  void profileJsonRoundTripsOnTheModulePath() {
    // R-PROF-2 on the module path.
    assertThat(VendorCode.profileRoundTrips("HEZHANG_2018")).isTrue();
  }

  @Test
  @Tag("R-LED-7")
  @Tag("R-ID-2")
  void reportJsonWritesImmutablesValuesOnTheModulePath() throws Exception {
    // R-LED-7 and R-ID-2 on the module path: the ID is masked.
    assertThat(VendorCode.historyJson())
        .contains("\"110105********002X\"")
        .doesNotContain("11010519491231002X");
  }

  @Test
  void testkitGeneratorsRunOnTheModulePath() {
    assertThat(VendorCode.generatedId(42)).contains("********");
    qt().withFixedSeed(20260901L)
        .withExamples(50)
        .forAll(KbbxGens.residentIds())
        .check(id -> id.toString().length() == 18 && id.toString().contains("********"));
  }
}
