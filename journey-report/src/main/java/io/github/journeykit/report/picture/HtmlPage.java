package io.github.journeykit.report.picture;

import io.github.journeykit.model.Journey;
import io.github.journeykit.model.Parameter;
import io.github.journeykit.model.Stage;
import io.github.journeykit.report.analytics.FunnelReport;
import io.github.journeykit.rules.Playbook;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * The HTML page of a journey: one self-contained file, no script, nothing from the network, that
 * fits a screen 1400 pixels wide without scrolling sideways. It shows the stage graph, the funnel
 * of a log when figures are given, the emotion curve when the touchpoints have scores, the journey
 * map's filled lanes, in tables of at most {@value #STAGES_PER_TABLE} stages, and the journey's
 * parameters, if it has any: an assumption shaded and marked apart from a value the source gives.
 */
final class HtmlPage {

  /** The most stages one table of the map has; a longer journey's map is cut into several. */
  static final int STAGES_PER_TABLE = 7;

  private static final String HEAD =
      """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      """;

  private static final String STYLE =
      """
      *{box-sizing:border-box}
      body{font-family:system-ui,sans-serif;color:#222;max-width:1280px;margin:0 auto;padding:1.5em 2em}
      h2{margin-top:1.6em}
      svg{display:block;max-width:100%;height:auto}
      table{border-collapse:collapse;table-layout:fixed;width:100%;margin:1em 0}
      caption{text-align:left;color:#555;padding:.3em 0}
      th,td{border:1px solid #bbb;padding:.4em .6em;vertical-align:top;font-size:.9em;overflow-wrap:anywhere}
      th{background:#eef}
      th.lane{width:11em}
      td.lane{font-weight:bold;background:#f6f6f6}
      ul{margin:0;padding-left:1.1em}
      th.parameter{width:13em}
      th.value{width:7em}
      tr.source td.origin{border-left:4px solid #4a8a4a}
      tr.assumption td{background:#fff6e0}
      tr.assumption td.origin{border-left:4px solid #d08a00}
      .mark{font-weight:bold;font-size:.8em;text-transform:uppercase;letter-spacing:.05em}
      tr.source .mark{color:#2e6b2e}
      tr.assumption .mark{color:#9a5b00}
      """;

  private HtmlPage() {}

  static String of(Playbook playbook, Option<FunnelReport> figures) {
    Journey journey = playbook.journey();
    StringBuilder out =
        new StringBuilder(HEAD)
            .append("<title>")
            .append(Svg.escape(journey.name()))
            .append("</title>\n<style>\n")
            .append(STYLE)
            .append("</style>\n</head>\n<body>\n<h1>")
            .append(Svg.escape(journey.name()))
            .append("</h1>\n");
    if (!journey.description().isBlank()) {
      out.append("<p>").append(Svg.escape(journey.description())).append("</p>\n");
    }
    out.append("<p>Map kind: ").append(Svg.escape(journey.kind().id())).append("</p>\n");
    out.append("<h2>Stage graph</h2>\n").append(StageGraphSvg.draw(playbook, figures));
    figures.forEach(
        report -> out.append("<h2>Funnel</h2>\n").append(FunnelChart.draw(journey, report)));
    EmotionCurve.draw(journey)
        .forEach(curve -> out.append("<h2>Emotion curve</h2>\n").append(curve));
    out.append("<h2>Journey map</h2>\n");
    Seq<MapLanes.Lane> lanes = MapLanes.of(playbook);
    if (lanes.isEmpty()) {
      out.append("<p>Nothing is written on this map yet.</p>\n");
    }
    int stages = journey.stages().size();
    int tables = (stages + STAGES_PER_TABLE - 1) / STAGES_PER_TABLE;
    int perTable = (stages + tables - 1) / tables;
    for (int first = 0; first < stages && !lanes.isEmpty(); first += perTable) {
      int end = Math.min(stages, first + perTable);
      out.append("<table>\n");
      if (tables > 1) {
        out.append("<caption>Stages ")
            .append(first + 1)
            .append(" to ")
            .append(end)
            .append(" of ")
            .append(stages)
            .append("</caption>\n");
      }
      table(out, journey.stages().subSequence(first, end), lanes, first, end);
      out.append("</table>\n");
    }
    parameters(out, journey);
    return out.append("</body>\n</html>\n").toString();
  }

  /**
   * The journey's parameters, when it has any: a table of each one's value in words, what it tunes
   * and where it comes from, the assumptions shaded and marked so that they stand out from what the
   * source gives.
   */
  private static void parameters(StringBuilder out, Journey journey) {
    if (journey.parameters().isEmpty()) {
      return;
    }
    out.append("<h2>Parameters</h2>\n")
        .append("<p>The numbers the journey's rules and messages use: what the source gives, and")
        .append(" the assumptions to tune.</p>\n<table>\n")
        .append("<tr><th class=\"parameter\">Parameter</th><th class=\"value\">Value</th>")
        .append("<th>What it tunes</th><th>Where it comes from</th></tr>\n");
    for (Parameter parameter : journey.parameters()) {
      String origin;
      if (parameter.origin() instanceof Parameter.Source source) {
        origin =
            "<span class=\"mark\">Source</span> "
                + Svg.escape(source.citation())
                + source.quote().map(quote -> ": <q>" + Svg.escape(quote) + "</q>").getOrElse("");
      } else {
        origin =
            "<span class=\"mark\">Assumption</span> "
                + Svg.escape(((Parameter.Assumption) parameter.origin()).reason());
      }
      out.append("<tr class=\"")
          .append(parameter.isAssumption() ? "assumption" : "source")
          .append("\"><td><code>")
          .append(Svg.escape(parameter.id()))
          .append("</code></td><td>")
          .append(Svg.escape(parameter.valueInWords()))
          .append("</td><td>")
          .append(Svg.escape(parameter.description()))
          .append("</td><td class=\"origin\">")
          .append(origin)
          .append("</td></tr>\n");
    }
    out.append("</table>\n");
  }

  private static void table(
      StringBuilder out, Seq<Stage> stages, Seq<MapLanes.Lane> lanes, int first, int end) {
    out.append("<tr><th class=\"lane\">Lane</th>");
    stages.forEach(stage -> out.append("<th>").append(Svg.escape(stage.name())).append("</th>"));
    out.append("</tr>\n");
    for (MapLanes.Lane lane : lanes) {
      if (lane.cells().subSequence(first, end).forAll(Seq::isEmpty)) {
        continue;
      }
      out.append("<tr><td class=\"lane\">").append(Svg.escape(lane.name())).append("</td>");
      for (Seq<String> cell : lane.cells().subSequence(first, end)) {
        out.append("<td>");
        if (cell.size() == 1) {
          out.append(Svg.escape(cell.head()));
        } else if (cell.size() > 1) {
          out.append("<ul>");
          cell.forEach(item -> out.append("<li>").append(Svg.escape(item)).append("</li>"));
          out.append("</ul>");
        }
        out.append("</td>");
      }
      out.append("</tr>\n");
    }
  }
}
