package io.github.journeykit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.journeykit.model.CriterionMet;
import io.vavr.collection.Seq;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The outbox: read and marked sent, or delivered, each message to one sender. An order in the email
 * scheme queues the order-received letter at once; two hours later, unpaid, the payment reminder.
 */
interface OutboxContract extends StoreContract {

  @Test
  default void givesThePendingMessagesWhoseTimeHasComeTheEarliestFirst() {
    try (Database database = open()) {
      JourneyStore store = DueContract.ordered(database, 3, Duration.ofHours(1));
      store.handleDue(T0.plus(Duration.ofHours(3)), 10);
      Outbox outbox = store.outbox();

      Seq<OutboxMessage> pending = outbox.pending(T0.plus(Duration.ofHours(2)), 10);

      assertThat(pending.map(m -> m.customer() + " " + m.message().id() + " " + m.sendAt()))
          .containsExactly(
              "c0 order-received 2026-03-01T09:00:00Z",
              "c1 order-received 2026-03-01T10:00:00Z",
              "c2 order-received 2026-03-01T11:00:00Z",
              "c0 payment-reminder 2026-03-01T11:00:00Z");
      assertThat(pending.head().toSend())
          .isEqualTo(
              store
                  .engine()
                  .decide(
                      store.engine().journey().newCustomer("c0", T0),
                      new CriterionMet("ordered", T0))
                  .messages()
                  .head());
      assertThat(outbox.pending(T0.plus(Duration.ofHours(2)), 2)).hasSize(2);
      assertThat(outbox.pending(T0.minusSeconds(1), 10)).isEmpty();
    }
  }

  @Test
  default void aMessageMarkedSentIsNotPendingAnyMore() {
    try (Database database = open()) {
      JourneyStore store = DueContract.ordered(database, 2, Duration.ofHours(1));
      Outbox outbox = store.outbox();
      Instant now = T0.plus(Duration.ofHours(1));
      Seq<OutboxMessage> pending = outbox.pending(now, 10);

      assertThat(outbox.markSent(pending.take(1), now)).isEqualTo(1);
      assertThat(outbox.markSent(pending, now)).as("the first is marked already").isEqualTo(1);

      assertThat(outbox.pending(now, 10)).isEmpty();
      assertThat(
              database.rows(
                  "SELECT status, CASE WHEN sent_at IS NULL THEN 'unsent' ELSE 'at' END"
                      + " FROM journey_outbox"))
          .containsExactly("sent,at", "sent,at");
    }
  }

  @Test
  default void sendersAtTheSameTimeEachGetMessagesOfTheirOwn() throws Exception {
    try (Database database = open()) {
      int customers = 120;
      JourneyStore store = DueContract.ordered(database, customers, Duration.ofSeconds(1));
      Instant now = T0.plus(Duration.ofDays(1));
      java.util.List<Long> sent = Collections.synchronizedList(new ArrayList<>());
      ExecutorService senders = Executors.newFixedThreadPool(3);
      java.util.List<Future<?>> running = new ArrayList<>();
      for (int s = 0; s < 3; s++) {
        running.add(
            senders.submit(
                () -> {
                  while (store.outbox().deliver(now, 9, message -> sent.add(message.id())) > 0) {
                    // until nothing is pending
                  }
                }));
      }
      for (Future<?> sender : running) {
        sender.get();
      }
      senders.shutdown();

      assertThat(sent).hasSize(customers).doesNotHaveDuplicates();
      assertThat(database.rows("SELECT DISTINCT status FROM journey_outbox"))
          .containsExactly("sent");
    }
  }

  @Test
  default void aSenderThatFailsLeavesItsMessagesPending() {
    try (Database database = open()) {
      JourneyStore store = DueContract.ordered(database, 3, Duration.ofMinutes(1));
      Outbox outbox = store.outbox();
      Instant now = T0.plus(Duration.ofHours(1));
      java.util.List<String> handedOut = new ArrayList<>();

      assertThatThrownBy(
              () ->
                  outbox.deliver(
                      now,
                      10,
                      message -> {
                        handedOut.add(message.customer());
                        if (handedOut.size() == 2) {
                          throw new IllegalStateException("the mail server is down");
                        }
                      }))
          .hasMessage("the mail server is down");

      assertThat(handedOut).containsExactly("c0", "c1");
      assertThat(outbox.pending(now, 10)).hasSize(3);
    }
  }
}
