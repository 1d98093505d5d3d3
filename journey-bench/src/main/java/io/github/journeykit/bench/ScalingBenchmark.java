package io.github.journeykit.bench;

import io.github.journeykit.catalogue.Catalogue;
import io.github.journeykit.model.CustomerStatus;
import io.github.journeykit.model.EventType;
import io.github.journeykit.rules.Decision;
import io.github.journeykit.rules.Effect;
import io.github.journeykit.rules.Engine;
import io.github.journeykit.rules.Playbook;
import io.github.journeykit.rules.Rule;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Journey's decision on the {@code DecideBenchmark} workload with 10, 1,000 and 10,000 extra rules
 * on other stages and event types (reviews, referrals, experiences at the loyal and purchased
 * stages): a decision's cost should not grow with them. Goal: 10,000 extra rules at most 20 % over
 * 10.
 *
 * <p>The pairs are generated before the engine is built: the other order let the extra rules'
 * garbage change where the pairs lay in memory, which cost 50 % at 10,000 rules in a decision that
 * never looks at them.
 *
 * <p>Run: {@code java -jar journey-bench/target/benchmarks.jar ScalingBenchmark}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ScalingBenchmark {

  @Param({"10", "1000", "10000"})
  public int extraRules;

  private FunnelWork work;
  private Engine engine;
  private int next;

  /** Adds the extra rules to the funnel and makes the pairs. */
  @Setup
  public void prepare() {
    work = FunnelWork.generate(DecideBenchmark.PAIRS, 2026);
    Playbook funnel = Catalogue.get("sales-funnel").get();
    Playbook.Builder playbook = Playbook.builder(funnel.journey()).rules(funnel.rules());
    funnel.gates().forEach(playbook::gate);
    EventType[] others = {EventType.REVIEW, EventType.REFERRAL, EventType.EXPERIENCE};
    for (int r = 0; r < extraRules; r++) {
      playbook.rule(
          Rule.named("extra rule " + r, others[r % others.length])
              .at(r % 2 == 0 ? "loyal" : "purchased")
              .then(Effect.status(CustomerStatus.GREY)));
    }
    engine = playbook.buildOrThrow().compile().withExplanations(false);
  }

  /** One decision. */
  @Benchmark
  public Decision journey() {
    int i = next;
    next = i + 1 == DecideBenchmark.PAIRS ? 0 : i + 1;
    return engine.decide(work.positions[i], work.events[i]);
  }
}
