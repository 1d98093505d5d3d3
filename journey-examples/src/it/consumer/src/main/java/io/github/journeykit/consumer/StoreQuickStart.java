package io.github.journeykit.consumer;

import io.github.journeykit.catalogue.Catalogue;
import io.github.journeykit.jdbc.Handled;
import io.github.journeykit.jdbc.JourneyStore;
import io.github.journeykit.jdbc.Outbox;
import io.github.journeykit.jdbc.StoreSchema;
import io.github.journeykit.model.CriterionMet;
import io.vavr.collection.Seq;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The README's example of the JDBC store, compiled and run against the installed artifacts on an
 * embedded H2. Exits with 1 when it does not print what the README says.
 */
public final class StoreQuickStart {

  private StoreQuickStart() {}

  public static void main(String[] args) {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    run(new PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8));
    String printed = bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
    System.out.print(printed);
    boolean ok =
        printed.equals(
            "order-placed, row version 1\n"
                + "olga checked at 2026-03-02T11:00:00Z\n"
                + "olga <- order-received\n"
                + "olga <- payment-reminder\n");
    System.out.println(ok ? "consumer check: the store ran as the README says" : "consumer check FAILED");
    if (!ok) {
      System.exit(1);
    }
  }

  static void run(PrintStream out) {
    // store:begin
    DataSource dataSource = JdbcConnectionPool.create("jdbc:h2:mem:crm", "sa", ""); // your pool
    StoreSchema.create(dataSource); // or apply db/journey/h2 with your migration tool
    JourneyStore store = JourneyStore.of(dataSource, Catalogue.get("email-scheme").get().compile());

    // an event: one transaction loads olga (or starts her), decides, saves, queues the messages
    Instant ordered = Instant.parse("2026-03-02T09:00:00Z");
    Handled handled = store.handle("olga", new CriterionMet("ordered", ordered));
    out.println(handled.position().stage() + ", row version " + handled.rowVersion());
    // order-placed, row version 1

    // the scheduler, every few minutes: the customers whose time-based rules are due
    Instant now = ordered.plus(Duration.ofHours(3));
    Seq<Handled> due = store.handleDue(now, 100);
    while (!due.isEmpty()) {
      due.forEach(d -> out.println(d.customer() + " checked at " + d.decision().event().at()));
      due = store.handleDue(now, 100);
    }
    // olga checked at 2026-03-02T11:00:00Z

    // the sender: the messages whose time has come, marked sent in the same transaction
    Outbox outbox = store.outbox();
    outbox.deliver(now, 100, m -> out.println(m.customer() + " <- " + m.message().id()));
    // olga <- order-received
    // olga <- payment-reminder
    // store:end
    ((JdbcConnectionPool) dataSource).dispose();
  }
}
