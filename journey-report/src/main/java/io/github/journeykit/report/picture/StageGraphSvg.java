package io.github.journeykit.report.picture;

import io.github.journeykit.model.Journey;
import io.github.journeykit.model.Stage;
import io.github.journeykit.model.Transition;
import io.github.journeykit.report.analytics.FunnelReport;
import io.github.journeykit.rules.Playbook;
import io.vavr.Tuple2;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.Locale;

/**
 * The stage graph as inline SVG, laid out in Java as an arc diagram: the stages in journey order
 * side by side, or, for a journey of more than {@value #ACROSS_AT_MOST} stages, one under the
 * other, so that the picture is never wider than {@value #MAX_WIDTH} pixels.
 *
 * <p>A move to the next stage is a straight arrow from one box to the next. Every other move is an
 * arc whose depth grows with the number of stages it spans: moves forward (skips) on one side of
 * the boxes, above them or on their right, moves back (roll-backs and loops) on the other, below
 * them or on their left. The arcs that meet at a box are spread along its side, the longest
 * outermost, so that nested arcs do not cross. Each kind of move has its colour and dash pattern,
 * named in a legend under the graph, and each edge's tooltip names its rules. With the figures of a
 * log, each edge is labelled with how many moves the customers made along it, and drawn the wider
 * the more moves it carried.
 */
final class StageGraphSvg {

  /** The widest the picture may be, so that it fits the page at 1400 pixels. */
  static final int MAX_WIDTH = 1240;

  /** The most stages drawn side by side; a longer journey is drawn top to bottom. */
  static final int ACROSS_AT_MOST = 6;

  private static final double MARGIN = 16;
  private static final double ENTRY = 30;
  private static final double NAME_SIZE = 13;
  private static final double NAME_LINE = 16;
  private static final double GATE_SIZE = 11;
  private static final double GATE_LINE = 13;
  private static final double COUNT_SIZE = 11;
  private static final double LEGEND_SIZE = 11;
  private static final double LEGEND_SAMPLE = 28;
  private static final int LINES_AT_MOST = 3;

  /** Which side of the boxes an arc is drawn on. */
  private enum Side {
    FORWARD,
    BACK
  }

  /** One end of an arc at a box: the edge and the stage at its other end. */
  private record End(StageGraph.Edge edge, int other) {}

  /** An item of the legend: a sample line of a kind of move, if it shows one, and its text. */
  private record Key(Option<Transition.Kind> kind, String text) {

    double width() {
      return (kind.isDefined() ? LEGEND_SAMPLE + 6 : 0) + Svg.widthOf(text, LEGEND_SIZE) + 14;
    }
  }

  private final Journey journey;
  private final Seq<StageGraph.Edge> edges;
  private final Option<FunnelReport> figures;
  private final boolean across;
  private final double padding;
  private final double gap;
  private final double boxWidth;
  private final Map<String, Seq<String>> nameLines;
  private final Map<String, Seq<String>> gateLines;

  /** How deep the boxes are across the stages' axis: as high as the highest, or as wide. */
  private final double depth;

  /** Where each box starts along the stages' axis, and how long it is along it. */
  private final Seq<Double> starts;

  private final Seq<Double> lengths;
  private final Map<Tuple2<Integer, Side>, Seq<End>> ends;
  private final long mostMoves;

  private StageGraphSvg(Playbook playbook, Option<FunnelReport> figures) {
    this.journey = playbook.journey();
    this.edges = StageGraph.edges(playbook);
    this.figures = figures;
    int stages = journey.stages().size();
    this.across = stages <= ACROSS_AT_MOST;
    this.padding = across ? 8 : 10;
    this.gap = across ? 56 : 30;
    this.boxWidth =
        across
            ? Math.min(190, (MAX_WIDTH - 2 * MARGIN - ENTRY - (stages - 1) * gap) / stages)
            : 320;
    int nameWidth = Svg.charactersIn(boxWidth - 2 * padding, NAME_SIZE);
    int gateWidth = Svg.charactersIn(boxWidth - 2 * padding, GATE_SIZE);
    Map<String, Seq<String>> names = HashMap.empty();
    Map<String, Seq<String>> gates = HashMap.empty();
    for (Stage stage : journey.stages()) {
      names = names.put(stage.id(), Lines.wrap(stage.name(), nameWidth, LINES_AT_MOST));
      gates =
          gates.put(
              stage.id(),
              playbook
                  .gate(stage.id())
                  .map(
                      gate ->
                          Lines.wrap(
                              "gate: " + gate.admission().description(), gateWidth, LINES_AT_MOST))
                  .getOrElse(List.empty()));
    }
    this.nameLines = names;
    this.gateLines = gates;
    Seq<Double> heights = journey.stages().map(stage -> 2 * padding + contentHeight(stage.id()));
    this.depth = across ? heights.max().getOrElse(0.0) : boxWidth;
    this.lengths = across ? heights.map(height -> boxWidth) : heights;
    Vector<Double> at = Vector.empty();
    double next = MARGIN + ENTRY;
    for (double length : lengths) {
      at = at.append(next);
      next += length + gap;
    }
    this.starts = at;
    Map<Tuple2<Integer, Side>, Seq<End>> found = HashMap.empty();
    for (StageGraph.Edge edge : edges) {
      if (!isStraight(edge)) {
        int from = order(edge.from());
        int to = order(edge.to());
        found =
            found.put(new Tuple2<>(from, side(edge)), List.of(new End(edge, to)), Seq::appendAll);
        found =
            found.put(new Tuple2<>(to, side(edge)), List.of(new End(edge, from)), Seq::appendAll);
      }
    }
    this.ends = found;
    this.mostMoves = edges.flatMap(edge -> edge.moves(figures)).max().getOrElse(0L);
  }

  /** Draws a playbook's stage graph, with the moves of a log on its edges if figures are given. */
  static String draw(Playbook playbook, Option<FunnelReport> figures) {
    return new StageGraphSvg(playbook, figures).draw();
  }

  private String draw() {
    double forwardRoom = room(Side.FORWARD);
    double backRoom = room(Side.BACK);
    double along = starts.last() + lengths.last();
    Seq<Key> legend = legend();
    double legendWidth = legend.map(Key::width).sum().doubleValue();
    double crossing = backRoom + depth + forwardRoom;
    double width =
        Math.max(across ? along + MARGIN : crossing + 2 * MARGIN, legendWidth + 2 * MARGIN);
    double firstSide = across ? MARGIN + forwardRoom : (width - crossing) / 2 + backRoom;
    double legendTop = across ? firstSide + depth + backRoom + 8 : along + 16;
    Svg svg =
        new Svg(width, legendTop + LEGEND_SIZE + 8 + MARGIN, "Stage graph of " + journey.name());
    svg.raw(markers());
    double middle = firstSide + depth / 2;
    Tuple2<Double, Double> entry = point(MARGIN + 5, middle);
    svg.circle(entry._1, entry._2, 5, "fill=\"#333\"");
    line(svg, MARGIN + 10, middle, MARGIN + ENTRY, middle, style(Transition.Kind.ADVANCE, 1.6));
    for (int i = 0; i < journey.stages().size(); i++) {
      box(svg, i, firstSide);
    }
    for (StageGraph.Edge edge : edges) {
      svg.open("g", "class=\"edge\"").title(title(edge));
      if (isStraight(edge)) {
        straight(svg, edge, middle);
      } else {
        arc(svg, edge, firstSide);
      }
      svg.close("g");
    }
    legend(svg, legend, legendTop);
    return svg.end();
  }

  private double contentHeight(String stage) {
    Seq<String> gate = gateLines.get(stage).get();
    return nameLines.get(stage).get().size() * NAME_LINE
        + (gate.isEmpty() ? 0 : 4 + gate.size() * GATE_LINE);
  }

  private int order(String stage) {
    return journey.orderOf(stage).get();
  }

  private boolean isStraight(StageGraph.Edge edge) {
    return edge.isForward() && order(edge.to()) == order(edge.from()) + 1;
  }

  private static Side side(StageGraph.Edge edge) {
    return edge.isForward() ? Side.FORWARD : Side.BACK;
  }

  /** A point given along the stages' axis and across it, as (x, y). */
  private Tuple2<Double, Double> point(double along, double crossing) {
    return across ? new Tuple2<>(along, crossing) : new Tuple2<>(crossing, along);
  }

  /** How deep an arc over a number of stages goes. */
  private double arcDepth(int span) {
    return across ? 22 + 16 * (span - 1) : 30 + 28 * (span - 1);
  }

  private int span(StageGraph.Edge edge) {
    return Math.abs(order(edge.to()) - order(edge.from()));
  }

  /** The room on a side of the boxes: the deepest arc there and its label. */
  private double room(Side side) {
    double deepest =
        edges
            .filter(edge -> !isStraight(edge) && side(edge) == side)
            .map(edge -> arcDepth(span(edge)))
            .max()
            .getOrElse(0.0);
    double label =
        figures.isEmpty()
            ? 0
            : across ? COUNT_SIZE + 6 : Svg.widthOf(count(mostMoves), COUNT_SIZE) + 10;
    return deepest == 0 ? 4 : deepest + label + 4;
  }

  private void box(Svg svg, int index, double side) {
    Stage stage = journey.stages().get(index);
    Tuple2<Double, Double> corner = point(starts.get(index), side);
    Tuple2<Double, Double> size = point(lengths.get(index), depth);
    Seq<String> gate = gateLines.get(stage.id()).get();
    svg.open("g", "class=\"stage\"")
        .title(
            stage.name()
                + stage.keyTask().map(task -> ": " + task).getOrElse("")
                + (gate.isEmpty() ? "" : " (" + String.join(" ", gate) + ")"));
    svg.rect(
        corner._1,
        corner._2,
        size._1,
        size._2,
        "rx=\"8\" fill=\"#eef3fb\" stroke=\"#4a6fa5\" stroke-width=\"1.5\"");
    if (stage.isFinal()) {
      svg.rect(
          corner._1 + 3,
          corner._2 + 3,
          size._1 - 6,
          size._2 - 6,
          "rx=\"6\" fill=\"none\" stroke=\"#4a6fa5\"");
    }
    double top = corner._2 + (size._2 - contentHeight(stage.id())) / 2;
    double centre = corner._1 + size._1 / 2;
    Seq<String> name = nameLines.get(stage.id()).get();
    svg.text(
        centre,
        top + 12.5,
        NAME_LINE,
        "text-anchor=\"middle\" font-size=\"13\" font-weight=\"bold\" fill=\"#1c2b40\"",
        name);
    if (!gate.isEmpty()) {
      svg.text(
          centre,
          top + name.size() * NAME_LINE + 4 + 10.5,
          GATE_LINE,
          "text-anchor=\"middle\" font-size=\"11\" fill=\"#555\"",
          gate);
    }
    svg.close("g");
  }

  private void straight(Svg svg, StageGraph.Edge edge, double middle) {
    int from = order(edge.from());
    double leaves = starts.get(from) + lengths.get(from);
    double enters = starts.get(order(edge.to()));
    line(svg, leaves, middle, enters, middle, style(edge.kind(), strokeWidth(edge)));
    edge.moves(figures)
        .forEach(
            moves -> {
              Tuple2<Double, Double> at =
                  across
                      ? point((leaves + enters) / 2, middle - 5)
                      : point((leaves + enters) / 2 + 4, middle + 6);
              svg.text(at._1, at._2, label(across ? "middle" : "start"), count(moves));
            });
  }

  private void arc(Svg svg, StageGraph.Edge edge, double firstSide) {
    Side side = side(edge);
    double out = (side == Side.FORWARD) == across ? -1 : 1;
    double base = out < 0 ? firstSide : firstSide + depth;
    double reach = base + out * arcDepth(span(edge));
    double control = base + out * arcDepth(span(edge)) * 4 / 3;
    double leaves = port(order(edge.from()), side, edge);
    double enters = port(order(edge.to()), side, edge);
    svg.path(
        "M"
            + xy(point(leaves, base))
            + " C"
            + xy(point(leaves, control))
            + " "
            + xy(point(enters, control))
            + " "
            + xy(point(enters, base)),
        "fill=\"none\" " + style(edge.kind(), strokeWidth(edge)));
    edge.moves(figures)
        .forEach(
            moves -> {
              double apex = (leaves + enters) / 2;
              Tuple2<Double, Double> at =
                  across
                      ? point(apex, out < 0 ? reach - 4 : reach + COUNT_SIZE + 1)
                      : point(apex + 4, reach + out * 4);
              svg.text(
                  at._1, at._2, label(across ? "middle" : out < 0 ? "end" : "start"), count(moves));
            });
  }

  /** Where an arc meets a box along the stages' axis: its ends spread, the longest outermost. */
  private double port(int stage, Side side, StageGraph.Edge edge) {
    Seq<End> here =
        ends.get(new Tuple2<>(stage, side))
            .get()
            .sortBy(end -> (end.other() > stage ? 1_000_000 : 0) - end.other());
    int place = here.indexWhere(end -> end.edge().equals(edge));
    return starts.get(stage) + lengths.get(stage) * (0.15 + 0.7 * (place + 0.5) / here.size());
  }

  private void line(Svg svg, double a1, double c1, double a2, double c2, String style) {
    Tuple2<Double, Double> from = point(a1, c1);
    Tuple2<Double, Double> to = point(a2, c2);
    svg.line(from._1, from._2, to._1, to._2, style);
  }

  private static String xy(Tuple2<Double, Double> point) {
    return Svg.number(point._1) + "," + Svg.number(point._2);
  }

  private double strokeWidth(StageGraph.Edge edge) {
    return edge.moves(figures)
        .map(
            moves ->
                mostMoves == 0
                    ? 1.2
                    : 1.2 + 3.3 * Math.log1p((double) moves) / Math.log1p((double) mostMoves))
        .getOrElse(1.6);
  }

  private static String label(String anchor) {
    return "text-anchor=\"" + anchor + "\" font-size=\"11\" fill=\"#222\" " + Svg.HALO;
  }

  private static String count(long moves) {
    return String.format(Locale.ROOT, "%,d", moves);
  }

  /** The edge's tooltip: its stages, its kind unless its labels begin with it, its labels. */
  private String title(StageGraph.Edge edge) {
    String labels = edge.labels().mkString("; ");
    return name(edge.from())
        + " → "
        + name(edge.to())
        + (labels.startsWith(edge.kind().id()) ? ": " : " (" + edge.kind().id() + "): ")
        + labels
        + edge.movesText(figures).map(moves -> " — " + moves).getOrElse("");
  }

  private String name(String stage) {
    return journey.stage(stage).map(Stage::name).getOrElse(stage);
  }

  /** The colour, dash pattern and arrow head of a kind of move. */
  private static String style(Transition.Kind kind, double width) {
    String dashes =
        switch (kind) {
          case ADVANCE -> "";
          case SKIP -> " stroke-dasharray=\"8 4\"";
          case ROLL_BACK -> " stroke-dasharray=\"3 3\"";
          case LOOP -> " stroke-dasharray=\"10 3 2 3\"";
        };
    return "stroke=\""
        + colour(kind)
        + "\" stroke-width=\""
        + Svg.number(width)
        + "\""
        + dashes
        + " marker-end=\"url(#journey-arrow-"
        + kind.id()
        + ")\"";
  }

  private static String colour(Transition.Kind kind) {
    return switch (kind) {
      case ADVANCE -> "#444";
      case SKIP -> "#1f6fb2";
      case ROLL_BACK -> "#c0392b";
      case LOOP -> "#7d3c98";
    };
  }

  private static String markers() {
    StringBuilder defs = new StringBuilder("<defs>\n");
    for (Transition.Kind kind : Transition.Kind.values()) {
      defs.append("<marker id=\"journey-arrow-")
          .append(kind.id())
          .append("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"9\"")
          .append(" markerHeight=\"9\" markerUnits=\"userSpaceOnUse\" orient=\"auto\">")
          .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"")
          .append(colour(kind))
          .append("\"/></marker>\n");
    }
    return defs.append("</defs>\n").toString();
  }

  /** The legend: the kinds of move the graph has, the final stages, the log's moves. */
  private Seq<Key> legend() {
    Seq<Key> keys =
        List.of(Transition.Kind.values())
            .filter(kind -> edges.exists(edge -> edge.kind() == kind))
            .map(kind -> new Key(Option.of(kind), kind.id()));
    if (journey.stages().exists(Stage::isFinal)) {
      keys = keys.append(new Key(Option.none(), "double border: final stage"));
    }
    if (figures.isDefined()) {
      keys = keys.append(new Key(Option.none(), "numbers and widths: moves in the log"));
    }
    return keys;
  }

  private void legend(Svg svg, Seq<Key> keys, double top) {
    double x = MARGIN;
    double baseline = top + LEGEND_SIZE;
    for (Key key : keys) {
      if (key.kind().isDefined()) {
        svg.line(x, baseline - 4, x + LEGEND_SAMPLE, baseline - 4, style(key.kind().get(), 1.6));
      }
      svg.text(
          x + (key.kind().isDefined() ? LEGEND_SAMPLE + 6 : 0),
          baseline,
          "font-size=\"11\" fill=\"#333\"",
          key.text());
      x += key.width();
    }
  }
}
