package io.github.journeykit.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.journeykit.model.CriterionMet;
import io.github.journeykit.model.CustomerRefused;
import io.github.journeykit.model.CustomerStatus;
import io.github.journeykit.model.Event;
import io.github.journeykit.model.ExperienceReported;
import io.github.journeykit.model.ExperienceReported.Experience;
import io.github.journeykit.model.InteractionHappened;
import io.github.journeykit.model.MessageIgnored;
import io.github.journeykit.model.MessageOpened;
import io.github.journeykit.model.Outcome;
import io.github.journeykit.model.Position;
import io.github.journeykit.model.PurchaseMade;
import io.github.journeykit.model.ReferralMade;
import io.github.journeykit.model.ReviewLeft;
import io.github.journeykit.model.TimePassed;
import io.github.journeykit.rules.Decision;
import io.github.journeykit.rules.Engine;
import io.github.journeykit.rules.MessageToSend;
import io.github.journeykit.rules.Playbook;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Walks one customer through each ready-made journey, in the domain's words, checking every move
 * the brief names.
 */
class CatalogueScenarioTests {

  /**
   * One customer on one journey, with a clock that moves an hour per event unless told otherwise.
   */
  static final class Walk {
    final Engine engine;
    Position position;
    Instant now = Instant.parse("2026-03-02T09:00:00Z");
    Decision last;

    Walk(String journey) {
      engine = Catalogue.get(journey).get().compile();
      position = engine.journey().newCustomer("olga", now);
    }

    Walk after(Duration time) {
      now = now.plus(time);
      return this;
    }

    Walk then(java.util.function.Function<Instant, Event> event) {
      now = now.plus(Duration.ofHours(1));
      last = engine.decide(position, event.apply(now));
      assertThat(last.isRejected()).as("%s", last.explanation()).isFalse();
      position = last.after();
      return this;
    }

    Walk says(Outcome outcome) {
      return then(at -> new InteractionHappened(outcome, at));
    }

    Walk meets(String criterion) {
      return then(at -> new CriterionMet(criterion, at));
    }

    Walk buys() {
      return then(PurchaseMade::of);
    }

    Walk buys(String product) {
      return then(at -> PurchaseMade.of(product, at));
    }

    Walk experiences(Experience experience) {
      return then(at -> new ExperienceReported(experience, at));
    }

    Walk timePasses(Duration time) {
      now = now.plus(time).minus(Duration.ofHours(1));
      return then(TimePassed::new);
    }

    String stage() {
      return position.stage();
    }

    Seq<String> sent() {
      return last.messages().map(MessageToSend::message).map(message -> message.id());
    }
  }

  @Test
  void theCatalogueHoldsTheEightJourneysOfTheBriefInOrder() {
    assertThat(Catalogue.ids())
        .containsExactly(
            "sales-funnel",
            "awareness-ladder",
            "loyalty-loop",
            "nine-stages",
            "b2b",
            "sales-conversation",
            "web-studio",
            "email-scheme");
    assertThat(Catalogue.all().map(playbook -> playbook.journey().id()))
        .containsExactlyElementsOf(Catalogue.ids());
    assertThat(Catalogue.get("crm").isEmpty()).isTrue();
    for (Playbook playbook : Catalogue.all()) {
      assertThat(playbook.journey().stages())
          .allSatisfy(stage -> assertThat(stage.keyTask().isDefined()).isTrue());
      assertThat(playbook.journey().touchpoints()).isNotEmpty();
      assertThat(playbook.journey().messages())
          .isNotEmpty()
          .allSatisfy(m -> assertThat(m.isComplete()).isTrue());
    }
  }

  @Test
  void salesFunnelAManagerWalksOlgaUpTheLadderAndBack() {
    Walk olga = new Walk("sales-funnel");
    olga.says(Outcome.YES);
    assertThat(olga.stage()).isEqualTo("informed");
    olga.says(Outcome.YES);
    assertThat(olga.stage())
        .as("no criteria yet: the gate of interested holds her")
        .isEqualTo("informed");
    olga.meets("money").meets("need").says(Outcome.YES);
    assertThat(olga.stage()).isEqualTo("interested");
    olga.says(Outcome.DONT_KNOW).meets("decision").says(Outcome.YES);
    assertThat(olga.stage()).isEqualTo("buyer");
    olga.says(Outcome.NO);
    assertThat(olga.stage()).isEqualTo("interested");
    olga.then(CustomerRefused::new);
    assertThat(olga.position.status()).isEqualTo(CustomerStatus.GREY);
    olga.buys();
    assertThat(olga.stage()).isEqualTo("purchased");
    assertThat(olga.position.status()).isEqualTo(CustomerStatus.ACTIVE);
    olga.buys();
    assertThat(olga.stage()).isEqualTo("loyal");
    assertThat(olga.position.purchases()).isEqualTo(2);
  }

  @Test
  void awarenessLadderFromAFeltProblemToTheLoyaltyCircle() {
    Walk olga = new Walk("awareness-ladder");
    olga.says(Outcome.YES).says(Outcome.YES);
    assertThat(olga.stage()).isEqualTo("choosing-product");
    olga.says(Outcome.YES);
    assertThat(olga.stage())
        .as("no criteria met: she cannot choose a seller yet")
        .isEqualTo("choosing-product");
    assertThat(olga.last.explanation().blockedBy().get())
        .contains("needs at least 1 of price, delivery-time, options");
    olga.meets("price").meets("consultation").says(Outcome.YES);
    assertThat(olga.stage()).isEqualTo("choosing-seller");
    olga.buys();
    assertThat(olga.stage()).isEqualTo("after-purchase");
    olga.experiences(Experience.NEGATIVE);
    assertThat(olga.sent()).containsExactly("work-with-negative");
    assertThat(olga.stage()).isEqualTo("after-purchase");
    olga.experiences(Experience.POSITIVE);
    assertThat(olga.stage()).isEqualTo("loyalty-circle");
    assertThat(olga.sent()).containsExactly("add-ons");
    olga.experiences(Experience.NEGATIVE);
    assertThat(olga.stage()).isEqualTo("after-purchase");
  }

  @Test
  void loyaltyLoopANegativeExperienceStartsAgainAndARegularLoopsBackToTheDeal() {
    Walk olga = new Walk("loyalty-loop");
    olga.says(Outcome.YES).says(Outcome.YES);
    assertThat(olga.stage()).isEqualTo("deal");
    olga.buys();
    assertThat(olga.stage()).isEqualTo("user-experience");
    assertThat(olga.sent()).containsExactly("how-to-use");
    olga.experiences(Experience.NEGATIVE);
    assertThat(olga.stage()).as("negative: back to stage 1").isEqualTo("need-awareness");
    olga.says(Outcome.YES).says(Outcome.YES).buys().experiences(Experience.POSITIVE);
    assertThat(olga.stage()).isEqualTo("loyalty-loop");
    olga.says(Outcome.YES);
    assertThat(olga.stage()).as("the loyalty loop goes back to the deal").isEqualTo("deal");
    olga.buys().experiences(Experience.POSITIVE).timePasses(Duration.ofDays(30));
    assertThat(olga.stage()).as("a regular quiet for 30 days").isEqualTo("repeat-reminder");
    assertThat(olga.sent()).containsExactly("repeat-reminder");
    olga.then(at -> new MessageOpened("repeat-reminder", at));
    assertThat(olga.stage())
        .as("the reminder returns her to the loyalty loop")
        .isEqualTo("loyalty-loop");
  }

  @Test
  void nineStagesSkipsReWarmingAndReferrals() {
    Walk olga = new Walk("nine-stages");
    olga.says(Outcome.YES).says(Outcome.YES);
    assertThat(olga.stage()).isEqualTo("information-search");
    olga.buys();
    assertThat(olga.stage())
        .as("information search may go straight to purchase")
        .isEqualTo("purchase");
    olga.experiences(Experience.POSITIVE);
    assertThat(olga.stage()).isEqualTo("usage-experience");
    olga.buys();
    assertThat(olga.stage()).isEqualTo("repeat-purchase");
    olga.timePasses(Duration.ofDays(60));
    assertThat(olga.stage())
        .as("60 quiet days: re-warming from need awareness")
        .isEqualTo("need-awareness");
    assertThat(olga.sent())
        .as("the re-warming letter, then the newsletter of the stage the regular is back at")
        .containsExactly("re-warming", "morning-newsletter");

    Walk ivan = new Walk("nine-stages");
    ivan.says(Outcome.YES)
        .says(Outcome.YES)
        .says(Outcome.YES)
        .says(Outcome.YES)
        .says(Outcome.YES)
        .buys();
    ivan.experiences(Experience.POSITIVE).buys().says(Outcome.NO);
    assertThat(ivan.stage()).as("re-warming from no need").isEqualTo("no-need");

    Walk referred = new Walk("nine-stages");
    referred.then(ReferralMade::new);
    assertThat(referred.stage()).isEqualTo("getting-to-know-the-company");
    Walk decided = new Walk("nine-stages");
    decided.meets("knows-what-to-buy").then(ReferralMade::new);
    assertThat(decided.stage())
        .as("a referred customer who knows what to buy")
        .isEqualTo("purchase");

    Walk advocate = new Walk("nine-stages");
    advocate
        .then(ReferralMade::new)
        .buys()
        .experiences(Experience.POSITIVE)
        .buys()
        .then(ReviewLeft::new);
    assertThat(advocate.stage()).isEqualTo("brand-advocate");
  }

  @Test
  void b2bTheBuyingCentreMustAgreeBeforeTheContract() {
    Walk account = new Walk("b2b");
    account.says(Outcome.YES).says(Outcome.YES);
    assertThat(account.stage()).isEqualTo("decision");
    assertThat(account.sent()).containsExactly("roi-case", "technical-fit");
    account.meets("end-user-agrees").says(Outcome.YES);
    assertThat(account.stage()).isEqualTo("decision");
    assertThat(account.last.explanation().blockedBy().get())
        .isEqualTo(
            "the gate of 'contract-negotiation' does not admit the customer: has not met decision-maker-agrees");
    account.meets("decision-maker-agrees").says(Outcome.YES);
    assertThat(account.stage())
        .as("0.5 + 0.2 of the buying centre agree")
        .isEqualTo("contract-negotiation");
    assertThat(account.sent()).containsExactly("contract-draft");
    account.says(Outcome.NO);
    assertThat(account.stage()).isEqualTo("decision");
    account.says(Outcome.YES).meets("contract-signed");
    assertThat(account.stage()).isEqualTo("delivery-and-use");
    assertThat(account.sent()).containsExactly("training");
    account.experiences(Experience.POSITIVE);
    assertThat(account.stage()).isEqualTo("loyalty");

    Walk demanding = new Walk("b2b");
    demanding.meets("demanding").says(Outcome.YES).says(Outcome.YES);
    assertThat(demanding.stage())
        .as("a demanding client takes the special route")
        .isEqualTo("consideration");
    assertThat(demanding.sent()).containsExactly("pilot-offer");
    demanding.meets("pilot-done").says(Outcome.YES);
    assertThat(demanding.stage()).isEqualTo("decision");
  }

  @Test
  void salesConversationAnyOneReadinessSignalMakesTheCustomerWarm() {
    Walk olga = new Walk("sales-conversation");
    olga.says(Outcome.NO);
    assertThat(olga.stage()).isEqualTo("make-contact");
    assertThat(olga.sent()).containsExactly("another-method");
    olga.says(Outcome.YES).says(Outcome.YES);
    assertThat(olga.stage()).isEqualTo("present-product");
    olga.says(Outcome.NO);
    assertThat(olga.stage()).isEqualTo("work-through-objections");
    olga.says(Outcome.YES);
    assertThat(olga.stage()).as("no readiness signal yet").isEqualTo("work-through-objections");
    olga.meets("asks-about-details");
    assertThat(olga.stage()).as("one signal is enough: she is warm").isEqualTo("close");
    assertThat(olga.sent()).containsExactly("urgent-bonus");
    olga.buys();
    assertThat(olga.position.purchases()).isEqualTo(1);

    for (String signal :
        List.of(
            "agrees-with-arguments", "favourable-view", "asks-about-details", "agrees-to-buy")) {
      Walk ivan = new Walk("sales-conversation");
      ivan.says(Outcome.YES).says(Outcome.YES).meets(signal);
      assertThat(ivan.stage()).as(signal).isEqualTo("close");
    }
  }

  @Test
  void webStudioPaysTwentyFiveSixtyFifteenAndASecondRejectedMockUpEndsTheContract() {
    Walk client = new Walk("web-studio");
    client.says(Outcome.DONT_KNOW);
    assertThat(client.sent()).containsExactly("brief");
    client.meets("brief-received").says(Outcome.YES).says(Outcome.YES);
    assertThat(client.stage()).isEqualTo("estimate");
    assertThat(client.sent())
        .as("a written summary after every meeting")
        .containsExactly("meeting-summary");
    client.says(Outcome.YES).says(Outcome.YES).says(Outcome.YES);
    assertThat(client.stage()).isEqualTo("prepayment");
    assertThat(client.sent()).containsExactly("invoice-25");
    client.buys();
    assertThat(client.stage()).isEqualTo("design");
    assertThat(client.position.hasMet("paid-25")).isTrue();
    client.says(Outcome.DONT_KNOW);
    assertThat(client.sent()).containsExactly("revised-mockup");
    client.says(Outcome.NO);
    assertThat(client.sent()).containsExactly("new-mockup");
    assertThat(client.stage()).isEqualTo("design");
    client.says(Outcome.YES);
    assertThat(client.stage()).isEqualTo("design-acceptance");
    assertThat(client.sent()).containsExactly("invoice-60");
    client.says(Outcome.YES);
    assertThat(client.stage()).as("no layout before the 60 %").isEqualTo("design-acceptance");
    client.buys();
    assertThat(client.stage()).isEqualTo("layout");
    for (int i = 0; i < 5; i++) {
      client.says(Outcome.YES);
    }
    assertThat(client.stage()).isEqualTo("support-contract");
    assertThat(client.sent()).containsExactly("invoice-15");
    client.buys();
    assertThat(client.position.hasMet("paid-15")).isTrue();
    assertThat(client.position.purchases()).isEqualTo(3);

    Walk picky = new Walk("web-studio");
    for (int i = 0; i < 5; i++) {
      picky.says(Outcome.YES);
    }
    picky.buys().says(Outcome.NO).says(Outcome.NO);
    assertThat(picky.sent()).containsExactly("termination");
    assertThat(picky.stage()).as("a terminated contract").isEqualTo("terminated");
    assertThat(picky.position.facts().attribute("prepayment-kept")).contains(true);
    assertThat(picky.position.purchases()).as("the prepayment is kept").isEqualTo(1);
  }

  @Test
  void emailSchemeRemindsToPayThanksForReviewsAndWakesTheSilent() {
    Walk olga = new Walk("email-scheme");
    olga.meets("ordered");
    assertThat(olga.stage()).isEqualTo("order-placed");
    assertThat(olga.sent()).containsExactly("order-received");
    olga.timePasses(Duration.ofHours(1));
    assertThat(olga.sent()).isEmpty();
    olga.timePasses(Duration.ofHours(2));
    assertThat(olga.sent()).as("an hour or two later").containsExactly("payment-reminder");
    olga.timePasses(Duration.ofHours(1));
    assertThat(olga.sent()).as("the first reminder goes once").isEmpty();
    olga.timePasses(Duration.ofDays(1));
    assertThat(olga.sent()).containsExactly("second-payment-reminder");
    olga.buys("a");
    assertThat(olga.stage()).isEqualTo("paid");
    assertThat(olga.sent()).containsExactly("payment-success", "offer-b");
    olga.timePasses(Duration.ofDays(3));
    assertThat(olga.stage()).isEqualTo("after-purchase");
    assertThat(olga.sent()).containsExactly("did-you-like-it");
    olga.then(ReviewLeft::new);
    assertThat(olga.sent()).containsExactly("thank-you");
    olga.meets("pets");
    assertThat(olga.stage()).isEqualTo("segmentation");
    olga.buys("c");
    assertThat(olga.sent()).containsExactly("recommend-d");
    olga.then(at -> new MessageIgnored("about-a", at));
    assertThat(olga.sent()).as("the letter about A is a step of the acquaintance").isEmpty();
    olga.then(at -> new MessageOpened("about-a", at));
    assertThat(olga.sent()).isEmpty();
    olga.timePasses(Duration.ofDays(91));
    assertThat(olga.sent())
        .as("no letter opened for more than three months")
        .containsExactly("we-miss-you");
  }
}
