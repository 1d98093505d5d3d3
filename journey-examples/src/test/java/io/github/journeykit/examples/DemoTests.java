package io.github.journeykit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DemoTests {

  @Test
  void printsEverySeedJourneyWithItsStagesAndMoves() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Demo.print(SeedJourneys.all(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out)
        .contains("sales-funnel — Six awareness stages of a sales funnel (current-state map)")
        .contains("  3. interested                   Meet 2 of 3 criteria: money, need, decision")
        .contains("    roll-back purchased -> buyer")
        .contains("nine-stages — Nine stages: the bread example")
        .contains("    skip      information-search -> purchase  (Knows what to buy)")
        .contains("    loop      repeat-purchase -> no-need  (Re-warming)");
  }
}
