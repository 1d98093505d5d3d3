package io.github.journeykit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ValueTypesTests {

  static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  @Nested
  class StageValues implements EqualsContract<Stage> {
    @Override
    public Stage createValue() {
      return Stage.builder()
          .id("interested")
          .name("Interested")
          .keyTask(Option.of("Qualify"))
          .goals(List.of("Trust"))
          .kpis(List.of("Share of qualified leads"))
          .plannedResponses(LinkedHashMap.of(Outcome.YES, "Book a demo"))
          .build();
    }

    @Override
    public Stage createEqualValue() {
      return createValue();
    }

    @Override
    public Stage createNotEqualValue() {
      return Stage.builder().from(createValue()).name("Curious").build();
    }

    @Test
    void hasEmptyDefaultsForWhatIsNotGiven() {
      Stage stage = Stage.builder().id("informed").name("Informed").build();
      assertThat(stage.keyTask().isEmpty()).isTrue();
      assertThat(stage.goals().isEmpty()).isTrue();
      assertThat(stage.kpis().isEmpty()).isTrue();
      assertThat(stage.plannedResponses().isEmpty()).isTrue();
      assertThat(stage.isFinal()).isFalse();
    }

    @Test
    void ofSetsIdNameAndKeyTask() {
      Stage stage = Stage.of("deal", "Deal", "Remove reasons for churn");
      assertThat(stage.id()).isEqualTo("deal");
      assertThat(stage.name()).isEqualTo("Deal");
      assertThat(stage.keyTask().get()).isEqualTo("Remove reasons for churn");
    }

    @Test
    void refusesAMissingRequiredAttributeNamingIt() {
      assertThatThrownBy(() -> Stage.builder().id("deal").build())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("name");
    }
  }

  @Nested
  class TransitionValues implements EqualsContract<Transition> {
    @Override
    public Transition createValue() {
      return Transition.skip("information-search", "purchase", "Knows what to buy");
    }

    @Override
    public Transition createEqualValue() {
      return new Transition(
          "information-search", "purchase", Transition.Kind.SKIP, "Knows what to buy");
    }

    @Override
    public Transition createNotEqualValue() {
      return Transition.skip("information-search", "comparing-options", "Knows what to buy");
    }

    @Test
    void factoriesSetTheKind() {
      assertThat(Transition.advance("a", "b").kind()).isEqualTo(Transition.Kind.ADVANCE);
      assertThat(Transition.rollBack("b", "a").kind()).isEqualTo(Transition.Kind.ROLL_BACK);
      assertThat(Transition.loop("c", "a", "again").kind()).isEqualTo(Transition.Kind.LOOP);
      assertThat(Transition.Kind.ROLL_BACK.id()).isEqualTo("roll-back");
    }

    @Test
    void refusesNullWithTheNameOfTheArgument() {
      assertThatThrownBy(() -> Transition.advance("a", null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("to is null");
    }
  }

  @Nested
  class ChannelValues implements EqualsContract<Channel> {
    @Override
    public Channel createValue() {
      return Channel.of("telegram", "Telegram", true);
    }

    @Override
    public Channel createEqualValue() {
      return Channel.of("telegram", "Telegram messenger", false);
    }

    @Override
    public Channel createNotEqualValue() {
      return Channel.of("whatsapp", "Telegram", true);
    }

    @Override
    public void valueIsEqualToAnEqualValueAndHashesTheSame() {
      assertThat(createValue()).isEqualTo(createEqualValue()).hasSameHashCodeAs(createEqualValue());
    }

    @Test
    void theSetIsOpenButTheWellKnownOnesAreFoundById() {
      assertThat(Channel.wellKnown("phone").get()).isSameAs(Channel.PHONE);
      assertThat(Channel.wellKnown("telegram").isEmpty()).isTrue();
      assertThat(Channel.wellKnown().map(Channel::id).distinct().size())
          .isEqualTo(Channel.wellKnown().size())
          .isGreaterThanOrEqualTo(15);
      assertThat(Channel.PERSONAL_MEETING.online()).isFalse();
      assertThat(Channel.WEBSITE.online()).isTrue();
    }
  }

  @Nested
  class TouchpointValues implements EqualsContract<Touchpoint> {
    @Override
    public Touchpoint createValue() {
      return Touchpoint.builder()
          .id("checkout")
          .name("Checkout page")
          .channel(Channel.WEBSITE)
          .stages(List.of("buyer"))
          .owner(Option.of("E-commerce team"))
          .customerActions(List.of("Enters the address"))
          .thoughtsAndFeelings(List.of("Why is delivery so expensive?"))
          .emotion(Option.of(-2))
          .painPoints(List.of("Unexpectedly high delivery cost"))
          .changes(
              List.of(
                  Change.of("Delivery cost", "Show it on the product page", "Cart abandonment")))
          .blueprint(LinkedHashMap.of(BlueprintLayer.TECHNOLOGY, List.of("Shop engine")))
          .build();
    }

    @Override
    public Touchpoint createEqualValue() {
      return createValue();
    }

    @Override
    public Touchpoint createNotEqualValue() {
      return Touchpoint.builder().from(createValue()).emotion(Option.of(1)).build();
    }

    @Test
    void isOnlineOrOfflineAsItsChannelUnlessTold() {
      assertThat(Touchpoint.of("call", "Call", Channel.PHONE, "informed").online()).isFalse();
      assertThat(Touchpoint.of("site", "Site", Channel.WEBSITE, "informed").online()).isTrue();
      Touchpoint chatInShop =
          Touchpoint.builder()
              .from(Touchpoint.of("chat", "Chat", Channel.MESSENGER, "buyer"))
              .online(false)
              .build();
      assertThat(chatInShop.online()).isFalse();
    }

    @Test
    void carriesTheLanesOfTheMap() {
      Touchpoint checkout = createValue();
      assertThat(checkout.stages()).containsExactly("buyer");
      assertThat(checkout.changes().head().how()).isEqualTo("Show it on the product page");
      assertThat(checkout.blueprint().get(BlueprintLayer.TECHNOLOGY).get())
          .containsExactly("Shop engine");
    }
  }

  @Nested
  class PersonaValues implements EqualsContract<Persona> {
    @Override
    public Persona createValue() {
      return Persona.builder()
          .id("procurement-lead")
          .name("Olga, procurement lead")
          .demographics(List.of("45", "Moscow"))
          .psychographics(List.of("Careful"))
          .goals(List.of("Cut costs"))
          .needs(List.of("Reliable delivery"))
          .painPointsAndFears(List.of("A new supplier"))
          .rationalMotives(List.of("Price"))
          .irrationalMotives(List.of("Trust in the manager"))
          .preferredChannels(List.of(Channel.EMAIL))
          .buyingCentreRole(Option.of(BuyingCentreRole.DECISION_MAKER))
          .relativeImportance(Option.of(0.6))
          .research(List.of(QuestionnaireResponse.builder().easeOfNavigation(Option.of(7)).build()))
          .build();
    }

    @Override
    public Persona createEqualValue() {
      return createValue();
    }

    @Override
    public Persona createNotEqualValue() {
      return Persona.builder().from(createValue()).relativeImportance(Option.of(0.3)).build();
    }

    @Test
    void aB2cPersonaHasNoRoleAndNoImportance() {
      Persona persona = Persona.of("young-parent", "Young parent");
      assertThat(persona.buyingCentreRole().isEmpty()).isTrue();
      assertThat(persona.relativeImportance().isEmpty()).isTrue();
    }
  }

  @Nested
  class PositionValues implements EqualsContract<Position> {
    @Override
    public Position createValue() {
      return Position.start("c-1", "sales-funnel", "uninformed", T0)
          .withCriterion("need")
          .withCriterion("money");
    }

    @Override
    public Position createEqualValue() {
      return Position.start("c-1", "sales-funnel", "uninformed", T0)
          .withCriterion("money")
          .withCriterion("need");
    }

    @Override
    public Position createNotEqualValue() {
      return createValue().withPurchase();
    }

    @Test
    void startsActiveWithNothingRecorded() {
      Position start = Position.start("c-1", "sales-funnel", "uninformed", T0);
      assertThat(start.status()).isEqualTo(CustomerStatus.ACTIVE);
      assertThat(start.criteria().isEmpty()).isTrue();
      assertThat(start.purchases()).isZero();
      assertThat(start.enteredStageAt()).isEqualTo(T0);
      assertThat(start.lastActiveAt()).isEqualTo(T0);
    }

    @Test
    void movingChangesTheStageAndWhenItWasEnteredButNothingElse() {
      Instant later = T0.plusSeconds(60);
      Position moved = createValue().movedTo("informed", later);
      assertThat(moved.stage()).isEqualTo("informed");
      assertThat(moved.enteredStageAt()).isEqualTo(later);
      assertThat(moved.criteria()).containsExactly("money", "need");
      assertThat(moved.movedTo("informed", later.plusSeconds(60))).isSameAs(moved);
    }

    @Test
    void recordsACriterionOnce() {
      Position position = createValue();
      assertThat(position.withCriterion("money")).isSameAs(position);
      assertThat(position.hasMet("money")).isTrue();
      assertThat(position.hasMet("decision")).isFalse();
      assertThat(position.criteriaMet(io.vavr.collection.HashSet.of("money", "need", "decision")))
          .isEqualTo(2);
    }

    @Test
    void countsPurchasesAndStatusAndActivity() {
      Position position =
          createValue().withPurchase().withPurchase().withStatus(CustomerStatus.BLUE);
      assertThat(position.purchases()).isEqualTo(2);
      assertThat(position.status()).isEqualTo(CustomerStatus.BLUE);
      assertThat(position.withStatus(CustomerStatus.BLUE)).isSameAs(position);
      assertThat(position.activeAt(T0.plusSeconds(5)).lastActiveAt()).isEqualTo(T0.plusSeconds(5));
      assertThat(position.activeAt(position.lastActiveAt())).isSameAs(position);
    }

    @Test
    void sharesOneEnrolmentAcrossTheCustomersPositions() {
      Position start = Position.start("c-1", "sales-funnel", "uninformed", T0);
      Position later = start.movedTo("informed", T0.plusSeconds(60)).withPurchase();
      assertThat(later.enrolment()).isSameAs(start.enrolment());
      assertThat(later.customer()).isEqualTo("c-1");
      assertThat(later.journey()).isEqualTo("sales-funnel");
      assertThat(start.enrolment()).isEqualTo(new Enrolment("c-1", "sales-funnel", T0));
      assertThat(start.enrolment()).hasToString("c-1 in sales-funnel");
      assertThat(
              Position.of(
                  "c-1",
                  "sales-funnel",
                  "uninformed",
                  CustomerStatus.ACTIVE,
                  io.vavr.collection.TreeSet.empty(),
                  0,
                  T0,
                  T0))
          .isEqualTo(start);
      assertThat(start.enrolment().since()).isEqualTo(T0);
      assertThatThrownBy(() -> new Enrolment("c-1", null, T0))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("journey is null");
    }

    @Test
    void refusesANegativePurchaseCount() {
      assertThatThrownBy(
              () ->
                  Position.of(
                      "c",
                      "j",
                      "s",
                      CustomerStatus.ACTIVE,
                      io.vavr.collection.TreeSet.empty(),
                      -1,
                      T0,
                      T0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("purchases is negative: -1");
    }
  }

  @Nested
  class Events {
    @Test
    void eachEventHasItsTypeAndTheDetailAnEventLogWrites() {
      assertThat(
              List.<Event>of(
                      new InteractionHappened(Outcome.DONT_KNOW, T0),
                      new CriterionMet("money", T0),
                      PurchaseMade.of("bread", T0),
                      PurchaseMade.of(T0),
                      new CustomerRefused(T0),
                      new CustomerChurned(T0),
                      new ExperienceReported(ExperienceReported.Experience.NEGATIVE, T0),
                      new MessageSent("welcome", T0),
                      new MessageOpened("welcome", T0),
                      new MessageIgnored("welcome", T0),
                      new ReviewLeft(T0),
                      new ReferralMade(T0),
                      new TimePassed(T0))
                  .map(e -> e.type().id() + ":" + e.detail().getOrElse("")))
          .containsExactly(
              "interaction:dont_know",
              "criterion:money",
              "purchase:bread",
              "purchase:",
              "refused:",
              "churned:",
              "experience:negative",
              "message_sent:welcome",
              "message_opened:welcome",
              "message_ignored:welcome",
              "review:",
              "referral:",
              "time_passed:");
    }

    @Test
    void everyStandardEventTypeIsFoundByItsLogName() {
      assertThat(EventType.standard()).hasSize(12);
      for (EventType type : EventType.standard()) {
        assertThat(EventType.standard(type.id()).get()).isSameAs(type);
        assertThat(type.isStandard()).isTrue();
      }
      assertThat(EventType.standard("Purchase").isEmpty()).isTrue();
      assertThat(EventType.of("login", "Logged in").isStandard()).isFalse();
    }

    @Test
    void outcomesAndStatusesAreFoundByTheirIds() {
      assertThat(Outcome.ofId("dont_know").get()).isEqualTo(Outcome.DONT_KNOW);
      assertThat(Outcome.ofId("maybe").isEmpty()).isTrue();
      assertThat(CustomerStatus.ofId("grey").get()).isEqualTo(CustomerStatus.GREY);
      assertThat(CustomerStatus.ofId("red").isEmpty()).isTrue();
    }

    @Test
    void eventsAreValuesEqualByContent() {
      assertThat(new CriterionMet("money", T0)).isEqualTo(new CriterionMet("money", T0));
      assertThat(new CriterionMet("money", T0)).isNotEqualTo(new CriterionMet("need", T0));
      assertThat(new TimePassed(T0)).isNotEqualTo(new TimePassed(T0.plusSeconds(1)));
    }

    @Test
    void eventsRefuseNull() {
      assertThatThrownBy(() -> new CriterionMet(null, T0)).hasMessage("criterion is null");
      assertThatThrownBy(() -> new ReviewLeft(null)).hasMessage("at is null");
    }
  }

  @Nested
  class Timings {
    @Test
    void nowAfterAndAtSayWhenAMessageGoesOut() {
      assertThat(Timing.now("Order received").delay()).isZero();
      assertThat(Timing.after(Duration.ofHours(2), "Order placed").delay())
          .isEqualTo(Duration.ofHours(2));
      assertThat(Timing.at(LocalTime.of(10, 0), "Birthday").timeOfDay().get())
          .isEqualTo(LocalTime.of(10, 0));
    }
  }
}
