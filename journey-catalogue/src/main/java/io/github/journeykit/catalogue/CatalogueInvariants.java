package io.github.journeykit.catalogue;

import static io.github.journeykit.testkit.Invariants.fromStageOn;
import static io.github.journeykit.testkit.Invariants.fromStageOnMetOneOf;
import static io.github.journeykit.testkit.Invariants.fromStageOnPurchasesAtLeast;
import static io.github.journeykit.testkit.Invariants.movesAtMostOneStage;
import static io.github.journeykit.testkit.Invariants.purchasesNeverDecrease;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.journeykit.model.Outcome;
import io.github.journeykit.rules.Condition;
import io.github.journeykit.rules.Share;
import io.github.journeykit.testkit.Invariant;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.apiguardian.api.API;

/**
 * The invariants the brief sets for each ready-made journey of the {@link Catalogue}, on top of the
 * testkit's {@link io.github.journeykit.testkit.Invariants#standard() standard} ones.
 *
 * <pre>{@code
 * JourneyCheck.of(Catalogue.get("sales-funnel").get())
 *     .check(Invariants.standard().appendAll(CatalogueInvariants.forJourney("sales-funnel")))
 *     .assertHolds();
 * }</pre>
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CatalogueInvariants {

  private CatalogueInvariants() {}

  /**
   * Returns the invariants the brief sets for a ready-made journey of the catalogue.
   *
   * @param journeyId the journey's id, e.g. {@code sales-funnel}
   * @return its invariants; none for an id not in the catalogue
   */
  public static Seq<Invariant> forJourney(String journeyId) {
    return switch (journeyId) {
      case "sales-funnel" ->
          List.of(
              movesAtMostOneStage(Outcome.YES, true),
              movesAtMostOneStage(Outcome.NO, false),
              purchasesNeverDecrease(),
              fromStageOnPurchasesAtLeast("purchased", 1),
              fromStageOnPurchasesAtLeast("loyal", 2));
      case "awareness-ladder" ->
          List.of(
              movesAtMostOneStage(Outcome.YES, true),
              movesAtMostOneStage(Outcome.NO, false),
              purchasesNeverDecrease(),
              fromStageOnPurchasesAtLeast("after-purchase", 1));
      case "loyalty-loop" ->
          List.of(
              movesAtMostOneStage(Outcome.YES, true),
              movesAtMostOneStage(Outcome.NO, false),
              purchasesNeverDecrease(),
              fromStageOnPurchasesAtLeast("user-experience", 1));
      case "nine-stages" ->
          List.of(
              movesAtMostOneStage(Outcome.YES, true),
              purchasesNeverDecrease(),
              fromStageOnPurchasesAtLeast("repeat-purchase", 1));
      case "b2b" ->
          List.of(
              movesAtMostOneStage(Outcome.YES, true),
              movesAtMostOneStage(Outcome.NO, false),
              fromStageOnMetOneOf("contract-negotiation", "decision-maker-agrees"),
              fromStageOnMetOneOf("delivery-and-use", "contract-signed"));
      case "sales-conversation" ->
          List.of(
              fromStageOnMetOneOf(
                  "close",
                  "agrees-with-arguments",
                  "favourable-view",
                  "asks-about-details",
                  "agrees-to-buy"));
      case "web-studio" ->
          List.of(
              movesAtMostOneStage(Outcome.YES, true),
              purchasesNeverDecrease(),
              fromStageOn("design", paidItsShare("paid-25", "0.25")),
              fromStageOn(
                  "layout",
                  paidItsShare("paid-60", "0.85").or(Condition.fact("prepayment-kept").is(true))));
      case "email-scheme" ->
          List.of(purchasesNeverDecrease(), fromStageOnPurchasesAtLeast("paid", 1));
      default -> List.empty();
    };
  }

  /**
   * The web studio's client has paid an invoice: by a payment that does not say its amount (the
   * invoice's criterion), or what was paid reaches a share of the contract's value [003].
   */
  private static Condition paidItsShare(String invoice, String share) {
    return Condition.hasMet(invoice)
        .or(Condition.fact("paid").atLeast(Share.of(share, Condition.fact("contract-value"))));
  }
}
