package io.github.journeykit.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.journeykit.model.Channel;
import io.github.journeykit.model.Criterion;
import io.github.journeykit.model.Journey;
import io.github.journeykit.model.Stage;
import io.github.journeykit.model.Touchpoint;
import io.github.journeykit.model.Transition;
import io.vavr.collection.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Checks two journeys of the brief, as the catalogue has them, against it: the six awareness stages
 * of a sales funnel (§1a, article 000) and the nine stages of "the bread example" with its skips
 * and loops (§1d, article 003).
 */
class SeedJourneysTests {

  static Journey journey(String id) {
    return Catalogue.get(id).getOrElseThrow(() -> new AssertionError("no journey " + id)).journey();
  }

  @Nested
  class SalesFunnel {
    final List<String> ids =
        List.of("uninformed", "informed", "interested", "buyer", "purchased", "loyal");

    Journey funnel() {
      return journey("sales-funnel");
    }

    @Test
    void hasTheSixStagesInOrder() {
      assertThat(funnel().stages().map(Stage::id)).containsExactlyElementsOf(ids);
      assertThat(funnel().firstStage().id()).isEqualTo("uninformed");
    }

    /**
     * A yes moves up one stage at a time; a no rolls back one, below purchased only: from purchased
     * on, only purchases move the customer [000].
     */
    @Test
    void yesMovesToTheNextStageAndNoRollsBackOne() {
      Journey funnel = funnel();
      for (int i = 0; i + 1 < ids.size(); i++) {
        String lower = ids.get(i);
        String upper = ids.get(i + 1);
        assertThat(funnel.allows(lower, upper)).as("%s -> %s", lower, upper).isTrue();
        assertThat(funnel.allows(upper, lower))
            .as("%s -> %s", upper, lower)
            .isEqualTo(ids.indexOf(upper) < ids.indexOf("purchased"));
        assertThat(funnel.next(lower).map(Stage::id).get()).isEqualTo(upper);
      }
      assertThat(funnel.allows("uninformed", "interested")).isFalse();
    }

    @Test
    void qualifiesWithThreeCriteria() {
      assertThat(funnel().criteria().map(Criterion::id))
          .containsExactly("money", "need", "decision");
    }
  }

  @Nested
  class NineStages {
    final List<String> ids =
        List.of(
            "no-need",
            "need-awareness",
            "information-search",
            "comparing-options",
            "getting-to-know-the-company",
            "purchase",
            "usage-experience",
            "repeat-purchase",
            "brand-advocate");

    Journey nineStages() {
      return journey("nine-stages");
    }

    @Test
    void hasTheNineStagesInOrder() {
      assertThat(nineStages().stages().map(Stage::id)).containsExactlyElementsOf(ids);
    }

    @Test
    void informationSearchMayGoStraightToPurchaseOrToComparingOptions() {
      Journey journey = nineStages();
      assertThat(
              journey.transitionsFrom("information-search").map(t -> t.to() + ":" + t.kind().id()))
          .containsExactlyInAnyOrder("comparing-options:advance", "purchase:skip");
    }

    @Test
    void repeatPurchaseLoopsBackForReWarming() {
      assertThat(
              nineStages()
                  .transitionsFrom("repeat-purchase")
                  .map(t -> t.to() + ":" + t.kind().id()))
          .containsExactlyInAnyOrder(
              "brand-advocate:advance", "no-need:loop", "need-awareness:loop");
    }

    @Test
    void aReferredNewCustomerSkipsToGettingToKnowTheCompanyOrPurchaseAndARegularToARepeat() {
      Journey journey = nineStages();
      assertThat(
              journey
                  .transitionsFrom(journey.firstStage().id())
                  .filter(t -> t.kind() == Transition.Kind.SKIP)
                  .map(Transition::to))
          .containsExactlyInAnyOrder("getting-to-know-the-company", "purchase", "repeat-purchase");
    }

    @Test
    void placesTouchpointsAtTheirStages() {
      assertThat(nineStages().touchpointsAt("information-search").map(Touchpoint::channel))
          .containsExactly(
              Channel.SEARCH,
              Channel.WEBSITE,
              Channel.PAID_ADS,
              Channel.WEBSITE_WIDGET,
              Channel.SOCIAL_NETWORKS,
              Channel.PAID_ADS);
      assertThat(nineStages().touchpointsAt("no-need").map(Touchpoint::id))
          .startsWith("topical-collections");
      assertThat(nineStages().touchpointsAt("information-search").map(Touchpoint::id))
          .startsWith("seo");
    }
  }
}
