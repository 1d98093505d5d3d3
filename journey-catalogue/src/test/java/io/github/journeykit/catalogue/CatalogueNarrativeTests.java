package io.github.journeykit.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.journeykit.catalogue.CatalogueScenarioTests.Walk;
import io.github.journeykit.model.CustomerChurned;
import io.github.journeykit.model.CustomerStatus;
import io.github.journeykit.model.Event;
import io.github.journeykit.model.ExperienceReported.Experience;
import io.github.journeykit.model.MessageIgnored;
import io.github.journeykit.model.MessageOpened;
import io.github.journeykit.model.Outcome;
import io.github.journeykit.model.PurchaseMade;
import io.github.journeykit.model.ReviewLeft;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each ready-made journey walked through its article's own story, checking at every step what the
 * company says next: the message of the stage the customer is at, or why there is none (issue 16).
 */
class CatalogueNarrativeTests {

  /**
   * [000]: a passer-by who does not know us sees the ad; a first contact with the manager finds out
   * money, need and decision; two of three make them interested, all three a buyer; the first
   * purchase, the second makes them loyal; one who buys elsewhere turns blue and is asked back.
   */
  @Test
  void salesFunnelSaysAtEveryStageWhatMovesTheCustomerOn() {
    Walk olga = new Walk("sales-funnel");

    olga.says(Outcome.DONT_KNOW);
    assertThat(olga.stage()).isEqualTo("uninformed");
    assertThat(olga.sent()).as("the ad again, in another place").containsExactly("we-exist");

    olga.says(Outcome.YES);
    assertThat(olga.stage()).isEqualTo("informed");
    assertThat(olga.sent()).as("the first contact: a consultation").containsExactly("qualify");

    olga.meets("money").meets("need").says(Outcome.YES);
    assertThat(olga.stage()).isEqualTo("interested");
    assertThat(olga.sent())
        .as("what answers the missing criterion")
        .containsExactly("close-the-gap");

    olga.says(Outcome.YES);
    assertThat(olga.stage()).as("the gate: all three criteria").isEqualTo("interested");
    assertThat(olga.sent()).as("no move, no offer").isEmpty();

    olga.meets("decision").says(Outcome.YES);
    assertThat(olga.stage()).isEqualTo("buyer");
    assertThat(olga.sent()).containsExactly("offer");

    olga.buys();
    assertThat(olga.stage()).isEqualTo("purchased");
    assertThat(olga.sent()).as("what to buy next").containsExactly("second-purchase");

    olga.buys();
    assertThat(olga.stage()).isEqualTo("loyal");

    olga.then(CustomerChurned::new);
    assertThat(olga.position.status()).isEqualTo(CustomerStatus.BLUE);
    assertThat(olga.sent()).as("a blue customer is asked back").containsExactly("win-back");

    olga.says(Outcome.YES);
    assertThat(olga.position.status()).isEqualTo(CustomerStatus.ACTIVE);
  }

  /**
   * [000]: the entry point, a problem with no solution; comparing the solutions; choosing the
   * product on objective and subjective criteria; choosing the seller, fears answered; after the
   * purchase, add-ons for a positive experience.
   */
  @Test
  void awarenessLadderAnswersEachStepOfTheLadder() {
    Walk ivan = new Walk("awareness-ladder");

    ivan.says(Outcome.DONT_KNOW);
    assertThat(ivan.sent()).containsExactly("problem-content");

    ivan.says(Outcome.YES);
    assertThat(ivan.stage()).isEqualTo("comparing-solutions");
    assertThat(ivan.sent()).containsExactly("comparison");

    ivan.says(Outcome.YES);
    assertThat(ivan.stage()).isEqualTo("choosing-product");
    assertThat(ivan.sent()).containsExactly("product-criteria");

    ivan.meets("price").meets("consultation").says(Outcome.YES);
    assertThat(ivan.stage()).isEqualTo("choosing-seller");
    assertThat(ivan.sent()).as("the fears of choosing a seller").containsExactly("fears");

    ivan.says(Outcome.NO);
    assertThat(ivan.stage()).isEqualTo("choosing-product");
    assertThat(ivan.sent())
        .as("back a step: the criteria again")
        .containsExactly("product-criteria");
  }

  /**
   * [002]: the need, the comparison, the deal, the experience of use; a negative experience sends
   * the customer back to the need, where the company tells them where it is again.
   */
  @Test
  void loyaltyLoopTellsACustomerWhoComesBackToTheNeedWhereWeAre() {
    Walk anna = new Walk("loyalty-loop");

    anna.says(Outcome.DONT_KNOW);
    assertThat(anna.sent()).containsExactly("where-you-are");

    anna.says(Outcome.YES);
    assertThat(anna.stage()).isEqualTo("comparison");
    assertThat(anna.sent()).containsExactly("positioning");

    anna.says(Outcome.YES).buys();
    assertThat(anna.stage()).isEqualTo("user-experience");
    assertThat(anna.sent()).containsExactly("how-to-use");

    anna.experiences(Experience.NEGATIVE);
    assertThat(anna.stage()).isEqualTo("need-awareness");
    assertThat(anna.sent()).containsExactly("where-you-are");
  }

  /**
   * [003], the bread example: no need yet, the need, the search, the comparison, getting to know
   * the company; each stage with the tool the article gives it.
   */
  @Test
  void nineStagesUsesTheToolOfEachStage() {
    Walk boris = new Walk("nine-stages");

    boris.says(Outcome.DONT_KNOW);
    assertThat(boris.sent()).as("seen in the feed").containsExactly("be-seen");

    boris.says(Outcome.YES);
    assertThat(boris.stage()).isEqualTo("need-awareness");
    assertThat(boris.sent()).containsExactly("morning-newsletter");

    boris.says(Outcome.YES);
    assertThat(boris.stage()).isEqualTo("information-search");
    assertThat(boris.sent()).containsExactly("free-consultation");

    boris.says(Outcome.YES);
    assertThat(boris.stage()).isEqualTo("comparing-options");
    assertThat(boris.sent()).containsExactly("comparison-article");

    boris.says(Outcome.YES);
    assertThat(boris.stage()).isEqualTo("getting-to-know-the-company");
    assertThat(boris.sent()).containsExactly("reviews-on-maps");
  }

  /** A re-warmed regular of the nine stages who buys again makes a repeat purchase (issue 16). */
  @Test
  void nineStagesRegularWhoBuysAfterReWarmingMakesARepeatPurchase() {
    Walk olga = new Walk("nine-stages");
    olga.says(Outcome.YES).says(Outcome.YES).buys().experiences(Experience.POSITIVE).buys();
    assertThat(olga.stage()).isEqualTo("repeat-purchase");
    olga.timePasses(java.time.Duration.ofDays(60));
    assertThat(olga.stage()).isEqualTo("need-awareness");

    olga.buys();

    assertThat(olga.stage())
        .as("a regular, not stranded at need awareness")
        .isEqualTo("repeat-purchase");
    assertThat(olga.position.purchases()).isEqualTo(3);
  }

  /** [002]: a purchase is what starts the experience of use, wherever the customer was. */
  @Test
  void loyaltyLoopPurchaseWhileStillFeelingTheNeedStartsTheExperience() {
    Walk anna = new Walk("loyalty-loop");

    anna.buys();

    assertThat(anna.stage()).isEqualTo("user-experience");
    assertThat(anna.sent()).containsExactly("how-to-use");
  }

  /** [003]: any one readiness signal makes the customer warm and ready to close. */
  @Test
  void salesConversationClosesOnAnyReadinessSignalOrASaleAtAnyPoint() {
    Walk ivan = new Walk("sales-conversation");
    ivan.says(Outcome.YES);
    assertThat(ivan.stage()).isEqualTo("discover-needs");

    ivan.meets("agrees-to-buy");

    assertThat(ivan.stage()).isEqualTo("close");
    assertThat(ivan.sent()).containsExactly("urgent-bonus");

    Walk anna = new Walk("sales-conversation");
    anna.buys();
    assertThat(anna.stage()).as("a sale closes the conversation").isEqualTo("close");
    assertThat(anna.position.criteria()).containsExactly("agrees-to-buy");
  }

  /**
   * [002]: the reminder is used systematically; a regular who lets it pass is reminded again a
   * month later, and again, never parked for good.
   */
  @Test
  void loyaltyLoopRemindsAQuietRegularSystematically() {
    Walk anna = new Walk("loyalty-loop");
    anna.buys().experiences(Experience.POSITIVE);
    assertThat(anna.stage()).isEqualTo("loyalty-loop");

    anna.timePasses(java.time.Duration.ofDays(30));
    assertThat(anna.stage()).isEqualTo("repeat-reminder");
    assertThat(anna.sent()).containsExactly("repeat-reminder");

    anna.timePasses(java.time.Duration.ofDays(10));
    assertThat(anna.sent()).as("not every day: unobtrusive").isEmpty();
    anna.timePasses(java.time.Duration.ofDays(20));
    assertThat(anna.sent()).containsExactly("repeat-reminder");
    anna.timePasses(java.time.Duration.ofDays(30));
    assertThat(anna.sent()).containsExactly("repeat-reminder");
    assertThat(anna.position.facts().message("repeat-reminder").timesSent()).isEqualTo(3);
    anna.then(at -> new MessageIgnored("repeat-reminder", at));
    assertThat(anna.sent())
        .as("let pass, another channel: a call")
        .containsExactly("reminder-call");
    assertThat(anna.stage()).isEqualTo("repeat-reminder");

    anna.says(Outcome.YES);
    assertThat(anna.stage()).as("back on the loyalty loop").isEqualTo("loyalty-loop");
  }

  /**
   * [003]: "no letter opened for more than three months" is a trigger: the we-miss-you letter goes
   * out once per silence, also to one who never opened a letter, and a purchase does not end the
   * silence; an opened letter does.
   */
  @Test
  void emailSchemeMissesASilentSubscriberOncePerSilence() {
    Walk dmitry = new Walk("email-scheme");
    dmitry.after(java.time.Duration.ofDays(50)).buys();

    dmitry.timePasses(java.time.Duration.ofDays(41));
    assertThat(dmitry.sent())
        .as("91 days without opening a letter, a purchase in between")
        .contains("we-miss-you");
    dmitry.timePasses(java.time.Duration.ofDays(30));
    assertThat(dmitry.sent()).as("once per silence").doesNotContain("we-miss-you");

    dmitry.then(at -> new io.github.journeykit.model.MessageOpened("payment-success", at));
    dmitry.timePasses(java.time.Duration.ofDays(60));
    assertThat(dmitry.sent()).doesNotContain("we-miss-you");
    dmitry.timePasses(java.time.Duration.ofDays(31));
    assertThat(dmitry.sent()).as("a new silence, a new letter").contains("we-miss-you");
  }

  /**
   * [003]: Dmitry built a summer house and needs furniture. He downloads the price list; letters
   * answer his questions one by one, about the company, delivery, payment, examples, reviews, then
   * the letter about A. He opens it and is invited to order; he orders and does not pay, and is
   * reminded; he pays, receives the order, is asked whether he liked it, opens that letter and is
   * asked for a review, and thanked for it. Each variative step has its two branches: Nikolai, who
   * opens nothing, gets letter E and a discount instead.
   */
  @Test
  void emailSchemeAnswersDmitrysQuestionsAndFollowsHisOrder() {
    Walk dmitry = new Walk("email-scheme");
    dmitry.meets("subscribed");
    assertThat(dmitry.sent()).as("the first touch").containsExactly("welcome");
    for (String letter :
        List.of("about-delivery", "about-payment", "about-examples", "about-reviews", "about-a")) {
      dmitry.timePasses(Duration.ofDays(1));
      assertThat(dmitry.sent()).as("a day after the last letter").isEmpty();
      dmitry.timePasses(Duration.ofDays(1));
      assertThat(dmitry.sent()).as("two days after the last letter").containsExactly(letter);
    }
    dmitry.timePasses(Duration.ofDays(10));
    assertThat(dmitry.sent()).as("each letter once").isEmpty();

    dmitry.then(at -> new MessageOpened("about-a", at));
    assertThat(dmitry.sent()).containsExactly("invite-to-order");

    dmitry.meets("ordered");
    assertThat(dmitry.stage()).isEqualTo("order-placed");
    assertThat(dmitry.sent()).containsExactly("order-received");
    dmitry.timePasses(Duration.ofHours(2));
    assertThat(dmitry.sent()).containsExactly("payment-reminder");

    dmitry.buys();
    assertThat(dmitry.stage()).isEqualTo("paid");
    assertThat(dmitry.sent()).containsExactly("payment-success");
    dmitry.timePasses(Duration.ofHours(12)).meets("received");
    assertThat(dmitry.stage())
        .as("received the order: a trigger letter")
        .isEqualTo("after-purchase");
    assertThat(dmitry.sent()).containsExactly("did-you-like-it");

    dmitry.then(at -> new MessageOpened("did-you-like-it", at));
    assertThat(dmitry.sent()).containsExactly("review-request");
    dmitry.then(ReviewLeft::new);
    assertThat(dmitry.sent()).containsExactly("thank-you");

    Walk nikolai = new Walk("email-scheme");
    nikolai.meets("subscribed");
    for (int letter = 0; letter < 5; letter++) {
      nikolai.timePasses(Duration.ofDays(2));
    }
    nikolai.then(at -> new MessageIgnored("about-a", at));
    assertThat(nikolai.sent()).as("the other branch").containsExactly("message-e");
    nikolai.buys();
    nikolai.timePasses(Duration.ofDays(3));
    assertThat(nikolai.stage())
        .as("no receipt known: three days after payment")
        .isEqualTo("after-purchase");
    assertThat(nikolai.sent()).containsExactly("did-you-like-it");
    nikolai.then(at -> new MessageIgnored("did-you-like-it", at));
    assertThat(nikolai.sent()).as("the other branch").containsExactly("discount");
  }

  /**
   * [003]: the web studio is paid 25 / 60 / 15 of the contract's value, before each part of the
   * work. Olga signs a contract of 100,000 and is invoiced 25 %; a payment of 10,000 is credited
   * but starts nothing, a second of 15,000 completes the prepayment and starts the design; the
   * layout waits for 85 % in all. Pavel pays 30,000 (the article: a prepayment of 25-30 %) before
   * he signs, and his signature starts the design with no second invoice. Sergei rejects two
   * mock-ups: the contract ends and the studio keeps his prepayment.
   */
  @Test
  void webStudioIsPaidItsSharesBeforeEachPartOfTheWork() {
    Walk olga = new Walk("web-studio");
    olga.says(Outcome.YES).says(Outcome.YES).says(Outcome.YES).says(Outcome.YES);
    assertThat(olga.stage()).isEqualTo("contract");
    olga.then(at -> signed(olga, "100000", at));
    assertThat(olga.stage()).isEqualTo("prepayment");
    assertThat(olga.sent()).containsExactly("invoice-25");
    olga.then(at -> paid("10000", at));
    assertThat(olga.stage()).as("10 % of the value starts nothing").isEqualTo("prepayment");
    assertThat(olga.last.explanation().toString())
        .contains("paid is 10000, needs at least 25 % of contract-value (25000)");
    olga.then(at -> paid("15000", at));
    assertThat(olga.stage()).isEqualTo("design");
    assertThat(olga.position.facts().sum("paid")).isEqualByComparingTo("25000");
    olga.says(Outcome.YES);
    assertThat(olga.stage()).isEqualTo("design-acceptance");
    assertThat(olga.sent()).containsExactly("invoice-60");
    olga.then(at -> paid("50000", at));
    assertThat(olga.stage()).as("75 % in all: not yet the layout").isEqualTo("design-acceptance");
    olga.then(at -> paid("10000", at));
    assertThat(olga.stage()).isEqualTo("layout");

    Walk pavel = new Walk("web-studio");
    pavel.says(Outcome.YES).says(Outcome.YES).says(Outcome.YES).says(Outcome.YES);
    pavel.then(at -> paid("30000", at));
    assertThat(pavel.stage()).as("no contract value yet: the payment waits").isEqualTo("contract");
    pavel.then(at -> signed(pavel, "100000", at));
    assertThat(pavel.stage()).as("the prepayment is credited").isEqualTo("design");
    assertThat(pavel.sent()).as("not invoiced again").isEmpty();

    Walk sergei = new Walk("web-studio");
    sergei.says(Outcome.YES).says(Outcome.YES).says(Outcome.YES).says(Outcome.YES);
    sergei.then(at -> signed(sergei, "80000", at)).then(at -> paid("20000", at));
    assertThat(sergei.stage()).isEqualTo("design");
    sergei.says(Outcome.NO);
    assertThat(sergei.sent()).containsExactly("new-mockup");
    sergei.says(Outcome.NO);
    assertThat(sergei.stage()).isEqualTo("terminated");
    assertThat(sergei.sent()).containsExactly("termination");
    assertThat(sergei.position.facts().attribute("prepayment-kept")).contains(true);
    assertThat(sergei.position.facts().sum("paid")).isEqualByComparingTo("20000");
    assertThat(sergei.position.status()).isEqualTo(CustomerStatus.ACTIVE);
  }

  /** The web studio's contract signed, with its value. */
  static Event signed(Walk client, String value, Instant at) {
    return Event.of(
        client.engine.journey().eventType("contract_signed").get(),
        at,
        "value",
        new BigDecimal(value));
  }

  /** A payment of an amount. */
  static Event paid(String amount, Instant at) {
    return new PurchaseMade(Option.none(), Option.of(new BigDecimal(amount)), at);
  }

  /**
   * [004]: the draft contract goes out only when the buying centre lets the account into the
   * negotiation; a yes the gate refuses sends nothing, however often it is said.
   */
  @Test
  void b2bSendsTheDraftContractOnlyWhenTheBuyingCentreAgrees() {
    Walk account = new Walk("b2b");
    account.says(Outcome.YES).says(Outcome.YES);
    assertThat(account.stage()).isEqualTo("decision");

    for (int i = 0; i < 3; i++) {
      account.says(Outcome.YES);
      assertThat(account.stage()).isEqualTo("decision");
      assertThat(account.sent()).as("the gate kept the account at the decision").isEmpty();
    }
    account.meets("decision-maker-agrees").says(Outcome.YES);
    assertThat(account.stage()).isEqualTo("decision");
    assertThat(account.last.explanation().toString())
        .as("the weights are the personas' relative importance")
        .contains(
            "needs the members who agreed to weigh at least 0.7 (director 0.5, chief-engineer 0.3,"
                + " operator 0.2); director has agreed, weighing 0.5");
    account.meets("influencer-agrees").says(Outcome.YES);

    assertThat(account.stage()).isEqualTo("contract-negotiation");
    assertThat(account.sent()).containsExactly("contract-draft");
  }

  /**
   * [000]: grey customers are of two kinds, not target customers and those who refuse on principle;
   * every ready-made journey records which.
   */
  @Test
  void everyJourneyRecordsWhyAGreyCustomerIsGrey() {
    for (String id : Catalogue.ids()) {
      Walk notTarget = new Walk(id);
      notTarget.then(
          at ->
              new io.github.journeykit.model.CustomerRefused(
                  io.vavr.control.Option.of(
                      io.github.journeykit.model.CustomerRefused.Reason.NOT_TARGET),
                  at));
      Walk onPrinciple = new Walk(id);
      onPrinciple.then(
          at ->
              new io.github.journeykit.model.CustomerRefused(
                  io.vavr.control.Option.of(
                      io.github.journeykit.model.CustomerRefused.Reason.ON_PRINCIPLE),
                  at));

      assertThat(notTarget.position.status()).as(id).isEqualTo(CustomerStatus.GREY);
      assertThat(notTarget.position.facts().attribute("grey-cause").get())
          .as(id)
          .isEqualTo("not_target");
      assertThat(onPrinciple.position.facts().attribute("grey-cause").get())
          .as(id)
          .isEqualTo("on_principle");
    }
  }
}
