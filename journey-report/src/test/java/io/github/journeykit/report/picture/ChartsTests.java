package io.github.journeykit.report.picture;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.journeykit.model.Channel;
import io.github.journeykit.model.Journey;
import io.github.journeykit.model.Stage;
import io.github.journeykit.model.Touchpoint;
import io.github.journeykit.model.Transition;
import io.github.journeykit.report.analytics.FunnelReport;
import io.github.journeykit.rules.Playbook;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The inline SVG of the HTML page, drawn to the pixel. */
class ChartsTests {

  static Playbook threeStages() {
    Journey journey =
        Journey.builder("shop", "Shop")
            .stage(Stage.of("a", "Looking", "-"))
            .stage(Stage.of("b", "Choosing", "-"))
            .stage(Stage.of("c", "Paying", "-"))
            .transition(Transition.advance("a", "b"))
            .transition(Transition.advance("b", "c"))
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

  static FunnelReport figures() {
    FunnelReport.StageFigures a =
        new FunnelReport.StageFigures(
            "a",
            200,
            0,
            0,
            0,
            Option.of(0.5),
            0,
            Option.none(),
            Option.none(),
            List.empty(),
            List.empty());
    FunnelReport.StageFigures b =
        new FunnelReport.StageFigures(
            "b",
            100,
            0,
            0,
            0,
            Option.of(0.25),
            0,
            Option.none(),
            Option.none(),
            List.empty(),
            List.empty());
    FunnelReport.StageFigures c =
        new FunnelReport.StageFigures(
            "c",
            25,
            25,
            0,
            0,
            Option.none(),
            0,
            Option.none(),
            Option.none(),
            List.empty(),
            List.empty());
    return new FunnelReport(
        "shop",
        200,
        Option.none(),
        Duration.ofDays(30),
        List.of(a, b, c),
        new FunnelReport.TimeFigures(0, Option.none(), Option.none()),
        LinkedHashMap.empty());
  }

  @Test
  void theEmotionCurveJoinsTheAverageScoreOfEachStageWithScores() {
    String html = Pictures.html(threeStages());
    assertThat(html)
        .contains(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"460\" height=\"260\" role=\"img\" aria-label=\"Emotion curve\">\n")
        .contains(
            "<line x1=\"20\" y1=\"120\" x2=\"440\" y2=\"120\" stroke=\"#999\" stroke-dasharray=\"4 4\"/>\n")
        .contains(
            "<text x=\"90\" y=\"245\" text-anchor=\"middle\" font-size=\"11\">Looking</text>\n")
        .contains(
            "<text x=\"370\" y=\"245\" text-anchor=\"middle\" font-size=\"11\">Paying</text>\n")
        .contains("<circle cx=\"90\" cy=\"70.0\" r=\"5\" fill=\"#3a3\"/>\n")
        .contains("<circle cx=\"370\" cy=\"220.0\" r=\"5\" fill=\"#c33\"/>\n")
        .contains(
            "<polyline fill=\"none\" stroke=\"#36c\" stroke-width=\"2\" points=\"90,70.0 370,220.0\"/>\n")
        .contains("<td>2.5</td><td></td><td>-5</td>");
  }

  @Test
  void theFunnelChartDrawsABarPerStageAndMarksTheBottleneck() {
    String html = Pictures.render(threeStages(), Pictures.Format.HTML, Option.of(figures()));
    assertThat(html)
        .contains(
            "<h2>Funnel</h2>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"910\" height=\"88\" role=\"img\" aria-label=\"Funnel\">\n")
        .contains("<text x=\"222\" y=\"22\" text-anchor=\"end\" font-size=\"12\">Looking</text>\n")
        .contains("<rect x=\"230\" y=\"5\" width=\"480\" height=\"20\" fill=\"#69c\"/>\n")
        .contains("<text x=\"716\" y=\"22\" font-size=\"12\">200 (50.0% on)</text>\n")
        .contains("<rect x=\"230\" y=\"31\" width=\"240\" height=\"20\" fill=\"#d95\"/>\n")
        .contains("<text x=\"476\" y=\"48\" font-size=\"12\">100 (25.0% on) bottleneck</text>\n")
        .contains("<rect x=\"230\" y=\"57\" width=\"60\" height=\"20\" fill=\"#69c\"/>\n")
        .contains("<text x=\"296\" y=\"74\" font-size=\"12\">25</text>\n");
    assertThat(Pictures.render(threeStages(), Pictures.Format.MERMAID, Option.of(figures())))
        .contains("    a --> b : advance — 0 moves\n");
  }
}
