package io.github.journeykit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.journeykit.model.CriterionMet;
import io.github.journeykit.model.Event;
import io.github.journeykit.model.InteractionHappened;
import io.github.journeykit.model.Outcome;
import io.github.journeykit.model.Position;
import io.github.journeykit.rules.Engine;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Failures between deciding and committing: the transaction is rolled back whole, and the position
 * and the outbox are as they were.
 */
interface FailureContract extends StoreContract {

  /** What the database holds of the store: every position row and every outbox row. */
  static java.util.List<String> everything(Database database) {
    java.util.List<String> rows =
        new java.util.ArrayList<>(
            database.rows(
                "SELECT customer, journey, version, stage, status, position, next_check, row_version"
                    + " FROM journey_positions ORDER BY customer"));
    rows.addAll(database.outbox());
    return rows;
  }

  @Test
  default void aCrashBeforeTheCommitLeavesPositionAndOutboxAsTheyWere() {
    try (Database database = open()) {
      Engine engine = StoreContract.engine("sales-funnel");
      JourneyStore store = JourneyStore.of(database.dataSource(), engine);
      store.handle("olga", new InteractionHappened(Outcome.NO, T0));
      java.util.List<String> before = everything(database);
      JourneyStore crashing = JourneyStore.of(Faults.crashingAtCommit(database.unpooled()), engine);

      // a message to queue, a position to change, a customer to start: none of them happens
      assertThatThrownBy(
              () -> crashing.handle("olga", new InteractionHappened(Outcome.NO, T0.plusSeconds(1))))
          .isInstanceOfSatisfying(
              StoreException.class,
              e -> {
                assertThat(e.kind()).isEqualTo(StoreException.Kind.DATABASE);
                assertThat(e.getMessage())
                    .startsWith(
                        "storing journey_positions (customer 'olga', journey 'sales-funnel'): the"
                            + " database failed (SQLState 08006): injected");
              });
      assertThatThrownBy(() -> crashing.handle("ivan", new InteractionHappened(Outcome.NO, T0)))
          .isInstanceOf(StoreException.class);
      assertThat(everything(database)).isEqualTo(before);

      // and nothing is left locked: the next event of olga is stored at once
      Handled next = store.handle("olga", new InteractionHappened(Outcome.NO, T0.plusSeconds(2)));
      assertThat(next.rowVersion()).isEqualTo(2);
      assertThat(next.attempts()).isEqualTo(1);
    }
  }

  @Test
  default void aFailureWhileQueueingTheMessagesStoresNoPosition() {
    try (Database database = open()) {
      Engine engine = StoreContract.engine("sales-funnel");
      JourneyStore store = JourneyStore.of(database.dataSource(), engine);
      store.handle("olga", new InteractionHappened(Outcome.YES, T0));
      java.util.List<String> before = everything(database);
      JourneyStore failing =
          JourneyStore.of(
              Faults.beforePrepare(
                  database.dataSource(),
                  sql -> {
                    if (sql.startsWith("INSERT INTO journey_outbox")) {
                      throw new SQLException("injected: the disk is full", "53100");
                    }
                  }),
              engine);

      Event no = new InteractionHappened(Outcome.NO, T0.plusSeconds(1));
      assertThat(engine.decide(store.position("olga").get(), no).messages()).isNotEmpty();
      assertThatThrownBy(() -> failing.handle("olga", no))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("customer 'olga'")
          .hasMessageContaining("the disk is full");
      assertThat(everything(database)).isEqualTo(before);
    }
  }

  @Test
  default void anEventThatLostTheRaceIsDecidedAgainFromTheWinnersPosition() {
    try (Database database = open()) {
      Engine engine = StoreContract.engine("sales-funnel");
      JourneyStore store = JourneyStore.of(database.dataSource(), engine);
      Event first = new InteractionHappened(Outcome.YES, T0);
      Event winner = new CriterionMet("money", T0.plusSeconds(1));
      Event loser = new CriterionMet("need", T0.plusSeconds(2));
      store.handle("olga", first);
      AtomicBoolean raced = new AtomicBoolean();
      JourneyStore racing =
          JourneyStore.of(
              Faults.beforePrepare(
                  database.dataSource(),
                  sql -> {
                    // another event of olga is stored after this one read her position
                    if (sql.startsWith("UPDATE journey_positions") && !raced.getAndSet(true)) {
                      store.handle("olga", winner);
                    }
                  }),
              engine);

      Handled handled = racing.handle("olga", loser);

      assertThat(handled.attempts()).isEqualTo(2);
      assertThat(handled.rowVersion()).isEqualTo(3);
      Position expected =
          engine.finalPosition(
              engine.journey().newCustomer("olga", T0), List.of(first, winner, loser));
      assertThat(store.position("olga")).isEqualTo(Option.of(expected));
      assertThat(expected.criteria()).containsExactly("money", "need");
    }
  }

  @Test
  default void aCustomerWhoseRowKeepsChangingIsReportedAfterTheLastAttempt() {
    try (Database database = open()) {
      Engine engine = StoreContract.engine("sales-funnel");
      JourneyStore store = JourneyStore.of(database.dataSource(), engine);
      store.handle("olga", new InteractionHappened(Outcome.YES, T0));
      JourneyStore contended =
          JourneyStore.of(
                  Faults.beforePrepare(
                      database.dataSource(),
                      sql -> {
                        if (sql.startsWith("UPDATE journey_positions")) {
                          database.update(
                              "UPDATE journey_positions SET row_version = row_version + 1");
                        }
                      }),
                  engine)
              .withAttempts(3);
      java.util.List<String> outbox = database.outbox();
      Position before = store.position("olga").get();

      assertThatThrownBy(
              () ->
                  contended.handle("olga", new InteractionHappened(Outcome.NO, T0.plusSeconds(1))))
          .isInstanceOfSatisfying(
              StoreException.class,
              e -> {
                assertThat(e.kind()).isEqualTo(StoreException.Kind.CONTENDED);
                assertThat(e.getMessage())
                    .isEqualTo(
                        "storing journey_positions (customer 'olga', journey 'sales-funnel'): other"
                            + " transactions got there first, 3 times in a row; nothing was"
                            + " stored, try again");
              });
      assertThat(database.rows("SELECT row_version FROM journey_positions")).containsExactly("4");
      assertThat(store.position("olga")).contains(before);
      assertThat(database.outbox()).isEqualTo(outbox);
    }
  }
}
