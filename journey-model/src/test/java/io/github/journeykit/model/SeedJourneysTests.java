package io.github.journeykit.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Builds two journeys of the brief as plain data and checks their stages and transitions against
 * it: the six awareness stages of a sales funnel (§1a, article 000) and the nine stages of "the
 * bread example" with its skips and loops (§1d, article 003).
 */
class SeedJourneysTests {

  static Journey build(Journey.Builder builder) {
    Validation<Seq<Problem>, Journey> built = builder.build();
    assertThat(built.isValid()).as("problems: %s", built.fold(Object::toString, j -> "")).isTrue();
    return built.get();
  }

  /**
   * Adds an advance to the next stage and a roll back to the previous one between every neighbour.
   */
  static Journey.Builder ladder(Journey.Builder builder, List<String> ids) {
    ids.sliding(2)
        .forEach(pair -> builder.transition(Transition.advance(pair.get(0), pair.get(1))));
    ids.sliding(2)
        .forEach(pair -> builder.transition(Transition.rollBack(pair.get(1), pair.get(0))));
    return builder;
  }

  @Nested
  class SalesFunnel {
    final List<String> ids =
        List.of("uninformed", "informed", "interested", "buyer", "purchased", "loyal");

    Journey funnel() {
      Journey.Builder builder =
          Journey.builder("sales-funnel", "Six awareness stages of a sales funnel")
              .stage(Stage.of("uninformed", "Uninformed", "Let them know the business exists"))
              .stage(Stage.of("informed", "Informed", "Show what problem we solve"))
              .stage(
                  Stage.of(
                      "interested", "Interested", "Meet 2 of 3 criteria: money, need, decision"))
              .stage(Stage.of("buyer", "Buyer", "Meet all 3 criteria and close the sale"))
              .stage(Stage.of("purchased", "Purchased", "Make the first purchase a good one"))
              .stage(Stage.builder().id("loyal").name("Loyal").isFinal(true).build())
              .criterion(Criterion.of("money", "Has money"))
              .criterion(Criterion.of("need", "Knows what they want"))
              .criterion(Criterion.of("decision", "Has decided to buy"));
      ladder(builder, ids);
      for (String from : List.of("uninformed", "informed", "interested")) {
        builder.transition(Transition.skip(from, "purchased", "A purchase from any stage"));
      }
      for (String from : List.of("uninformed", "informed", "interested", "buyer")) {
        builder.transition(Transition.skip(from, "loyal", "A second purchase from any stage"));
      }
      return build(builder);
    }

    @Test
    void hasTheSixStagesInOrder() {
      assertThat(funnel().stages().map(Stage::id)).containsExactlyElementsOf(ids);
      assertThat(funnel().firstStage().id()).isEqualTo("uninformed");
    }

    @Test
    void yesMovesToTheNextStageAndNoRollsBackOne() {
      Journey funnel = funnel();
      for (int i = 0; i + 1 < ids.size(); i++) {
        String lower = ids.get(i);
        String upper = ids.get(i + 1);
        assertThat(funnel.allows(lower, upper)).as("%s -> %s", lower, upper).isTrue();
        assertThat(funnel.allows(upper, lower)).as("%s -> %s", upper, lower).isTrue();
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
      Journey.Builder builder =
          Journey.builder("nine-stages", "Nine stages: the bread example")
              .stage(Stage.of("no-need", "No need", "Be seen before the need appears"))
              .stage(Stage.of("need-awareness", "Need awareness", "Remind of the need"))
              .stage(
                  Stage.of(
                      "information-search", "Information search", "Be found and get the contact"))
              .stage(Stage.of("comparing-options", "Comparing options", "Win the comparison"))
              .stage(
                  Stage.of(
                      "getting-to-know-the-company", "Getting to know the company", "Earn trust"))
              .stage(Stage.of("purchase", "Purchase", "Make buying easy"))
              .stage(Stage.of("usage-experience", "Usage experience", "Follow up on quality"))
              .stage(Stage.of("repeat-purchase", "Repeat purchase", "Reward coming back"))
              .stage(
                  Stage.builder()
                      .id("brand-advocate")
                      .name("Brand advocate")
                      .isFinal(true)
                      .build());
      ids.sliding(2)
          .forEach(pair -> builder.transition(Transition.advance(pair.get(0), pair.get(1))));
      builder
          .transition(Transition.skip("information-search", "purchase", "Knows what to buy"))
          .transition(Transition.loop("repeat-purchase", "no-need", "Re-warming"))
          .transition(Transition.loop("repeat-purchase", "need-awareness", "Re-warming"))
          .transition(
              Transition.skip(
                  "no-need", "getting-to-know-the-company", "Referred by a brand advocate"))
          .transition(Transition.skip("no-need", "purchase", "Referred by a brand advocate"));
      builder.touchpoint(
          Touchpoint.of(
              "topical-collections", "Topical collections", Channel.SOCIAL_NETWORKS, "no-need"));
      builder.touchpoint(Touchpoint.of("seo", "SEO", Channel.SEARCH, "information-search"));
      return build(builder);
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
    void aReferredNewCustomerSkipsToGettingToKnowTheCompanyOrPurchase() {
      Journey journey = nineStages();
      assertThat(
              journey
                  .transitionsFrom(journey.firstStage().id())
                  .filter(t -> t.kind() == Transition.Kind.SKIP)
                  .map(Transition::to))
          .containsExactlyInAnyOrder("getting-to-know-the-company", "purchase");
    }

    @Test
    void placesTouchpointsAtTheirStages() {
      assertThat(nineStages().touchpointsAt("information-search").map(Touchpoint::channel))
          .containsExactly(Channel.SEARCH);
    }
  }
}
