package io.github.journeykit.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.journeykit.model.BlueprintLayer;
import io.github.journeykit.model.Change;
import io.github.journeykit.model.Channel;
import io.github.journeykit.model.Journey;
import io.github.journeykit.model.Stage;
import io.github.journeykit.model.Touchpoint;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.function.Function;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The lanes of each ready-made journey's map, filled where its article fills them and nowhere else:
 * the customer's actions, thoughts and pain points at the touchpoints of each stage, the changes to
 * make, the owners and the service blueprint behind them, and the company's goals and KPIs for each
 * stage. Each test names the article's passage it checks.
 */
class CatalogueLanesTests {

  static Journey journey(String id) {
    return Catalogue.get(id).getOrElseThrow(() -> new AssertionError("no journey " + id)).journey();
  }

  static Stage stage(Journey journey, String id) {
    return journey.stage(id).getOrElseThrow(() -> new AssertionError("no stage " + id));
  }

  /** A lane of a stage as the map shows it: the items of the touchpoints placed at the stage. */
  static String lane(Journey journey, String stage, Function<Touchpoint, Seq<String>> items) {
    return journey.touchpointsAt(stage).flatMap(items).distinct().mkString("\n");
  }

  static String actions(Journey journey, String stage) {
    return lane(journey, stage, Touchpoint::customerActions);
  }

  static String thoughts(Journey journey, String stage) {
    return lane(journey, stage, Touchpoint::thoughtsAndFeelings);
  }

  static String painPoints(Journey journey, String stage) {
    return lane(journey, stage, Touchpoint::painPoints);
  }

  static String changes(Journey journey, String stage) {
    return lane(
        journey, stage, t -> t.changes().map(c -> c.what() + " | " + c.how() + " | " + c.why()));
  }

  static String blueprint(Journey journey, String stage, BlueprintLayer layer) {
    return lane(journey, stage, t -> t.blueprint().get(layer).getOrElse(List.empty()));
  }

  static String touchpointNames(Journey journey, String stage) {
    return journey.touchpointsAt(stage).map(Touchpoint::name).mkString("\n");
  }

  /** No article gives a number for a customer's emotion, so no journey has an emotion score. */
  @Test
  void noJourneyHasAnEmotionScoreForNoArticleGivesOne() {
    for (String id : Catalogue.ids()) {
      assertThat(journey(id).touchpoints().flatMap(Touchpoint::emotion))
          .as("the emotion scores of %s", id)
          .isEmpty();
    }
  }

  /** Every journey's article says what the customer does somewhere, and what the company wants. */
  @Test
  void everyJourneyHasTheCustomersLanesAndTheCompanysGoals() {
    for (String id : Catalogue.ids()) {
      Journey journey = journey(id);
      assertThat(journey.touchpoints().flatMap(Touchpoint::customerActions))
          .as("the customer's actions in %s", id)
          .isNotEmpty();
      assertThat(journey.stages().flatMap(Stage::goals))
          .as("the company's goals in %s", id)
          .isNotEmpty();
    }
  }

  @Nested
  class SalesFunnel {
    final Journey funnel = journey("sales-funnel");

    /** [000]: the manager's task is to move the customer on, step by step, in several touches. */
    @Test
    void everyStageButTheLastHasTheManagersTask() {
      for (Stage stage : funnel.stages().init()) {
        assertThat(stage.goals().mkString())
            .as(stage.id())
            .contains("next stage", "several touches");
      }
      assertThat(funnel.lastStage().goals()).isEmpty();
    }

    /**
     * [000]: an informed customer saw our ad or talked to a manager in the store or on the phone; a
     * bad conversation makes a customer who always answers "no thanks, I need nothing".
     */
    @Test
    void anInformedCustomerMetTheAdsOrAManagerWhomABadConversationTurnsGrey() {
      assertThat(actions(funnel, "informed")).contains("ad", "in the store", "on the phone");
      assertThat(painPoints(funnel, "interested")).contains("\"no thanks, I need nothing\"");
      assertThat(funnel.touchpoint("phone-call").get().owner()).contains("Sales manager");
      assertThat(funnel.touchpoint("store-manager").get().owner()).contains("Sales manager");
    }
  }

  @Nested
  class AwarenessLadder {
    final Journey ladder = journey("awareness-ladder");

    /** [000]: the seven ways customers look for and compare offers, each a touchpoint. */
    @Test
    void customersCompareOffersInTheSevenWaysTheArticleNames() {
      assertThat(actions(ladder, "comparing-solutions"))
          .contains(
              "search engines",
              "forums",
              "acquaintances",
              "exhibitions",
              "shops and offices",
              "specialised literature",
              "YouTube");
      assertThat(ladder.touchpointsAt("comparing-solutions")).hasSize(7);
    }

    /** [000]: the fears to work through when the customer chooses the seller. */
    @Test
    void choosingTheSellerHasTheFourFears() {
      assertThat(ladder.touchpointsAt("choosing-seller").flatMap(Touchpoint::painPoints))
          .filteredOn(pain -> pain.startsWith("Fear"))
          .hasSize(4);
      assertThat(painPoints(ladder, "choosing-seller"))
          .contains("poor-quality", "incomplete delivery", "new supplier", "not solve their task");
    }

    /** [000]: the loyalty circle's aim, what it raises, and the human and technical factors. */
    @Test
    void theLoyaltyCircleHasItsGoalItsMeasuresAndItsFactorsBehindTheScenes() {
      Stage circle = stage(ladder, "loyalty-circle");
      assertThat(circle.goals().mkString()).contains("brand");
      assertThat(circle.kpis().mkString("\n")).contains("repeat purchases", "positive reviews");
      for (BlueprintLayer layer : BlueprintLayer.values()) {
        assertThat(blueprint(ladder, "loyalty-circle", layer)).as(layer.name()).isNotEmpty();
      }
    }
  }

  @Nested
  class LoyaltyLoop {
    final Journey loop = journey("loyalty-loop");

    /** [002]: what stops a deal, and the key task of finding and removing it. */
    @Test
    void theDealHurtsWithTheReasonsADealIsLost() {
      assertThat(loop.touchpointsAt("deal").flatMap(Touchpoint::painPoints)).hasSize(5);
      assertThat(painPoints(loop, "deal"))
          .contains("cash only", "queues", "out of stock", "bad mood", "late");
      assertThat(changes(loop, "deal")).contains("remove");
    }

    /** [002]: after buying, the customer weighs the need, the supplier and the expectations. */
    @Test
    void afterBuyingTheCustomerAsksWhetherTheChoiceWasRight() {
      assertThat(thoughts(loop, "user-experience"))
          .contains("need fully met", "right supplier", "expected");
      assertThat(changes(loop, "user-experience")).contains("Never make me think");
    }

    /** [002]: the reminder comes by SMS, email or a call, because customers forget us. */
    @Test
    void theReminderComesBySmsEmailOrCall() {
      assertThat(loop.touchpointsAt("repeat-reminder").map(Touchpoint::channel))
          .containsExactly(Channel.SMS, Channel.EMAIL, Channel.PHONE);
      assertThat(painPoints(loop, "repeat-reminder")).contains("forgets us");
      assertThat(stage(loop, "repeat-reminder").goals().mkString()).contains("systematically");
    }
  }

  @Nested
  class NineStages {
    final Journey nine = journey("nine-stages");

    /** [003]: the bread example gives the customer's thought at each of the nine stages. */
    @Test
    void everyStageHasTheBreadExamplesThought() {
      Seq<String> thoughts =
          List.of(
              "Does not want anything yet",
              "I need to go and buy some bread",
              "Where could I buy some bread?",
              "at the bakery or at the Pyaterochka supermarket?",
              "Wow! Bread from bakery X!",
              "Oh, these queues at the tills",
              "Tasty bread! I must buy it again!",
              "I've bought this bread before!",
              "remember how tasty it is?");
      assertThat(nine.stages()).hasSameSizeAs(thoughts);
      nine.stages()
          .zip(thoughts)
          .forEach(
              pair ->
                  assertThat(thoughts(nine, pair._1().id()))
                      .as(pair._1().id())
                      .contains(pair._2()));
    }

    /** [003]: the tools the article lists for each stage, each a touchpoint of the stage. */
    @Test
    void everyStageHasTheToolsTheArticleNames() {
      assertThat(touchpointNames(nine, "no-need"))
          .contains(
              "Topical collections",
              "Short-video",
              "feeds",
              "Influencers",
              "Review articles",
              "SMM",
              "Brand media");
      assertThat(touchpointNames(nine, "need-awareness"))
          .contains("Newsletters", "Push", "Webinars", "SMM", "Blogs");
      assertThat(touchpointNames(nine, "information-search"))
          .contains(
              "SEO",
              "Aggregators",
              "Contextual",
              "targeted",
              "retargeting",
              "SMM",
              "Banner",
              "feedback form");
      assertThat(touchpointNames(nine, "comparing-options"))
          .contains("Reviews", "comparison articles", "Video reviews");
      assertThat(touchpointNames(nine, "getting-to-know-the-company"))
          .contains("Reputation", "Manager response");
      assertThat(touchpointNames(nine, "purchase")).contains("CRM reminders", "Review request");
      assertThat(touchpointNames(nine, "usage-experience"))
          .contains("User-generated content", "Quality follow-up calls");
      assertThat(touchpointNames(nine, "repeat-purchase"))
          .contains("Bonus programme", "6th coffee");
      assertThat(touchpointNames(nine, "brand-advocate")).contains("Referral", "ambassadors");
    }

    /** [003]: each stage's aim; the purchase's queues; the repeat purchase's average purchase. */
    @Test
    void everyStageHasItsGoalAndTheArticlesPainsAndMeasure() {
      for (Stage stage : nine.stages()) {
        assertThat(stage.goals()).as(stage.id()).isNotEmpty();
      }
      assertThat(painPoints(nine, "purchase")).contains("Queues at the tills", "No reminders");
      assertThat(painPoints(nine, "getting-to-know-the-company")).contains("Bad reviews");
      assertThat(stage(nine, "repeat-purchase").kpis()).containsExactly("The average purchase");
      assertThat(blueprint(nine, "information-search", BlueprintLayer.TECHNOLOGY)).contains("CRM");
    }
  }

  @Nested
  class B2b {
    final Journey b2b = journey("b2b");

    /**
     * [004]: the company's own goals at every stage: the relationship, trust and loyalty, keeping
     * the client and meeting their needs; measured by retention and satisfaction, not only by
     * conversion.
     */
    @Test
    void everyStageCarriesTheCompanysOwnGoalsAndMeasures() {
      for (Stage stage : b2b.stages()) {
        assertThat(stage.goals().mkString("\n"))
            .as(stage.id())
            .contains("relationship", "trust and loyalty", "Keep the client", "needs");
        assertThat(stage.kpis().mkString("\n"))
            .as(stage.id())
            .contains("retention", "needs are met", "Conversion");
      }
    }

    /** [004]: B2B buyers use B2C channels, follow a formal process and decide on logic. */
    @Test
    void buyersLookForInformationAsB2cBuyersDoAndDecideOnLogicWithEmotions() {
      assertThat(actions(b2b, "awareness"))
          .contains("websites", "blogs", "search engines", "social networks", "word of mouth");
      assertThat(actions(b2b, "decision")).contains("budget cycles");
      assertThat(thoughts(b2b, "decision")).contains("efficiency", "logic", "emotions");
    }
  }

  @Nested
  class SalesConversation {
    final Journey conversation = journey("sales-conversation");

    /** [003]: the article states the aim of each of the five stages. */
    @Test
    void everyStageHasTheAimTheArticleGivesIt() {
      assertThat(conversation.stages().map(s -> s.goals().size())).containsOnly(1);
      assertThat(stage(conversation, "make-contact").goals().head()).contains("attention");
      assertThat(stage(conversation, "work-through-objections").goals().head())
          .contains("distrust");
      assertThat(stage(conversation, "work-through-objections").kpis().mkString())
          .contains("number of objections");
    }

    /** [003]: the twenty phone rules behind the call, the shop's standards behind the showroom. */
    @Test
    void theCallFollowsThePhoneRulesAndTheShowroomTheStandards() {
      Touchpoint call = conversation.touchpoint("call").get();
      assertThat(call.owner()).contains("Sales manager");
      assertThat(call.blueprint().get(BlueprintLayer.POLICIES).get())
          .hasSizeGreaterThanOrEqualTo(15)
          .anySatisfy(rule -> assertThat(rule).contains("Do not apologise for calling"));
      assertThat(blueprint(conversation, "close", BlueprintLayer.POLICIES))
          .contains("Call the customer by name", "Tell the truth");
    }
  }

  @Nested
  class WebStudio {
    final Journey studio = journey("web-studio");

    /** [003]: the 25 / 60 / 15 schedule, so that a break never leaves the studio out of pocket. */
    @Test
    void everyPaymentIsThereSoThatABreakNeverLeavesTheStudioOutOfPocket() {
      for (String payment : List.of("prepayment", "design-acceptance", "support-contract")) {
        assertThat(stage(studio, payment).goals().mkString()).as(payment).contains("out of pocket");
      }
    }

    /** [003]: the client's steps and the studio's conduct, where the handbook describes them. */
    @Test
    void theHandbooksStepsHaveTheirLanes() {
      assertThat(actions(studio, "first-contact")).contains("brief", "admin panel");
      assertThat(blueprint(studio, "first-contact", BlueprintLayer.POLICIES))
          .contains("within the working day");
      assertThat(actions(studio, "meeting")).contains("Tells about the project");
      assertThat(blueprint(studio, "meeting", BlueprintLayer.PROCESSES))
          .contains("following the meeting");
      assertThat(actions(studio, "design")).contains("mock-up");
      assertThat(painPoints(studio, "testing-and-content")).contains("content");
      assertThat(painPoints(studio, "support-contract")).contains("questions and changes");
    }

    /** The handbook's advice to offer the client's people a kickback is not the studio's policy. */
    @Test
    void noKickbackIsOffered() {
      assertThat(
              studio
                  .touchpoints()
                  .flatMap(t -> t.blueprint().values().flatMap(v -> v))
                  .mkString("\n")
                  .toLowerCase(java.util.Locale.ROOT))
          .isNotEmpty()
          .doesNotContain("kickback");
    }
  }

  @Nested
  class EmailScheme {
    final Journey scheme = journey("email-scheme");

    /** [003]: the guide's example of a pain point, and how to soften it. */
    @Test
    void theCheckoutHurtsWithAnUnexpectedDeliveryCost() {
      assertThat(painPoints(scheme, "order-placed")).contains("delivery cost");
      assertThat(scheme.touchpointsAt("order-placed").flatMap(Touchpoint::changes).map(Change::how))
          .anySatisfy(how -> assertThat(how).contains("frequently asked questions"));
    }

    /** [003]: Dmitry's price list, his questions, his review and coupon, and what he tells. */
    @Test
    void dmitrysStepsHaveTheirLanes() {
      assertThat(actions(scheme, "acquaintance")).contains("price list");
      assertThat(thoughts(scheme, "acquaintance")).contains("not ready to buy");
      assertThat(actions(scheme, "order-placed")).contains("does not pay");
      assertThat(actions(scheme, "after-purchase")).contains("review", "coupon");
      assertThat(actions(scheme, "segmentation")).contains("birthday", "children", "pets");
      assertThat(changes(scheme, "after-purchase")).contains("forgotten");
    }
  }
}
