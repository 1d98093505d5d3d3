package io.github.journeykit.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.journeykit.model.Event;
import io.github.journeykit.rules.Playbook;
import io.github.journeykit.testkit.CheckResult;
import io.github.journeykit.testkit.CoverageMode;
import io.github.journeykit.testkit.CustomerGenerator;
import io.github.journeykit.testkit.Invariant;
import io.github.journeykit.testkit.Invariants;
import io.github.journeykit.testkit.JourneyCheck;
import io.github.journeykit.testkit.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The knobs of a check and of a generator, and what a report shows. */
class JourneyCheckTests {

  static final Playbook FUNNEL = Catalogue.get("sales-funnel").get();

  @Test
  void aCheckHasKnobsThatDoWhatTheySay() {
    int[] longest = {0};
    Invariant measure =
        Invariant.of(
            "never more than 5 events",
            history -> {
              longest[0] = Math.max(longest[0], history.events().size());
              return history.events().size() > 5
                  ? Option.of(new Violation(5, "too long"))
                  : Option.none();
            });
    assertThat(measure.toString()).isEqualTo("never more than 5 events");
    CheckResult held =
        JourneyCheck.of(FUNNEL)
            .maxEvents(5)
            .customers(300)
            .seed(9)
            .requireCoverage(CoverageMode.WARN)
            .check(measure);
    assertThat(held.holds()).isTrue();
    assertThat(held.report()).contains("  warning: never put to the test at stage 'buyer'");
    assertThat(held.customers()).isEqualTo(300);
    assertThat(longest[0]).isEqualTo(5);
    assertThat(JourneyCheck.of(FUNNEL).seed(123).seed()).isEqualTo(123);
    assertThat(JourneyCheck.check(FUNNEL, Invariants.stageIsAlwaysKnown()).holds()).isTrue();
    assertThatThrownBy(() -> JourneyCheck.of(FUNNEL).customers(0))
        .hasMessage("customers must be at least 1, got 0");
    assertThatThrownBy(() -> JourneyCheck.of(FUNNEL).maxEvents(0))
        .hasMessage("maxEvents must be at least 1, got 0");
    assertThatThrownBy(
            () ->
                JourneyCheck.of(FUNNEL).generator(CustomerGenerator.of(Catalogue.get("b2b").get())))
        .hasMessage("the generator is for another playbook");
  }

  @Test
  void aCheckUsesTheGeneratorItIsGiven() {
    Instant start = Instant.parse("2030-01-01T00:00:00Z");
    Instant[] first = {Instant.MAX};
    Invariant watch =
        Invariant.of(
            "watch",
            history -> {
              Instant at = history.events().head().at();
              first[0] = at.isBefore(first[0]) ? at : first[0];
              return Option.none();
            });
    JourneyCheck.of(FUNNEL)
        .customers(50)
        .generator(CustomerGenerator.of(FUNNEL).startingAt(start))
        .check(watch);
    assertThat(first[0]).isAfter(start);
    assertThat(CustomerGenerator.of(FUNNEL).startingAt(start).start()).isEqualTo(start);
    assertThat(CustomerGenerator.of(FUNNEL).playbook()).isSameAs(FUNNEL);
    Seq<Event> events =
        CustomerGenerator.of(FUNNEL).startingAt(start).lengths(4, 4).events(new Random(1));
    assertThat(events).hasSize(4);
    assertThat(events.head().at()).isAfter(start);
  }

  @Test
  void theReportShowsTheExplanationAndTheEventLogLineByLine() {
    CheckResult result =
        JourneyCheck.of(PlantedBugTests.buggyLoyaltyLoop())
            .seed(7)
            .check(CatalogueInvariants.forJourney("loyalty-loop"));
    assertThat(result.report())
        .contains("  the engine's explanation of that step:\n    interaction no at ")
        .contains(
            "\n      fired \"A no moves an active customer back\": move to 'need-awareness'\n")
        .contains("  the minimal event log:\n    customer,at,event,detail\n    counterexample,");
  }
}
