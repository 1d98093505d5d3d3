package io.github.journeykit.jdbc;

import io.github.journeykit.catalogue.Catalogue;
import io.github.journeykit.model.Event;
import io.github.journeykit.model.Position;
import io.github.journeykit.rules.Decision;
import io.github.journeykit.rules.Engine;
import io.github.journeykit.rules.MessageToSend;
import io.vavr.collection.Seq;
import java.time.Instant;
import java.util.List;

/**
 * What every test of the store needs: a fresh database of the kind the test class runs on, and the
 * journeys it stores. Each behaviour of the store is a contract of its own, tested once and run on
 * every database ({@link EveryContract}: {@link H2StoreTests}, {@link PostgresStoreTests}).
 */
interface StoreContract {

  Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

  /** A fresh database with the store's schema. */
  Database open();

  /** The engine of a ready-made journey, without explanations. */
  static Engine engine(String journey) {
    return Catalogue.get(journey).get().compile().withExplanations(false);
  }

  /** A message to send as {@link Database#outbox()} shows a pending one. */
  static String row(MessageToSend message) {
    return message.customer()
        + ","
        + message.message().id()
        + ","
        + message.sendAt()
        + ","
        + message.rule()
        + ",pending";
  }

  /** The messages of the decisions, each as {@link Database#outbox()} shows a pending one. */
  static List<String> rows(Seq<Decision> decisions) {
    return decisions.flatMap(Decision::messages).map(StoreContract::row).toJavaList();
  }

  /**
   * A customer's position after a replay of their events up to an instant, from their first event.
   */
  static Position replayed(Engine engine, String customer, Seq<Event> events, Instant until) {
    return engine
        .replay(engine.journey().newCustomer(customer, events.head().at()), events, until)
        .position();
  }
}
