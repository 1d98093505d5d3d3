package io.github.journeykit.bench;

import io.github.journeykit.definition.JourneyJson;
import io.github.journeykit.jdbc.Handled;
import io.github.journeykit.jdbc.JourneyStore;
import io.github.journeykit.jdbc.StoreSchema;
import io.github.journeykit.model.CriterionMet;
import io.github.journeykit.model.Event;
import io.github.journeykit.model.Position;
import io.github.journeykit.rules.Decision;
import io.github.journeykit.rules.Engine;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.ThreadParams;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * Events handled through {@code journey-jdbc}'s {@link JourneyStore}, in events per second, beside
 * two floors measured in the same run: the engine alone, and a bare transaction that upserts one
 * position row and inserts one outbox row on the same database, which storing can never beat. The
 * goal: the store within 1.5× of the bare transaction.
 *
 * <ul>
 *   <li>{@code store}: {@link JourneyStore#handle} of one event: a transaction that reads the
 *       customer's row, decides, writes the row back with its JSON, and queues the messages.
 *   <li>{@code bareTransaction}: one transaction of two statements, an upsert of a position row
 *       (the JSON of a typical funnel position, written once before measuring) and an insert of an
 *       outbox row: the round trips and the commit, nothing else.
 *   <li>{@code engine}: {@link Engine#decide} of the same events, the positions kept in memory.
 * </ul>
 *
 * <p>Each runs on one thread and on eight ({@code …8}). The data: 10,000 customers of the {@code
 * sales-funnel}, each started before measuring, so every event updates a row; the events are {@link
 * FunnelWork}'s realistic mix (interactions 60 %, criteria 20 %, purchases 10 %, refusals and churn
 * 5 % each), each thread handling the customers of its own share in turn, its events a second
 * apart. The outbox is emptied before each iteration. The engine is quiet (explanations off); the
 * data source is H2's {@code JdbcConnectionPool}, over a PostgreSQL pooled data source for
 * PostgreSQL.
 *
 * <p>The databases ({@code database}): {@code h2}, embedded in memory; {@code postgresql}, the
 * server {@code JOURNEY_POSTGRES_URL} names (default {@code
 * jdbc:postgresql://127.0.0.1:5432/postgres?user=journey&password=journey}, as {@code .ci/run}
 * starts it), in a schema {@code journey_bench} made anew; {@code postgresql-async}, the same with
 * {@code synchronous_commit=off}, so that a commit does not wait for the disk.
 *
 * <p>The warm-up is long (5 × 10 s): the store's path takes some 100,000 events before the JIT has
 * compiled it, more on a busy machine; with 3 × 3 s the store measured 3 to 5 times slower.
 *
 * <p>Run: {@code ./mvnw -B -DskipTests package && java -jar journey-bench/target/benchmarks.jar
 * JdbcStoreBenchmark -rf json -rff results.json}; one database: {@code -p database=h2}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 10)
@Measurement(iterations = 5, time = 5)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class JdbcStoreBenchmark {

  /** How many customers the events are spread over. */
  static final int CUSTOMERS = 10_000;

  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  /** The database: {@code h2}, {@code postgresql} or {@code postgresql-async}. */
  @Param({"h2", "postgresql", "postgresql-async"})
  public String database;

  private Engine engine;
  private JourneyStore store;
  private JdbcConnectionPool pool;
  private Runnable drop;
  private Event[] events;
  private String[] customers;
  private String positionJson;
  private String upsert;
  private String insertMessage;

  /** What one thread works through: its customers in turn, and its own positions for the engine. */
  @State(Scope.Thread)
  public static class Turn {
    int thread;
    int threads;
    int customer;
    int event;
    long seconds;
    Position[] positions;

    /** Takes this thread's share of the customers. */
    @Setup(Level.Trial)
    public void share(ThreadParams params, JdbcStoreBenchmark benchmark) {
      thread = params.getThreadIndex();
      threads = params.getThreadCount();
      customer = thread;
      event = thread * 7919;
      positions = new Position[CUSTOMERS];
      for (int c = 0; c < CUSTOMERS; c++) {
        positions[c] = benchmark.engine.journey().newCustomer(benchmark.customers[c], T0);
      }
    }

    int nextCustomer() {
      int c = customer;
      customer = c + threads >= CUSTOMERS ? thread : c + threads;
      return c;
    }
  }

  /** Starts the database, creates the schema and starts every customer. */
  @Setup(Level.Trial)
  public void prepare() throws SQLException {
    engine = FunnelWork.journey();
    FunnelWork work = FunnelWork.generate(100_000, 2026);
    events = work.events;
    customers = new String[CUSTOMERS];
    for (int c = 0; c < CUSTOMERS; c++) {
      customers[c] = "customer-" + c;
    }
    JourneyJson json = JourneyJson.of(engine.journey());
    positionJson = json.write(started("customer-0"));
    warmUp(json);
    pool = pool();
    pool.setMaxConnections(16);
    StoreSchema.create(pool);
    store = JourneyStore.of(pool, engine);
    boolean h2 = database.equals("h2");
    upsert =
        h2
            ? "MERGE INTO journey_positions"
                + " (customer, journey, version, stage, status, position, next_check, row_version)"
                + " KEY (customer, journey) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            : "INSERT INTO journey_positions"
                + " (customer, journey, version, stage, status, position, next_check, row_version)"
                + " VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?)"
                + " ON CONFLICT (customer, journey) DO UPDATE SET version = EXCLUDED.version,"
                + " stage = EXCLUDED.stage, status = EXCLUDED.status, position = EXCLUDED.position,"
                + " next_check = EXCLUDED.next_check, row_version = EXCLUDED.row_version";
    // every customer started, in one transaction: the rows the store would have made
    try (Connection connection = pool.getConnection();
        PreparedStatement start = connection.prepareStatement(upsert)) {
      connection.setAutoCommit(false);
      for (String customer : customers) {
        Position position = started(customer);
        start.setString(1, customer);
        start.setString(2, position.journey());
        start.setInt(3, position.version());
        start.setString(4, position.stage());
        start.setString(5, position.status().id());
        start.setString(6, json.write(position));
        start.setNull(7, Types.TIMESTAMP_WITH_TIMEZONE);
        start.setLong(8, 1);
        start.addBatch();
      }
      start.executeBatch();
      connection.commit();
      connection.setAutoCommit(true);
    }
    insertMessage =
        "INSERT INTO journey_outbox (customer, journey, message, send_at, rule, status)"
            + " VALUES (?, ?, ?, ?, ?, 'pending')";
  }

  /**
   * Runs what every event of the store does besides the database, reading a position's JSON,
   * deciding and writing the JSON back, 300,000 times, so that the JIT has compiled it before the
   * measured warm-up begins: on two busy cores the eight threads of {@code store8} otherwise spent
   * the whole warm-up and more in the interpreter.
   */
  private void warmUp(JourneyJson json) {
    Position position = started("customer-0");
    for (int i = 0; i < 300_000; i++) {
      Position read = json.readPosition(json.write(position), "warm-up").get();
      position =
          engine.decide(read, events[i % events.length].happenedAt(T0.plusSeconds(i))).after();
    }
  }

  /** A customer as the store starts them, after one criterion met. */
  private Position started(String customer) {
    return engine
        .decide(engine.journey().newCustomer(customer, T0), new CriterionMet("money", T0))
        .after();
  }

  private JdbcConnectionPool pool() throws SQLException {
    if (database.equals("h2")) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL("jdbc:h2:mem:journey-bench;DB_CLOSE_DELAY=-1");
      h2.setUser("sa");
      drop = () -> execute(h2, "DROP ALL OBJECTS");
      return JdbcConnectionPool.create(h2);
    }
    String url =
        System.getenv()
            .getOrDefault(
                "JOURNEY_POSTGRES_URL",
                "jdbc:postgresql://127.0.0.1:5432/postgres?user=journey&password=journey");
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS journey_bench CASCADE");
      statement.execute("CREATE SCHEMA journey_bench");
    }
    PGConnectionPoolDataSource postgres = new PGConnectionPoolDataSource();
    postgres.setURL(url);
    postgres.setCurrentSchema("journey_bench");
    if (database.equals("postgresql-async")) {
      postgres.setOptions("-c synchronous_commit=off");
    } else if (!database.equals("postgresql")) {
      throw new IllegalArgumentException("database: h2, postgresql or postgresql-async");
    }
    drop =
        () -> {
          try {
            execute(DriverManager.getConnection(url), "DROP SCHEMA journey_bench CASCADE");
          } catch (SQLException e) {
            throw new IllegalStateException(e);
          }
        };
    return JdbcConnectionPool.create(postgres);
  }

  /** Empties the outbox, so that every iteration inserts into a table of the same size. */
  @Setup(Level.Iteration)
  public void emptyOutbox() throws SQLException {
    try (Connection connection = pool.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("DELETE FROM journey_outbox");
    }
  }

  /** Drops what the run made. */
  @TearDown(Level.Trial)
  public void dispose() {
    drop.run();
    pool.dispose();
  }

  private static void execute(DataSource dataSource, String sql) {
    try {
      execute(dataSource.getConnection(), sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void execute(Connection connection, String sql) {
    try (connection;
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private Event next(Turn turn) {
    int e = turn.event;
    turn.event = e + 1 == events.length ? 0 : e + 1;
    return events[e].happenedAt(T0.plusSeconds(++turn.seconds));
  }

  /** One event through the store, on one thread. */
  @Benchmark
  @Threads(1)
  public Handled store(Turn turn) {
    return store.handle(customers[turn.nextCustomer()], next(turn));
  }

  /** One event through the store, on eight threads. */
  @Benchmark
  @Threads(8)
  public Handled store8(Turn turn) {
    return store(turn);
  }

  /** The floor of storing: one upsert and one insert in a transaction, on one thread. */
  @Benchmark
  @Threads(1)
  public int bareTransaction(Turn turn) throws SQLException {
    String customer = customers[turn.nextCustomer()];
    Instant at = T0.plusSeconds(++turn.seconds);
    try (Connection connection = pool.getConnection()) {
      connection.setAutoCommit(false);
      int rows;
      try (PreparedStatement position = connection.prepareStatement(upsert);
          PreparedStatement message = connection.prepareStatement(insertMessage)) {
        position.setString(1, customer);
        position.setString(2, "sales-funnel");
        position.setInt(3, 1);
        position.setString(4, "uninformed");
        position.setString(5, "active");
        position.setString(6, positionJson);
        position.setObject(7, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
        position.setLong(8, at.getEpochSecond());
        rows = position.executeUpdate();
        message.setString(1, customer);
        message.setString(2, "sales-funnel");
        message.setString(3, "we-exist");
        message.setObject(4, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
        message.setString(5, "An uninformed customer who does not say yes sees who we are again");
        rows += message.executeUpdate();
      }
      connection.commit();
      connection.setAutoCommit(true);
      return rows;
    }
  }

  /** The floor of storing, on eight threads. */
  @Benchmark
  @Threads(8)
  public int bareTransaction8(Turn turn) throws SQLException {
    return bareTransaction(turn);
  }

  /** The engine alone, the positions in memory, on one thread. */
  @Benchmark
  @Threads(1)
  public Decision engine(Turn turn) {
    int c = turn.nextCustomer();
    Decision decision = engine.decide(turn.positions[c], next(turn));
    turn.positions[c] = decision.after();
    return decision;
  }

  /** The engine alone, on eight threads. */
  @Benchmark
  @Threads(8)
  public Decision engine8(Turn turn) {
    return engine(turn);
  }
}
