package io.github.journeykit.examples;

import io.github.journeykit.eventlog.Csv;
import io.github.journeykit.eventlog.EventLog;
import io.github.journeykit.eventlog.EventLogReader;
import io.github.journeykit.jdbc.JourneyStore;
import io.github.journeykit.jdbc.OutboxMessage;
import io.github.journeykit.jdbc.StoreException;
import io.github.journeykit.jdbc.StoreSchema;
import io.github.journeykit.model.Event;
import io.github.journeykit.rules.Engine;
import io.github.journeykit.rules.Playbook;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jspecify.annotations.Nullable;
import org.postgresql.ds.PGSimpleDataSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code journey crm [JOURNEY EVENTS.csv]}: a CRM in miniature on {@code journey-jdbc}. Events
 * arrive one by one, in time order, and each is handled through the {@link JourneyStore}: the
 * customer's position and the messages to send live in the database. Before each event the CRM's
 * scheduler handles the customers whose next check is due by then, and once more up to {@code
 * --until} at the end; then its sender delivers the messages whose time has come, marking them
 * sent, and the outbox is printed, sent and pending.
 */
@Command(
    name = "crm",
    mixinStandardHelpOptions = true,
    description = {
      "A CRM in miniature on journey-jdbc: each event of the log handled through the JDBC store in"
          + " time order, the customers whose time-based rules are due handled as time passes, the"
          + " messages whose time has come delivered, and the outbox printed as CSV"
          + " customer,message,send_at,rule,status (sent or pending), in the order of send_at.",
      "Without JOURNEY and EVENTS.csv: the email scheme and a sample log of three customers (see"
          + " the README).",
      "The database is an embedded H2 in memory unless --database names another."
    })
final class CrmCommand implements Callable<Integer> {

  /** The journey of the sample log. */
  static final String SAMPLE_JOURNEY = "email-scheme";

  /** The sample log, a resource beside this class. */
  static final String SAMPLE = "crm-events.csv";

  /**
   * The database unless {@code --database} names another: an H2 in memory that lives while the
   * command's pool holds a connection to it, so every run starts empty.
   */
  static final String DEFAULT_DATABASE = "jdbc:h2:mem:journey-crm";

  /** The columns of the outbox the command prints. */
  static final String OUTBOX_HEADER = "customer,message,send_at,rule,status";

  @Spec CommandSpec spec = CommandSpec.create();

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "JOURNEY",
      description = "A journey's id, or a definition file; with EVENTS.csv.")
  @Nullable String journey;

  @Parameters(
      index = "1",
      arity = "0..1",
      paramLabel = "EVENTS.csv",
      description = "The events, as journey run reads them.")
  @Nullable Path events;

  @Option(
      names = "--until",
      paramLabel = "INSTANT",
      description =
          "How far time passes after the last event (default: the last event's instant): the due"
              + " customers are handled and the messages sent up to INSTANT.")
  @Nullable String until;

  @Option(
      names = "--database",
      paramLabel = "URL",
      description =
          "A jdbc:h2: or jdbc:postgresql: URL (user and password in it) whose database gets the"
              + " store's tables if it lacks them (default: ${DEFAULT-VALUE}).")
  String database = DEFAULT_DATABASE;

  @Option(
      names = "--batch",
      paramLabel = "N",
      description =
          "How many due customers, or messages, one transaction takes (default: ${DEFAULT-VALUE}).")
  int batch = 100;

  /** One event as it arrives: whose it is. */
  private record Arrival(String customer, Event event) {}

  @Override
  public Integer call() {
    if ((journey == null) != (events == null)) {
      throw new UserMistake(
          "give both JOURNEY and EVENTS.csv, or neither for the sample log of the email scheme");
    }
    if (batch < 1) {
      throw new UserMistake("--batch must be at least 1, got " + batch);
    }
    Playbook playbook = Journeys.find(journey == null ? SAMPLE_JOURNEY : journey);
    EventLog log =
        events == null
            ? sample(playbook)
            : RunCommand.read(playbook, events, spec.commandLine().getErr());
    List<Arrival> arrivals = arrivals(log);
    if (arrivals.isEmpty()) {
      // as run does: reading said "no events" on standard error; the outbox is empty
      spec.commandLine().getOut().println(OUTBOX_HEADER);
      spec.commandLine().getOut().flush();
      return 0;
    }
    Instant end =
        until == null ? arrivals.get(arrivals.size() - 1).event().at() : RunCommand.instant(until);
    Engine engine = playbook.compile().withExplanations(false);
    DataSource dataSource = dataSource(database);
    try {
      StoreSchema.create(dataSource);
      JourneyStore store = JourneyStore.of(dataSource, engine);
      for (Arrival arrival : arrivals) {
        handleDue(store, arrival.event().at());
        store.handle(arrival.customer(), arrival.event());
      }
      handleDue(store, end);
      printOutbox(store, end, spec.commandLine().getOut());
    } catch (StoreException e) {
      throw new UserMistake(database + ": " + e.getMessage());
    } finally {
      if (dataSource instanceof JdbcConnectionPool pool) {
        pool.dispose();
      }
    }
    return 0;
  }

  /** The CRM's scheduler, run up to {@code now}: until no customer is due any more. */
  private void handleDue(JourneyStore store, Instant now) {
    while (!store.handleDue(now, batch).isEmpty()) {
      // the next batch
    }
  }

  /**
   * The CRM's sender: delivers, a batch per transaction, the messages whose time has come, printing
   * each as sent; then prints those that wait for a later time.
   */
  private void printOutbox(JourneyStore store, Instant now, PrintWriter out) {
    out.println(OUTBOX_HEADER);
    while (store.outbox().deliver(now, batch, message -> out.println(row(message, "sent"))) > 0) {
      // the next batch
    }
    Instant muchLater = now.plus(Duration.ofDays(365L * 1000));
    store
        .outbox()
        .pending(muchLater, Integer.MAX_VALUE)
        .forEach(message -> out.println(row(message, "pending")));
    out.flush();
  }

  private static String row(OutboxMessage message, String status) {
    return Csv.field(message.customer())
        + ","
        + Csv.field(message.message().id())
        + ","
        + message.sendAt()
        + ","
        + Csv.field(message.rule())
        + ","
        + status;
  }

  /** Every event of the log, in time order; at the same instant, customers in the log's order. */
  private static List<Arrival> arrivals(EventLog log) {
    List<Arrival> arrivals = new ArrayList<>(log.eventCount());
    for (int c = 0; c < log.customerCount(); c++) {
      String customer = log.customers().get(c);
      for (Event event : log.events(c)) {
        arrivals.add(new Arrival(customer, event));
      }
    }
    arrivals.sort(Comparator.comparing((Arrival arrival) -> arrival.event().at()));
    return arrivals;
  }

  private static EventLog sample(Playbook playbook) {
    try (InputStream in = CrmCommand.class.getResourceAsStream(SAMPLE)) {
      if (in == null) {
        throw new IllegalStateException("journey.jar lacks the sample log " + SAMPLE);
      }
      EventLogReader.Result read = EventLogReader.of(playbook).read(SAMPLE, in);
      return read.log()
          .getOrElseThrow(() -> new IllegalStateException(read.problems().mkString("\n")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The database a URL names: H2 through H2's pool, PostgreSQL a connection per transaction. */
  static DataSource dataSource(String url) {
    if (url.startsWith("jdbc:h2:")) {
      return JdbcConnectionPool.create(url, "sa", "");
    }
    if (url.startsWith("jdbc:postgresql:")) {
      PGSimpleDataSource postgres = new PGSimpleDataSource();
      postgres.setURL(url);
      return postgres;
    }
    throw new UserMistake("--database takes a jdbc:h2: or jdbc:postgresql: URL, got '" + url + "'");
  }
}
