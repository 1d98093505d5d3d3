package io.github.journeykit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Declared event types: attributes, making events from Java values and from text, and back. */
class EventTypeTests {

  static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");

  static final EventType PAYMENT =
      EventType.of(
          "payment",
          "A payment was received",
          Attribute.amount("amount").required(),
          Attribute.choice("plan", "basic", "pro"),
          Attribute.wholeNumber("seats"),
          Attribute.bool("trial"),
          Attribute.instant("renews"),
          Attribute.customer("payer"),
          Attribute.text("note"));

  static Map<String, String> texts(String... namesAndTexts) {
    LinkedHashMap<String, String> map = LinkedHashMap.empty();
    for (int i = 0; i < namesAndTexts.length; i += 2) {
      map = map.put(namesAndTexts[i], namesAndTexts[i + 1]);
    }
    return map;
  }

  static Event parsed(EventType type, String... namesAndTexts) {
    return type.parse(AT, texts(namesAndTexts), Option.none(), Option.none()).get();
  }

  @Nested
  class StandardEvents {
    @Test
    void everyStandardTypeIsMadeFromItsDetailAndGivesItBack() {
      for (String[] row :
          new String[][] {
            {"interaction", "yes"},
            {"interaction", "dont_know"},
            {"criterion", "money"},
            {"purchase", ""},
            {"purchase", "bread"},
            {"refused", ""},
            {"refused", "on_principle"},
            {"churned", "bought_elsewhere"},
            {"experience", "negative"},
            {"message_sent", "hello"},
            {"message_opened", "hello"},
            {"message_ignored", "hello"},
            {"review", ""},
            {"referral", "olga"},
            {"time_passed", ""}
          }) {
        EventType type = EventType.standard(row[0]).get();
        Map<String, String> texts =
            type.detailAttribute().map(a -> texts(a.name(), row[1])).getOrElse(texts());
        Event event = type.parse(AT, texts, Option.none(), Option.none()).get();
        assertThat(event.type()).isSameAs(type);
        assertThat(event).isNotInstanceOf(DeclaredEvent.class);
        assertThat(event.detail().getOrElse("")).as(row[0]).isEqualTo(row[1]);
        assertThat(event.happenedAt(AT.plusSeconds(1)).at()).isEqualTo(AT.plusSeconds(1));
        assertThat(event.happenedAt(AT.plusSeconds(1)).attributes()).isEqualTo(event.attributes());
      }
    }

    @Test
    void theShortJavaTypesAreWhatTheirDeclarationsMake() {
      assertThat(parsed(EventType.INTERACTION, "outcome", "yes"))
          .isEqualTo(new InteractionHappened(Outcome.YES, AT));
      assertThat(parsed(EventType.PURCHASE, "product", "bread", "amount", "12.50"))
          .isEqualTo(PurchaseMade.of("bread", new BigDecimal("12.5"), AT));
      assertThat(parsed(EventType.REFUSED, "reason", "not_target"))
          .isEqualTo(new CustomerRefused(CustomerRefused.Reason.NOT_TARGET, AT));
      assertThat(parsed(EventType.CHURNED, "reason", "left"))
          .isEqualTo(new CustomerChurned(CustomerChurned.Reason.LEFT, AT));
      assertThat(parsed(EventType.REFERRAL, "referrer", "olga", "referred", "ivan"))
          .isEqualTo(new ReferralMade(Option.of("olga"), Option.of("ivan"), AT));
      assertThat(parsed(EventType.EXPERIENCE, "experience", "positive"))
          .isEqualTo(new ExperienceReported(ExperienceReported.Experience.POSITIVE, AT));
    }

    @Test
    void aPurchaseCarriesItsProductAndAmountAsAttributes() {
      PurchaseMade purchase = PurchaseMade.of("bread", new BigDecimal("3.50"), AT);
      assertThat(purchase.amount()).contains(new BigDecimal("3.5"));
      assertThat(purchase.attributes())
          .isEqualTo(LinkedHashMap.of("product", "bread", "amount", new BigDecimal("3.5")));
      assertThat(purchase.attribute("colour").isEmpty()).isTrue();
    }

    @Test
    void aMissingOrBadDetailIsNamedWithWhatIsAccepted() {
      assertThat(
              EventType.INTERACTION
                  .parse(AT, texts("outcome", "maybe"), Option.none(), Option.none())
                  .getError()
                  .map(Problem::toString))
          .containsExactly(
              "event 'interaction', attribute 'outcome': 'maybe' is not one of yes, no, dont_know");
      assertThat(
              EventType.CRITERION
                  .parse(AT, texts("criterion", " "), Option.none(), Option.none())
                  .getError()
                  .map(Problem::toString))
          .containsExactly("event 'criterion', attribute 'criterion': missing, but required: text");
    }
  }

  @Nested
  class DeclaredTypes {
    @Test
    void everyKindIsReadFromTextIntoItsCanonicalValue() {
      Event event =
          parsed(
              PAYMENT,
              "amount",
              "12.50",
              "plan",
              "pro",
              "seats",
              "3",
              "trial",
              "TRUE",
              "renews",
              "2026-04-01T12:00:00+02:00",
              "payer",
              "olga",
              "note",
              "first payment");
      assertThat(event).isInstanceOf(DeclaredEvent.class);
      assertThat(event.attribute("amount")).contains(new BigDecimal("12.5"));
      assertThat(event.attribute("plan")).contains("pro");
      assertThat(event.attribute("seats")).contains(3L);
      assertThat(event.attribute("trial")).contains(true);
      assertThat(event.attribute("renews")).contains(Instant.parse("2026-04-01T10:00:00Z"));
      assertThat(event.attribute("payer")).contains("olga");
      assertThat(event.detail()).contains("12.5");
    }

    @Test
    void javaValuesAreCheckedAndPutInCanonicalForm() {
      Event event = Event.of(PAYMENT, AT, "seats", 3, "amount", 100L);
      assertThat(event.attribute("seats")).contains(3L);
      assertThat(event.attribute("amount")).contains(new BigDecimal("100"));
      assertThat(Event.of(PAYMENT, AT, "amount", new BigDecimal("10.50")))
          .isEqualTo(Event.of(PAYMENT, AT, "amount", new BigDecimal("10.5")));
      assertThat(Event.of(PAYMENT, AT, "amount", new BigDecimal("1E+2")).detail()).contains("100");
    }

    @Test
    void everyProblemOfAnEventIsReportedAtOnce() {
      assertThat(
              PAYMENT
                  .parse(
                      AT,
                      texts("amount", "12,50", "plan", "gold", "seets", "3", "trial", "yes"),
                      Option.none(),
                      Option.none())
                  .getError()
                  .map(Problem::toString))
          .containsExactly(
              "event 'payment', attribute 'amount': '12,50' is not a decimal amount such as 12.50",
              "event 'payment', attribute 'plan': 'gold' is not one of basic, pro",
              "event 'payment', attribute 'trial': 'yes' is not true or false",
              "event 'payment', attribute 'seets': the event type declares no such attribute"
                  + " (did you mean 'seats'?); its attributes: amount (amount, required), plan"
                  + " (one of basic, pro), seats (whole_number), trial (boolean), renews (instant),"
                  + " payer (customer), note (text)");
    }

    @Test
    void aValueOfTheWrongJavaTypeIsNamed() {
      assertThat(PAYMENT.event(AT, LinkedHashMap.of("amount", "12")).getError().head().message())
          .isEqualTo("a String (12) is not a decimal amount such as 12.50");
      assertThatThrownBy(() -> Event.of(PAYMENT, AT, "plan", "pro"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "bad event 'payment':\n"
                  + "event 'payment', attribute 'amount': missing, but required: a decimal amount"
                  + " such as 12.50");
      assertThatThrownBy(() -> Event.of(PAYMENT, AT, "amount"))
          .hasMessage("attribute names and values come in pairs; got 1 items");
    }

    @Test
    void aTouchpointAndAChannelTravelWithTheEvent() {
      Event event = new InteractionHappened(Outcome.NO, AT).via("phone-call", "phone");
      assertThat(event).isInstanceOf(DeclaredEvent.class);
      assertThat(event.type()).isSameAs(EventType.INTERACTION);
      assertThat(event.attribute("outcome")).contains("no");
      assertThat(event.touchpoint()).contains("phone-call");
      assertThat(event.channel()).contains("phone");
      assertThat(event.happenedAt(AT.plusSeconds(5)).touchpoint()).contains("phone-call");
      assertThat(event.toString())
          .isEqualTo("interaction[outcome=no] at 2026-03-01T10:00:00Z via phone-call/phone");
      assertThat(
              EventType.INTERACTION
                  .parse(AT, texts("outcome", "no"), Option.of("phone-call"), Option.of("phone"))
                  .get())
          .isEqualTo(event);
    }
  }

  @Nested
  class Attributes {
    @Test
    void didYouMeanSuggestsOnlyCloseNames() {
      assertThat(Problem.didYouMean("detials", java.util.List.of("detail", "customer")))
          .isEqualTo(" (did you mean 'detail'?)");
      assertThat(Problem.didYouMean("xyz", java.util.List.of("detail"))).isEmpty();
      assertThat(Problem.didYouMean("detail", java.util.List.of("detail"))).isEmpty();
      assertThat(Problem.didYouMean("Amount", java.util.List.of("amount", "plan"))).isEmpty();
    }

    @Test
    void anAttributeDescribesItselfAndWhatItExpects() {
      assertThat(Attribute.amount("amount").required().toString())
          .isEqualTo("amount (amount, required)");
      assertThat(Attribute.choice("plan", "basic", "pro").expected())
          .isEqualTo("one of basic, pro");
      assertThat(Attribute.text("note").describedAs("A note").description()).isEqualTo("A note");
      assertThat(Attribute.wholeNumber("n").parse("3.5").getError())
          .isEqualTo("'3.5' is not a whole number such as 3");
      assertThat(Attribute.instant("at").parse("yesterday").getError())
          .isEqualTo("'yesterday' is not an ISO-8601 instant such as 2026-03-01T09:00:00Z");
      assertThat(AttributeKind.ofId("whole_number")).contains(AttributeKind.WHOLE_NUMBER);
    }
  }
}
