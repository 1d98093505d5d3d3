package io.github.journeykit.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

class JourneySeedExtensionTests {

  static final java.util.List<Long> SEEN = new java.util.ArrayList<>();

  /** Run only through the engine test kit below. */
  @ExtendWith(JourneySeedExtension.class)
  static class FailingCheck {
    @Test
    @JourneySeed(1234)
    void fails(Seed seed) {
      SEEN.add(seed.value());
      throw new AssertionError("the invariant broke");
    }

    @Test
    void passes(Seed seed) {
      SEEN.add(seed.value());
    }

    @Test
    void getsTheSameSeedTwiceInOneTest(Seed first, Seed second) {
      SEEN.add(first.value());
      org.assertj.core.api.Assertions.assertThat(second).isEqualTo(first);
    }
  }

  @Test
  void handsThePinnedSeedToTheTestAndReportsItWhenTheTestFails() {
    SEEN.clear();
    Events tests =
        EngineTestKit.engine("junit-jupiter")
            .selectors(selectClass(FailingCheck.class))
            .execute()
            .testEvents();
    tests.assertStatistics(stats -> stats.succeeded(2).failed(1));
    Event failed = tests.failed().list().get(0);
    Throwable failure =
        failed
            .getPayload(org.junit.platform.engine.TestExecutionResult.class)
            .get()
            .getThrowable()
            .get();
    assertThat(failure)
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "journey check seed 1234 (pin it with @JourneySeed(1234L))\nthe invariant broke");
    assertThat(SEEN).hasSize(3).contains(1234L);
  }
}
