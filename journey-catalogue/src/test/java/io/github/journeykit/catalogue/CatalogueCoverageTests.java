package io.github.journeykit.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.journeykit.rules.Decision;
import io.github.journeykit.rules.Engine;
import io.github.journeykit.rules.Playbook;
import io.github.journeykit.rules.Rule;
import io.github.journeykit.testkit.CheckResult;
import io.github.journeykit.testkit.CoverageMode;
import io.github.journeykit.testkit.Invariant;
import io.github.journeykit.testkit.JourneyCheck;
import io.vavr.control.Option;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A check's coverage of a ready-made journey says what the engine's explanations say. This was part
 * of journey-testkit's {@code CoverageTests} while the catalogue was in journey-rules; that test
 * asks the testkit's package-private counter decision by decision, and still does there for a
 * journey with every kind; here the same counter is read through the public {@link
 * io.github.journeykit.testkit.Coverage}, customer by customer.
 */
class CatalogueCoverageTests {

  @Test
  void theRulesCountedAsFiredAreThoseTheEnginesExplanationSaysFired() {
    for (Playbook playbook : Catalogue.all()) {
      String id = playbook.journey().id();
      Engine explaining = playbook.compile();
      Map<Rule, Integer> customers = new HashMap<>();
      int[] fired = {0};
      Invariant explained =
          Invariant.of(
              "counts the rules the explanations say fired",
              history -> {
                Set<Rule> firedForThisCustomer = new HashSet<>();
                for (Decision decision : history.decisions()) {
                  Decision again = explaining.decide(decision.before(), decision.event());
                  assertThat(again.after()).as("%s: %s", id, decision).isEqualTo(decision.after());
                  firedForThisCustomer.addAll(again.explanation().fired().toJavaList());
                  fired[0] += again.explanation().fired().size();
                }
                firedForThisCustomer.forEach(rule -> customers.merge(rule, 1, Integer::sum));
                return Option.none();
              });
      CheckResult result =
          JourneyCheck.of(playbook)
              .customers(150)
              .maxEvents(60)
              .seed(23)
              .requireCoverage(CoverageMode.OFF)
              .check(explained);
      // As the coverage names them: rules of the same name count as the one fired for the most.
      Map<String, Integer> expected = new HashMap<>();
      for (Rule rule : playbook.rules()) {
        expected.merge(rule.name(), customers.getOrDefault(rule, 0), Math::max);
      }
      assertThat(result.customers()).isEqualTo(150);
      assertThat(result.coverage().rules().toJavaMap()).as(id).isEqualTo(expected);
      assertThat(fired[0]).as(id).isGreaterThan(150);
    }
  }
}
