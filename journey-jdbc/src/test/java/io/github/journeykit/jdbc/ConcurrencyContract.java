package io.github.journeykit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.journeykit.catalogue.Catalogue;
import io.github.journeykit.model.Event;
import io.github.journeykit.rules.Engine;
import io.github.journeykit.rules.Replay;
import io.github.journeykit.testkit.CustomerGenerator;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Many events of the same customers at once: no update is lost, no message lost or doubled. */
interface ConcurrencyContract extends StoreContract {

  int THREADS = 8;
  int EVENTS_PER_THREAD = 10_000;
  int CUSTOMERS = 100;

  /** One event, the customer it happened to, and what the store did with it. */
  record Done(String customer, Event event, Handled handled) {}

  /**
   * 8 threads handle 10,000 events each of the same 100 customers of the email scheme (the
   * ready-made journey with the most messages and time-based rules), each customer's events dealt
   * out at random among the threads, so that events of one customer race each other all the time.
   * The row versions say in which order each customer's events were stored: exactly once each, one
   * after the other. A sequential replay of every customer's events in that order, up to the same
   * end, gives the positions stored and exactly the messages queued.
   */
  @Test
  default void eightThreadsLoseNoUpdateAndNoMessageAndDoubleNone() throws Exception {
    try (Database database = open()) {
      Engine engine = StoreContract.engine("email-scheme");
      JourneyStore store = JourneyStore.of(database.dataSource(), engine);
      int perCustomer = THREADS * EVENTS_PER_THREAD / CUSTOMERS;
      CustomerGenerator generator =
          CustomerGenerator.of(Catalogue.get("email-scheme").get())
              .lengths(perCustomer, perCustomer);
      Random random = new Random(8);
      List<Done> work = new ArrayList<>();
      Instant last = T0;
      for (int c = 0; c < CUSTOMERS; c++) {
        for (Event event : generator.events(random)) {
          work.add(new Done("c" + c, event, null));
          last = event.at().isAfter(last) ? event.at() : last;
        }
      }
      Collections.shuffle(work, random);

      List<Done> done = Collections.synchronizedList(new ArrayList<>(work.size()));
      ExecutorService threads = Executors.newFixedThreadPool(THREADS);
      List<Future<?>> running = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        List<Done> mine = work.subList(t * EVENTS_PER_THREAD, (t + 1) * EVENTS_PER_THREAD);
        running.add(
            threads.submit(
                () -> {
                  for (Done event : mine) {
                    done.add(
                        new Done(
                            event.customer(),
                            event.event(),
                            store.handle(event.customer(), event.event())));
                  }
                }));
      }
      for (Future<?> thread : running) {
        thread.get();
      }
      threads.shutdown();
      assertThat(threads.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
      Instant end = last.plus(Duration.ofDays(365));
      while (!store.handleDue(end, 50).isEmpty()) {
        // until no one is due
      }

      Map<String, List<Done>> byCustomer = new TreeMap<>();
      for (Done event : done) {
        byCustomer.computeIfAbsent(event.customer(), c -> new ArrayList<>()).add(event);
      }
      assertThat(byCustomer).hasSize(CUSTOMERS);
      List<String> expected = new ArrayList<>();
      long retried = done.stream().filter(d -> d.handled().attempts() > 1).count();
      for (Map.Entry<String, List<Done>> customer : byCustomer.entrySet()) {
        List<Done> events = customer.getValue();
        assertThat(events)
            .as("no event of %s is rejected", customer.getKey())
            .allMatch(d -> d.handled().decisions().forAll(decision -> !decision.isRejected()));
        events.sort(Comparator.comparingLong(d -> d.handled().rowVersion()));
        assertThat(events.stream().mapToLong(d -> d.handled().rowVersion()))
            .as("each event of %s stored once, one after the other", customer.getKey())
            .containsExactlyElementsOf(
                java.util.stream.LongStream.rangeClosed(1, perCustomer).boxed().toList());
        Seq<Event> inOrder = Vector.ofAll(events).map(Done::event);
        Replay replay =
            engine.replay(
                engine.journey().newCustomer(customer.getKey(), inOrder.head().at()), inOrder, end);
        assertThat(store.position(customer.getKey()))
            .as("%s (%s events retried in all)", customer.getKey(), retried)
            .contains(replay.position());
        expected.addAll(StoreContract.rows(replay.decisions()));
      }
      // sorted, as a multiset: a lost message or a doubled one shows in the difference
      List<String> queued = new ArrayList<>(database.outbox());
      Collections.sort(queued);
      Collections.sort(expected);
      assertThat(queued).hasSize(expected.size()).isEqualTo(expected);
    }
  }
}
