package io.github.journeykit.report.picture;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.journeykit.catalogue.Catalogue;
import io.github.journeykit.model.Channel;
import io.github.journeykit.model.Journey;
import io.github.journeykit.model.Stage;
import io.github.journeykit.model.Touchpoint;
import io.github.journeykit.model.Transition;
import io.github.journeykit.rules.Playbook;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

class PicturesTests {

  static final Playbook FUNNEL = Catalogue.get("sales-funnel").get();

  @Test
  void mermaidDrawsStatesMovesLabelledByRulesFinalStagesAndGates() {
    String mermaid = Pictures.render(FUNNEL, Pictures.Format.MERMAID);
    assertThat(mermaid)
        .startsWith("stateDiagram-v2\n    direction LR\n    state \"Uninformed\" as uninformed\n")
        .contains("    [*] --> uninformed\n")
        .contains("    informed --> interested : A yes moves an active customer up one stage\n")
        .contains("    buyer --> interested : A no moves an active customer down one stage\n")
        .contains("    uninformed --> purchased : A first purchase makes the customer purchased\n")
        .contains("    loyal --> [*]\n")
        .contains(
            "    note right of interested : gate - at least 2 of money, need, decision\n"
                .replace("gate - ", "gate: "));
    assertThat(Pictures.mermaid(Catalogue.get("nine-stages").get()))
        .contains("state \"No need\" as no_need");
  }

  @Test
  void dotQuotesEveryNameAndLabelsEdgesWithRules() {
    String dot = Pictures.dot(FUNNEL);
    assertThat(dot)
        .startsWith("digraph \"sales-funnel\" {\n")
        .contains(
            "  \"interested\" [label=\"Interested\\ngate: at least 2 of money, need, decision\"];\n")
        .contains("  \"loyal\" [label=\"Loyal\\ngate: at least 2 purchases\", peripheries=2];\n")
        .contains(
            "  \"informed\" -> \"interested\" [label=\"A yes moves an active customer up one stage\"];\n")
        .endsWith("}\n");
  }

  @Test
  void markdownAndCsvLayStagesAsColumnsAndLanesAsRows() {
    String markdown = Pictures.markdown(FUNNEL);
    assertThat(markdown)
        .startsWith("# Six awareness stages of a sales funnel\n")
        .contains(
            "| Lane | Uninformed | Informed | Interested | Buyer | Purchased | Loyal |\n|---|---|---|---|---|---|---|\n")
        .contains(
            "| **Gate** |  |  | at least 2 of money, need, decision | all of money, need, decision | at least 1 purchase | at least 2 purchases |\n");
    String csv = Pictures.csv(FUNNEL);
    assertThat(csv.lines().findFirst().get())
        .isEqualTo("lane,Uninformed,Informed,Interested,Buyer,Purchased,Loyal");
    assertThat(csv)
        .contains(
            "\nGate,,,\"at least 2 of money, need, decision\",\"all of money, need, decision\",at least 1 purchase,at least 2 purchases\n");
  }

  @Test
  void htmlIsOnePageWithTheLanesAndAnEmotionCurveAndNothingFromTheNetwork() {
    Journey journey =
        Journey.builder("shop", "Shop <& Co>")
            .stage(Stage.of("a", "Looking", "-"))
            .stage(Stage.of("b", "Paying", "-"))
            .transition(Transition.advance("a", "b"))
            .touchpoint(
                Touchpoint.builder()
                    .from(Touchpoint.of("site", "Site", Channel.WEBSITE, "a"))
                    .emotion(Option.of(3))
                    .build())
            .touchpoint(
                Touchpoint.builder()
                    .from(Touchpoint.of("checkout", "Checkout", Channel.WEBSITE, "b"))
                    .emotion(Option.of(-2))
                    .painPoints(List.of("Delivery cost"))
                    .build())
            .buildOrThrow();
    String html = Pictures.html(Playbook.builder(journey).buildOrThrow());
    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .contains("<title>Shop &lt;&amp; Co&gt;</title>")
        .contains(
            "<polyline fill=\"none\" stroke=\"#36c\" stroke-width=\"2\" points=\"90,60.0 230,160.0\"/>")
        .contains("<td>Delivery cost</td>")
        .doesNotContain("<script")
        .doesNotContain("http://www.w3.org/1999")
        .doesNotContainPattern("(src|href)=\"https?://");
    assertThat(Pictures.html(FUNNEL)).contains("No emotion scores on this map yet");
  }

  @Test
  void everyCatalogueJourneyRendersInEveryFormat() {
    for (Playbook playbook : Catalogue.all()) {
      for (Pictures.Format format : Pictures.Format.values()) {
        assertThat(Pictures.render(playbook, format))
            .as("%s %s", playbook.journey().id(), format)
            .isNotBlank();
      }
    }
    assertThat(Pictures.Format.ofId("dot").get()).isEqualTo(Pictures.Format.DOT);
    assertThat(Pictures.Format.ofId("png").isEmpty()).isTrue();
  }
}
