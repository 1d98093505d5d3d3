package io.github.journeykit.report.picture;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.journeykit.catalogue.Catalogue;
import io.github.journeykit.model.Channel;
import io.github.journeykit.model.Journey;
import io.github.journeykit.model.Stage;
import io.github.journeykit.model.Touchpoint;
import io.github.journeykit.model.Transition;
import io.github.journeykit.report.analytics.FunnelReport;
import io.github.journeykit.rules.Playbook;
import io.vavr.Tuple2;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The inline SVG of the HTML page, drawn to the pixel. */
class ChartsTests {

  /** Three stages with every kind of move: advances, a skip, a roll-back and a loop. */
  static Playbook threeStages() {
    Journey journey =
        Journey.builder("shop", "Shop")
            .stage(Stage.of("a", "Looking", "-"))
            .stage(Stage.of("b", "Choosing", "-"))
            .stage(Stage.of("c", "Paying", "-"))
            .transition(Transition.advance("a", "b"))
            .transition(Transition.advance("b", "c"))
            .transition(Transition.skip("a", "c", "Knows what to buy"))
            .transition(Transition.rollBack("b", "a"))
            .transition(Transition.loop("c", "a", "Buys again"))
            .touchpoint(
                Touchpoint.builder()
                    .from(Touchpoint.of("ad", "Ad", Channel.PAID_ADS, "a"))
                    .emotion(Option.of(4))
                    .build())
            .touchpoint(
                Touchpoint.builder()
                    .from(Touchpoint.of("site", "Site", Channel.WEBSITE, "a"))
                    .emotion(Option.of(1))
                    .build())
            .touchpoint(
                Touchpoint.builder()
                    .from(Touchpoint.of("till", "Till", Channel.STORE_VISIT, "c"))
                    .emotion(Option.of(-5))
                    .build())
            .buildOrThrow();
    return Playbook.builder(journey).buildOrThrow();
  }

  /** A journey of stages s1, s2, ... sN, each advancing to the next, nothing else on its map. */
  static Playbook chain(int stages) {
    Journey.Builder journey = Journey.builder("chain", "Chain");
    for (int i = 1; i <= stages; i++) {
      journey.stage(Stage.of("s" + i, "Stage " + i, "Task " + i));
      if (i > 1) {
        journey.transition(Transition.advance("s" + (i - 1), "s" + i));
      }
    }
    return Playbook.builder(journey.buildOrThrow()).buildOrThrow();
  }

  /** Funnel figures: how many reached each stage in order, and the moves along some edges. */
  static FunnelReport figures(Map<Tuple2<String, String>, Long> moves, String... stageAndReached) {
    Seq<FunnelReport.StageFigures> stages = List.empty();
    for (int i = 0; i < stageAndReached.length; i += 2) {
      long reached = Long.parseLong(stageAndReached[i + 1]);
      Option<Double> conversion =
          i + 3 < stageAndReached.length && reached > 0
              ? Option.of((double) Long.parseLong(stageAndReached[i + 3]) / reached)
              : Option.none();
      stages =
          stages.append(
              new FunnelReport.StageFigures(
                  stageAndReached[i],
                  reached,
                  0,
                  0,
                  0,
                  conversion,
                  0,
                  Option.none(),
                  Option.none(),
                  List.empty(),
                  List.empty(),
                  0));
    }
    return new FunnelReport(
        "shop",
        stages.head().reached(),
        Option.none(),
        Duration.ofDays(30),
        stages,
        new FunnelReport.TimeFigures(0, Option.none(), Option.none()),
        moves);
  }

  static FunnelReport figures() {
    return figures(LinkedHashMap.empty(), "a", "200", "b", "100", "c", "25");
  }

  /** The pictures of a page, each from {@code <svg} to {@code </svg>}. */
  static Seq<String> svgs(String html) {
    return List.ofAll(Pattern.compile("<svg.*?</svg>", Pattern.DOTALL).matcher(html).results())
        .map(match -> match.group());
  }

  /** The numbers of an attribute, in the order they appear in a picture. */
  static Seq<Double> numbers(String svg, String pattern) {
    Matcher matcher = Pattern.compile(pattern).matcher(svg);
    Seq<Double> found = List.empty();
    while (matcher.find()) {
      found = found.append(Double.parseDouble(matcher.group(1)));
    }
    return found;
  }

  @Nested
  class TheStageGraph {

    @Test
    void drawsTheStagesSideBySideWithAStraightArrowToTheNextStage() {
      String graph = svgs(Pictures.html(threeStages())).head();
      assertThat(graph)
          .startsWith(
              "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"744\" height=\"175\" viewBox=\"0 0 744 175\" font-family=\"system-ui, sans-serif\" role=\"img\" aria-label=\"Stage graph of Shop\">\n")
          .contains(
              "<circle cx=\"21\" cy=\"74\" r=\"5\" fill=\"#333\"/>\n"
                  + "<line x1=\"26\" y1=\"74\" x2=\"46\" y2=\"74\" stroke=\"#444\" stroke-width=\"1.6\" marker-end=\"url(#journey-arrow-advance)\"/>\n")
          .contains(
              "<g class=\"stage\">\n<title>Looking: -</title>\n"
                  + "<rect x=\"46\" y=\"58\" width=\"190\" height=\"32\" rx=\"8\" fill=\"#eef3fb\" stroke=\"#4a6fa5\" stroke-width=\"1.5\"/>\n"
                  + "<text x=\"141\" y=\"78.5\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"bold\" fill=\"#1c2b40\">Looking</text>\n</g>\n")
          .contains(
              "<rect x=\"292\" y=\"58\" width=\"190\" height=\"32\"",
              "<rect x=\"538\" y=\"58\" width=\"190\" height=\"32\"")
          .contains(
              "<g class=\"edge\">\n<title>Looking → Choosing: advance</title>\n"
                  + "<line x1=\"236\" y1=\"74\" x2=\"292\" y2=\"74\" stroke=\"#444\" stroke-width=\"1.6\" marker-end=\"url(#journey-arrow-advance)\"/>\n</g>\n")
          .contains(
              "<line x1=\"482\" y1=\"74\" x2=\"538\" y2=\"74\" stroke=\"#444\" stroke-width=\"1.6\" marker-end=\"url(#journey-arrow-advance)\"/>\n");
    }

    @Test
    void drawsSkipsAboveAndMovesBackBelowNestedAndEachKindItsOwnWay() {
      String graph = svgs(Pictures.html(threeStages())).head();
      assertThat(graph)
          .contains(
              "<title>Looking → Paying: skip: Knows what to buy</title>\n"
                  + "<path d=\"M141,58 C141,7.3 633,7.3 633,58\" fill=\"none\" stroke=\"#1f6fb2\" stroke-width=\"1.6\" stroke-dasharray=\"8 4\" marker-end=\"url(#journey-arrow-skip)\"/>\n")
          // the roll-back spans one stage, the loop two: the loop is deeper and meets Looking
          // further out, so the two do not cross
          .contains(
              "<title>Choosing → Looking: roll-back</title>\n"
                  + "<path d=\"M387,90 C387,119.3 174.3,119.3 174.3,90\" fill=\"none\" stroke=\"#c0392b\" stroke-width=\"1.6\" stroke-dasharray=\"3 3\" marker-end=\"url(#journey-arrow-roll-back)\"/>\n")
          .contains(
              "<title>Paying → Looking: loop: Buys again</title>\n"
                  + "<path d=\"M633,90 C633,140.7 107.8,140.7 107.8,90\" fill=\"none\" stroke=\"#7d3c98\" stroke-width=\"1.6\" stroke-dasharray=\"10 3 2 3\" marker-end=\"url(#journey-arrow-loop)\"/>\n")
          .contains(
              "<marker id=\"journey-arrow-loop\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"9\" markerHeight=\"9\" markerUnits=\"userSpaceOnUse\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#7d3c98\"/></marker>\n")
          .contains(
              "<text x=\"50\" y=\"151\" font-size=\"11\" fill=\"#333\">advance</text>\n",
              ">skip</text>",
              ">roll-back</text>",
              ">loop</text>")
          .doesNotContain("final stage", "moves in the log");
    }

    @Test
    void givesEachRuleDrivenMoveTheKindOfTheJourneysTransition() {
      Seq<StageGraph.Edge> funnel = StageGraph.edges(Catalogue.get("sales-funnel").get());
      assertThat(kind(funnel, "informed", "interested")).contains(Transition.Kind.ADVANCE);
      assertThat(kind(funnel, "uninformed", "loyal")).contains(Transition.Kind.SKIP);
      assertThat(kind(funnel, "buyer", "interested")).contains(Transition.Kind.ROLL_BACK);
      Seq<StageGraph.Edge> loops = StageGraph.edges(Catalogue.get("loyalty-loop").get());
      assertThat(kind(loops, "user-experience", "need-awareness")).contains(Transition.Kind.LOOP);
    }

    Option<Transition.Kind> kind(Seq<StageGraph.Edge> edges, String from, String to) {
      return edges
          .find(edge -> edge.key().equals(new Tuple2<>(from, to)))
          .map(StageGraph.Edge::kind);
    }

    @Test
    void labelsEachEdgeWithTheMovesOfALogAndDrawsTheBusiestWidest() {
      FunnelReport report =
          figures(
              LinkedHashMap.of(
                  new Tuple2<>("a", "b"),
                  1000L,
                  new Tuple2<>("c", "a"),
                  9L,
                  new Tuple2<>("a", "c"),
                  0L),
              "a",
              "1000",
              "b",
              "1000",
              "c",
              "9");
      String graph =
          svgs(Pictures.render(threeStages(), Pictures.Format.HTML, Option.of(report))).head();
      assertThat(graph)
          .contains(
              "<line x1=\"236\" y1=\"91\" x2=\"292\" y2=\"91\" stroke=\"#444\" stroke-width=\"4.5\" marker-end=\"url(#journey-arrow-advance)\"/>\n"
                  + "<text x=\"264\" y=\"86\" text-anchor=\"middle\" font-size=\"11\" fill=\"#222\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">1,000</text>\n")
          .contains("<title>Choosing → Paying: advance — 0 moves</title>")
          .contains(
              "<title>Paying → Looking: loop: Buys again — 9 moves</title>\n"
                  + "<path d=\"M633,107 C633,157.7 107.8,157.7 107.8,107\" fill=\"none\" stroke=\"#7d3c98\" stroke-width=\"2.3\"")
          .contains(
              "<text x=\"370.4\" y=\"157\" text-anchor=\"middle\" font-size=\"11\" fill=\"#222\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">9</text>\n")
          .contains(">numbers and widths: moves in the log</text>");
    }

    @Test
    void drawsALongJourneyTopToBottomNoWiderThanThePage() {
      String graph = svgs(Pictures.html(chain(14))).head();
      Seq<Double> xs = numbers(graph, "<rect x=\"([0-9.]+)\"");
      Seq<Double> ys = numbers(graph, "<rect x=\"[0-9.]+\" y=\"([0-9.]+)\"");
      assertThat(xs).hasSize(14).containsOnly(xs.head());
      // each box 36 pixels high, 30 apart
      assertThat(ys.sliding(2).forAll(pair -> pair.get(1) - pair.get(0) == 36 + 30)).isTrue();
      assertThat(numbers(graph, "^<svg [^>]*width=\"([0-9.]+)\"").head())
          .isLessThanOrEqualTo(StageGraphSvg.MAX_WIDTH);
      assertThat(graph)
          .contains("<line x1=\"180\" y1=\"82\" x2=\"180\" y2=\"112\" stroke=\"#444\"")
          .contains(
              "<rect x=\"20\" y=\"904\" width=\"320\" height=\"36\" rx=\"8\" fill=\"#eef3fb\" stroke=\"#4a6fa5\" stroke-width=\"1.5\"/>\n");
    }

    @Test
    void fitsThePageForEveryReadyMadeJourneyItsBoxesApartAndTheirTextInside() {
      Pattern stage =
          Pattern.compile(
              "<g class=\"stage\">\n<title>[^<]*</title>\n<rect x=\"([0-9.]+)\" y=\"([0-9.]+)\""
                  + " width=\"([0-9.]+)\" height=\"([0-9.]+)\"(.*?)</g>",
              Pattern.DOTALL);
      Pattern text = Pattern.compile("<text [^>]*font-size=\"([0-9]+)\"[^>]*>(.*?)</text>");
      for (Playbook playbook : Catalogue.all()) {
        Journey journey = playbook.journey();
        String graph = svgs(Pictures.html(playbook)).head();
        assertThat(numbers(graph, "^<svg [^>]*width=\"([0-9.]+)\"").head())
            .as(journey.id())
            .isLessThanOrEqualTo(StageGraphSvg.MAX_WIDTH);
        Seq<double[]> boxes = List.empty();
        Matcher box = stage.matcher(graph);
        while (box.find()) {
          double[] at = new double[4];
          for (int i = 0; i < 4; i++) {
            at[i] = Double.parseDouble(box.group(i + 1));
          }
          boxes = boxes.append(at);
          Matcher lines = text.matcher(box.group(5));
          while (lines.find()) {
            double size = Double.parseDouble(lines.group(1));
            for (String shown :
                lines.group(2).replaceAll("<tspan[^>]*>", "\n").split("</tspan>|\n")) {
              assertThat(Svg.widthOf(shown, size))
                  .as("%s: %s", journey.id(), shown)
                  .isLessThanOrEqualTo(at[2] - 16);
            }
          }
        }
        assertThat(boxes).as(journey.id()).hasSize(journey.stages().size());
        for (int i = 1; i < boxes.size(); i++) {
          double[] before = boxes.get(i - 1);
          double[] after = boxes.get(i);
          boolean apart =
              after[0] >= before[0] + before[2] + 20 || after[1] >= before[1] + before[3] + 20;
          assertThat(apart).as("%s: box %d and the one before", journey.id(), i).isTrue();
        }
      }
    }
  }

  @Nested
  class TheFunnelChart {

    @Test
    void drawsABarPerStageOnALogarithmicScaleWithItsNumberAndTheBottleneck() {
      String funnel =
          svgs(Pictures.render(threeStages(), Pictures.Format.HTML, Option.of(figures()))).get(1);
      assertThat(funnel)
          .startsWith(
              "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1077.6\" height=\"130\" viewBox=\"0 0 1077.6 130\" font-family=\"system-ui, sans-serif\" role=\"img\" aria-label=\"Funnel of Shop\">\n")
          // grid lines at 1, 10 and 100: log(2), log(11) and log(101) of log(201) of 560 pixels
          .contains(
              "<line x1=\"293.2\" y1=\"20\" x2=\"293.2\" y2=\"102\" stroke=\"#ddd\"/>\n"
                  + "<text x=\"293.2\" y=\"16\" text-anchor=\"middle\" font-size=\"10\" fill=\"#777\">1</text>\n")
          .contains("<line x1=\"473.2\" y1=\"20\"", ">10</text>", "<line x1=\"707.3\" y1=\"20\"")
          .contains(">100</text>")
          .contains(
              "<g class=\"bar\">\n<title>Looking: 200 reached · 50.0% go on</title>\n"
                  + "<text x=\"212\" y=\"42\" text-anchor=\"end\" font-size=\"12\">Looking</text>\n"
                  + "<rect x=\"220\" y=\"27\" width=\"560\" height=\"20\" fill=\"#69c\"/>\n"
                  + "<text x=\"786\" y=\"42\" font-size=\"12\">200 reached · 50.0% go on</text>\n</g>\n")
          .contains(
              "<rect x=\"220\" y=\"53\" width=\"487.3\" height=\"20\" fill=\"#d95\"/>\n"
                  + "<text x=\"713.3\" y=\"68\" font-size=\"12\">100 reached · 25.0% go on · bottleneck</text>\n")
          .contains(
              "<rect x=\"220\" y=\"79\" width=\"344\" height=\"20\" fill=\"#69c\"/>\n"
                  + "<text x=\"570\" y=\"94\" font-size=\"12\">25 reached</text>\n")
          .contains(
              "<text x=\"8\" y=\"122\" font-size=\"11\" fill=\"#555\">Bar lengths on a logarithmic scale: each grid line is ten times the one before.</text>\n");
      assertThat(Pictures.render(threeStages(), Pictures.Format.MERMAID, Option.of(figures())))
          .contains("    a --> b : advance — 0 moves\n");
    }

    @Test
    void keepsTheBarOfAStageAHundredThousandthOfTheCustomersReachVisibleAndNumbered() {
      String funnel =
          svgs(Pictures.render(
                  threeStages(),
                  Pictures.Format.HTML,
                  Option.of(figures(LinkedHashMap.empty(), "a", "100000", "b", "1", "c", "0"))))
              .get(1);
      Seq<Double> bars = numbers(funnel, "<rect x=\"220\" y=\"[0-9.]+\" width=\"([0-9.]+)\"");
      assertThat(bars).hasSize(2);
      assertThat(bars.get(0)).isEqualTo(560);
      assertThat(bars.get(1)).isGreaterThan(30);
      assertThat(funnel)
          .contains(">100,000 reached · 0.0% go on</text>")
          .contains(">1 reached · 0.0% go on · bottleneck</text>")
          .contains("<text x=\"226\" y=\"94\" font-size=\"12\" fill=\"#888\">0 reached</text>")
          .contains(">10,000</text>", ">100,000</text>");
      double widest = numbers(funnel, "^<svg [^>]*width=\"([0-9.]+)\"").head();
      for (String label : List.of("1 reached · 0.0% go on · bottleneck", "0 reached")) {
        assertThat(funnel).contains(label);
        double x =
            numbers(funnel, "<text x=\"([0-9.]+)\"[^>]*>" + Pattern.quote(label) + "<").head();
        assertThat(x + Svg.widthOf(label, 12)).isLessThanOrEqualTo(widest);
      }
    }
  }

  @Nested
  class TheEmotionCurve {

    @Test
    void joinsTheAverageScoreOfEachStageWithScores() {
      String html = Pictures.html(threeStages());
      assertThat(html).contains("<h2>Emotion curve</h2>\n");
      assertThat(svgs(html).get(1))
          .startsWith(
              "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"480\" height=\"283\" viewBox=\"0 0 480 283\" font-family=\"system-ui, sans-serif\" role=\"img\" aria-label=\"Emotion curve of Shop\">\n")
          .contains(
              "<line x1=\"44\" y1=\"120\" x2=\"464\" y2=\"120\" stroke=\"#999\" stroke-dasharray=\"4 4\"/>\n")
          .contains(
              "<text x=\"36\" y=\"24\" text-anchor=\"end\" font-size=\"11\" fill=\"#777\">+5</text>\n",
              ">0</text>",
              ">-5</text>")
          .contains(
              "<text x=\"114\" y=\"246\" text-anchor=\"middle\" font-size=\"11\">Looking</text>\n")
          .contains(
              "<text x=\"394\" y=\"246\" text-anchor=\"middle\" font-size=\"11\">Paying</text>\n")
          .contains(
              "<polyline fill=\"none\" stroke=\"#36c\" stroke-width=\"2\" points=\"114,70 394,220\"/>\n")
          .contains(
              "<circle cx=\"114\" cy=\"70\" r=\"5\" fill=\"#3a3\"/>\n"
                  + "<text x=\"123\" y=\"74\" font-size=\"11\" fill=\"#333\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">2.5</text>\n")
          .contains(
              "<circle cx=\"394\" cy=\"220\" r=\"5\" fill=\"#c33\"/>\n"
                  + "<text x=\"403\" y=\"224\" font-size=\"11\" fill=\"#333\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">-5</text>\n");
      assertThat(html).contains("<td>2.5</td><td></td><td>-5</td>");
    }

    @Test
    void isLeftOutWhenNoTouchpointHasAScore() {
      String html = Pictures.html(chain(3));
      assertThat(html).doesNotContain("Emotion curve", "emotion", "<polyline");
      assertThat(svgs(html)).hasSize(1);
    }
  }
}
