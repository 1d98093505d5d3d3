package io.github.journeykit.bench;

import io.github.journeykit.definition.Definitions;
import io.github.journeykit.definition.Format;
import io.github.journeykit.rules.Engine;
import io.github.journeykit.rules.Playbook;
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
 * Reading a definition of 1,000 stages and 10,000 rules ({@link SyntheticPlaybooks#linear}) and
 * compiling its engine, in milliseconds, one shot at a time (what a CRM does when it starts, or
 * when a marketer saves a journey). Goal: less than a second.
 *
 * <p>Run: {@code ./mvnw -B -DskipTests package && java -jar journey-bench/target/benchmarks.jar
 * DefinitionBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(2)
public class DefinitionBenchmark {

  private String yaml;
  private String json;

  /** Writes the playbook once, in both formats. */
  @Setup
  public void write() {
    Playbook playbook = SyntheticPlaybooks.linear(1_000, 10_000);
    yaml = Definitions.write(playbook, Format.YAML);
    json = Definitions.write(playbook, Format.JSON);
  }

  /**
   * Reads the YAML definition and compiles its engine.
   *
   * @return the engine, so that JIT cannot drop the work
   */
  @Benchmark
  public Engine readYamlAndCompile() {
    return read(yaml, Format.YAML);
  }

  /**
   * Reads the JSON definition and compiles its engine.
   *
   * @return the engine, so that JIT cannot drop the work
   */
  @Benchmark
  public Engine readJsonAndCompile() {
    return read(json, Format.JSON);
  }

  private static Engine read(String text, Format format) {
    var read = Definitions.read(text, format, "synthetic");
    if (read.isInvalid()) {
      throw new IllegalStateException(read.getError().mkString("\n"));
    }
    return read.get().compile();
  }
}
