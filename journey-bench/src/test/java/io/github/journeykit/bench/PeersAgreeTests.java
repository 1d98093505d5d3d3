package io.github.journeykit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.journeykit.rules.Engine;
import org.junit.jupiter.api.Test;

/** Every implementation the benchmark measures decides the same as Journey, on 10,000 pairs. */
class PeersAgreeTests {

  static final FunnelWork WORK = FunnelWork.generate(10_000, 42);
  static final Engine JOURNEY = FunnelWork.journey();

  interface Decider {
    long decide(FunnelWork work, int i);
  }

  static void agrees(String name, Decider decider) {
    for (int i = 0; i < WORK.size; i++) {
      long expected = FunnelWork.pack(JOURNEY.decide(WORK.positions[i], WORK.events[i]).after());
      assertThat(decider.decide(WORK, i))
          .as("%s on pair %d: %s %s", name, i, WORK.positions[i], WORK.events[i])
          .isEqualTo(expected);
    }
  }

  @Test
  void theWorkloadCoversEveryStageAndEvent() {
    java.util.Set<Integer> stages = new java.util.HashSet<>();
    java.util.Set<FunnelWork.Trigger> triggers = java.util.EnumSet.noneOf(FunnelWork.Trigger.class);
    int moved = 0;
    for (int i = 0; i < WORK.size; i++) {
      stages.add(WORK.stage[i]);
      triggers.add(WORK.trigger[i]);
      moved += JOURNEY.decide(WORK.positions[i], WORK.events[i]).moved() ? 1 : 0;
    }
    assertThat(stages).hasSize(6);
    assertThat(triggers).hasSize(FunnelWork.Trigger.values().length);
    assertThat(moved).isGreaterThan(1000);
  }

  @Test
  void handWritten() {
    agrees("handWritten", new HandWritten()::decide);
  }

  @Test
  void stateless4j() {
    agrees("stateless4j", new Stateless4jFunnel()::decide);
  }

  @Test
  void cola() {
    agrees("cola", new ColaFunnel()::decide);
  }

  @Test
  void squirrel() {
    agrees("squirrel", new SquirrelFunnel()::decide);
  }

  @Test
  void easyRules() {
    agrees("easyRules", new EasyRulesFunnel()::decide);
  }

  @Test
  void springStatemachine() {
    agrees("springStatemachine", new SpringFunnel()::decide);
  }
}
