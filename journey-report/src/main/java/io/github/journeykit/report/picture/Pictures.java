package io.github.journeykit.report.picture;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.journeykit.eventlog.Csv;
import io.github.journeykit.model.Journey;
import io.github.journeykit.model.Stage;
import io.github.journeykit.report.analytics.FunnelReport;
import io.github.journeykit.rules.Gate;
import io.github.journeykit.rules.Playbook;
import io.vavr.Tuple2;
import io.vavr.collection.Iterator;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Draws a journey: its stage graph as a diagram, its map as a table or a page.
 *
 * <ul>
 *   <li>{@link Format#MERMAID}: a Mermaid state diagram (GitHub renders it), each move labelled by
 *       the rules that drive it, each gate as a note;
 *   <li>{@link Format#DOT}: the same graph in Graphviz DOT;
 *   <li>{@link Format#MARKDOWN}: the journey map as a Markdown table, stages as columns and lanes
 *       as rows (key task, goals, touchpoints, actions, thoughts, emotion, pain points, changes,
 *       messages, the planned responses, the gate);
 *   <li>{@link Format#CSV}: the same grid as CSV, the spreadsheet people already use;
 *   <li>{@link Format#HTML}: one self-contained page with the lanes and the emotion curve as inline
 *       SVG, no scripts, no fonts or styles from the network.
 * </ul>
 *
 * <pre>{@code
 * String diagram = Pictures.render(Catalogue.get("sales-funnel").get(), Pictures.Format.MERMAID);
 * }</pre>
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Pictures {

  /**
   * The formats a journey can be drawn in.
   *
   * @since 0.1
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public enum Format {
    /** A Mermaid state diagram. */
    MERMAID("mermaid", "mmd"),
    /** A Graphviz DOT digraph. */
    DOT("dot", "dot"),
    /** A Markdown table of the journey map. */
    MARKDOWN("markdown", "md"),
    /** A self-contained HTML page of the journey map with its emotion curve. */
    HTML("html", "html"),
    /** A CSV grid of the journey map. */
    CSV("csv", "csv");

    private final String id;
    private final String extension;

    Format(String id, String extension) {
      this.id = id;
      this.extension = extension;
    }

    /**
     * Returns the lowercase name used on the command line.
     *
     * @return e.g. {@code mermaid}
     */
    public String id() {
      return id;
    }

    /**
     * Returns the usual file name extension.
     *
     * @return e.g. {@code mmd}
     */
    public String extension() {
      return extension;
    }

    /**
     * Finds a format by its lowercase name.
     *
     * @param id the name, e.g. {@code dot}
     * @return the format, or none
     */
    public static Option<Format> ofId(String id) {
      return Iterator.of(values()).find(format -> format.id.equals(id));
    }
  }

  private Pictures() {}

  /**
   * Draws a playbook's journey in a format.
   *
   * @param playbook the playbook
   * @param format the format
   * @return the picture as text
   */
  public static String render(Playbook playbook, Format format) {
    return render(playbook, format, Option.none());
  }

  /**
   * Draws a playbook's journey in a format, with measured figures where the format shows them: the
   * diagrams label each edge with how many times customers moved along it, and the HTML page adds a
   * funnel chart. The tables ignore the figures.
   *
   * @param playbook the playbook
   * @param format the format
   * @param figures the funnel figures of replayed customers, if any
   * @return the picture as text
   */
  public static String render(Playbook playbook, Format format, Option<FunnelReport> figures) {
    Objects.requireNonNull(playbook, "playbook is null");
    Objects.requireNonNull(figures, "figures is null");
    return switch (Objects.requireNonNull(format, "format is null")) {
      case MERMAID -> mermaid(playbook, figures);
      case DOT -> dot(playbook, figures);
      case MARKDOWN -> markdown(playbook);
      case HTML -> html(playbook, figures);
      case CSV -> csv(playbook);
    };
  }

  private static String moves(Option<FunnelReport> figures, Tuple2<String, String> edge) {
    return figures
        .map(report -> report.moves().get(edge).getOrElse(0L))
        .map(count -> " — " + count + (count == 1 ? " move" : " moves"))
        .getOrElse("");
  }

  /**
   * Draws the stage graph as a Mermaid state diagram.
   *
   * @param playbook the playbook
   * @return the diagram
   */
  public static String mermaid(Playbook playbook) {
    return mermaid(playbook, Option.none());
  }

  private static String mermaid(Playbook playbook, Option<FunnelReport> figures) {
    Journey journey = playbook.journey();
    StringBuilder out = new StringBuilder("stateDiagram-v2\n    direction LR\n");
    for (Stage stage : journey.stages()) {
      out.append("    state \"")
          .append(mermaidText(stage.name()))
          .append("\" as ")
          .append(mermaidId(stage.id()))
          .append('\n');
    }
    out.append("    [*] --> ").append(mermaidId(journey.firstStage().id())).append('\n');
    for (var edge : StageGraph.edges(playbook)) {
      out.append("    ")
          .append(mermaidId(edge._1._1))
          .append(" --> ")
          .append(mermaidId(edge._1._2))
          .append(" : ")
          .append(mermaidText(edge._2.mkString(" / ") + moves(figures, edge._1)))
          .append('\n');
    }
    for (Stage stage : journey.stages().filter(Stage::isFinal)) {
      out.append("    ").append(mermaidId(stage.id())).append(" --> [*]\n");
    }
    for (Gate gate : playbook.gates()) {
      out.append("    note right of ")
          .append(mermaidId(gate.stage()))
          .append(" : gate: ")
          .append(mermaidText(gate.admission().description()))
          .append('\n');
    }
    return out.toString();
  }

  /**
   * Draws the stage graph in Graphviz DOT.
   *
   * @param playbook the playbook
   * @return the digraph
   */
  public static String dot(Playbook playbook) {
    return dot(playbook, Option.none());
  }

  private static String dot(Playbook playbook, Option<FunnelReport> figures) {
    Journey journey = playbook.journey();
    StringBuilder out =
        new StringBuilder("digraph \"")
            .append(dotText(journey.id()))
            .append("\" {\n  label=\"")
            .append(dotText(journey.name()))
            .append("\";\n  labelloc=t;\n  rankdir=LR;\n  node [shape=box, style=rounded];\n");
    for (Stage stage : journey.stages()) {
      String label =
          stage.name()
              + playbook
                  .gate(stage.id())
                  .map(g -> "\ngate: " + g.admission().description())
                  .getOrElse("");
      out.append("  \"")
          .append(dotText(stage.id()))
          .append("\" [label=\"")
          .append(dotText(label))
          .append('"')
          .append(stage.isFinal() ? ", peripheries=2" : "")
          .append("];\n");
    }
    Map<Tuple2<String, String>, LinkedHashSet<String>> edges = StageGraph.edges(playbook);
    for (var edge : edges) {
      out.append("  \"")
          .append(dotText(edge._1._1))
          .append("\" -> \"")
          .append(dotText(edge._1._2))
          .append("\" [label=\"")
          .append(dotText(edge._2.mkString("\n") + moves(figures, edge._1).replace(" — ", "\n")))
          .append("\"];\n");
    }
    return out.append("}\n").toString();
  }

  /**
   * Draws the journey map as a Markdown table: stages as columns, lanes as rows.
   *
   * @param playbook the playbook
   * @return the table, with a heading
   */
  public static String markdown(Playbook playbook) {
    Journey journey = playbook.journey();
    StringBuilder out = new StringBuilder("# ").append(markdownText(journey.name())).append("\n\n");
    if (!journey.description().isBlank()) {
      out.append(markdownText(journey.description())).append("\n\n");
    }
    out.append("| Lane |");
    journey
        .stages()
        .forEach(stage -> out.append(' ').append(markdownText(stage.name())).append(" |"));
    out.append("\n|---|");
    journey.stages().forEach(stage -> out.append("---|"));
    out.append('\n');
    for (MapLanes.Lane lane : MapLanes.of(playbook)) {
      out.append("| **").append(markdownText(lane.name())).append("** |");
      for (Seq<String> cell : lane.cells()) {
        out.append(' ').append(cell.map(Pictures::markdownText).mkString("<br>")).append(" |");
      }
      out.append('\n');
    }
    return out.toString();
  }

  /**
   * Draws the journey map as a CSV grid: a header {@code lane,<stage names>}, then one row per
   * lane; several items in a cell are on separate lines of the cell.
   *
   * @param playbook the playbook
   * @return the CSV
   */
  public static String csv(Playbook playbook) {
    StringBuilder out = new StringBuilder("lane");
    playbook.journey().stages().forEach(stage -> out.append(',').append(Csv.field(stage.name())));
    out.append('\n');
    for (MapLanes.Lane lane : MapLanes.of(playbook)) {
      out.append(Csv.field(lane.name()));
      lane.cells().forEach(cell -> out.append(',').append(Csv.field(cell.mkString("\n"))));
      out.append('\n');
    }
    return out.toString();
  }

  /**
   * Draws the journey map as one self-contained HTML page: the emotion curve as inline SVG, then
   * the lanes as a table. The page loads nothing from the network and runs no script.
   *
   * @param playbook the playbook
   * @return the page
   */
  public static String html(Playbook playbook) {
    return html(playbook, Option.none());
  }

  private static String html(Playbook playbook, Option<FunnelReport> figures) {
    Journey journey = playbook.journey();
    StringBuilder out =
        new StringBuilder(
                "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
            .append(htmlText(journey.name()))
            .append("</title>\n<style>\n")
            .append("body{font-family:system-ui,sans-serif;margin:2em;color:#222}\n")
            .append("table{border-collapse:collapse;margin-top:1em}\n")
            .append(
                "th,td{border:1px solid #bbb;padding:.4em .6em;vertical-align:top;font-size:.9em}\n")
            .append("th{background:#eef}\ntd.lane{font-weight:bold;background:#f6f6f6}\n")
            .append("ul{margin:0;padding-left:1.1em}\n</style>\n</head>\n<body>\n<h1>")
            .append(htmlText(journey.name()))
            .append("</h1>\n");
    if (!journey.description().isBlank()) {
      out.append("<p>").append(htmlText(journey.description())).append("</p>\n");
    }
    out.append("<p>Map kind: ").append(htmlText(journey.kind().id())).append("</p>\n");
    figures.forEach(report -> out.append("<h2>Funnel</h2>\n").append(funnelChart(journey, report)));
    out.append("<h2>Emotion curve</h2>\n").append(emotionCurve(journey));
    out.append("<h2>Journey map</h2>\n<table>\n<tr><th>Lane</th>");
    journey
        .stages()
        .forEach(stage -> out.append("<th>").append(htmlText(stage.name())).append("</th>"));
    out.append("</tr>\n");
    for (MapLanes.Lane lane : MapLanes.of(playbook)) {
      out.append("<tr><td class=\"lane\">").append(htmlText(lane.name())).append("</td>");
      for (Seq<String> cell : lane.cells()) {
        out.append("<td>");
        if (cell.size() == 1) {
          out.append(htmlText(cell.head()));
        } else if (cell.size() > 1) {
          out.append("<ul>");
          cell.forEach(item -> out.append("<li>").append(htmlText(item)).append("</li>"));
          out.append("</ul>");
        }
        out.append("</td>");
      }
      out.append("</tr>\n");
    }
    return out.append("</table>\n</body>\n</html>\n").toString();
  }

  private static String funnelChart(Journey journey, FunnelReport report) {
    int barHeight = 26;
    int labelWidth = 230;
    int barWidth = 480;
    long widest =
        Math.max(1, report.stages().map(FunnelReport.StageFigures::reached).max().getOrElse(1L));
    String bottleneck = report.bottleneck().map(FunnelReport.StageFigures::stage).getOrElse("");
    StringBuilder svg =
        new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
            .append(labelWidth + barWidth + 200)
            .append("\" height=\"")
            .append(barHeight * report.stages().size() + 10)
            .append("\" role=\"img\" aria-label=\"Funnel\">\n");
    for (int i = 0; i < report.stages().size(); i++) {
      FunnelReport.StageFigures stage = report.stages().get(i);
      int y = 5 + i * barHeight;
      long width = Math.round((double) stage.reached() / widest * barWidth);
      String name = journey.stage(stage.stage()).map(Stage::name).getOrElse(stage.stage());
      svg.append("<text x=\"")
          .append(labelWidth - 8)
          .append("\" y=\"")
          .append(y + 17)
          .append("\" text-anchor=\"end\" font-size=\"12\">")
          .append(htmlText(name))
          .append("</text>\n");
      svg.append("<rect x=\"")
          .append(labelWidth)
          .append("\" y=\"")
          .append(y)
          .append("\" width=\"")
          .append(width)
          .append("\" height=\"")
          .append(barHeight - 6)
          .append("\" fill=\"")
          .append(stage.stage().equals(bottleneck) ? "#d95" : "#69c")
          .append("\"/>\n");
      svg.append("<text x=\"")
          .append(labelWidth + width + 6)
          .append("\" y=\"")
          .append(y + 17)
          .append("\" font-size=\"12\">")
          .append(stage.reached())
          .append(
              stage
                  .conversion()
                  .map(c -> String.format(Locale.ROOT, " (%.1f%% on)", c * 100))
                  .getOrElse(""))
          .append(stage.stage().equals(bottleneck) ? " bottleneck" : "")
          .append("</text>\n");
    }
    return svg.append("</svg>\n").toString();
  }

  private static String emotionCurve(Journey journey) {
    int step = 140;
    int width = step * journey.stages().size() + 40;
    int top = 20;
    int height = 200;
    StringBuilder svg =
        new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
            .append(width)
            .append("\" height=\"")
            .append(height + 60)
            .append("\" role=\"img\" aria-label=\"Emotion curve\">\n");
    int zero = top + height / 2;
    svg.append("<line x1=\"20\" y1=\"")
        .append(zero)
        .append("\" x2=\"")
        .append(width - 20)
        .append("\" y2=\"")
        .append(zero)
        .append("\" stroke=\"#999\" stroke-dasharray=\"4 4\"/>\n");
    StringBuilder points = new StringBuilder();
    boolean any = false;
    for (int i = 0; i < journey.stages().size(); i++) {
      Stage stage = journey.stages().get(i);
      int x = 20 + step * i + step / 2;
      svg.append("<text x=\"")
          .append(x)
          .append("\" y=\"")
          .append(top + height + 25)
          .append("\" text-anchor=\"middle\" font-size=\"11\">")
          .append(htmlText(stage.name()))
          .append("</text>\n");
      Option<Double> emotion = MapLanes.emotion(journey, stage);
      if (emotion.isDefined()) {
        any = true;
        double y = zero - emotion.get() * (height / 2.0) / 5.0;
        points.append(x).append(',').append(String.format(Locale.ROOT, "%.1f", y)).append(' ');
        svg.append("<circle cx=\"")
            .append(x)
            .append("\" cy=\"")
            .append(String.format(Locale.ROOT, "%.1f", y))
            .append("\" r=\"5\" fill=\"")
            .append(emotion.get() < 0 ? "#c33" : "#3a3")
            .append("\"/>\n");
      }
    }
    if (any) {
      svg.append("<polyline fill=\"none\" stroke=\"#36c\" stroke-width=\"2\" points=\"")
          .append(points.toString().trim())
          .append("\"/>\n");
    } else {
      svg.append("<text x=\"")
          .append(width / 2)
          .append("\" y=\"")
          .append(zero - 10)
          .append("\" text-anchor=\"middle\" font-size=\"13\" fill=\"#666\">")
          .append(
              "No emotion scores on this map yet: give the touchpoints an emotion from -5 to 5.</text>\n");
    }
    return svg.append("</svg>\n").toString();
  }

  private static String mermaidId(String id) {
    return id.replace('-', '_');
  }

  private static String mermaidText(String text) {
    return text.replace('"', '\'')
        .replace(';', ',')
        .replace("#", "No. ")
        .replace('\n', ' ')
        .replace(":", " -");
  }

  private static String dotText(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }

  private static String markdownText(String text) {
    return text.replace("|", "\\|").replace("\r", " ").replace("\n", " ");
  }

  private static String htmlText(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
