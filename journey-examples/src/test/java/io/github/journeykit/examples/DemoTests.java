package io.github.journeykit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DemoTests {

  @Test
  void printsEveryCatalogueJourneyWithItsStagesMovesAndRules() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Demo.print(io.github.journeykit.rules.catalogue.Catalogue.all(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out)
        .contains("sales-funnel — Six awareness stages of a sales funnel (current-state map)")
        .contains("  3. interested                   Close the missing criterion: money, need or decision")
        .contains("    roll-back buyer -> interested")
        .contains("    skip      uninformed -> purchased  (A first purchase, from any stage)")
        .contains("nine-stages — Nine stages: the bread example")
        .contains("    skip      information-search -> purchase  (Buys at once)")
        .contains("    loop      repeat-purchase -> no-need  (Re-warming from no need)")
        .contains(
            "    \"A second rejected mock-up ends the contract, the prepayment is kept\" on interaction at"
                + " [design] when outcome is no and status is active and has met first-mockup-rejected: record"
                + " 'contract-terminated', set status grey, send 'termination'");
    for (String id : io.github.journeykit.rules.catalogue.Catalogue.ids()) {
      assertThat(out).contains(id + " — ");
    }
  }
}
