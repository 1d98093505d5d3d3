package io.github.journeykit.bench;

import io.github.journeykit.catalogue.Catalogue;
import io.github.journeykit.eventlog.Csv;
import io.github.journeykit.eventlog.EventLog;
import io.github.journeykit.eventlog.EventLogReader;
import io.github.journeykit.model.Event;
import io.github.journeykit.model.Position;
import io.github.journeykit.rules.Engine;
import io.github.journeykit.rules.Playbook;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Replaying whole logs of the {@code sales-funnel}, in ns per event (1e9 / result = events per
 * second):
 *
 * <ul>
 *   <li>{@code inMemory}: 10 million events of 1 million customers, already in memory, each
 *       customer replayed to their final position. Goal: at least 10 million events a second on one
 *       thread.
 *   <li>{@code csvRun}: the path of {@code journey run}: a 5-million-row CSV file of 500,000
 *       customers read (with every row checked), replayed, and the final positions written as CSV,
 *       in a JVM limited to 512 MB. Goal: at least 1 million rows a second.
 *   <li>{@code csvRunWithAmounts}: the same path over a log of the same mix with a fifth column,
 *       {@code amount}: every purchase names one of 20 products in {@code detail} and, four times
 *       in five, pays one of 1,000 amounts in {@code amount} (so about 20,000 distinct purchases,
 *       each checked once); the other rows leave it empty. Goal: the same.
 * </ul>
 *
 * <p>Run: {@code java -jar journey-bench/target/benchmarks.jar ReplayBenchmark}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ReplayBenchmark {

  /** 1 million customers of 10 events each, in memory. */
  @State(Scope.Benchmark)
  public static class Customers {
    static final int CUSTOMERS = 1_000_000;
    static final int EVENTS = 10;
    Engine engine;
    Position[] starts;
    java.util.List<java.util.List<Event>> events;

    /** Makes the customers from a seed. */
    @Setup(Level.Trial)
    public void prepare() {
      Playbook funnel = Catalogue.get("sales-funnel").get();
      engine = funnel.compile().withExplanations(false);
      FunnelWork pool = FunnelWork.generate(10_000, 7);
      Random random = new Random(7);
      starts = new Position[CUSTOMERS];
      events = new java.util.ArrayList<>(CUSTOMERS);
      Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
      for (int c = 0; c < CUSTOMERS; c++) {
        starts[c] = funnel.journey().newCustomer("c" + c, t0);
        Event[] list = new Event[EVENTS];
        for (int e = 0; e < EVENTS; e++) {
          list[e] =
              pool.events[random.nextInt(pool.size)].happenedAt(t0.plusSeconds(3600L * (e + 1)));
        }
        events.add(java.util.List.of(list));
      }
    }
  }

  /** A 5-million-row event log on disk. */
  @State(Scope.Benchmark)
  public static class LogFile {
    static final int ROWS = 5_000_000;
    Path file;
    Playbook funnel;

    /** Writes the file from a seed. */
    @Setup(Level.Trial)
    public void write() throws IOException {
      funnel = Catalogue.get("sales-funnel").get();
      file = Files.createTempFile("journey-bench-", ".csv");
      String[] events = {
        "interaction,yes",
        "interaction,no",
        "interaction,dont_know",
        "criterion,money",
        "criterion,need",
        "criterion,decision",
        "purchase,",
        "refused,",
        "churned,"
      };
      int[] weights = {24, 12, 24, 7, 7, 6, 10, 5, 5};
      Random random = new Random(5);
      Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
      try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        out.write("customer,at,event,detail\n");
        for (int i = 0; i < ROWS; i++) {
          int roll = random.nextInt(100);
          int k = 0;
          while (roll >= weights[k]) {
            roll -= weights[k++];
          }
          out.write(
              "c"
                  + random.nextInt(500_000)
                  + ","
                  + t0.plusSeconds(5L * i + random.nextInt(3))
                  + ","
                  + events[k]
                  + "\n");
        }
      }
    }

    /** Deletes the file. */
    @TearDown(Level.Trial)
    public void delete() throws IOException {
      Files.deleteIfExists(file);
    }
  }

  /**
   * A 5-million-row event log on disk with an {@code amount} column: the mix of {@link LogFile},
   * purchases with a product and mostly an amount.
   */
  @State(Scope.Benchmark)
  public static class LogFileWithAmounts {
    Path file;
    Playbook funnel;

    /** Writes the file from a seed. */
    @Setup(Level.Trial)
    public void write() throws IOException {
      funnel = Catalogue.get("sales-funnel").get();
      file = Files.createTempFile("journey-bench-amounts-", ".csv");
      String[] events = {
        "interaction,yes,",
        "interaction,no,",
        "interaction,dont_know,",
        "criterion,money,",
        "criterion,need,",
        "criterion,decision,",
        null,
        "refused,,",
        "churned,,"
      };
      int[] weights = {24, 12, 24, 7, 7, 6, 10, 5, 5};
      Random random = new Random(5);
      Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
      try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        out.write("customer,at,event,detail,amount\n");
        for (int i = 0; i < LogFile.ROWS; i++) {
          int roll = random.nextInt(100);
          int k = 0;
          while (roll >= weights[k]) {
            roll -= weights[k++];
          }
          String event =
              events[k] != null
                  ? events[k]
                  : "purchase,product-"
                      + random.nextInt(20)
                      + ","
                      + (random.nextInt(5) == 0
                          ? ""
                          : (1 + random.nextInt(500)) + "." + (random.nextBoolean() ? "99" : "50"));
          out.write(
              "c"
                  + random.nextInt(500_000)
                  + ","
                  + t0.plusSeconds(5L * i + random.nextInt(3))
                  + ","
                  + event
                  + "\n");
        }
      }
    }

    /** Deletes the file. */
    @TearDown(Level.Trial)
    public void delete() throws IOException {
      Files.deleteIfExists(file);
    }
  }

  /**
   * Replays 10 million events of 1 million customers.
   *
   * @param customers the customers
   * @return a digest of the final positions
   */
  @Benchmark
  @Fork(
      value = 2,
      jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
  @Warmup(iterations = 3)
  @Measurement(iterations = 5)
  @OperationsPerInvocation(Customers.CUSTOMERS * Customers.EVENTS)
  public long inMemory(Customers customers) {
    long digest = 0;
    for (int c = 0; c < Customers.CUSTOMERS; c++) {
      digest +=
          customers.engine.finalPosition(customers.starts[c], customers.events.get(c)).purchases();
    }
    return digest;
  }

  /**
   * The {@code journey run} path over a 5-million-row file, in 512 MB.
   *
   * @param log the file
   * @return the length of the positions CSV
   */
  @Benchmark
  @Fork(
      value = 2,
      jvmArgsAppend = {"-Xmx512m"})
  @Warmup(iterations = 2)
  @Measurement(iterations = 3)
  @OperationsPerInvocation(LogFile.ROWS)
  public int csvRun(LogFile log) {
    EventLog events = EventLogReader.of(log.funnel).read(log.file).log().get();
    StringBuilder csv = new StringBuilder("customer,stage,status,purchases\n");
    for (Position position : events.finalPositions(log.funnel.compile())) {
      csv.append(Csv.field(position.customer()))
          .append(',')
          .append(position.stage())
          .append(',')
          .append(position.status().id())
          .append(',')
          .append(position.purchases())
          .append('\n');
    }
    return csv.length();
  }

  /**
   * The {@code journey run} path over a 5-million-row file with an {@code amount} column, in 512
   * MB.
   *
   * @param log the file
   * @return the length of the positions CSV
   */
  @Benchmark
  @Fork(
      value = 2,
      jvmArgsAppend = {"-Xmx512m"})
  @Warmup(iterations = 2)
  @Measurement(iterations = 3)
  @OperationsPerInvocation(LogFile.ROWS)
  public int csvRunWithAmounts(LogFileWithAmounts log) {
    EventLog events = EventLogReader.of(log.funnel).read(log.file).log().get();
    StringBuilder csv = new StringBuilder("customer,stage,status,purchases\n");
    for (Position position : events.finalPositions(log.funnel.compile())) {
      csv.append(Csv.field(position.customer()))
          .append(',')
          .append(position.stage())
          .append(',')
          .append(position.status().id())
          .append(',')
          .append(position.purchases())
          .append('\n');
    }
    return csv.length();
  }
}
