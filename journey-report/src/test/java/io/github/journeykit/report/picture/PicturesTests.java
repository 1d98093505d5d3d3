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
  void dotQuotesEveryNameAndLabelsEdgesWithRulesInLinesThatFitABox() {
    String dot = Pictures.dot(FUNNEL);
    assertThat(dot)
        .startsWith("digraph \"sales-funnel\" {\n")
        .contains(
            "  \"interested\" [label=\"Interested\\ngate: at least 2 of\\nmoney, need, decision\"];\n")
        .contains("  \"loyal\" [label=\"Loyal\\ngate: at least 2\\npurchases\", peripheries=2];\n")
        .contains(
            "  \"informed\" -> \"interested\" [label=\"A yes moves an active\\ncustomer up one stage\"];\n")
        .endsWith("}\n");
  }

  @Test
  void dotLaysALongJourneyOutInRowsOfThreeStagesEachColumnOneRank() {
    String dot = Pictures.dot(ChartsTests.chain(7));
    assertThat(dot)
        .contains(
            "  // rows of 3 stages: each column is one rank\n"
                + "  {rank=same; \"s1\"; \"s4\"; \"s7\";}\n"
                + "  \"s1\" -> \"s4\" [style=invis];\n"
                + "  \"s4\" -> \"s7\" [style=invis];\n"
                + "  {rank=same; \"s2\"; \"s5\";}\n"
                + "  \"s2\" -> \"s5\" [style=invis];\n"
                + "  {rank=same; \"s3\"; \"s6\";}\n"
                + "  \"s3\" -> \"s6\" [style=invis];\n}\n");
    Journey again =
        ChartsTests.chain(7).journey().toBuilder()
            .transition(Transition.loop("s4", "s1", "Again"))
            .buildOrThrow();
    assertThat(Pictures.dot(Playbook.builder(again).buildOrThrow()))
        .contains("  \"s4\" -> \"s1\" [xlabel=\"loop: Again\", constraint=false];\n")
        .contains("  \"s3\" -> \"s4\" [label=\"advance\"];\n");
    assertThat(Pictures.dot(ChartsTests.chain(4))).contains("{rank=same; \"s1\"; \"s3\";}\n");
    assertThat(Pictures.dot(ChartsTests.chain(3))).doesNotContain("rank=same");
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
  void htmlIsOnePageWithTheStageGraphTheLanesAndAnEmotionCurveAndNothingFromTheNetwork() {
    Journey journey =
        Journey.builder("shop", "Shop <& Co>")
            .stage(Stage.of("a", "Looking \"around\"", "-"))
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
                    .painPoints(List.of("Delivery cost <b>"))
                    .build())
            .buildOrThrow();
    String html = Pictures.html(Playbook.builder(journey).buildOrThrow());
    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .contains("<title>Shop &lt;&amp; Co&gt;</title>")
        .contains(
            "<h2>Stage graph</h2>\n<svg ", "aria-label=\"Stage graph of Shop &lt;&amp; Co&gt;\"")
        .contains(
            ">Looking &quot;around&quot;</text>",
            "<title>Looking &quot;around&quot; → Paying: advance</title>")
        .contains("<h2>Emotion curve</h2>\n<svg ", "points=\"114,60 254,160\"")
        .contains("<td>Delivery cost &lt;b&gt;</td>")
        .doesNotContain("<script")
        .doesNotContain("http://www.w3.org/1999")
        .doesNotContainPattern("(src|href)=\"https?://");
  }

  @Test
  void theMapsShowOnlyTheLanesAJourneyFills() {
    Journey journey =
        Journey.builder("shop", "Shop")
            .stage(Stage.of("a", "Looking", "Inform"))
            .stage(
                Stage.builder()
                    .from(Stage.of("b", "Paying", "Sell"))
                    .goals(List.of("Margin"))
                    .build())
            .touchpoint(
                Touchpoint.builder()
                    .from(Touchpoint.of("checkout", "Checkout", Channel.WEBSITE, "b"))
                    .painPoints(List.of("Delivery cost"))
                    .build())
            .buildOrThrow();
    Playbook playbook = Playbook.builder(journey).buildOrThrow();
    assertThat(MapLanes.of(playbook).map(MapLanes.Lane::name))
        .containsExactly("Key task", "Company goals", "Touchpoints", "Pain points");
    assertThat(Pictures.markdown(playbook))
        .contains("| **Company goals** |  | Margin |\n")
        .doesNotContain(
            "KPIs",
            "Emotion",
            "Messages",
            "If the customer",
            "Gate",
            "Behind the scenes",
            "Parameters");
    assertThat(Pictures.csv(playbook).lines().map(line -> line.split(",")[0]))
        .containsExactly("lane", "Key task", "Company goals", "Touchpoints", "Pain points");
    String html = Pictures.html(playbook);
    assertThat(html.split("<tr>", -1)).hasSize(1 + 1 + 4);
    assertThat(html)
        .contains("<tr><td class=\"lane\">Pain points</td><td></td><td>Delivery cost</td></tr>\n")
        .doesNotContain("KPIs", "Emotion", "<caption>", "Parameters");
  }

  @Test
  void theMapsListTheParametersWithTheAssumptionsMarkedApartFromWhatTheArticleGives() {
    Playbook loop = Catalogue.get("loyalty-loop").get();
    assertThat(Pictures.markdown(loop))
        .contains(
            "\n## Parameters\n\nWhat the source gives, and the assumptions to tune.\n\n"
                + "| Parameter | Value | What it tunes | Where it comes from |\n|---|---|---|---|\n"
                + "| `quiet-regular` | 30 days | How long a regular may stay quiet in the loyalty"
                + " loop before the repeat-purchase reminder | **assumption**: The article says a"
                + " reminder must be used systematically, because a customer may simply forget us,"
                + " and gives no interval |\n");
    assertThat(Pictures.markdown(FUNNEL))
        .contains(
            "| `loyal-purchases` | 2 | How many purchases make a customer loyal | from the article"
                + " [000]: \"Loyal: bought 2 or more times\" |\n",
            "| `qualify-delay` | 1 day |");
    String html = Pictures.html(FUNNEL);
    assertThat(html)
        .contains("<h2>Parameters</h2>\n")
        .contains(
            "<tr class=\"source\"><td><code>loyal-purchases</code></td><td>2</td><td>How many"
                + " purchases make a customer loyal</td><td class=\"origin\"><span"
                + " class=\"mark\">Source</span> [000]: <q>Loyal: bought 2 or more"
                + " times</q></td></tr>\n")
        .contains(
            "<tr class=\"assumption\"><td><code>second-purchase-delay</code></td><td>7"
                + " days</td><td>How long after the first purchase the offer of the next one goes"
                + " out</td><td class=\"origin\"><span class=\"mark\">Assumption</span> The"
                + " article's fifth W asks at which moment a message is delivered, and gives no"
                + " delay</td></tr>\n")
        .contains("tr.assumption td{background:");
    assertThat(html.indexOf("<h2>Parameters</h2>")).isGreaterThan(html.indexOf("<h2>Journey map"));
  }

  @Test
  void theDiagramsGiveTheParametersInShort() {
    Playbook loop = Catalogue.get("loyalty-loop").get();
    assertThat(Pictures.mermaid(loop))
        .endsWith(
            "    note left of need_awareness\n"
                + "        Parameters\n"
                + "        quiet-regular = 30 days, assumption\n"
                + "        reminder-interval = 30 days, assumption\n"
                + "        how-to-use-delay = 1 day, assumption\n"
                + "    end note\n");
    assertThat(Pictures.dot(FUNNEL))
        .startsWith(
            "digraph \"sales-funnel\" {\n  label=\"Six awareness stages of a sales funnel\\n"
                + "Parameters from the article [000]: interested-criteria = 2, buyer-criteria = 3,"
                + " loyal-purchases = 2\\l"
                + "Assumptions: qualify-delay = 1 day, second-purchase-delay = 7 days\\l\";\n");
    Playbook plain =
        Playbook.builder(
                Journey.builder("shop", "Shop").stage(Stage.of("a", "A", "-")).buildOrThrow())
            .buildOrThrow();
    assertThat(Pictures.mermaid(plain)).doesNotContain("note", "Parameters");
    assertThat(Pictures.dot(plain)).contains("  label=\"Shop\";\n").doesNotContain("Parameters");
  }

  @Test
  void htmlCutsTheMapOfALongJourneyIntoTablesOfAtMostSevenStagesWithoutEmptyRows() {
    Journey.Builder builder = Journey.builder("long", "Long");
    for (int i = 1; i <= 9; i++) {
      builder.stage(
          i == 2
              ? Stage.builder().id("s2").name("Stage 2").kpis(List.of("Calls")).build()
              : Stage.of("s" + i, "Stage " + i, "Task " + i));
    }
    String html = Pictures.html(Playbook.builder(builder.buildOrThrow()).buildOrThrow());
    assertThat(html)
        .contains(
            "<table>\n<caption>Stages 1 to 5 of 9</caption>\n<tr><th class=\"lane\">Lane</th><th>Stage 1</th>")
        .contains(
            "<table>\n<caption>Stages 6 to 9 of 9</caption>\n<tr><th class=\"lane\">Lane</th><th>Stage 6</th><th>Stage 7</th><th>Stage 8</th><th>Stage 9</th></tr>\n"
                + "<tr><td class=\"lane\">Key task</td><td>Task 6</td><td>Task 7</td><td>Task 8</td><td>Task 9</td></tr>\n</table>\n")
        .contains(
            "<tr><td class=\"lane\">KPIs</td><td></td><td>Calls</td><td></td><td></td><td></td></tr>\n");
    assertThat(html.split("<table>", -1)).hasSize(3);
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
