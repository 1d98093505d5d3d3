package io.github.journeykit.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.journeykit.rules.Playbook;
import io.github.journeykit.testkit.CheckResult;
import io.github.journeykit.testkit.Invariant;
import io.github.journeykit.testkit.Invariants;
import io.github.journeykit.testkit.JourneyCheck;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every ready-made journey passes the standard invariants and its own, over 10,000 customers each,
 * who reach every stage and fire every rule.
 */
class CatalogueCheckTests {

  static Iterable<String> journeys() {
    return Catalogue.ids();
  }

  @ParameterizedTest
  @MethodSource("journeys")
  void passesTheStandardInvariantsAndItsOwn(String id) {
    Playbook playbook = Catalogue.get(id).get();
    assertThat(CatalogueInvariants.forJourney(id)).isNotEmpty();
    CheckResult result =
        JourneyCheck.of(playbook)
            .customers(10_000)
            .seed(20_261_123L)
            .check(Invariants.standard().appendAll(CatalogueInvariants.forJourney(id)))
            .assertHolds();
    assertThat(result.customers()).isEqualTo(10_000);
    assertThat(result.invariants().size() + result.notApplicable().size())
        .isEqualTo(Invariants.standard().size() + CatalogueInvariants.forJourney(id).size());
    assertThat(result.invariants()).containsAll(Invariants.standard().take(5).map(Invariant::name));
    assertThat(result.coverage().unexercised()).isEmpty();
    assertThat(result.coverage().stages().values()).allMatch(customers -> customers > 0);
    assertThat(result.report())
        .startsWith("journey '" + id + "': ")
        .contains("held for 10000 customers (seed 20261123)");
  }
}
