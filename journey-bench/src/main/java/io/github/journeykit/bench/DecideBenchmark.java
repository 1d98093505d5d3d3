package io.github.journeykit.bench;

import io.github.journeykit.rules.Decision;
import io.github.journeykit.rules.Engine;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * One decision of the {@code sales-funnel}, by Journey and by the libraries a CRM developer would
 * otherwise pick, on the same 1,000,000 seeded (position, event) pairs ({@link FunnelWork});
 * average time per decision in ns. Before measuring, every implementation is checked against
 * Journey on the first 10,000 pairs; a disagreement stops the run.
 *
 * <p>{@code -p pairs=1000} runs the same work on 1,000 pairs, which stay in the cache (and whose
 * branches the processor learns): the difference to the default shows how much of a decision is
 * waiting for memory. The goals are for the default.
 *
 * <p>Run: {@code ./mvnw -B -DskipTests package && java -jar journey-bench/target/benchmarks.jar
 * DecideBenchmark -prof gc} ({@code gc.alloc.rate.norm} is the allocation per decision).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class DecideBenchmark {

  static final int PAIRS = 1_000_000;

  /** How many pairs to cycle through; the goals are for the default. */
  @Param({"1000000"})
  public int pairs;

  private FunnelWork work;
  private Engine journey;
  private Engine journeyExplained;
  private Engine journeyFromDefinition;
  private HandWritten handWritten;
  private Stateless4jFunnel stateless4j;
  private ColaFunnel cola;
  private SquirrelFunnel squirrel;
  private EasyRulesFunnel easyRules;
  private SpringFunnel springStatemachine;
  private int next;

  /** Makes the pairs and the implementations, and checks that they agree. */
  @Setup(Level.Trial)
  public void prepare() {
    work = FunnelWork.generate(pairs, 2026);
    journey = FunnelWork.journey();
    journeyExplained = journey.withExplanations(true);
    journeyFromDefinition = FunnelWork.journeyFromDefinition();
    handWritten = new HandWritten();
    stateless4j = new Stateless4jFunnel();
    cola = new ColaFunnel();
    squirrel = new SquirrelFunnel();
    easyRules = new EasyRulesFunnel();
    springStatemachine = new SpringFunnel();
    for (int i = 0; i < Math.min(10_000, pairs); i++) {
      long expected = FunnelWork.pack(journey.decide(work.positions[i], work.events[i]).after());
      check(
          "journeyFromDefinition",
          i,
          expected,
          FunnelWork.pack(journeyFromDefinition.decide(work.positions[i], work.events[i]).after()));
      check("handWritten", i, expected, handWritten.decide(work, i));
      check("stateless4j", i, expected, stateless4j.decide(work, i));
      check("cola", i, expected, cola.decide(work, i));
      check("squirrel", i, expected, squirrel.decide(work, i));
      check("easyRules", i, expected, easyRules.decide(work, i));
      check("springStatemachine", i, expected, springStatemachine.decide(work, i));
    }
  }

  private static void check(String name, int pair, long expected, long actual) {
    if (expected != actual) {
      throw new IllegalStateException(
          name + " disagrees with Journey on pair " + pair + ": a bug in the benchmark");
    }
  }

  private int pair() {
    int i = next;
    next = i + 1 == pairs ? 0 : i + 1;
    return i;
  }

  /** Journey, explanations off. */
  @Benchmark
  public Decision journey() {
    int i = pair();
    return journey.decide(work.positions[i], work.events[i]);
  }

  /**
   * Journey, explanations off, its engine compiled from the funnel's YAML definition: the same work
   * as {@link #journey()}, and it should take the same time.
   */
  @Benchmark
  public Decision journeyFromDefinition() {
    int i = pair();
    return journeyFromDefinition.decide(work.positions[i], work.events[i]);
  }

  /** Journey, explanations on. */
  @Benchmark
  public Decision journeyExplained() {
    int i = pair();
    return journeyExplained.decide(work.positions[i], work.events[i]);
  }

  /** A hand-written switch over a mutable int state: the speed of light. */
  @Benchmark
  public long handWritten() {
    return handWritten.decide(work, pair());
  }

  /** stateless4j: a machine restored per decision. */
  @Benchmark
  public long stateless4j() {
    return stateless4j.decide(work, pair());
  }

  /** COLA StateMachine: one shared stateless machine. */
  @Benchmark
  public long cola() {
    return cola.decide(work, pair());
  }

  /** squirrel-foundation: a machine created per decision at the customer's stage. */
  @Benchmark
  public long squirrel() {
    return squirrel.decide(work, pair());
  }

  /** Easy Rules: one Facts per decision. */
  @Benchmark
  public long easyRules() {
    return easyRules.decide(work, pair());
  }

  /** Spring Statemachine: one machine, reset to the customer per decision. */
  @Benchmark
  public long springStatemachine() {
    return springStatemachine.decide(work, pair());
  }
}
