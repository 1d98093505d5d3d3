package io.github.journeykit.report.picture;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.journeykit.eventlog.Csv;
import io.github.journeykit.model.Journey;
import io.github.journeykit.model.Parameter;
import io.github.journeykit.model.Stage;
import io.github.journeykit.report.analytics.FunnelReport;
import io.github.journeykit.rules.Gate;
import io.github.journeykit.rules.Playbook;
import io.vavr.collection.Iterator;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Draws a journey: its stage graph as a diagram, its map as a table or a page.
 *
 * <ul>
 *   <li>{@link Format#MERMAID}: a Mermaid state diagram (GitHub renders it), each move labelled by
 *       the rules that drive it, each gate as a note, the journey's parameters in short as a note
 *       beside the first stage;
 *   <li>{@link Format#DOT}: the same graph in Graphviz DOT, a long journey in rows so that it fits
 *       a screen, the parameters in short under the journey's name;
 *   <li>{@link Format#MARKDOWN}: the journey map as a Markdown table, stages as columns and lanes
 *       as rows (key task, goals, KPIs, touchpoints, actions, thoughts, emotion, pain points,
 *       changes, messages, the planned responses, the gate, the layers behind the scenes): the
 *       lanes the journey fills, no empty rows; then the journey's parameters, if it has any, each
 *       with its value in words, what it tunes and whether the source gives it or it is an
 *       assumption;
 *   <li>{@link Format#CSV}: the same grid as CSV, the spreadsheet people already use;
 *   <li>{@link Format#HTML}: one self-contained page a marketer can put on a wall, 1400 pixels wide
 *       without scrolling sideways: the stage graph as inline SVG (each kind of move drawn its own
 *       way, a long journey top to bottom), with a log's figures a funnel chart on a logarithmic
 *       scale with every bar's number, the emotion curve when the touchpoints have emotion scores,
 *       the map's filled lanes, a long journey's map in several tables, and the parameters, the
 *       assumptions marked apart from what the source gives; no scripts, no fonts or styles from
 *       the network.
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
    /** A self-contained HTML page: the stage graph, the funnel, the emotion curve and the map. */
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
   * diagrams and the HTML page's stage graph label each edge with how many times customers moved
   * along it, and the HTML page adds a funnel chart. The tables ignore the figures.
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
      case HTML -> HtmlPage.of(playbook, figures);
      case CSV -> csv(playbook);
    };
  }

  private static String moves(Option<FunnelReport> figures, StageGraph.Edge edge) {
    return edge.movesText(figures).map(moves -> " — " + moves).getOrElse("");
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
    for (StageGraph.Edge edge : StageGraph.edges(playbook)) {
      out.append("    ")
          .append(mermaidId(edge.from()))
          .append(" --> ")
          .append(mermaidId(edge.to()))
          .append(" : ")
          .append(mermaidText(edge.labels().mkString(" / ") + moves(figures, edge)))
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
    if (!journey.parameters().isEmpty()) {
      out.append("    note left of ")
          .append(mermaidId(journey.firstStage().id()))
          .append("\n        Parameters\n");
      parameterLines(journey)
          .forEach(line -> out.append("        ").append(mermaidText(line)).append('\n'));
      out.append("    end note\n");
    }
    return out.toString();
  }

  /**
   * The parameters of a journey in short, one line each, for the diagrams: {@code quiet-regular =
   * 30 days, assumption}, {@code loyal-purchases = 2, from the article [000]}.
   */
  private static Seq<String> parameterLines(Journey journey) {
    return journey
        .parameters()
        .map(
            parameter ->
                parameter.id()
                    + " = "
                    + parameter.valueInWords()
                    + ", "
                    + parameter.origin().inShort());
  }

  /** The longest line of the parameters under the DOT picture's title, in characters. */
  private static final int DOT_PARAMETERS_LINE = 110;

  /**
   * The parameters in short for the DOT picture, grouped by where they come from so that a long
   * journey's picture stays a screen high: {@code Parameters from the article [000]:
   * interested-criteria = 2, buyer-criteria = 3}, {@code Assumptions: qualify-delay = 1 day}, each
   * group broken into lines of at most {@value #DOT_PARAMETERS_LINE} characters.
   */
  private static Seq<String> dotParameterLines(Journey journey) {
    Seq<String> lines = io.vavr.collection.List.empty();
    for (var group :
        journey
            .parameters()
            .groupBy(parameter -> parameter.origin().inShort())
            .toList()
            .sortBy(
                group ->
                    journey.parameters().indexWhere(p -> p.origin().inShort().equals(group._1)))) {
      String head =
          group._1.equals("assumption") ? "Assumptions: " : "Parameters " + group._1 + ": ";
      StringBuilder line = new StringBuilder(head);
      boolean first = true;
      for (Parameter parameter : group._2) {
        String item = parameter.id() + " = " + parameter.valueInWords();
        if (!first && line.length() + item.length() + 2 > DOT_PARAMETERS_LINE) {
          lines = lines.append(line.append(",").toString());
          line = new StringBuilder("  ");
        } else if (!first) {
          line.append(", ");
        }
        line.append(item);
        first = false;
      }
      lines = lines.append(line.toString());
    }
    return lines;
  }

  /**
   * Draws the stage graph in Graphviz DOT. Names and labels are broken into lines of at most
   * {@value #DOT_LINE} characters, and a journey of more than {@value #DOT_ROW} stages is laid out
   * in rows of at most {@value #DOT_ROW}, read left to right and top to bottom, so that the picture
   * fits a screen.
   *
   * @param playbook the playbook
   * @return the digraph
   */
  public static String dot(Playbook playbook) {
    return dot(playbook, Option.none());
  }

  /** The longest line of a name or label in DOT, in characters. */
  private static final int DOT_LINE = 24;

  /** The most stages in a row of the DOT picture. */
  private static final int DOT_ROW = 3;

  private static String dot(Playbook playbook, Option<FunnelReport> figures) {
    Journey journey = playbook.journey();
    // the journey's name, then its parameters in short, each on a line of its own, left-justified
    String title =
        dotText(journey.name())
            + (journey.parameters().isEmpty()
                ? ""
                : "\\n" + dotParameterLines(journey).map(line -> dotText(line) + "\\l").mkString());
    StringBuilder out =
        new StringBuilder("digraph \"")
            .append(dotText(journey.id()))
            .append("\" {\n  label=\"")
            .append(title)
            .append("\";\n  labelloc=t;\n  rankdir=LR;\n  newrank=true;\n  ranksep=0.3;\n")
            .append("  nodesep=0.25;\n  node [shape=box, style=rounded, fontname=\"Helvetica\",")
            .append(" fontsize=12];\n  edge [fontname=\"Helvetica\", fontsize=10];\n");
    for (Stage stage : journey.stages()) {
      Seq<String> label =
          Lines.wrap(stage.name(), DOT_LINE)
              .appendAll(
                  playbook
                      .gate(stage.id())
                      .toList()
                      .flatMap(g -> Lines.wrap("gate: " + g.admission().description(), DOT_LINE)));
      out.append("  \"")
          .append(dotText(stage.id()))
          .append("\" [label=\"")
          .append(dotText(label.mkString("\n")))
          .append('"')
          .append(stage.isFinal() ? ", peripheries=2" : "")
          .append("];\n");
    }
    Seq<Stage> stages = journey.stages();
    int rows = (stages.size() + DOT_ROW - 1) / DOT_ROW;
    int perRow = (stages.size() + rows - 1) / rows;
    for (StageGraph.Edge edge : StageGraph.edges(playbook)) {
      Seq<String> label =
          edge.labels()
              .toList()
              .flatMap(rule -> Lines.wrap(rule, DOT_LINE))
              .appendAll(edge.movesText(figures));
      boolean sameColumn =
          journey.orderOf(edge.from()).get() % perRow == journey.orderOf(edge.to()).get() % perRow;
      // A move between two stages of one column joins two nodes of one rank; Graphviz cannot route
      // a labelled edge there when the pair has another edge (it fails to triangulate and loses
      // the edge), so such a move carries its label beside it, as an external label.
      boolean flat = rows > 1 && sameColumn;
      out.append("  \"")
          .append(dotText(edge.from()))
          .append("\" -> \"")
          .append(dotText(edge.to()))
          .append(flat ? "\" [xlabel=\"" : "\" [label=\"")
          .append(dotText(label.mkString("\n")))
          .append(flat ? "\", constraint=false];\n" : "\"];\n");
    }
    if (rows > 1) {
      // Each column of the rows is one rank, its stages kept in row order by invisible edges; a
      // move between two stages of a column does not constrain that order.
      out.append("  // rows of ").append(perRow).append(" stages: each column is one rank\n");
      for (int column = 0; column < perRow; column++) {
        Seq<String> ids = List.empty();
        for (int stage = column; stage < stages.size(); stage += perRow) {
          ids = ids.append("\"" + dotText(stages.get(stage).id()) + "\"");
        }
        out.append("  {rank=same; ").append(ids.mkString("; ")).append(";}\n");
        for (int i = 1; i < ids.size(); i++) {
          out.append("  ")
              .append(ids.get(i - 1))
              .append(" -> ")
              .append(ids.get(i))
              .append(" [style=invis];\n");
        }
      }
    }
    return out.append("}\n").toString();
  }

  /**
   * Draws the journey map as a Markdown table: stages as columns, the lanes the journey fills as
   * rows; then, when the journey has parameters, a table of them: each with its value in words,
   * what it tunes, and where it comes from ("from the article [002]", or "assumption:" and why).
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
    if (!journey.parameters().isEmpty()) {
      out.append("\n## Parameters\n\n")
          .append("What the source gives, and the assumptions to tune.\n\n")
          .append("| Parameter | Value | What it tunes | Where it comes from |\n")
          .append("|---|---|---|---|\n");
      for (Parameter parameter : journey.parameters()) {
        String origin = markdownText(parameter.origin().inWords());
        out.append("| `")
            .append(parameter.id())
            .append("` | ")
            .append(markdownText(parameter.valueInWords()))
            .append(" | ")
            .append(markdownText(parameter.description()))
            .append(" | ")
            .append(
                parameter.isAssumption()
                    ? origin.replaceFirst("^assumption", "**assumption**")
                    : origin)
            .append(" |\n");
      }
    }
    return out.toString();
  }

  /**
   * Draws the journey map as a CSV grid: a header {@code lane,<stage names>}, then one row per lane
   * the journey fills; several items in a cell are on separate lines of the cell.
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
   * Draws the journey as one self-contained HTML page: the stage graph and, when the touchpoints
   * have emotion scores, the emotion curve as inline SVG, then the map's filled lanes as tables of
   * at most seven stages each. The page fits a screen 1400 pixels wide without scrolling sideways,
   * loads nothing from the network and runs no script.
   *
   * @param playbook the playbook
   * @return the page
   */
  public static String html(Playbook playbook) {
    return HtmlPage.of(playbook, Option.none());
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
}
