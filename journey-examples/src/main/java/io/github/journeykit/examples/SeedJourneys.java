package io.github.journeykit.examples;

import io.github.journeykit.model.Channel;
import io.github.journeykit.model.Criterion;
import io.github.journeykit.model.Journey;
import io.github.journeykit.model.Stage;
import io.github.journeykit.model.Touchpoint;
import io.github.journeykit.model.Transition;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * The first two journeys of the brief, built as data: the six awareness stages of a sales funnel and
 * the nine stages of "the bread example".
 */
final class SeedJourneys {

  private SeedJourneys() {}

  static Seq<Journey> all() {
    return List.of(salesFunnel(), nineStages());
  }

  static Journey salesFunnel() {
    Journey.Builder builder =
        Journey.builder("sales-funnel", "Six awareness stages of a sales funnel")
            .stage(Stage.of("uninformed", "Uninformed", "Let them know the business exists"))
            .stage(Stage.of("informed", "Informed", "Show what problem we solve"))
            .stage(Stage.of("interested", "Interested", "Meet 2 of 3 criteria: money, need, decision"))
            .stage(Stage.of("buyer", "Buyer", "Meet all 3 criteria and close the sale"))
            .stage(Stage.of("purchased", "Purchased", "Make the first purchase a good one"))
            .stage(Stage.builder().id("loyal").name("Loyal").isFinal(true).build())
            .criterion(Criterion.of("money", "Has money"))
            .criterion(Criterion.of("need", "Knows what they want"))
            .criterion(Criterion.of("decision", "Has decided to buy"));
    List<String> ids = List.of("uninformed", "informed", "interested", "buyer", "purchased", "loyal");
    for (int i = 0; i + 1 < ids.size(); i++) {
      builder.transition(Transition.advance(ids.get(i), ids.get(i + 1)));
      builder.transition(Transition.rollBack(ids.get(i + 1), ids.get(i)));
    }
    return builder.buildOrThrow();
  }

  static Journey nineStages() {
    Journey.Builder builder =
        Journey.builder("nine-stages", "Nine stages: the bread example")
            .stage(Stage.of("no-need", "No need", "Be seen before the need appears"))
            .stage(Stage.of("need-awareness", "Need awareness", "Remind of the need"))
            .stage(Stage.of("information-search", "Information search", "Be found and get the contact"))
            .stage(Stage.of("comparing-options", "Comparing options", "Win the comparison"))
            .stage(Stage.of("getting-to-know-the-company", "Getting to know the company", "Earn trust"))
            .stage(Stage.of("purchase", "Purchase", "Make buying easy"))
            .stage(Stage.of("usage-experience", "Usage experience", "Follow up on quality"))
            .stage(Stage.of("repeat-purchase", "Repeat purchase", "Reward coming back"))
            .stage(Stage.builder().id("brand-advocate").name("Brand advocate").isFinal(true).build())
            .touchpoint(Touchpoint.of("seo", "SEO", Channel.SEARCH, "information-search"));
    List<String> ids =
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
    for (int i = 0; i + 1 < ids.size(); i++) {
      builder.transition(Transition.advance(ids.get(i), ids.get(i + 1)));
    }
    return builder
        .transition(Transition.skip("information-search", "purchase", "Knows what to buy"))
        .transition(Transition.loop("repeat-purchase", "no-need", "Re-warming"))
        .transition(Transition.loop("repeat-purchase", "need-awareness", "Re-warming"))
        .transition(Transition.skip("no-need", "getting-to-know-the-company", "Referred by a brand advocate"))
        .transition(Transition.skip("no-need", "purchase", "Referred by a brand advocate"))
        .buildOrThrow();
  }
}
