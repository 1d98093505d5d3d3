package io.github.journeykit.catalogue;

import static io.github.journeykit.catalogue.Parts.activeAnd;
import static io.github.journeykit.catalogue.Parts.message;
import static io.github.journeykit.catalogue.Parts.stage;

import io.github.journeykit.model.Channel;
import io.github.journeykit.model.Criterion;
import io.github.journeykit.model.EventType;
import io.github.journeykit.model.ExperienceReported.Experience;
import io.github.journeykit.model.Journey;
import io.github.journeykit.model.Outcome;
import io.github.journeykit.model.Stage;
import io.github.journeykit.model.Timing;
import io.github.journeykit.model.Touchpoint;
import io.github.journeykit.model.Transition;
import io.github.journeykit.rules.Condition;
import io.github.journeykit.rules.Effect;
import io.github.journeykit.rules.Playbook;
import io.github.journeykit.rules.Rule;
import io.vavr.collection.List;
import java.time.Duration;

/**
 * {@code nine-stages}: nine stages, "the bread example" [003].
 *
 * <p>No need → need awareness → information search → comparing options → getting to know the
 * company → purchase → usage experience → repeat purchase → brand advocate. Information search may
 * go straight to purchase; from repeat purchase the company sends a customer back to no need or
 * need awareness for re-warming; a brand advocate's referral lets a new customer skip to getting to
 * know the company, or straight to purchase when they already know what to buy.
 */
final class NineStages {

  static final String ID = "nine-stages";

  static final int REWARM_AFTER_DAYS = 60;

  static final List<String> STAGES =
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

  private NineStages() {}

  private static Touchpoint tools(String id, String name, Channel channel, String stage) {
    return Touchpoint.of(id, name, channel, stage);
  }

  static Journey journey() {
    Journey.Builder journey =
        Journey.builder(ID, "Nine stages: the bread example")
            .description("From no need to brand advocate, with skips and re-warming [003].")
            .stage(
                stage(
                    "no-need",
                    "No need",
                    "Be seen before the need appears",
                    "Remind of the need",
                    "Keep being seen",
                    "Keep being seen"))
            .stage(
                stage(
                    "need-awareness",
                    "Need awareness",
                    "Turn the need into a search for us",
                    "Invite to search",
                    "Return to being seen",
                    "Send a newsletter"))
            .stage(
                stage(
                    "information-search",
                    "Information search",
                    "Be found and get the contact: a free consultation, a feedback form",
                    "Offer to compare",
                    "Retarget",
                    "Offer a free consultation"))
            .stage(
                stage(
                    "comparing-options",
                    "Comparing options",
                    "Win the comparison with reviews and comparison articles",
                    "Introduce the company",
                    "Show video reviews",
                    "Send a comparison article"))
            .stage(
                stage(
                    "getting-to-know-the-company",
                    "Getting to know the company",
                    "Earn trust: reputation, reviews, maps, a fast manager response",
                    "Take the order",
                    "Answer the doubt quickly",
                    "Show reviews on maps"))
            .stage(
                stage(
                    "purchase",
                    "Purchase",
                    "Make buying easy and ask for a review",
                    "Confirm and thank",
                    "Remind through the CRM",
                    "Remind through the CRM"))
            .stage(
                stage(
                    "usage-experience",
                    "Usage experience",
                    "Follow up on quality; collect user-generated content",
                    "Invite to buy again",
                    "Call about quality",
                    "Call about quality"))
            .stage(
                stage(
                    "repeat-purchase",
                    "Repeat purchase",
                    "Reward coming back: bonus programmes, \"6th coffee free\", segmentation",
                    "Invite to the referral programme",
                    "Re-warm from no need",
                    "Re-warm from need awareness"))
            .stage(
                Stage.builder()
                    .from(
                        stage(
                            "brand-advocate",
                            "Brand advocate",
                            "Referral programme and ambassadors",
                            "Reward the referral",
                            "Find out what changed",
                            "Remind of the referral programme"))
                    .isFinal(true)
                    .build())
            .criterion(Criterion.of("knows-what-to-buy", "Knows exactly what to buy"))
            .touchpoint(
                tools(
                    "topical-collections",
                    "Topical collections",
                    Channel.SOCIAL_NETWORKS,
                    "no-need"))
            .touchpoint(
                tools("short-videos", "Short-video content", Channel.SOCIAL_NETWORKS, "no-need"))
            .touchpoint(tools("feed-articles", "Articles in feeds", Channel.BLOG, "no-need"))
            .touchpoint(tools("influencers", "Influencers", Channel.SOCIAL_NETWORKS, "no-need"))
            .touchpoint(
                tools("review-articles", "Review articles", Channel.REVIEW_SITES, "no-need"))
            .touchpoint(
                tools(
                    "newsletters",
                    "Newsletters in messengers and email",
                    Channel.EMAIL,
                    "need-awareness"))
            .touchpoint(tools("push", "Push notifications", Channel.PUSH, "need-awareness"))
            .touchpoint(tools("webinars", "Webinars", Channel.WEBINAR, "need-awareness"))
            .touchpoint(tools("seo", "SEO", Channel.SEARCH, "information-search"))
            .touchpoint(tools("aggregators", "Aggregators", Channel.WEBSITE, "information-search"))
            .touchpoint(
                tools(
                    "contextual-ads",
                    "Contextual, targeted ads and retargeting",
                    Channel.PAID_ADS,
                    "information-search"))
            .touchpoint(
                tools(
                    "feedback-form",
                    "Free consultation and feedback form",
                    Channel.WEBSITE_WIDGET,
                    "information-search"))
            .touchpoint(
                tools(
                    "reviews",
                    "Reviews and comparison articles",
                    Channel.REVIEW_SITES,
                    "comparing-options"))
            .touchpoint(
                tools(
                    "video-reviews", "Video reviews", Channel.SOCIAL_NETWORKS, "comparing-options"))
            .touchpoint(
                tools(
                    "reputation",
                    "Reputation management: reviews, maps, directories",
                    Channel.REVIEW_SITES,
                    "getting-to-know-the-company"))
            .touchpoint(
                tools(
                    "manager-response",
                    "Manager response speed",
                    Channel.MESSENGER,
                    "getting-to-know-the-company"))
            .touchpoint(
                tools(
                    "crm-reminders",
                    "CRM reminders: push, newsletters, SMS, email",
                    Channel.SMS,
                    "purchase"))
            .touchpoint(
                tools("ugc", "User-generated content", Channel.SOCIAL_NETWORKS, "usage-experience"))
            .touchpoint(
                tools(
                    "quality-calls", "Quality follow-up calls", Channel.PHONE, "usage-experience"))
            .touchpoint(
                tools(
                    "bonus-programme",
                    "Bonus programme, \"6th coffee free\"",
                    Channel.STORE_VISIT,
                    "repeat-purchase"))
            .touchpoint(
                tools(
                    "referral-programme",
                    "Referral programme and ambassadors",
                    Channel.WORD_OF_MOUTH,
                    "brand-advocate"))
            .message(
                message(
                    "be-seen",
                    "no-need",
                    "Everyone who might one day want bread",
                    "Fresh bread every morning nearby",
                    Channel.SOCIAL_NETWORKS,
                    "Plant the need: no need to need awareness",
                    Timing.now("Scrolls the feed")))
            .message(
                message(
                    "morning-newsletter",
                    "need-awareness",
                    "Subscribers",
                    "Today's bakes and opening hours",
                    Channel.EMAIL,
                    "Turn the need into a search for us",
                    Timing.now("Subscribes")))
            .message(
                message(
                    "free-consultation",
                    "information-search",
                    "Searchers who left a contact",
                    "A free consultation",
                    Channel.WEBSITE_WIDGET,
                    "Get the contact and move to comparing",
                    Timing.now("Leaves a contact")))
            .message(
                message(
                    "comparison-article",
                    "comparing-options",
                    "Customers comparing bakeries",
                    "How our bread compares",
                    Channel.REVIEW_SITES,
                    "Win the comparison",
                    Timing.now("Compares")))
            .message(
                message(
                    "reviews-on-maps",
                    "getting-to-know-the-company",
                    "Customers checking us out",
                    "Reviews and our place on the map",
                    Channel.REVIEW_SITES,
                    "Earn trust before the purchase",
                    Timing.now("Looks us up")))
            .message(
                message(
                    "review-request",
                    "purchase",
                    "Customers who just bought",
                    "How was it? Leave a review",
                    Channel.SMS,
                    "Collect reviews for the next customers",
                    Timing.after(Duration.ofHours(3), "Purchase")))
            .message(
                message(
                    "quality-call",
                    "usage-experience",
                    "Customers with a negative experience",
                    "A call about quality and a fix",
                    Channel.PHONE,
                    "Keep them despite a bad experience",
                    Timing.now("Negative experience")))
            .message(
                message(
                    "re-warming",
                    "repeat-purchase",
                    "Regulars quiet for " + REWARM_AFTER_DAYS + " days",
                    "We bake your favourite again this week",
                    Channel.EMAIL,
                    "Re-warm from need awareness",
                    Timing.now(REWARM_AFTER_DAYS + " days without a purchase")))
            .message(
                message(
                    "referral-reward",
                    "brand-advocate",
                    "Brand advocates",
                    "A reward for every friend you bring",
                    Channel.WORD_OF_MOUTH,
                    "Bring new customers through referrals",
                    Timing.now("Becomes an advocate")));
    Parts.advances(journey, STAGES);
    for (String from : List.of("no-need", "information-search", "comparing-options")) {
      journey.transition(Transition.skip(from, "purchase", "Buys at once"));
    }
    journey
        .transition(
            Transition.skip(
                "no-need", "getting-to-know-the-company", "Referred by a brand advocate"))
        .transition(Transition.loop("repeat-purchase", "no-need", "Re-warming from no need"))
        .transition(
            Transition.loop("repeat-purchase", "need-awareness", "Re-warming from need awareness"));
    return journey
        .events(
            EventType.INTERACTION,
            EventType.CRITERION,
            EventType.PURCHASE,
            EventType.REFUSED,
            EventType.CHURNED,
            EventType.EXPERIENCE,
            EventType.REVIEW,
            EventType.REFERRAL)
        .buildOrThrow();
  }

  static Playbook playbook() {
    return Playbook.builder(journey())
        .rule(
            Rule.named("A yes moves an active customer on", EventType.INTERACTION)
                .at(STAGES.take(5))
                .when(activeAnd(Outcome.YES))
                .then(Effect.advance()))
        .rule(Parts.criteriaAreRecorded())
        .rule(Rule.named("A purchase is counted", EventType.PURCHASE).then(Effect.countPurchase()))
        .rule(
            Rule.named(
                    "A purchase from the search, the comparison or the company page goes to purchase",
                    EventType.PURCHASE)
                .at("information-search", "comparing-options", "getting-to-know-the-company")
                .then(Effect.moveTo("purchase"), Effect.send("review-request")))
        .rule(
            Rule.named(
                    "A referred customer who knows what to buy goes straight to purchase",
                    EventType.REFERRAL)
                .at("no-need")
                .when(Condition.hasMet("knows-what-to-buy"))
                .priority(1)
                .then(Effect.moveTo("purchase")))
        .rule(
            Rule.named(
                    "A referred customer skips to getting to know the company", EventType.REFERRAL)
                .at("no-need")
                .then(Effect.moveTo("getting-to-know-the-company")))
        .rule(
            Rule.named(
                    "An experience of the purchase starts the usage experience",
                    EventType.EXPERIENCE)
                .at("purchase")
                .then(Effect.advance()))
        .rule(
            Rule.named("A negative usage experience gets a quality call", EventType.EXPERIENCE)
                .at("purchase", "usage-experience")
                .when(Condition.attribute("experience").is(Experience.NEGATIVE.id()))
                .then(Effect.send("quality-call")))
        .rule(
            Rule.named("Buying again makes a repeat purchase", EventType.PURCHASE)
                .at("usage-experience")
                .then(Effect.advance()))
        .rule(
            Rule.named("A referral makes a brand advocate", EventType.REFERRAL)
                .at("repeat-purchase")
                .then(Effect.advance(), Effect.send("referral-reward")))
        .rule(
            Rule.named("A review makes a brand advocate", EventType.REVIEW)
                .at("repeat-purchase")
                .then(Effect.advance(), Effect.send("referral-reward")))
        .rule(
            Rule.named("A quiet regular is re-warmed from need awareness", EventType.TIME_PASSED)
                .at("repeat-purchase")
                .when(Condition.inactiveFor(Duration.ofDays(REWARM_AFTER_DAYS)))
                .then(Effect.moveTo("need-awareness"), Effect.send("re-warming")))
        .rule(
            Rule.named("A regular who says no is re-warmed from no need", EventType.INTERACTION)
                .at("repeat-purchase")
                .when(activeAnd(Outcome.NO))
                .then(Effect.moveTo("no-need")))
        .rules(Parts.statusRules())
        .buildOrThrow();
  }
}
