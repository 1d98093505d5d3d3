package io.github.journeykit.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.journeykit.catalogue.Catalogue;
import io.github.journeykit.catalogue.CatalogueInvariants;
import io.github.journeykit.rules.Playbook;
import io.github.journeykit.testkit.CheckResult;
import io.github.journeykit.testkit.Invariants;
import io.github.journeykit.testkit.JourneyCheck;
import io.github.journeykit.testkit.junit.JourneySeed;
import io.github.journeykit.testkit.junit.JourneySeedExtension;
import io.github.journeykit.testkit.junit.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * A user's tests of the testkit's JUnit Jupiter extension, run on each JUnit the consumer check
 * picks: the seed handed to a test, pinned and random, a journey check that passes with it, and the
 * seed named when a test fails.
 */
@ExtendWith(JourneySeedExtension.class)
class JourneySeedExtensionOnThisJUnitTests {

  @Test
  void runsOnTheJUnitTheBuildAskedFor() {
    String expected = System.getProperty("expected.junit.version");
    assertEquals(expected, Test.class.getPackage().getImplementationVersion());
  }

  @Test
  @JourneySeed(20_261_123L)
  void aPinnedSeedDrivesAJourneyCheckThatHolds(Seed seed) {
    assertEquals(20_261_123L, seed.value());
    Playbook funnel = Catalogue.get("sales-funnel").get();
    CheckResult result =
        JourneyCheck.of(funnel)
            .seed(seed.value())
            .check(Invariants.standard().appendAll(CatalogueInvariants.forJourney("sales-funnel")))
            .assertHolds();
    assertTrue(result.coverage().isComplete(), result::toString);
  }

  @Test
  void aTestGetsOneRandomSeedHoweverOftenItAsks(Seed first, Seed second) {
    assertEquals(first, second);
  }

  /** Run only by the launcher below, never by the build itself. */
  @ExtendWith(JourneySeedExtension.class)
  static class Failing {
    @Test
    @JourneySeed(77)
    void breaks(Seed seed) {
      throw new AssertionError("the invariant broke with seed " + seed.value());
    }
  }

  @Test
  void aFailingTestSaysWhichSeedItRanWith() {
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    LauncherFactory.create()
        .execute(
            LauncherDiscoveryRequestBuilder.request().selectors(selectClass(Failing.class)).build(),
            listener);
    TestExecutionSummary summary = listener.getSummary();
    assertEquals(1, summary.getTestsFailedCount());
    assertEquals(
        "journey check seed 77 (pin it with @JourneySeed(77L))\n"
            + "the invariant broke with seed 77",
        summary.getFailures().get(0).getException().getMessage());
  }
}
