package io.github.journeykit.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.journeykit.model.Attribute;
import io.github.journeykit.model.Audience;
import io.github.journeykit.model.BlueprintLayer;
import io.github.journeykit.model.BuyingCentreRole;
import io.github.journeykit.model.Cadence;
import io.github.journeykit.model.Change;
import io.github.journeykit.model.Channel;
import io.github.journeykit.model.Criterion;
import io.github.journeykit.model.CustomerStatus;
import io.github.journeykit.model.EventType;
import io.github.journeykit.model.Fact;
import io.github.journeykit.model.Journey;
import io.github.journeykit.model.MapKind;
import io.github.journeykit.model.Message;
import io.github.journeykit.model.Migration;
import io.github.journeykit.model.Outcome;
import io.github.journeykit.model.Parameter;
import io.github.journeykit.model.Persona;
import io.github.journeykit.model.QuestionnaireResponse;
import io.github.journeykit.model.Stage;
import io.github.journeykit.model.Timing;
import io.github.journeykit.model.Touchpoint;
import io.github.journeykit.model.Transition;
import io.github.journeykit.rules.Condition;
import io.github.journeykit.rules.Effect;
import io.github.journeykit.rules.Gate;
import io.github.journeykit.rules.Playbook;
import io.github.journeykit.rules.Rule;
import io.github.journeykit.rules.Share;
import io.vavr.collection.HashMap;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/**
 * A playbook that uses every part of the format: every kind of fact, event attribute, condition,
 * measure, comparison and effect, and every optional part of stages, personas, touchpoints and
 * messages; written and read back in both formats, it is the same playbook.
 */
class EveryPartTests {

  static final EventType LOGIN =
      EventType.of(
          "login",
          "The customer logged in",
          Attribute.choice("device", "web", "mobile").describedAs("Where from"),
          Attribute.bool("first"),
          Attribute.instant("at-local"),
          Attribute.customer("invited-by"),
          Attribute.text("browser"));

  static final EventType PAYMENT =
      EventType.of(
          "payment",
          "A payment was received",
          Attribute.amount("amount").required().describedAs("EUR"),
          Attribute.wholeNumber("seats"),
          Attribute.choice("plan", "basic", "pro"));

  static final Channel CALL_CENTRE = new Channel("call-centre", "Call centre", false);

  /**
   * The parameters of the playbook with every part: of every kind, from the source and assumed,
   * named in the journey and in the rules and gates, once and twice, where the writer leaves a
   * default out (priority 0) and where it writes a count of one criterion of one as {@code hasMet};
   * each with where the reader finds it, in the order it does.
   */
  static final Seq<Parameter> PARAMETERS =
      List.of(
          named(
              "importance",
              "0.5",
              "olga's share of the decision",
              "journey.personas[0].relativeImportance"),
          named(
              "welcome-delay",
              "PT36H",
              "How long after activation the welcome goes",
              "journey.messages[0].when.delay"),
          named(
              "welcome-time",
              "09:30",
              "When the welcome goes",
              "journey.messages[0].when.timeOfDay"),
          Parameter.builder()
              .id("activation-logins")
              .value("3")
              .description("Logins that activate a customer, as many as the window keeps")
              .origin(new Parameter.Source("[000]", Option.of("three logins")))
              .usedAt(List.of("journey.facts[2].keep", "gates[0].admits.atLeast"))
              .build(),
          named("counting-priority", "0", "The priority of counting logins", "rules[0].priority"),
          named("fee", "0.50", "What a payment adds besides its amount", "rules[2].then[2].by"),
          named("big-payer", "100", "What a big payer has paid", "rules[3].when.all[0].atLeast"),
          Parameter.builder()
              .from(
                  named(
                      "one-criterion",
                      "1",
                      "Criteria an answer needs",
                      "rules[4].when.all[2].atLeast"))
              .usedAt(List.of("rules[4].when.all[2].atLeast", "rules[4].when.all[3].atLeast"))
              .build(),
          named(
              "quiet",
              "P90D",
              "How long a customer may be quiet before turning grey",
              "rules[7].when.inactiveFor"),
          Parameter.builder()
              .id("paying-threshold")
              .value("0.70")
              .description("The weight of the criteria met that admits a paying customer")
              .origin(new Parameter.Source("[004]", Option.none()))
              .usedAt(List.of("gates[1].admits.threshold"))
              .build(),
          named("need-weight", "0.6", "The weight of the need", "gates[1].admits.weights.need"),
          named("seat-share", "2.5", "Paid per seat", "rules[3].when.all[2].below.share"),
          named(
              "centre-agrees",
              "0.5",
              "The weight of the buying centre that agrees",
              "rules[4].when.all[4].buyingCentre.threshold"));

  /** An assumed parameter named at one place. */
  static Parameter named(String id, String value, String description, String at) {
    return Parameter.builder()
        .id(id)
        .value(value)
        .description(description)
        .origin(new Parameter.Assumption("no source gives it"))
        .usedAt(List.of(at))
        .build();
  }

  static Playbook everything() {
    return everything(PARAMETERS);
  }

  /** The playbook with every part, with these parameters: none, to have every value written. */
  static Playbook everything(Seq<Parameter> parameters) {
    Journey journey =
        Journey.builder("trial", "A trial with everything")
            .description("Every part of the format, once")
            .kind(MapKind.FUTURE_STATE)
            .stage(
                Stage.builder()
                    .id("signed-up")
                    .name("Signed up")
                    .keyTask(Option.of("Get them to use it"))
                    .goals(List.of("Use it", "Like it"))
                    .kpis(List.of("Logins a week"))
                    .plannedResponses(
                        LinkedHashMap.of(Outcome.YES, "Great", Outcome.DONT_KNOW, "Explain"))
                    .build())
            .stage(Stage.builder().id("active").name("Active").onEntry(List.of("welcome")).build())
            .stage(Stage.builder().id("paying").name("Paying").isFinal(true).build())
            .transition(Transition.advance("signed-up", "active"))
            .transition(Transition.advance("active", "paying"))
            .transition(Transition.skip("signed-up", "paying", "Pays at once"))
            .transition(Transition.rollBack("active", "signed-up"))
            .transition(Transition.loop("paying", "signed-up", "Starts over"))
            .criterion(new Criterion("need", "Has the need"))
            .criterion(new Criterion("money", "Has the money"))
            .persona(
                Persona.builder()
                    .id("olga")
                    .name("Olga, office manager")
                    .demographics(List.of("35"))
                    .psychographics(List.of("careful"))
                    .goals(List.of("save time"))
                    .needs(List.of("simple"))
                    .painPointsAndFears(List.of("lock-in"))
                    .rationalMotives(List.of("price"))
                    .irrationalMotives(List.of("brand"))
                    .preferredChannels(List.of(Channel.EMAIL, CALL_CENTRE))
                    .buyingCentreRole(Option.of(BuyingCentreRole.DECISION_MAKER))
                    .relativeImportance(Option.of(0.5))
                    .agreement(Option.of("need"))
                    .research(
                        List.of(
                            QuestionnaireResponse.builder()
                                .howDidYouHearAboutUs(Option.of("a friend"))
                                .easeOfNavigation(Option.of(4))
                                .build()))
                    .build())
            .touchpoint(
                Touchpoint.builder()
                    .id("support-line")
                    .name("Support line")
                    .channel(CALL_CENTRE)
                    .stages(List.of("signed-up", "active"))
                    .online(true)
                    .owner(Option.of("Support"))
                    .customerActions(List.of("calls"))
                    .thoughtsAndFeelings(List.of("hopes"))
                    .emotion(Option.of(-1))
                    .painPoints(List.of("waits"))
                    .changes(List.of(new Change("queue", "call back", "no waiting")))
                    .blueprint(
                        HashMap.of(
                            BlueprintLayer.PEOPLE,
                            List.of("agent"),
                            BlueprintLayer.TECHNOLOGY,
                            List.of("CRM")))
                    .build())
            .message(
                Message.builder()
                    .id("welcome")
                    .stage("active")
                    .who(Option.of(Audience.persona("olga", "New users")))
                    .what(Option.of("How to start"))
                    .where(Option.of(Channel.EMAIL))
                    .why(Option.of("Make them active"))
                    .when(
                        Option.of(
                            new Timing(
                                "Activated", Duration.ofHours(36), Option.of(LocalTime.of(9, 30)))))
                    .cadence(Option.of(new Cadence(Option.of(Duration.ofDays(30)), Option.of(3))))
                    .build())
            .message(
                Message.builder()
                    .id("nudge")
                    .stage("signed-up")
                    .who(Option.of(Audience.role(BuyingCentreRole.END_USER, "Users")))
                    .where(Option.of(CALL_CENTRE))
                    .build())
            .event(LOGIN)
            .event(PAYMENT)
            .event(EventType.INTERACTION)
            .event(EventType.CRITERION)
            .event(EventType.PURCHASE)
            .event(EventType.MESSAGE_OPENED)
            .fact(Fact.counter("logins", "Logins"))
            .fact(Fact.sum("paid", "Paid, EUR"))
            .fact(Fact.window("recent-logins", "Logins of a week", Duration.ofDays(7), 3))
            .fact(Fact.attribute(Attribute.choice("plan", "basic", "pro").describedAs("The plan")))
            .fact(Fact.attribute(Attribute.wholeNumber("seats")))
            .fact(Fact.lastSeen("login"))
            .fact(Fact.attribute(Attribute.instant("trial-ends")))
            .version(3)
            .migration(
                Migration.from(2)
                    .renameStage("trying", "active")
                    .removeStage("lapsed", "signed-up")
                    .renameCriterion("budget", "money")
                    .removeCriterion("authority")
                    .renameFact("visits", "logins")
                    .removeFact("score")
                    .renameMessage("hello", "welcome")
                    .removeMessage("survey")
                    .build())
            .migration(Migration.from(1).renameStage("new", "signed-up").build())
            .parameters(parameters)
            .buildOrThrow();
    return Playbook.builder(journey)
        .gate(Gate.of("active", Condition.fact("recent-logins").atLeast(3)))
        .gate(
            Gate.of(
                "paying",
                Condition.weightOfCriteriaMet(LinkedHashMap.of("need", 0.6, "money", 0.4), 0.7)))
        .rule(
            Rule.named("Logins are counted", LOGIN)
                .then(
                    Effect.add("logins", 1),
                    Effect.record("recent-logins"),
                    Effect.set("seats", 3),
                    Effect.set("trial-ends", Instant.parse("2026-04-01T00:00:00Z"))))
        .rule(
            Rule.named("Three logins activate", LOGIN)
                .at("signed-up")
                .when(
                    Condition.attribute("device")
                        .isOneOf("web", "mobile")
                        .and(Condition.attribute("first").is(true))
                        .and(Condition.attribute("browser").isPresent())
                        .and(Condition.attribute("invited-by").isAbsent())
                        .and(
                            Condition.attribute("at-local")
                                .isOneOf(Instant.parse("2026-03-02T09:00:00Z"), Instant.EPOCH))
                        .and(Condition.fact("trial-ends").is(Instant.parse("2026-04-01T00:00:00Z")))
                        .or(Condition.sinceLast("login").below(Duration.ofHours(12))))
                .then(Effect.moveTo("active"), Effect.send("welcome")))
        .rule(
            Rule.named("A payment is added", PAYMENT)
                .when(Condition.attribute("amount").above(new BigDecimal("0.99")))
                .then(
                    Effect.addAttribute("paid", "amount"),
                    Effect.setFromAttribute("plan", "plan"),
                    Effect.add("paid", new BigDecimal("0.50")),
                    Effect.countPurchase(),
                    Effect.reset("logins"))
                .priority(2))
        .rule(
            Rule.named("Big payers pay", PAYMENT)
                .at("signed-up", "active")
                .when(
                    Condition.fact("paid")
                        .atLeast(new BigDecimal("100"))
                        .and(Condition.fact("plan").is("pro"))
                        .and(Condition.fact("paid").below(Share.of("2.5", Condition.fact("seats"))))
                        .and(
                            Condition.fact("paid")
                                .atMost(Share.of("10", Condition.attribute("amount"))))
                        .and(Condition.timesSent("welcome").atMost(2))
                        .and(Condition.sinceSent("welcome").atLeast(Duration.ofDays(1)))
                        .and(Condition.sinceOpened("welcome").atMost(Duration.ofDays(30)))
                        .and(Condition.timeInStage().above(Duration.ofMinutes(5)))
                        .and(Condition.timeSinceActivity().below(Duration.ofDays(60)))
                        .and(Condition.purchasesAtLeast(1).not()))
                .then(Effect.moveTo("paying"), Effect.status(CustomerStatus.ACTIVE)))
        .rule(
            Rule.named("Answers move", EventType.INTERACTION)
                .when(
                    Condition.outcomeIs(Outcome.YES)
                        .and(Condition.statusIs(CustomerStatus.ACTIVE, CustomerStatus.GREY))
                        .and(Condition.criteriaMet(1, "need", "money"))
                        .and(Condition.hasMet("need"))
                        .and(Condition.buyingCentreAgrees(journey, 0.5)))
                .then(Effect.advance()))
        .rule(
            Rule.named("No moves back", EventType.INTERACTION)
                .at("active")
                .when(Condition.outcomeIs(Outcome.NO).and(Condition.inStageFor(Duration.ofDays(2))))
                .then(Effect.rollBack(), Effect.sendRegardless("nudge")))
        .rule(
            Rule.named("Criteria", EventType.CRITERION)
                .then(
                    Effect.recordCriterion(),
                    Effect.recordCriterion("need"),
                    Effect.forget("money")))
        .rule(
            Rule.named("Quiet ones go grey", EventType.TIME_PASSED)
                .when(Condition.inactiveFor(Duration.ofDays(90)))
                .then(Effect.status(CustomerStatus.GREY)))
        .buildOrThrow();
  }

  @Test
  void everyPartWrittenAsYamlReadsBackEqual() {
    assertRoundTrip(everything(), Format.YAML);
  }

  @Test
  void everyPartWrittenAsJsonReadsBackEqual() {
    assertRoundTrip(everything(), Format.JSON);
  }

  /**
   * Writes a playbook, reads it back and checks it is the same playbook, part by part and whole,
   * and that writing it again gives the same text.
   */
  static void assertRoundTrip(Playbook playbook, Format format) {
    String written = Definitions.write(playbook, format);
    Validation<Seq<DefinitionProblem>, Playbook> read =
        Definitions.read(written, format, playbook.journey().id() + "." + format);
    assertThat(read.isValid())
        .as("%s reads back without problems: %s", format, read.fold(Seq::mkString, p -> ""))
        .isTrue();
    assertThat(read.get().journey()).isEqualTo(playbook.journey());
    assertThat(read.get().rules()).containsExactlyElementsOf(playbook.rules());
    assertThat(read.get().gates()).containsExactlyElementsOf(playbook.gates());
    assertThat(read.get()).isEqualTo(playbook);
    assertThat(Definitions.write(read.get(), format)).as("written again").isEqualTo(written);
  }

  @Test
  void aRuleWithAConditionWrittenInJavaCannotBeWrittenAndTheWriterSaysWhichRule() {
    Playbook playbook = everything();
    Playbook withLambda =
        Playbook.builder(playbook.journey())
            .rule(
                Rule.named("Weekend logins", LOGIN)
                    .when(Condition.of("on a weekend", (position, event) -> true))
                    .then(Effect.add("logins", 1)))
            .gate(Gate.of("paying", Condition.of("approved by finance", (p, e) -> true)))
            .buildOrThrow();
    assertThatThrownBy(() -> Definitions.write(withLambda, Format.YAML))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rule \"Weekend logins\" has a condition written in Java")
        .hasMessageContaining("\"on a weekend\"")
        .hasMessageContaining("the gate of 'paying' has a condition written in Java");
  }
}
