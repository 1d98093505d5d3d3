package io.github.journeykit.examples;

import static io.github.journeykit.examples.CommandLineTests.journey;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.journeykit.examples.CommandLineTests.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A journey's parameters on the command line: {@code journey show} lists them, what the article
 * gives apart from what is an assumption, and {@code --set PARAMETER=VALUE} tunes them on every
 * command that takes a journey, a mistake in it said as a mistake of the definition.
 */
class ParameterCommandsTests {

  @TempDir Path dir;

  @Test
  void showListsEachParameterWithItsValueInWordsWhatItTunesAndWhereItComesFrom() {
    Run show = journey("show", "loyalty-loop");
    assertThat(show.exit()).isZero();
    assertThat(show.out())
        .contains(
            "\nParameters (what the source gives, and the assumptions to tune: --set ID=VALUE)\n"
                + "  quiet-regular = 30 days (P30D): How long a regular may stay quiet in the"
                + " loyalty loop before the repeat-purchase reminder\n"
                + "    assumption: The article says a reminder must be used systematically,"
                + " because a customer may simply forget us, and gives no interval\n");
    assertThat(journey("show", "sales-conversation").out())
        .contains(
            "  readiness-signals = 1: How many readiness signals make a customer warm, ready for"
                + " the close\n"
                + "    from the article [003, part 4]: \"If at least one point holds, the buyer is"
                + " already 'warm'\"\n");
    assertThat(journey("show", "saas-trial").out()).doesNotContain("Parameters");
  }

  @Test
  void setTunesAParameterOfAReadyMadeJourneyWithoutEditingIt() {
    Run tuned = journey("show", "loyalty-loop", "--set", "quiet-regular=P14D");
    assertThat(tuned.err()).isEmpty();
    assertThat(tuned.out())
        .contains("  quiet-regular = 14 days (P14D): ")
        .contains("when inactive for 14 days")
        .doesNotContain("when inactive for 30 days");
  }

  @Test
  void aRunCountsTheReadinessSignalsSetInPlaceOfTheArticlesOne() throws IOException {
    Path events =
        Files.writeString(
            dir.resolve("signals.csv"),
            "customer,at,event,detail\nolga,2026-03-02T09:00:00Z,criterion,favourable-view\n");
    Run article = journey("run", "sales-conversation", events.toString());
    assertThat(article.out()).isEqualTo("customer,stage,status,purchases\nolga,close,active,0\n");
    Run stricter =
        journey("run", "sales-conversation", events.toString(), "--set", "readiness-signals=2");
    assertThat(stricter.err()).isEmpty();
    assertThat(stricter.out())
        .as("one signal of the two now needed: the close refuses her")
        .isEqualTo("customer,stage,status,purchases\nolga,make-contact,active,0\n");
  }

  @Test
  void aJourneyExportedTunedStillNamesItsParametersAndReadsBackAsTuned() throws IOException {
    Path exported = dir.resolve("loop.yaml");
    Run export =
        journey(
            "export", "loyalty-loop", "--set", "quiet-regular=P14D", "--out", exported.toString());
    assertThat(export.exit()).as(export.err()).isZero();
    assertThat(Files.readString(exported))
        .contains("    - id: quiet-regular\n      value: P14D\n")
        .contains("      inactiveFor: $quiet-regular\n");
    assertThat(journey("show", exported.toString()).out())
        .isEqualTo(journey("show", "loyalty-loop", "--set", "quiet-regular=P14D").out());
    Run again = journey("show", exported.toString(), "--set", "quiet-regular=P7D");
    assertThat(again.out()).contains("  quiet-regular = 7 days (P7D): ");
  }

  @Test
  void aValueSetForNoParameterOrOfAnotherKindIsAMistakeOfTheDefinition() {
    Run unknown = journey("show", "sales-funnel", "--set", "loyal-purchase=3");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.out()).isEmpty();
    assertThat(unknown.err())
        .startsWith("journey: the definition has a mistake:\nsales-funnel.yaml:")
        .contains(
            ": journey.parameters: no parameter 'loyal-purchase' to set (did you mean"
                + " 'loyal-purchases'?); the journey's parameters are interested-criteria,"
                + " buyer-criteria, loyal-purchases, qualify-delay, second-purchase-delay\n");
    Run kind =
        journey("render", "loyalty-loop", "--format", "mermaid", "--set", "quiet-regular=14");
    assertThat(kind.exit()).isEqualTo(2);
    assertThat(kind.err())
        .contains(
            "journey.parameters[0].value: parameter 'quiet-regular' is a duration (P30D, 30 days),"
                + " and the value set for it, '14', is a number: set a duration instead\n");
    assertThat(journey("show", "saas-trial", "--set", "quiet=P7D").err())
        .contains("no parameter 'quiet' to set; the journey declares no parameters\n");
  }

  @Test
  void everyCommandThatTakesAJourneyTakesSet() {
    for (String command :
        new String[] {"show", "run", "check", "lint", "render", "simulate", "export", "validate"}) {
      assertThat(journey(command, "--help").out()).as(command).contains("--set=PARAMETER=VALUE");
    }
  }
}
