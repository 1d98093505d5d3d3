package io.github.journeykit.bench;

import io.github.journeykit.rules.Finding;
import io.github.journeykit.rules.GapAnalysis;
import io.github.journeykit.rules.Playbook;
import io.vavr.collection.Seq;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The gap analysis of a journey of 1,000 stages and 10,000 rules ({@link
 * SyntheticPlaybooks#linear}), in milliseconds per analysis. Goal: well under a second.
 *
 * <p>Run: {@code ./mvnw -B -DskipTests package && java -jar journey-bench/target/benchmarks.jar
 * GapAnalysisBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(2)
public class GapAnalysisBenchmark {

  private Playbook playbook;

  /** Builds the playbook once. */
  @Setup
  public void build() {
    playbook = SyntheticPlaybooks.linear(1_000, 10_000);
  }

  /**
   * Analyses the playbook, compiling its engine and sampling every stage.
   *
   * @return the findings, so that JIT cannot drop the work
   */
  @Benchmark
  public Seq<Finding> analyse() {
    return GapAnalysis.of(playbook);
  }
}
