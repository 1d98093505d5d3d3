package io.github.journeykit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.journeykit.model.Event;
import io.github.journeykit.model.Position;
import io.github.journeykit.rules.Decision;
import io.github.journeykit.rules.Engine;
import io.github.journeykit.rules.Playbook;
import io.github.journeykit.rules.Rule;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A check says which stages and rules its customers exercised, and fails when one was not. */
class CoverageTests {

  static final Playbook EVERY_KIND = EveryKind.playbook();

  /** An invariant that holds for everyone: only coverage can make its check fail. */
  static final Invariant ALWAYS = Invariant.of("nothing is ever wrong", history -> Option.none());

  JourneyCheck check() {
    return JourneyCheck.of(EVERY_KIND).customers(300).seed(11);
  }

  @Test
  void aCheckWhoseCustomersNeverReachAStageSaysSoAndFails() {
    CheckResult result = check().check(ALWAYS);
    assertThat(result.holds()).isFalse();
    assertThat(result.failsForCoverage()).isTrue();
    assertThat(result.coverage().stages().get("paying")).contains(0);
    assertThat(result.coverage().rules().get("A big spender pays")).contains(0);
    assertThat(result.coverage().unexercised())
        .containsExactly(
            "stage 'paying': reached by 0 customers",
            "rule \"A big spender pays\": fired for 0 customers");
    assertThat(result.report())
        .isEqualTo(
            "journey 'every-kind': 1 invariant held for 300 customers (seed 11), but they were"
                + " never put to the test at:\n"
                + "  stage 'paying': reached by 0 customers\n"
                + "  rule \"A big spender pays\": fired for 0 customers\n"
                + "  "
                + Coverage.advice()
                + "\n"
                + "  reproduce with JourneyCheck.of(playbook).seed(11)\n");
    assertThatThrownBy(result::assertHolds).hasMessage(result.report());
  }

  @Test
  void weightsThatLeadThereMakeItPass() {
    CheckResult result =
        check()
            .generator(
                CustomerGenerator.of(EVERY_KIND)
                    .weight("visit", "spent", EveryKind.BIG.multiply(java.math.BigDecimal.TEN), 1))
            .check(ALWAYS)
            .assertHolds();
    assertThat(result.coverage().stages().get("paying").get()).isGreaterThan(100);
    assertThat(result.report())
        .isEqualTo(
            "journey 'every-kind': 1 invariant held for 300 customers (seed 11)\n"
                + "  held: nothing is ever wrong\n");
  }

  @Test
  void aPartDeclaredUnreachableIsNotRequiredAndTheReportSaysWhy() {
    CheckResult result =
        check()
            .expectUnreached("paying", "spending 100 is more than generated")
            .expectUnreached("A big spender pays", "spending 100 is more than generated")
            .check(ALWAYS)
            .assertHolds();
    assertThat(result.coverage().report())
        .contains(
            "           0  'paying'  (expected unreached: spending 100 is more than generated)\n")
        .contains("         300  'browsing'\n");
    CheckResult reached =
        check()
            .generator(CustomerGenerator.of(EVERY_KIND).weight("visit", "spent", "1000", 1))
            .expectUnreached("paying", "thought to be too rare")
            .check(ALWAYS)
            .assertHolds();
    assertThat(reached.report())
        .containsPattern(
            "\n  note: stage 'paying' was expected unreached \\(thought to be too rare\\), but \\d+"
                + " customers reached it\n");
  }

  @Test
  void warnPassesWithAWarningAndOffSaysNothing() {
    CheckResult warned = check().requireCoverage(CoverageMode.WARN).check(ALWAYS).assertHolds();
    assertThat(warned.report())
        .isEqualTo(
            "journey 'every-kind': 1 invariant held for 300 customers (seed 11)\n"
                + "  held: nothing is ever wrong\n"
                + "  warning: never put to the test at stage 'paying': reached by 0 customers\n"
                + "  warning: never put to the test at rule \"A big spender pays\": fired for 0"
                + " customers\n");
    CheckResult off = check().requireCoverage(CoverageMode.OFF).check(ALWAYS).assertHolds();
    assertThat(off.report())
        .isEqualTo(
            "journey 'every-kind': 1 invariant held for 300 customers (seed 11)\n"
                + "  held: nothing is ever wrong\n");
    assertThat(off.coverage().stages().get("paying")).contains(0);
    assertThat(off.toString()).startsWith(off.report()).contains("  rules (customers for whom");
  }

  @Test
  void aThresholdRequiresThatManyCustomersForEachPart() {
    CheckResult thin =
        check()
            .generator(CustomerGenerator.of(EVERY_KIND).weight("visit", "spent", "1000", 0.001))
            .requireCoverage(CoverageMode.FAIL, 50)
            .check(ALWAYS);
    int paying = thin.coverage().stages().get("paying").get();
    assertThat(paying).isBetween(1, 49);
    assertThat(thin.coverage().unexercised())
        .contains("stage 'paying': reached by " + paying + " customers");
    assertThat(thin.holds()).isFalse();
  }

  @Test
  void anInvariantAboutAStageNoCustomerReachesFailsEvenWhenTheStageIsExpectedUnreached() {
    Invariant aboutPaying = ALWAYS.about("paying");
    assertThat(aboutPaying.stages()).containsExactly("paying");
    CheckResult result =
        check()
            .expectUnreached("paying", "too rare")
            .expectUnreached("A big spender pays", "too rare")
            .check(aboutPaying);
    assertThat(result.holds()).isFalse();
    assertThat(result.coverage().unexercised())
        .containsExactly("invariant \"nothing is ever wrong\": its stages reached by 0 customers");
  }

  @Test
  void refusesNamesTheJourneyDoesNotHave() {
    assertThatThrownBy(() -> check().check(ALWAYS.about("payng")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "invariant \"nothing is ever wrong\" is about stage 'payng', which journey 'every-kind'"
                + " does not have (did you mean 'paying'?); its stages: browsing, engaged, paying");
    assertThatThrownBy(() -> check().expectUnreached("payng", "why"))
        .hasMessageStartingWith(
            "journey 'every-kind' has no stage or rule 'payng' (did you mean 'paying'?); its stages:"
                + " browsing, engaged, paying; its rules: \"Every visit is counted\", ");
    assertThatThrownBy(() -> check().expectUnreached("paying", " "))
        .hasMessage("say why 'paying' cannot be reached: the reason is blank");
    assertThatThrownBy(() -> check().requireCoverage(CoverageMode.FAIL, 0))
        .hasMessage("each part must be exercised by at least 1 customer, got 0");
    assertThatThrownBy(() -> ALWAYS.about())
        .hasMessage("invariant \"nothing is ever wrong\": name at least one stage it is about");
  }

  /**
   * Decision by decision, on a journey with every kind; journey-catalogue's {@code
   * CatalogueCoverageTests} checks the same for every ready-made journey, customer by customer.
   */
  @Test
  void theRulesCountedAsFiredAreThoseTheEnginesExplanationSaysFired() {
    for (Playbook playbook : List.of(EVERY_KIND)) {
      Engine explaining = playbook.compile();
      CoverageCounter counter = new CoverageCounter(playbook, List.empty());
      CustomerGenerator generator = CustomerGenerator.of(playbook).lengths(1, 60);
      Random random = new Random(23);
      int fired = 0;
      for (int customer = 0; customer < 150; customer++) {
        Position position = playbook.journey().newCustomer("c", generator.start());
        for (Event event : generator.events(random)) {
          Decision decision = explaining.decide(position, event);
          List<String> expected = decision.explanation().fired().map(Rule::name).toList();
          assertThat(counter.fired(decision).map(Rule::name))
              .as("%s: %s", playbook.journey().id(), decision.explanation())
              .containsExactlyInAnyOrderElementsOf(expected);
          fired += expected.size();
          position = decision.after();
        }
      }
      assertThat(fired).as(playbook.journey().id()).isGreaterThan(150);
    }
  }

  @Test
  void aCheckThatHoldsNamesEachInvariantItCheckedAndEachItLeftOut() {
    Invariant alsoAlways = Invariant.of("nothing is wrong either", history -> Option.none());
    Invariant elsewhere =
        new Invariant() {
          @Override
          public String name() {
            return "windows keep their instants";
          }

          @Override
          public Option<Violation> check(CustomerHistory history) {
            return Option.none();
          }

          @Override
          public boolean appliesTo(Playbook playbook) {
            return false;
          }
        };
    CheckResult result =
        check().requireCoverage(CoverageMode.OFF).check(ALWAYS, elsewhere, alsoAlways);
    assertThat(result.report())
        .isEqualTo(
            "journey 'every-kind': 2 invariants held for 300 customers (seed 11)\n"
                + "  held: nothing is ever wrong\n"
                + "  held: nothing is wrong either\n"
                + "  not checked, as it does not apply to this journey: windows keep their"
                + " instants\n");
  }
}
