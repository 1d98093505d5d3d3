package io.github.journeykit.report.picture;

import io.github.journeykit.model.Journey;
import io.github.journeykit.model.Stage;
import io.github.journeykit.report.analytics.FunnelReport;
import io.vavr.collection.Seq;
import java.util.Locale;

/**
 * The funnel chart of the HTML page: a bar per stage, as long as the logarithm of the customers who
 * reached it, so that a stage a hundredth of the customers reach still has a bar one can see; grid
 * lines at each power of ten, and every bar's number written beside it, with the conversion to the
 * next stage and the bottleneck.
 */
final class FunnelChart {

  private static final double LABEL_WIDTH = 220;
  private static final double BAR_WIDTH = 560;
  private static final double ROW = 26;
  private static final double AXIS = 24;
  private static final double FONT_SIZE = 12;

  private FunnelChart() {}

  static String draw(Journey journey, FunnelReport report) {
    Seq<FunnelReport.StageFigures> stages = report.stages();
    long most = stages.map(FunnelReport.StageFigures::reached).max().getOrElse(0L);
    String bottleneck = report.bottleneck().map(FunnelReport.StageFigures::stage).getOrElse("");
    Seq<String> labels = stages.map(stage -> label(stage, stage.stage().equals(bottleneck)));
    double textWidth = labels.map(label -> Svg.widthOf(label, FONT_SIZE)).max().getOrElse(0.0);
    double bottom = AXIS + ROW * stages.size();
    String caption =
        "Bar lengths on a logarithmic scale: each grid line is ten times the one before.";
    double width = Math.max(LABEL_WIDTH + BAR_WIDTH + 8 + textWidth, Svg.widthOf(caption, 11)) + 16;
    Svg svg = new Svg(width, bottom + 28, "Funnel of " + journey.name());
    for (long tick = 1; tick <= Math.max(1, most) && tick > 0; tick *= 10) {
      double x = LABEL_WIDTH + length(tick, Math.max(1, most));
      svg.line(x, AXIS - 4, x, bottom, "stroke=\"#ddd\"")
          .text(
              x,
              AXIS - 8,
              "text-anchor=\"middle\" font-size=\"10\" fill=\"#777\"",
              String.format(Locale.ROOT, "%,d", tick));
    }
    int nameWidth = Svg.charactersIn(LABEL_WIDTH - 12, FONT_SIZE);
    for (int i = 0; i < stages.size(); i++) {
      FunnelReport.StageFigures stage = stages.get(i);
      double top = AXIS + i * ROW + 3;
      double length = length(stage.reached(), most);
      String name = journey.stage(stage.stage()).map(Stage::name).getOrElse(stage.stage());
      svg.open("g", "class=\"bar\"")
          .title(name + ": " + labels.get(i))
          .text(
              LABEL_WIDTH - 8,
              top + 15,
              "text-anchor=\"end\" font-size=\"12\"",
              Lines.wrap(name, nameWidth, 1).head());
      if (length > 0) {
        svg.rect(
            LABEL_WIDTH,
            top,
            length,
            ROW - 6,
            "fill=\"" + (stage.stage().equals(bottleneck) ? "#d95" : "#69c") + "\"");
      }
      svg.text(
              LABEL_WIDTH + length + 6,
              top + 15,
              "font-size=\"12\"" + (stage.reached() == 0 ? " fill=\"#888\"" : ""),
              labels.get(i))
          .close("g");
    }
    svg.text(8, bottom + 20, "font-size=\"11\" fill=\"#555\"", caption);
    return svg.end();
  }

  /** A bar's length: the logarithm of one more than its number, the longest bar full length. */
  static double length(long reached, long most) {
    return most == 0 ? 0 : BAR_WIDTH * Math.log1p((double) reached) / Math.log1p((double) most);
  }

  private static String label(FunnelReport.StageFigures stage, boolean bottleneck) {
    return String.format(Locale.ROOT, "%,d reached", stage.reached())
        + stage
            .conversion()
            .map(c -> String.format(Locale.ROOT, " · %.1f%% go on", c * 100))
            .getOrElse("")
        + (bottleneck ? " · bottleneck" : "");
  }
}
