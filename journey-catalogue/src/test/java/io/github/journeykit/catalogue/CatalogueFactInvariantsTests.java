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
  void noneAppliesToAJourneyWithoutSuchFactsButMessageHistoriesWhereMessagesAreRecorded() {
    Seq<Invariant> facts = Invariants.standard().drop(5);
    assertThat(facts).hasSize(5);
    assertThat(facts.filter(i -> i.appliesTo(Catalogue.get("sales-funnel").get()))).isEmpty();
    assertThat(
            facts
                .filter(i -> i.appliesTo(Catalogue.get("email-scheme").get()))
                .map(Invariant::name))
        .containsExactly(Invariants.messageHistoriesOnlyGrow().name());
  }
}
