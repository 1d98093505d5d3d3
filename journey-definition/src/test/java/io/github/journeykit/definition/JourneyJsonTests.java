package io.github.journeykit.definition;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.journeykit.model.CriterionMet;
import io.github.journeykit.model.CustomerStatus;
import io.github.journeykit.model.Event;
import io.github.journeykit.model.Facts;
import io.github.journeykit.model.InteractionHappened;
import io.github.journeykit.model.Journey;
import io.github.journeykit.model.MessageHistory;
import io.github.journeykit.model.Outcome;
import io.github.journeykit.model.Position;
import io.github.journeykit.model.PurchaseMade;
import io.github.journeykit.model.TimePassed;
import io.github.journeykit.rules.Decision;
import io.github.journeykit.rules.Engine;
import io.github.journeykit.rules.MessageToSend;
import io.github.journeykit.rules.Playbook;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Positions, events, decisions and messages to send as JSON, read back equal. */
class JourneyJsonTests {

  static final Playbook PLAYBOOK = EveryPartTests.everything();
  static final Journey JOURNEY = PLAYBOOK.journey();
  static final JourneyJson JSON = JourneyJson.of(JOURNEY);
  static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

  /** A position of the journey with random values in every kind of fact. */
  static Position randomPosition(Random random, int n) {
    Instant since = T0.plusSeconds(random.nextInt(1_000_000));
    Position position = JOURNEY.newCustomer("customer-" + n, since);
    Facts facts = position.facts();
    for (String criterion : List.of("need", "money")) {
      if (random.nextBoolean()) {
        facts = facts.withCriterion(criterion);
      }
    }
    if (random.nextBoolean()) {
      facts = facts.plus("logins", random.nextInt(50));
    }
    if (random.nextBoolean()) {
      facts = facts.plus("paid", BigDecimal.valueOf(random.nextInt(100_000), 2));
    }
    Instant at = since;
    for (int i = random.nextInt(5); i > 0; i--) {
      at = at.plusSeconds(random.nextInt(100_000));
      facts = facts.recorded("recent-logins", at);
    }
    if (random.nextBoolean()) {
      facts = facts.with("plan", random.nextBoolean() ? "basic" : "pro");
    }
    if (random.nextBoolean()) {
      facts = facts.with("seats", (long) random.nextInt(20));
    }
    if (random.nextBoolean()) {
      facts = facts.seen("login", at);
    }
    if (random.nextBoolean()) {
      facts = facts.with("trial-ends", at.plus(Duration.ofDays(14)));
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      facts = facts.messageSent(random.nextBoolean() ? "welcome" : "nudge", at.plusSeconds(i));
    }
    if (random.nextInt(4) == 0) {
      facts = facts.messageOpened("welcome", at.plusSeconds(30));
    }
    String stage = JOURNEY.stages().get(random.nextInt(JOURNEY.stages().size())).id();
    return position
        .withFacts(facts)
        .movedTo(stage, at)
        .withStatus(CustomerStatus.values()[random.nextInt(3)])
        .activeAt(at.plusSeconds(random.nextInt(1000)));
  }

  static <T> T valid(Validation<Seq<DefinitionProblem>, T> read) {
    assertThat(read.isValid()).as("read: %s", read).isTrue();
    return read.get();
  }

  static Seq<String> problems(Validation<Seq<DefinitionProblem>, ?> read) {
    assertThat(read.isInvalid()).as("refused").isTrue();
    return read.getError().map(DefinitionProblem::toString);
  }

  @Nested
  class Positions {

    @Test
    void a_hundred_thousand_generated_positions_are_read_back_equal() {
      Random random = new Random(15);
      int kinds = 0;
      for (int n = 0; n < 100_000; n++) {
        Position position = randomPosition(random, n);
        String json = JSON.write(position);

        assertThat(json).doesNotContain("\n");
        Position read = valid(JSON.readPosition(json, "positions row " + n));
        if (!read.equals(position)) {
          assertThat(read).as(json).isEqualTo(position);
        }
        kinds |= position.facts().window("recent-logins").isEmpty() ? 0 : 1;
        kinds |= position.facts().messages().isEmpty() ? 0 : 2;
      }
      assertThat(kinds).as("windows and message histories were generated").isEqualTo(3);
    }

    @Test
    void a_position_reads_as_documented() {
      Position position =
          JOURNEY
              .newCustomer("olga", T0)
              .withFacts(
                  JOURNEY
                      .newCustomer("olga", T0)
                      .facts()
                      .withCriterion("need")
                      .plus("logins", 2)
                      .plus("paid", new BigDecimal("12.50"))
                      .recorded("recent-logins", T0)
                      .with("plan", "pro")
                      .messageSent("welcome", T0));

      assertThat(JSON.write(position))
          .isEqualTo(
              "{\"format\":1,\"customer\":\"olga\",\"journey\":\"trial\",\"version\":3,"
                  + "\"since\":\"2026-03-01T09:00:00Z\",\"stage\":\"signed-up\","
                  + "\"status\":\"active\",\"enteredStageAt\":\"2026-03-01T09:00:00Z\","
                  + "\"lastActiveAt\":\"2026-03-01T09:00:00Z\",\"criteria\":[\"need\"],"
                  + "\"facts\":{\"logins\":2,\"paid\":12.5,"
                  + "\"recent-logins\":[\"2026-03-01T09:00:00Z\"],\"plan\":\"pro\"},"
                  + "\"messages\":{\"welcome\":{\"timesSent\":1,"
                  + "\"lastSent\":\"2026-03-01T09:00:00Z\"}}}");
    }

    @Test
    void the_ids_read_are_the_journeys_own_so_the_engine_finds_them_by_identity() {
      Position read = valid(JSON.readPosition(JSON.write(randomPosition(new Random(1), 1)), "row"));

      String stage = read.stage();
      assertThat(JOURNEY.stages().exists(s -> s.id() == stage)).isTrue();
      assertThat(read.journey()).isSameAs(JOURNEY.id());
      assertThat(read.facts().declared()).isSameAs(JOURNEY.facts());
    }

    @Test
    void a_position_of_an_older_version_is_carried_over_as_it_is_read() {
      String older =
          "{\"format\":1,\"customer\":\"olga\",\"journey\":\"trial\",\"version\":1,"
              + "\"since\":\"2026-03-01T09:00:00Z\",\"stage\":\"new\",\"status\":\"grey\","
              + "\"enteredStageAt\":\"2026-03-01T09:00:00Z\","
              + "\"lastActiveAt\":\"2026-03-02T09:00:00Z\",\"criteria\":[\"budget\",\"authority\"],"
              + "\"facts\":{\"visits\":4,\"score\":7},"
              + "\"messages\":{\"hello\":{\"timesSent\":1,\"lastSent\":\"2026-03-01T09:00:00Z\"},"
              + "\"survey\":{\"timesSent\":2,\"lastSent\":\"2026-03-01T09:00:00Z\"}}}";

      Position read = valid(JSON.readPosition(older, "old.json"));

      assertThat(read.version()).isEqualTo(3);
      assertThat(read.stage()).isEqualTo("signed-up");
      assertThat(read.criteria()).containsExactly("money");
      assertThat(read.facts().count("logins")).isEqualTo(4);
      assertThat(read.facts().messages().keySet()).containsExactly("welcome");
      assertThat(read.facts().message("welcome").timesSent()).isEqualTo(1);
    }

    @Test
    void every_mistake_is_located_and_nothing_is_made() {
      String spoiled =
          "{\"format\":1,\"customer\":\"olga\",\"journey\":\"trial\",\"version\":3,"
              + "\"since\":\"yesterday\",\"stage\":\"activ\",\"status\":\"gray\","
              + "\"enteredStageAt\":\"2026-03-01T09:00:00Z\","
              + "\"lastActiveAt\":\"2026-03-01T09:00:00Z\",\"criteria\":[\"mony\"],"
              + "\"facts\":{\"logins\":2.5,\"plan\":\"gold\",\"recent-logins\":"
              + "[\"2026-03-02T09:00:00Z\",\"2026-03-01T09:00:00Z\"]},\"colour\":1}";

      assertThat(problems(JSON.readPosition(spoiled, "row 7")))
          .containsExactly(
              "row 7:1:312: colour: unknown key; the keys here are"
                  + " format, customer, journey, version, since, stage, status, enteredStageAt,"
                  + " lastActiveAt, criteria, facts, messages",
              "row 7:1:69: since: expected an instant such as 2026-03-02T09:00:00Z, got"
                  + " 'yesterday'",
              "row 7:1:89: stage: the journey has no stage 'activ' (did you mean 'active'?);"
                  + " its stages: signed-up, active, paying",
              "row 7:1:106: status: unknown value 'gray' (did you mean 'grey'?); one of active,"
                  + " grey, blue",
              "row 7:1:203: criteria[0]: the journey has no criterion 'mony' (did you mean"
                  + " 'money'?); known: need, money",
              "row 7:1:229: facts.logins: expected a whole number, the counter's count, got 2.5",
              "row 7:1:240: facts.plan: 'gold' is not one of basic, pro",
              "row 7:1:287: facts.recent-logins[1]: the instants of a window go oldest first");
    }

    @Test
    void another_journey_a_newer_version_and_a_newer_format_are_refused_with_the_reason() {
      String position = JSON.write(JOURNEY.newCustomer("olga", T0));

      assertThat(problems(JSON.readPosition(position.replace("\"trial\"", "\"shop\""), "r")))
          .containsExactly("r:1:41: journey: the position is in journey 'shop', not 'trial'");
      assertThat(
              problems(JSON.readPosition(position.replace("\"version\":3", "\"version\":4"), "r")))
          .containsExactly(
              "r:1:59: version: the position was decided by version 4 of journey 'trial', newer"
                  + " than this version 3");
      assertThat(problems(JSON.readPosition(position.replace("\"format\":1", "\"format\":2"), "r")))
          .containsExactly(
              "r:1:11: format: format 2 is not format 1, the one this version of Journey reads");
      assertThat(problems(JSON.readPosition("{\"format\":1,", "r")))
          .hasSize(1)
          .allMatch(problem -> problem.startsWith("r:1:"));
    }
  }

  @Nested
  class EventsDecisionsAndMessages {

    List<Event> events() {
      return List.of(
          Event.of(EveryPartTests.LOGIN, T0, "device", "web", "first", true, "browser", "Firefox"),
          Event.of(
              EveryPartTests.LOGIN,
              T0.plusSeconds(60),
              "at-local",
              Instant.parse("2026-03-02T09:00:00Z"),
              "invited-by",
              "boris"),
          Event.of(EveryPartTests.LOGIN, T0.plusSeconds(90), "device", "mobile"),
          Event.of(EveryPartTests.PAYMENT, T0.plusSeconds(120), "amount", new BigDecimal("120.50"))
              .via("support-line", "call-centre"),
          Event.of(
              EveryPartTests.PAYMENT,
              T0.plusSeconds(180),
              "amount",
              new BigDecimal("1.00"),
              "seats",
              12L,
              "plan",
              "pro"),
          new InteractionHappened(Outcome.YES, T0.plusSeconds(240)),
          new CriterionMet("need", T0.plusSeconds(300)),
          new PurchaseMade(
              Option.of("basket-7"), Option.of(new BigDecimal("9.99")), T0.plusSeconds(360)),
          new TimePassed(T0.plus(Duration.ofDays(100))));
    }

    @Test
    void events_of_every_kind_are_read_back_equal() {
      for (Event event : events()) {
        assertThat(valid(JSON.readEvent(JSON.write(event), "event"))).isEqualTo(event);
      }
      assertThat(JSON.write(events().get(3)))
          .isEqualTo(
              "{\"format\":1,\"type\":\"payment\",\"at\":\"2026-03-01T09:02:00Z\","
                  + "\"attributes\":{\"amount\":120.5},\"touchpoint\":\"support-line\","
                  + "\"channel\":\"call-centre\"}");
    }

    @Test
    void a_bad_event_is_refused_with_every_mistake_located() {
      assertThat(
              problems(
                  JSON.readEvent(
                      "{\"format\":1,\"type\":\"logn\",\"at\":\"2026-03-01T09:00:00Z\"}", "e")))
          .containsExactly(
              "e:1:20: type: the journey has no event type 'logn' (did you mean 'login'?); its"
                  + " event types: login, payment, interaction, criterion, purchase,"
                  + " message_opened, time_passed");
      assertThat(
              problems(
                  JSON.readEvent(
                      "{\"format\":1,\"type\":\"payment\",\"at\":\"2026-03-01T09:00:00Z\","
                          + "\"attributes\":{\"amount\":\"ten\",\"colour\":\"red\"}}",
                      "e")))
          .containsExactly(
              "e:1:81: attributes.amount: 'ten' is not a decimal amount such as 12.50",
              "e:1:96: attributes.colour: the event type declares no such attribute; its"
                  + " attributes: amount (amount, required), seats (whole_number), plan (one of"
                  + " basic, pro)");
    }

    @Test
    void decisions_made_without_explanations_and_rejections_are_read_back_equal() {
      Engine engine = PLAYBOOK.compile().withExplanations(false);
      Position position = JOURNEY.newCustomer("olga", T0);
      List<Decision> decisions = new ArrayList<>();
      for (Event event : events()) {
        Decision decision = engine.decide(position, event);
        decisions.add(decision);
        position = decision.after();
      }
      decisions.add(engine.decide(position, new CriterionMet("unknown", T0.plusSeconds(999))));

      assertThat(decisions).anyMatch(Decision::isRejected);
      assertThat(decisions).anyMatch(decision -> !decision.messages().isEmpty());
      assertThat(decisions).anyMatch(decision -> decision.nextCheck().isDefined());
      for (Decision decision : decisions) {
        assertThat(valid(JSON.readDecision(JSON.write(decision), "decision"))).isEqualTo(decision);
      }
    }

    @Test
    void an_explained_decision_keeps_its_explanation_as_text_for_people() {
      Decision explained =
          PLAYBOOK.compile().decide(JOURNEY.newCustomer("olga", T0), events().get(0));

      String json = JSON.write(explained);
      Decision read = valid(JSON.readDecision(json, "decision"));

      assertThat(json).contains("\"explanation\":\"");
      assertThat(read.after()).isEqualTo(explained.after());
      assertThat(read.messages()).isEqualTo(explained.messages());
      assertThat(read.explanation().isRecorded()).isFalse();
    }

    @Test
    void messages_to_send_are_read_back_equal_and_name_a_message_of_the_journey() {
      MessageToSend send =
          new MessageToSend("olga", JOURNEY.message("welcome").get(), T0, "Three logins activate");

      assertThat(valid(JSON.readMessage(JSON.write(send), "m"))).isEqualTo(send);
      assertThat(problems(JSON.readMessage(JSON.write(send).replace("welcome", "welcom"), "m")))
          .containsExactly(
              "m:1:41: message: the journey has no message 'welcom' (did you mean 'welcome'?);"
                  + " its messages: welcome, nudge");
    }

    @Test
    void a_message_history_is_kept_whole() {
      MessageHistory history = new MessageHistory(3, Option.of(T0), Option.of(T0.plusSeconds(5)));
      Position position =
          JOURNEY
              .newCustomer("olga", T0)
              .withFacts(JOURNEY.newCustomer("olga", T0).facts().withMessage("nudge", history));

      assertThat(valid(JSON.readPosition(JSON.write(position), "p")).facts().message("nudge"))
          .isEqualTo(history);
    }
  }
}
