package io.github.journeykit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.journeykit.definition.JourneyJson;
import io.github.journeykit.model.CriterionMet;
import io.github.journeykit.model.Event;
import io.github.journeykit.rules.Engine;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The customers whose next check is due: handed out in batches, to one worker each, and ticked at
 * the instants their checks fell due. The email scheme reminds a customer who ordered and did not
 * pay after 2 hours, and again after a day.
 */
interface DueContract extends StoreContract {

  static JourneyStore ordered(Database database, int customers, Duration apart) {
    JourneyStore store =
        JourneyStore.of(database.dataSource(), StoreContract.engine("email-scheme"));
    for (int c = 0; c < customers; c++) {
      store.handle("c" + c, new CriterionMet("ordered", T0.plus(apart.multipliedBy(c))));
    }
    return store;
  }

  @Test
  default void handsOutTheCustomersWhoseCheckIsDueTheLongestDueFirst() {
    try (Database database = open()) {
      JourneyStore store = ordered(database, 3, Duration.ofHours(1));
      assertThat(database.rows("SELECT customer, next_check FROM journey_positions ORDER BY 1"))
          .hasSize(3)
          .allMatch(row -> !row.endsWith(",null"));

      Seq<Handled> due = store.handleDue(T0.plus(Duration.ofHours(3)), 10);

      assertThat(due.map(Handled::customer)).containsExactly("c0", "c1");
      assertThat(due.map(h -> h.decisions().map(d -> d.event().at())))
          .containsExactly(
              List.of(T0.plus(Duration.ofHours(2))), List.of(T0.plus(Duration.ofHours(3))));
      assertThat(due.flatMap(Handled::messages).map(m -> m.message().id()))
          .containsExactly("payment-reminder", "payment-reminder");
      assertThat(due.map(Handled::rowVersion)).containsExactly(2L, 2L);
      assertThat(store.handleDue(T0.plus(Duration.ofHours(3)), 10)).isEmpty();
      assertThat(store.handleDue(T0.plus(Duration.ofHours(4)), 10).map(Handled::customer))
          .containsExactly("c2");
    }
  }

  @Test
  default void ticksEachCheckAtTheInstantItFellDueHoweverLateTheSchedulerRuns() {
    try (Database database = open()) {
      JourneyStore store = ordered(database, 1, Duration.ZERO);
      Instant late = T0.plus(Duration.ofDays(10));

      Seq<Handled> due = store.handleDue(late, 10);

      assertThat(due).hasSize(1);
      assertThat(due.head().decisions().map(d -> d.event().at()))
          .containsExactly(T0.plus(Duration.ofHours(2)), T0.plus(Duration.ofDays(1)));
      Seq<Event> events = List.of(new CriterionMet("ordered", T0));
      Engine engine = store.engine();
      assertThat(store.position("c0")).contains(StoreContract.replayed(engine, "c0", events, late));
      assertThat(database.outbox())
          .isEqualTo(
              StoreContract.rows(
                  engine.replay(engine.journey().newCustomer("c0", T0), events, late).decisions()));
      assertThat(store.handleDue(late, 10)).isEmpty();
    }
  }

  /** Two workers claim at the same time, each in a transaction still open: no customer twice. */
  @Test
  default void neverHandsOneCustomerToTwoWorkers() throws Exception {
    try (Database database = open()) {
      JourneyStore store = ordered(database, 10, Duration.ofMinutes(1));
      Instant now = T0.plus(Duration.ofDays(1));
      try (Connection first = database.dataSource().getConnection();
          Connection second = database.dataSource().getConnection()) {
        Positions positions =
            new Positions(JourneyJson.of(store.engine().journey()), Dialect.of(first));
        first.setAutoCommit(false);
        second.setAutoCommit(false);
        Set<String> one = customers(positions.claimDue(first, now, 4));
        Set<String> other = customers(positions.claimDue(second, now, 4));

        assertThat(one).containsExactlyInAnyOrder("c0", "c1", "c2", "c3");
        assertThat(other).doesNotContainAnyElementsOf(one);
        if (database.name().equals("PostgreSQL")) {
          assertThat(other).containsExactlyInAnyOrder("c4", "c5", "c6", "c7");
        }
        first.rollback();
        second.rollback();
      }
    }
  }

  private static Set<String> customers(java.util.List<Positions.Row> rows) {
    return rows.stream().map(row -> row.position().customer()).collect(Collectors.toSet());
  }

  /** Four workers loop around the query at once: every due customer is handled exactly once. */
  @Test
  default void workersAtTheSameTimeHandleEveryDueCustomerExactlyOnce() throws Exception {
    try (Database database = open()) {
      int customers = 200;
      JourneyStore store = ordered(database, customers, Duration.ofSeconds(10));
      Instant now = T0.plus(Duration.ofHours(3));
      ExecutorService workers = Executors.newFixedThreadPool(4);
      java.util.List<String> handled = Collections.synchronizedList(new ArrayList<>());
      java.util.List<Future<?>> running = new ArrayList<>();
      for (int w = 0; w < 4; w++) {
        running.add(
            workers.submit(
                () -> {
                  Seq<Handled> batch;
                  do {
                    batch = store.handleDue(now, 7);
                    batch.forEach(h -> handled.add(h.customer()));
                  } while (!batch.isEmpty());
                }));
      }
      for (Future<?> worker : running) {
        worker.get();
      }
      workers.shutdown();

      assertThat(handled).hasSize(customers).doesNotHaveDuplicates();
      assertThat(new HashSet<>(handled)).hasSize(customers);
      assertThat(database.rows("SELECT DISTINCT row_version FROM journey_positions"))
          .containsExactly("2");
      assertThat(database.outbox().stream().filter(row -> row.contains(",payment-reminder,")))
          .hasSize(customers);
      assertThat(store.handleDue(now, 7)).isEmpty();
    }
  }
}
