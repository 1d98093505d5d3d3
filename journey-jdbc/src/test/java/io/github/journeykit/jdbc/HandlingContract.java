package io.github.journeykit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.journeykit.catalogue.Catalogue;
import io.github.journeykit.model.CriterionMet;
import io.github.journeykit.model.Event;
import io.github.journeykit.model.InteractionHappened;
import io.github.journeykit.model.Outcome;
import io.github.journeykit.model.Position;
import io.github.journeykit.model.PurchaseMade;
import io.github.journeykit.rules.Decision;
import io.github.journeykit.rules.Engine;
import io.github.journeykit.rules.Replay;
import io.github.journeykit.testkit.CustomerGenerator;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** One event of one customer, handled in one transaction: loaded, decided, saved, queued. */
interface HandlingContract extends StoreContract {

  @Test
  default void startsACustomerAtTheirFirstEventAndQueuesTheDecisionsMessages() {
    try (Database database = open()) {
      Engine engine = StoreContract.engine("email-scheme");
      JourneyStore store = JourneyStore.of(database.dataSource(), engine);

      Handled handled = store.handle("olga", new CriterionMet("ordered", T0));

      Decision expected =
          engine.decide(engine.journey().newCustomer("olga", T0), new CriterionMet("ordered", T0));
      assertThat(handled.decisions()).containsExactly(expected);
      assertThat(handled.rowVersion()).isEqualTo(1);
      assertThat(handled.attempts()).isEqualTo(1);
      assertThat(store.position("olga")).contains(expected.after());
      assertThat(
              database.rows(
                  "SELECT customer, journey, version, stage, status, row_version"
                      + " FROM journey_positions"))
          .containsExactly("olga,email-scheme,1,order-placed,active,1");
      assertThat(database.outbox())
          .containsExactly(
              "olga,order-received,2026-03-01T09:00:00Z,An order gets the trigger letter,pending");
    }
  }

  @Test
  default void keepsTheCustomersPositionFromOneEventToTheNext() {
    try (Database database = open()) {
      Engine engine = StoreContract.engine("sales-funnel");
      JourneyStore store = JourneyStore.of(database.dataSource(), engine);
      Seq<Event> events =
          List.of(
              new InteractionHappened(Outcome.YES, T0),
              new CriterionMet("money", T0.plusSeconds(60)),
              new CriterionMet("need", T0.plusSeconds(120)),
              new InteractionHappened(Outcome.YES, T0.plusSeconds(180)),
              PurchaseMade.of(T0.plusSeconds(240)));

      long version = 0;
      for (Event event : events) {
        version = store.handle("olga", event).rowVersion();
      }

      Replay replay = engine.replay(engine.journey().newCustomer("olga", T0), events);
      assertThat(version).isEqualTo(5);
      assertThat(store.position("olga")).contains(replay.position());
      assertThat(store.position("olga").get().stage()).isEqualTo("purchased");
      assertThat(database.outbox()).isEqualTo(StoreContract.rows(replay.decisions()));
      assertThat(store.position("ivan")).isEmpty();
    }
  }

  @Test
  default void decidesTheTicksThatFellDueBeforeAnEventFirst() {
    try (Database database = open()) {
      Engine engine = StoreContract.engine("email-scheme");
      JourneyStore store = JourneyStore.of(database.dataSource(), engine);
      store.handle("olga", new CriterionMet("ordered", T0));

      // two days later, without a scheduler: both reminders were due before the payment
      Handled paid = store.handle("olga", PurchaseMade.of(T0.plus(Duration.ofDays(2))));

      assertThat(paid.decisions().map(d -> d.event().type().id()))
          .containsExactly("time_passed", "time_passed", "purchase");
      assertThat(paid.decisions().take(2).map(d -> d.event().at()))
          .containsExactly(T0.plus(Duration.ofHours(2)), T0.plus(Duration.ofDays(1)));
      assertThat(paid.messages().map(m -> m.message().id()))
          .startsWith("payment-reminder", "second-payment-reminder");
      assertThat(paid.rowVersion()).isEqualTo(2);
      Seq<Event> events =
          List.of(new CriterionMet("ordered", T0), PurchaseMade.of(T0.plus(Duration.ofDays(2))));
      assertThat(store.position("olga"))
          .contains(StoreContract.replayed(engine, "olga", events, T0.plus(Duration.ofDays(2))));
    }
  }

  @Test
  default void aRejectedEventChangesNothing() {
    try (Database database = open()) {
      JourneyStore store =
          JourneyStore.of(database.dataSource(), StoreContract.engine("sales-funnel"));
      Handled first = store.handle("olga", new CriterionMet("colour", T0));
      assertThat(first.decision().rejection().get()).contains("colour");
      assertThat(first.rowVersion()).isZero();
      assertThat(database.count("journey_positions")).isZero();

      store.handle("olga", new InteractionHappened(Outcome.NO, T0));
      Position before = store.position("olga").get();
      java.util.List<String> outbox = database.outbox();
      Handled rejected = store.handle("olga", new CriterionMet("colour", T0.plusSeconds(1)));

      assertThat(rejected.decision().isRejected()).isTrue();
      assertThat(rejected.rowVersion()).isEqualTo(1);
      assertThat(store.position("olga")).contains(before);
      assertThat(database.outbox()).isEqualTo(outbox);
    }
  }

  /**
   * Generated customers of every ready-made journey, their events handled one by one in time order
   * and the due customers handled at the end: the positions stored and the messages queued are
   * those of a replay of each customer's events up to the end.
   */
  @Test
  default void storesWhatAReplayDecidesForGeneratedCustomersOfEveryJourney() {
    for (String id : Catalogue.ids()) {
      try (Database database = open()) {
        Engine engine = StoreContract.engine(id);
        JourneyStore store = JourneyStore.of(database.dataSource(), engine);
        CustomerGenerator customers = CustomerGenerator.of(Catalogue.get(id).get()).lengths(1, 15);
        Random random = new Random(17);
        java.util.List<Seq<Event>> histories = new ArrayList<>();
        java.util.List<Object[]> all = new ArrayList<>();
        for (int c = 0; c < 20; c++) {
          Seq<Event> events = customers.events(random);
          histories.add(events);
          for (Event event : events) {
            all.add(new Object[] {"c" + c, event});
          }
        }
        all.sort(Comparator.comparing((Object[] e) -> ((Event) e[1]).at()));
        Instant end = ((Event) all.get(all.size() - 1)[1]).at().plus(Duration.ofDays(30));
        for (Object[] e : all) {
          store.handle((String) e[0], (Event) e[1]);
        }
        while (!store.handleDue(end, 7).isEmpty()) {
          // until no one is due
        }

        java.util.List<String> expected = new ArrayList<>();
        for (int c = 0; c < histories.size(); c++) {
          Seq<Event> events = histories.get(c);
          Position start = engine.journey().newCustomer("c" + c, events.head().at());
          Replay replay = engine.replay(start, events, end);
          assertThat(store.position("c" + c)).as("%s c%s", id, c).contains(replay.position());
          expected.addAll(StoreContract.rows(replay.decisions()));
        }
        assertThat(database.outbox()).as(id).containsExactlyInAnyOrderElementsOf(expected);
      }
    }
  }
}
