package io.github.journeykit.bench;

import io.github.journeykit.examples.SaasTrial;
import io.github.journeykit.model.Event;
import io.github.journeykit.model.Position;
import io.github.journeykit.model.TimePassed;
import io.github.journeykit.rules.Decision;
import io.github.journeykit.rules.Engine;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
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
 * One decision of a CRM team's own journey, the SaaS trial of {@code journey-examples} (a counter,
 * a sum, a seven-day window, an attribute, a remembered last login), beside one decision of the
 * {@code sales-funnel} in the same run: average time per decision in ns. The goal: the SaaS trial
 * at no more than twice the sales funnel.
 *
 * <p>The SaaS trial's 1,000,000 (position, event) pairs come from seeded customers replayed through
 * the engine, so that every position is one a customer reaches: logins (60 %, a day or less apart,
 * sometimes a week), payments (10 %, 5 to 50 EUR, half of them naming a plan) and time passing (30
 * %, up to 40 days). The sales funnel's are {@link FunnelWork}'s, as in {@link DecideBenchmark}.
 *
 * <p>Run: {@code ./mvnw -B -DskipTests package && java -jar journey-bench/target/benchmarks.jar
 * SaasTrialBenchmark -prof gc}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class SaasTrialBenchmark {

  /** How many pairs to cycle through. */
  @Param({"1000000"})
  public int pairs;

  private Engine trial;
  private Position[] positions;
  private Event[] events;
  private FunnelWork funnel;
  private Engine funnelEngine;
  private int next;

  /** Makes the pairs of both journeys. */
  @Setup(Level.Trial)
  public void prepare() {
    trial = SaasTrial.playbook().compile().withExplanations(false);
    positions = new Position[pairs];
    events = new Event[pairs];
    Random random = new Random(2026);
    int made = 0;
    int customer = 0;
    while (made < pairs) {
      Instant at = Instant.parse("2026-01-01T09:00:00Z").plus(Duration.ofMinutes(customer));
      Position position = trial.journey().newCustomer("c" + customer++, at);
      int length = 5 + random.nextInt(40);
      for (int e = 0; e < length && made < pairs; e++) {
        int roll = random.nextInt(100);
        Event event;
        if (roll < 60) {
          at = at.plus(Duration.ofHours(random.nextInt(10) < 8 ? 1 + random.nextInt(24) : 24 * 7));
          event = Event.of(SaasTrial.LOGIN, at);
        } else if (roll < 70) {
          at = at.plus(Duration.ofHours(1));
          BigDecimal amount = BigDecimal.valueOf(500 + random.nextInt(4501), 2);
          event =
              random.nextBoolean()
                  ? Event.of(SaasTrial.PAYMENT, at, "amount", amount)
                  : Event.of(
                      SaasTrial.PAYMENT,
                      at,
                      "amount",
                      amount,
                      "plan",
                      random.nextBoolean() ? "basic" : "pro");
        } else {
          at = at.plus(Duration.ofDays(1 + random.nextInt(40)));
          event = new TimePassed(at);
        }
        positions[made] = position;
        events[made] = event;
        made++;
        position = trial.decide(position, event).after();
      }
    }
    funnel = FunnelWork.generate(pairs, 2026);
    funnelEngine = FunnelWork.journey();
  }

  private int pair() {
    int i = next;
    next = i + 1 == pairs ? 0 : i + 1;
    return i;
  }

  /** The SaaS trial, explanations off. */
  @Benchmark
  public Decision saasTrial() {
    int i = pair();
    return trial.decide(positions[i], events[i]);
  }

  /** The sales funnel, explanations off, for the ratio. */
  @Benchmark
  public Decision salesFunnel() {
    int i = pair();
    return funnelEngine.decide(funnel.positions[i], funnel.events[i]);
  }
}
