package io.github.journeykit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.journeykit.catalogue.Catalogue;
import io.github.journeykit.definition.Definitions;
import io.github.journeykit.definition.Format;
import io.github.journeykit.model.CriterionMet;
import io.github.journeykit.model.Event;
import io.github.journeykit.model.Position;
import io.github.journeykit.rules.Decision;
import io.github.journeykit.rules.Engine;
import io.github.journeykit.rules.Finding;
import io.github.journeykit.rules.GapAnalysis;
import io.github.journeykit.rules.Playbook;
import io.github.journeykit.testkit.CustomerGenerator;
import io.vavr.collection.Seq;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A population of customers carried from one version of a journey to the next: the second version
 * of the sales funnel renames a stage and a criterion; every customer the first version decided is
 * carried over, none is lost, and each goes on being decided by the second version.
 */
class MigrationPopulationTests {

  static final Playbook FIRST = Catalogue.get("sales-funnel").get();

  /** Version 2: 'interested' is 'considering', the criterion 'decision' is 'decided'. */
  static Playbook second() {
    String text =
        Definitions.write(FIRST, Format.YAML)
            .replace("interested", "considering")
            .replace("decision", "decided")
            .replaceFirst(
                "\n  name: ([^\n]*)\n",
                "\n  name: $1\n  version: 2\n  migrations:\n    - from: 1\n      stages:\n"
                    + "        renamed: {interested: considering}\n      criteria:\n"
                    + "        renamed: {decision: decided}\n");
    var read = Definitions.read(text, Format.YAML, "sales-funnel-2.yaml");
    assertThat(read.isValid()).as("%s", read).isTrue();
    return read.get();
  }

  @Test
  void everyCustomerIsCarriedOverAndGoesOnBeingDecided() {
    Playbook second = second();
    Engine first = FIRST.compile().withExplanations(false);
    Engine next = second.compile().withExplanations(false);
    CustomerGenerator customers = CustomerGenerator.of(FIRST).lengths(1, 30);
    Random random = new Random(15);
    Map<String, Integer> before = new HashMap<>();
    Map<String, Integer> after = new HashMap<>();
    int carried = 0;
    for (int c = 0; c < 2_000; c++) {
      Seq<Event> events = customers.events(random);
      Position start = FIRST.journey().newCustomer("c-" + c, events.head().at());
      Position old = first.finalPosition(start, events.init());
      var carriedOver = second.journey().migrate(old);
      assertThat(carriedOver.isValid()).as("customer lost: %s", carriedOver).isTrue();
      Position migrated = carriedOver.get();
      carried++;
      before.merge(old.stage().replace("interested", "considering"), 1, Integer::sum);
      after.merge(migrated.stage(), 1, Integer::sum);

      assertThat(migrated.version()).isEqualTo(2);
      assertThat(migrated.customer()).isEqualTo(old.customer());
      assertThat(migrated.status()).isEqualTo(old.status());
      assertThat(migrated.purchases()).isEqualTo(old.purchases());
      assertThat(migrated.criteria())
          .containsExactlyElementsOf(old.criteria().map(id -> id.replace("decision", "decided")));
      // the event of the second version's log names the renamed criterion
      Event last =
          events.last() instanceof CriterionMet met && met.criterion().equals("decision")
              ? new CriterionMet("decided", met.at())
              : events.last();
      Decision decided = next.decide(old, last);
      assertThat(decided.isRejected()).as("%s", decided).isFalse();
      assertThat(decided).isEqualTo(next.decide(migrated, last));
      assertThat(decided.after().stage().replace("considering", "interested"))
          .isEqualTo(first.decide(old, events.last()).after().stage());
    }
    assertThat(carried).isEqualTo(2_000);
    assertThat(after).isEqualTo(before);
    assertThat(after).containsKey("considering");
    assertThat(GapAnalysis.ofMigration(FIRST.journey(), second.journey()))
        .noneMatch(finding -> finding.severity() == Finding.Severity.ERROR);
  }
}
