package io.github.journeykit.examples;

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
 * The README's example of the JDBC store, as code the build compiles and its tests run: a customer
 * of the email scheme orders, the scheduler finds her reminder due, the sender delivers her
 * messages.
 *
 * @since 0.2
 */
public final class StoreQuickStart {

  private StoreQuickStart() {}

  /**
   * Runs the example and prints what it shows.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Stores a customer's order, handles the due customers and delivers the outbox, printing each
   * step.
   *
   * @param out where to print
   */
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
