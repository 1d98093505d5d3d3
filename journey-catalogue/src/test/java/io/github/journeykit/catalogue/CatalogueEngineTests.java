package io.github.journeykit.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.journeykit.model.CustomerStatus;
import io.github.journeykit.model.Event;
import io.github.journeykit.model.EventType;
import io.github.journeykit.model.MessageOpened;
import io.github.journeykit.model.Position;
import io.github.journeykit.model.PurchaseMade;
import io.github.journeykit.model.Stage;
import io.github.journeykit.model.TimePassed;
import io.github.journeykit.rules.Decision;
import io.github.journeykit.rules.Engine;
import io.github.journeykit.rules.Playbook;
import io.github.journeykit.rules.Replay;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The engine's tests over the ready-made journeys (they were in journey-rules' {@code EngineTests}
 * while the catalogue was there): the quiet and the explaining engine decide alike, replay does not
 * depend on chunks, an unknown message is rejected, the clock is read only for now.
 */
class CatalogueEngineTests {

  static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

  /** Makes an event of a type from a detail, for the tests' generated logs. */
  static final class EventFactory {

    private EventFactory() {}

    static Event of(EventType type, String detail, Instant at, Random random) {
      if (type == EventType.PURCHASE) {
        return switch (random.nextInt(3)) {
          case 0 -> PurchaseMade.of(at);
          case 1 -> PurchaseMade.of(random.nextBoolean() ? "a" : "c", at);
          default ->
              new PurchaseMade(
                  io.vavr.control.Option.none(),
                  io.vavr.control.Option.of(java.math.BigDecimal.valueOf(random.nextInt(50_000))),
                  at);
        };
      }
      boolean number =
          type.detailAttribute()
              .exists(
                  a ->
                      a.kind() == io.github.journeykit.model.AttributeKind.AMOUNT
                          || a.kind() == io.github.journeykit.model.AttributeKind.WHOLE_NUMBER);
      if (number) {
        detail = String.valueOf(random.nextInt(100_000));
      }
      String given = type.detailAttribute().exists(a -> a.isRequired()) ? detail : "";
      return type.fromDetail(given, at).get();
    }
  }

  @Nested
  class Explanations {
    @Test
    void changeNoDecisionOfAnyCatalogueJourneyWhenSwitchedOff() {
      // The quiet engine looks only at the lane of the event's outcome and keeps its decisions
      // compact; the explaining one looks at every rule of the bucket.
      Random random = new Random(11);
      int messages = 0;
      for (Playbook playbook : Catalogue.all()) {
        Engine explaining = playbook.compile();
        Engine quiet = explaining.withExplanations(false);
        Seq<String> stages = playbook.journey().stages().map(Stage::id);
        Seq<String> criteria = playbook.journey().criteria().map(c -> c.id());
        Seq<EventType> types = playbook.eventTypes();
        for (int i = 0; i < 2_000; i++) {
          Position position =
              Position.of(
                  "c",
                  playbook.journey().id(),
                  stages.get(random.nextInt(stages.size())),
                  CustomerStatus.values()[random.nextInt(3)],
                  io.vavr.collection.TreeSet.ofAll(criteria.filter(c -> random.nextBoolean())),
                  random.nextInt(3),
                  T0,
                  T0);
          EventType type = types.get(random.nextInt(types.size()));
          Seq<String> details = playbook.detailsOf(type).getOrElse(List.of("-"));
          Event event =
              EventFactory.of(
                  type, details.get(random.nextInt(details.size())), T0.plusSeconds(60), random);
          Decision decided = quiet.decide(position, event);
          Decision explained = explaining.decide(position, event);
          assertThat(decided.after()).as("%s on %s", position, event).isEqualTo(explained.after());
          assertThat(decided.messages()).isEqualTo(explained.messages());
          assertThat(decided.rejection()).isEqualTo(explained.rejection());
          messages += decided.messages().size();
        }
      }
      assertThat(messages).as("messages sent by the quiet engines").isGreaterThan(100);
    }
  }

  @Nested
  class BadInput {
    @Test
    void anUnknownMessageIsRejected() {
      Engine email = Catalogue.get("email-scheme").get().compile();
      assertThat(
              email
                  .decide(email.journey().newCustomer("c", T0), new MessageOpened("spam", T0))
                  .rejection()
                  .get())
          .startsWith(
              "event 'message_opened', attribute 'message': journey 'email-scheme' has no message"
                  + " 'spam'; its messages: welcome, about-delivery,");
    }
  }

  @Nested
  class Time {
    @Test
    void theClockIsReadOnlyForNow() {
      Clock clock = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
      Engine email = Catalogue.get("email-scheme").get().compile().withClock(clock);
      Position customer = email.newCustomer("c");
      assertThat(customer.enteredStageAt()).isEqualTo(clock.instant());
      // a subscriber since January who has opened no letter since
      Position quietSince = email.journey().newCustomer("c", Instant.parse("2026-01-01T00:00:00Z"));
      Decision tick = email.timePasses(quietSince);
      assertThat(tick.event()).isEqualTo(new TimePassed(clock.instant()));
      assertThat(tick.messages().map(m -> m.message().id())).containsExactly("we-miss-you");
      assertThat(tick.after().lastActiveAt()).isEqualTo(quietSince.lastActiveAt());
    }
  }

  @Nested
  class Replaying {
    static final Seq<Engine> ENGINES = Catalogue.all().map(Playbook::compile);

    /** A seeded event log with every event type the journey knows, instants in order. */
    static java.util.List<Event> log(Engine engine, Random random, int length) {
      Seq<EventType> types = engine.playbook().eventTypes();
      java.util.List<Event> events = new ArrayList<>();
      Instant at = T0;
      for (int i = 0; i < length; i++) {
        at = at.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 20)));
        EventType type = types.get(random.nextInt(types.size()));
        Seq<String> details = engine.playbook().detailsOf(type).getOrElse(List.empty());
        String detail = details.isEmpty() ? "x" : details.get(random.nextInt(details.size()));
        events.add(EventFactory.of(type, detail, at, random));
      }
      return events;
    }

    @Test
    void isDeterministicAndIndependentOfHowTheLogIsSplitIntoChunks() {
      Random random = new Random(42);
      int logs = 0;
      for (Engine engine : ENGINES) {
        for (int i = 0; i < 250; i++, logs++) {
          java.util.List<Event> events = log(engine, random, 1 + random.nextInt(60));
          Position start = engine.journey().newCustomer("c-" + i, T0);
          Replay whole = engine.replay(start, events);
          assertThat(engine.replay(start, events)).isEqualTo(whole);
          int split = random.nextInt(events.size() + 1);
          Replay first = engine.replay(start, events.subList(0, split));
          Replay second = engine.replay(first.position(), events.subList(split, events.size()));
          assertThat(second.position()).isEqualTo(whole.position());
          assertThat(first.decisions().appendAll(second.decisions()).map(Decision::after))
              .isEqualTo(whole.decisions().map(Decision::after));
          assertThat(engine.finalPosition(start, events)).isEqualTo(whole.position());
        }
      }
      assertThat(logs).isEqualTo(2000);
    }
  }
}
