package org.kbbx.reporting.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kbbx.idtesting.IdLikeTexts.leaks;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.id.ResidentId;
import org.kbbx.core.mask.IdMask;
import org.kbbx.idtesting.IdLikeTexts;
import org.quicktheories.core.Gen;

/**
 * No text the reconciliation produces (rows, findings, matches, results, summaries, outcomes and
 * their JSON, checked in kbbx-json) contains a full resident ID or ID-like input, valid or not, and no masked ID
 * stands next to the birth date it encodes (R-ID-5).
 */
class NoRawIdProperties {

  private static final Set<String> SCHOOLS = Set.of("5224280101", "5224280102");
  private static final DivisionCode VILLAGE = DivisionCode.parse("522428100201");

  /** One child as the three sources see it. */
  private record Child(String id, int sources, int birthShift, String name, String school) {}

  private static Gen<Child> children() {
    Gen<String> otherText =
        IdLikeTexts.idLikeRuns().mix(integers().between(1, 2).map(n -> "52242801" + "0" + n), 70);
    return IdLikeTexts.ids()
        .zip(integers().between(1, 7), integers().between(0, 3), otherText, otherText, Child::new);
  }

  @Test
  @Tag("R-ID-5")
  void reconciliationTextsNeverContainAnId() {
    qt().forAll(lists().of(children()).ofSizeBetween(1, 6)).checkAssert(children -> {
      List<PopulationRow> population = new ArrayList<>();
      List<RecordRow> records = new ArrayList<>();
      List<PresenceRow> presence = new ArrayList<>();
      Set<ResidentId> poor = new HashSet<>();
      for (Child c : children) {
        LocalDate born = ResidentId.check(c.id())
            .map(id -> id.birthDate().plusDays(c.birthShift()))
            .getOrElse(LocalDate.of(2012, 3, 15));
        if ((c.sources() & 1) != 0) {
          population.add(new PopulationRow(c.id(), c.name(), born, VILLAGE));
        }
        if ((c.sources() & 2) != 0) {
          records.add(new RecordRow(c.id(), c.school(), RecordStatus.values()[c.birthShift() % 2]));
        }
        if ((c.sources() & 4) != 0) {
          presence.add(
              new PresenceRow(c.id(), c.school(), c.birthShift() != 1, LocalDate.of(2023, 9, 11)));
        }
        ResidentId.check(c.id()).forEach(poor::add);
      }
      Reconciliation county = Reconciliation.forSchools(SCHOOLS);
      ReconciliationResult result = county.reconcile(population, records, presence, poor);
      List<String> texts = new ArrayList<>();
      texts.add(result.toString());
      result
          .rowFindings()
          .forEach(f -> texts.addAll(List.of(f.toString(), f.detail(), String.valueOf(f.row()))));
      result.personFindings().forEach(f -> texts.addAll(List.of(f.toString(), f.detail())));
      population.forEach(r -> texts.add(r.toString()));
      records.forEach(r -> texts.add(r.toString()));
      presence.forEach(r -> texts.add(r.toString()));
      List<PersonOutcome> outcomes = new ArrayList<>();
      ReconciliationSummary summary =
          county.summarize(population, records, presence, poor, outcomes::add);
      texts.add(summary.toString());
      summary.rowFindings().forEach(f -> texts.add(f.toString()));
      outcomes.forEach(o -> texts.add(o.toString()));
      outcomes.forEach(o -> o.findings().forEach(f -> texts.add(f.toString())));
      for (Child c : children) {
        for (String text : texts) {
          for (String given : List.of(c.id(), c.name(), c.school())) {
            if (SCHOOLS.contains(given) && !given.equals(c.id())) {
              continue; // a county school code is not ID-like and may be named
            }
            assertThat(leaks(text, given)).as("%s leaks %s", text, given).isFalse();
          }
        }
      }
      // a masked ID and the birth date it encodes together are the full number
      for (PersonMatch person : result.persons()) {
        String encoded = person.residentId().birthDate().toString();
        assertThat(person.toString()).as("toString").doesNotContain(encoded);
      }
    });
  }

  @Test
  @Tag("R-ID-2")
  void rowsPrintTheirIdMaskedByTheOneRule() {
    qt().forAll(IdLikeTexts.ids()).checkAssert(id -> {
      String masked = IdMask.mask(id);
      assertThat(new PopulationRow(id, "x", null, null).toString())
          .contains("residentId=" + masked + ",");
      assertThat(new RecordRow(id, "S1", RecordStatus.ACTIVE).toString())
          .contains("residentId=" + masked + ",");
      assertThat(new PresenceRow(id, "S1", true, null).toString())
          .contains("residentId=" + masked + ",");
    });
  }
}
