package org.kbbx.rules.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.responsibility.AccountabilityRule;
import org.kbbx.core.time.SchoolYear;

class AccountabilityEvaluationProperties {

  /**
   * R-RC-9: the pay-forfeit rule fires exactly when the school has a result over target in each of
   * the last N school years. Each year's code: 0 = no result, 1 = within target, 2 = over target.
   */
  @Test
  @Tag("R-RC-9")
  void payForfeitFiresExactlyAfterNConsecutiveYearsOverTarget() {
    qt().forAll(
            lists().of(integers().between(0, 2)).ofSizeBetween(1, 8), integers().between(1, 4))
        .checkAssert((codes, n) -> {
          SchoolYear assessed = SchoolYear.of(2030);
          List<UnitYearResult> results = new ArrayList<>();
          for (int i = 0; i < codes.size(); i++) {
            SchoolYear year = assessed.plusYears(i - codes.size() + 1);
            if (codes.get(i) > 0) {
              results.add(AccountabilityEvaluationTest.junior(
                  AccountabilityEvaluationTest.SCHOOL, year, codes.get(i) == 2 ? 5 : 1, 100));
            }
          }
          boolean expected = codes.size() >= n
              && codes.subList(codes.size() - n, codes.size()).stream().allMatch(code -> code == 2);
          int fired = AccountabilityEvaluation.evaluate(
                  List.of(new AccountabilityRule.PrincipalPayForfeit(n)), results, assessed)
              .get()
              .size();
          assertThat(fired).isEqualTo(expected ? 1 : 0);
        });
  }
}
