package io.github.journeykit.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.journeykit.testkit.Invariant;
import io.github.journeykit.testkit.Invariants;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.Test;

/**
 * The standard invariants about declared facts on the ready-made journeys (this test was in
 * journey-testkit's {@code FactInvariantsTests} while the catalogue was in journey-rules).
 */
class CatalogueFactInvariantsTests {

  @Test
  void eachAppliesOnlyWhereTheJourneyHasSuchFacts() {
    Seq<Invariant> facts = Invariants.standard().drop(5);
    assertThat(facts).hasSize(5);
    // the sales funnel sends its messages and records why a customer is grey, so their histories
    // and its attribute are checked too
    assertThat(
            facts
                .filter(i -> i.appliesTo(Catalogue.get("sales-funnel").get()))
                .map(Invariant::name))
        .hasSize(2)
        .contains(Invariants.messageHistoriesOnlyGrow().name());
    // the email scheme remembers when a letter was last opened and whether it missed the customer
    assertThat(
            facts
                .filter(i -> i.appliesTo(Catalogue.get("email-scheme").get()))
                .map(Invariant::name))
        .hasSize(3)
        .contains(Invariants.messageHistoriesOnlyGrow().name());
  }
}
