package io.github.journeykit.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JourneyTests {

  static Journey.Builder shop() {
    return Journey.builder("shop", "Online shop")
        .description("A small online shop")
        .stage(Stage.of("informed", "Informed", "Tell them who we are"))
        .stage(Stage.of("interested", "Interested", "Qualify"))
        .stage(Stage.of("buyer", "Buyer", "Close"))
        .transition(Transition.advance("informed", "interested"))
        .transition(Transition.advance("interested", "buyer"))
        .transition(Transition.rollBack("interested", "informed"))
        .transition(Transition.loop("buyer", "informed", "Lost the deal"))
        .criterion(Criterion.of("money", "Has money"))
        .persona(Persona.of("olga", "Olga"))
        .touchpoint(Touchpoint.of("site", "Website", Channel.WEBSITE, "informed", "interested"))
        .message(
            Message.of(
                "welcome",
                "informed",
                Audience.persona("olga", "Olga"),
                "Who we are",
                Channel.EMAIL,
                "Make them interested",
                Timing.now("First visit")));
  }

  static Journey valid() {
    return shop().build().get();
  }

  static Seq<Problem> problemsOf(Journey.Builder builder) {
    Validation<Seq<Problem>, Journey> built = builder.build();
    assertThat(built.isInvalid()).as("the journey should be invalid").isTrue();
    return built.getError();
  }

  @Nested
  class Building {
    @Test
    void aValidJourneyKeepsEverythingInOrder() {
      Journey shop = valid();
      assertThat(shop.id()).isEqualTo("shop");
      assertThat(shop.name()).isEqualTo("Online shop");
      assertThat(shop.description()).isEqualTo("A small online shop");
      assertThat(shop.kind()).isEqualTo(MapKind.CURRENT_STATE);
      assertThat(shop.stages().map(Stage::id)).containsExactly("informed", "interested", "buyer");
      assertThat(shop.transitions()).hasSize(4);
      assertThat(shop.toString())
          .isEqualTo("Journey[shop \"Online shop\": informed -> interested -> buyer]");
    }

    @Test
    void answersQuestionsAboutItsStages() {
      Journey shop = valid();
      assertThat(shop.firstStage().id()).isEqualTo("informed");
      assertThat(shop.lastStage().id()).isEqualTo("buyer");
      assertThat(shop.stage("interested").map(Stage::name).get()).isEqualTo("Interested");
      assertThat(shop.stage("loyal").isEmpty()).isTrue();
      assertThat(shop.hasStage("buyer")).isTrue();
      assertThat(shop.orderOf("buyer").get()).isEqualTo(2);
      assertThat(shop.next("informed").map(Stage::id).get()).isEqualTo("interested");
      assertThat(shop.next("buyer").isEmpty()).isTrue();
      assertThat(shop.previous("informed").isEmpty()).isTrue();
      assertThat(shop.previous("buyer").map(Stage::id).get()).isEqualTo("interested");
      assertThat(shop.transitionsFrom("interested").map(Transition::to))
          .containsExactly("buyer", "informed");
      assertThat(shop.transitionsTo("informed").map(Transition::from))
          .containsExactly("interested", "buyer");
      assertThat(shop.allows("buyer", "informed")).isTrue();
      assertThat(shop.allows("informed", "buyer")).isFalse();
      assertThat(shop.touchpointsAt("interested").map(Touchpoint::id)).containsExactly("site");
      assertThat(shop.touchpointsAt("buyer")).isEmpty();
      assertThat(shop.messagesAt("informed").map(Message::id)).containsExactly("welcome");
      assertThat(shop.message("welcome").isDefined()).isTrue();
      assertThat(shop.persona("olga").isDefined()).isTrue();
      assertThat(shop.criterion("money").isDefined()).isTrue();
      assertThat(shop.criterion("need").isEmpty()).isTrue();
    }

    @Test
    void aSkipJumpsForwardOverAStageAndTheCriteriaKeepTheirOrder() {
      Journey shop =
          shop()
              .transition(Transition.skip("informed", "buyer", "Buys at once"))
              .criterion(Criterion.of("need", "Knows what they want"))
              .buildOrThrow();
      assertThat(shop.allows("informed", "buyer")).isTrue();
      assertThat(shop.transitionsFrom("informed").map(t -> t.to() + ":" + t.kind().id()))
          .containsExactly("interested:advance", "buyer:skip");
      assertThat(shop.criteria().map(Criterion::id)).containsExactly("money", "need");
    }

    @Test
    void aNewCustomerStartsAtTheFirstStage() {
      Instant now = Instant.parse("2026-03-01T09:00:00Z");
      assertThat(valid().newCustomer("c-42", now))
          .isEqualTo(Position.start("c-42", "shop", "informed", now));
    }

    @Test
    void toBuilderCopiesEverythingForAChangedCopy() {
      Journey shop = valid();
      assertThat(shop.toBuilder().buildOrThrow()).isEqualTo(shop);
      Journey longer =
          shop.toBuilder().stage(Stage.of("loyal", "Loyal", "Keep them")).buildOrThrow();
      assertThat(longer.stages().map(Stage::id))
          .containsExactly("informed", "interested", "buyer", "loyal");
      assertThat(shop.stages()).hasSize(3);
    }

    @Test
    void theBuilderCanBeReusedWithoutChangingWhatItBuilt() {
      Journey.Builder builder = shop();
      Journey first = builder.build().get();
      builder.stage(Stage.of("loyal", "Loyal", "Keep them"));
      assertThat(first.stages()).hasSize(3);
      assertThat(builder.build().get().stages()).hasSize(4);
    }
  }

  @Nested
  class Equality implements EqualsContract<Journey> {
    @Override
    public Journey createValue() {
      return valid();
    }

    @Override
    public Journey createEqualValue() {
      return valid();
    }

    @Override
    public Journey createNotEqualValue() {
      return shop().kind(MapKind.FUTURE_STATE).build().get();
    }
  }

  @Nested
  class Validating {
    @Test
    void anEmptyJourneyIsRefused() {
      assertThat(problemsOf(Journey.builder("shop", "Shop")))
          .containsExactly(
              new Problem(
                  Problem.Kind.EMPTY_JOURNEY,
                  "journey 'shop'",
                  "the journey has no stages; add at least one stage"));
    }

    @Test
    void blankNamesAndBadIdsAreNamedWithTheirPlace() {
      Seq<Problem> problems =
          problemsOf(
              Journey.builder("Shop!", " ")
                  .stage(Stage.builder().id("Informed").name("").build())
                  .criterion(Criterion.of("money", ""))
                  .persona(Persona.of("olga", "  ")));
      assertThat(problems.map(Problem::toString))
          .containsExactly(
              "journey 'Shop!': 'Shop!' is not a valid journey id; use lowercase letters and digits, joined by"
                  + " single '-' or '_' (e.g. 'need-awareness')",
              "journey 'Shop!': the name is blank; give the journey a name",
              "stage #1 'Informed': 'Informed' is not a valid stage id; use lowercase letters and digits,"
                  + " joined by single '-' or '_' (e.g. 'need-awareness')",
              "stage #1 'Informed': the name is blank; give the stage a name",
              "criterion #1 'money': the name is blank; give the criterion a name",
              "persona #1 'olga': the name is blank; give the persona a name");
    }

    @Test
    void duplicateIdsAreReportedAtTheSecondUse() {
      Seq<Problem> problems =
          problemsOf(
              shop()
                  .stage(Stage.of("informed", "Informed again", "-"))
                  .touchpoint(Touchpoint.of("site", "Site", Channel.WEBSITE, "buyer"))
                  .message(Message.builder().id("welcome").stage("buyer").build())
                  .persona(Persona.of("olga", "Olga 2"))
                  .criterion(Criterion.of("money", "Money")));
      assertThat(problems.map(Problem::kind).distinct()).containsExactly(Problem.Kind.DUPLICATE_ID);
      assertThat(problems.map(Problem::toString))
          .containsExactly(
              "stage #4 'informed': the id 'informed' is already used by stage #1; stage ids must be unique"
                  + " within a journey",
              "criterion #2 'money': the id 'money' is already used by criterion #1; criterion ids must be"
                  + " unique within a journey",
              "persona #2 'olga': the id 'olga' is already used by persona #1; persona ids must be unique"
                  + " within a journey",
              "touchpoint #2 'site': the id 'site' is already used by touchpoint #1; touchpoint ids must be"
                  + " unique within a journey",
              "message #2 'welcome': the id 'welcome' is already used by message #1; message ids must be"
                  + " unique within a journey");
    }

    @Test
    void referencesToUnknownStagesAndPersonasNameWhatExists() {
      Seq<Problem> problems =
          problemsOf(
              shop()
                  .transition(Transition.advance("buyer", "loyal"))
                  .touchpoint(
                      Touchpoint.of("shop-visit", "Visit", Channel.STORE_VISIT, "purchased"))
                  .message(
                      Message.builder()
                          .id("thanks")
                          .stage("purchased")
                          .who(Option.of(Audience.persona("ivan", "Ivan")))
                          .build()));
      assertThat(problems.map(Problem::toString))
          .containsExactly(
              "transition #5 (buyer -> loyal): there is no stage 'loyal' in this journey; known stages:"
                  + " informed, interested, buyer",
              "touchpoint 'shop-visit': there is no stage 'purchased' in this journey; known stages:"
                  + " informed, interested, buyer",
              "message 'thanks': there is no stage 'purchased' in this journey; known stages: informed,"
                  + " interested, buyer",
              "message 'thanks': it is addressed to persona 'ivan', which the journey does not define;"
                  + " known personas: olga");
      assertThat(problems.map(Problem::kind))
          .containsExactly(
              Problem.Kind.UNKNOWN_STAGE,
              Problem.Kind.UNKNOWN_STAGE,
              Problem.Kind.UNKNOWN_STAGE,
              Problem.Kind.UNKNOWN_PERSONA);
    }

    @Test
    void aTransitionsKindMustAgreeWithTheOrderOfItsStages() {
      Seq<Problem> problems =
          problemsOf(
              shop()
                  .transition(Transition.advance("informed", "buyer"))
                  .transition(Transition.skip("informed", "interested", "-"))
                  .transition(Transition.rollBack("buyer", "informed"))
                  .transition(Transition.loop("informed", "interested", "-"))
                  .transition(Transition.loop("buyer", "buyer", "-"))
                  .transition(Transition.advance("informed", "interested")));
      assertThat(problems.map(Problem::toString))
          .containsExactly(
              "transition #5 (informed -> buyer): it is marked 'advance' but 'buyer' is stage #3 and"
                  + " 'informed' stage #1; an advance goes to the very next stage; use a skip to jump forward"
                  + " or a roll back or loop to go back",
              "transition #6 (informed -> interested): it is marked 'skip' but 'interested' is stage #2 and"
                  + " 'informed' stage #1; a skip jumps forward over at least one stage; use an advance for"
                  + " the next stage",
              "transition #6 (informed -> interested): the move from 'informed' to 'interested' is already"
                  + " listed; list each move once",
              "transition #7 (buyer -> informed): it is marked 'roll-back' but 'informed' is stage #1 and"
                  + " 'buyer' stage #3; a roll back returns to the stage just before; use a loop to return"
                  + " further",
              "transition #7 (buyer -> informed): the move from 'buyer' to 'informed' is already listed;"
                  + " list each move once",
              "transition #8 (informed -> interested): it is marked 'loop' but 'interested' is stage #2 and"
                  + " 'informed' stage #1; a loop returns to an earlier stage; use an advance or a skip to go"
                  + " forward",
              "transition #8 (informed -> interested): the move from 'informed' to 'interested' is already"
                  + " listed; list each move once",
              "transition #9 (buyer -> buyer): a transition must lead to another stage; staying on a stage"
                  + " needs no transition",
              "transition #10 (informed -> interested): the move from 'informed' to 'interested' is already"
                  + " listed; list each move once");
    }

    @Test
    void numbersOutsideTheirRangesAreReported() {
      Seq<Problem> problems =
          problemsOf(
              shop()
                  .persona(
                      Persona.builder()
                          .id("director")
                          .name("Director")
                          .relativeImportance(Option.of(1.5))
                          .research(
                              List.of(
                                  QuestionnaireResponse.builder()
                                      .easeOfNavigation(Option.of(0))
                                      .usefulnessOfSupport(Option.of(11))
                                      .build()))
                          .build())
                  .touchpoint(
                      Touchpoint.builder()
                          .from(Touchpoint.of("hotline", "Hotline", Channel.PHONE, "buyer"))
                          .emotion(Option.of(9))
                          .build())
                  .message(
                      Message.builder()
                          .id("late")
                          .stage("buyer")
                          .when(Option.of(Timing.after(Duration.ofHours(-1), "Order")))
                          .build()));
      assertThat(problems.map(Problem::kind).distinct()).containsExactly(Problem.Kind.OUT_OF_RANGE);
      assertThat(problems.map(Problem::toString))
          .containsExactly(
              "persona 'director': the relative importance 1.5 is outside 0..1; give the persona's share of"
                  + " the buying centre's decision, e.g. 0.6",
              "persona 'director', research answer #1: the ease of navigation score 0 is outside 1..10",
              "persona 'director', research answer #1: the usefulness of support score 11 is outside 1..10",
              "touchpoint 'hotline': the emotion score 9 is outside -5..5",
              "message 'late': the delay PT-1H is negative; a message cannot go out before its trigger");
    }

    @Test
    void theEdgesOfEveryRangeAreAllowed() {
      Journey.Builder edges =
          shop()
              .persona(
                  Persona.builder()
                      .id("zero")
                      .name("Zero")
                      .relativeImportance(Option.of(0.0))
                      .build())
              .persona(
                  Persona.builder()
                      .id("one")
                      .name("One")
                      .relativeImportance(Option.of(1.0))
                      .preferredChannels(List.of(Channel.of("Bad Id", "Bad", true)))
                      .research(
                          List.of(
                              QuestionnaireResponse.builder()
                                  .easeOfNavigation(Option.of(1))
                                  .usefulnessOfSupport(Option.of(10))
                                  .build(),
                              QuestionnaireResponse.builder()
                                  .easeOfNavigation(Option.of(11))
                                  .usefulnessOfSupport(Option.of(0))
                                  .build()))
                      .build())
              .touchpoint(
                  Touchpoint.builder()
                      .from(Touchpoint.of("low", "Low", Channel.PHONE, "buyer"))
                      .emotion(Option.of(-5))
                      .build())
              .touchpoint(
                  Touchpoint.builder()
                      .from(Touchpoint.of("high", "High", Channel.PHONE, "buyer"))
                      .emotion(Option.of(5))
                      .build())
              .touchpoint(
                  Touchpoint.builder()
                      .from(Touchpoint.of("too-low", "Too low", Channel.PHONE, "buyer"))
                      .emotion(Option.of(-6))
                      .build())
              .message(
                  Message.builder()
                      .id("at-once")
                      .stage("buyer")
                      .where(Option.of(Channel.of("Bad Too", "", true)))
                      .when(Option.of(Timing.now("Now")))
                      .build());
      assertThat(problemsOf(edges).map(Problem::toString))
          .containsExactly(
              "persona 'one', channel 'Bad Id': 'Bad Id' is not a valid channel id; use lowercase letters and"
                  + " digits, joined by single '-' or '_' (e.g. 'need-awareness')",
              "persona 'one', research answer #2: the ease of navigation score 11 is outside 1..10",
              "persona 'one', research answer #2: the usefulness of support score 0 is outside 1..10",
              "touchpoint 'too-low': the emotion score -6 is outside -5..5",
              "message 'at-once', channel 'Bad Too': 'Bad Too' is not a valid channel id; use lowercase"
                  + " letters and digits, joined by single '-' or '_' (e.g. 'need-awareness')",
              "message 'at-once', channel 'Bad Too': the name is blank; give the channel a name");
    }

    @Test
    void lookupsFindOnlyWhatExists() {
      Journey shop = valid();
      assertThat(shop.hasStage("loyal")).isFalse();
      assertThat(shop.message("goodbye").isEmpty()).isTrue();
      assertThat(shop.persona("ivan").isEmpty()).isTrue();
      assertThat(shop.messagesAt("buyer")).isEmpty();
      assertThat(shop.personas().map(Persona::id)).containsExactly("olga");
      assertThat(shop.touchpoints().map(Touchpoint::id)).containsExactly("site");
      assertThat(shop.messages().map(Message::id)).containsExactly("welcome");
      assertThat(shop.hashCode())
          .isEqualTo(valid().hashCode())
          .isNotEqualTo(shop.toBuilder().kind(MapKind.FUTURE_STATE).buildOrThrow().hashCode());
    }

    @Test
    void aTouchpointAtNoStageAndABadChannelAreReported() {
      Seq<Problem> problems =
          problemsOf(
              shop()
                  .touchpoint(
                      Touchpoint.builder()
                          .id("bot")
                          .name("Bot")
                          .channel(Channel.of("Tele gram", "", true))
                          .stages(List.empty())
                          .build()));
      assertThat(problems.map(Problem::kind))
          .containsExactly(Problem.Kind.NO_STAGE, Problem.Kind.INVALID_ID, Problem.Kind.BLANK_NAME);
      assertThat(problems.head().toString())
          .isEqualTo(
              "touchpoint 'bot': the touchpoint is placed at no stage; name at least one stage");
    }

    @Test
    void buildOrThrowListsEveryProblemForJourneysDefinedInCode() {
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> Journey.builder("shop", "").stage(Stage.of("a", "", "-")).buildOrThrow())
          .isInstanceOf(IllegalStateException.class)
          .hasMessage(
              "journey 'shop' has problems:\n"
                  + "journey 'shop': the name is blank; give the journey a name\n"
                  + "stage #1 'a': the name is blank; give the stage a name");
      assertThat(shop().buildOrThrow()).isEqualTo(valid());
    }

    @Test
    void everyProblemIsReportedAtOnce() {
      Seq<Problem> problems =
          problemsOf(
              Journey.builder("shop", "")
                  .stage(Stage.of("a", "A", "-"))
                  .stage(Stage.of("a", "", "-"))
                  .transition(Transition.advance("a", "z"))
                  .touchpoint(Touchpoint.of("t", "T", Channel.PHONE, "y"))
                  .message(
                      Message.builder()
                          .id("m")
                          .stage("x")
                          .who(Option.of(Audience.persona("p", "P")))
                          .build()));
      assertThat(problems.map(Problem::kind))
          .containsExactly(
              Problem.Kind.BLANK_NAME,
              Problem.Kind.BLANK_NAME,
              Problem.Kind.DUPLICATE_ID,
              Problem.Kind.UNKNOWN_STAGE,
              Problem.Kind.UNKNOWN_STAGE,
              Problem.Kind.UNKNOWN_STAGE,
              Problem.Kind.UNKNOWN_PERSONA);
    }
  }
}
