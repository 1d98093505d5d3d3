package io.github.journeykit.report.picture;

import io.github.journeykit.model.Journey;
import io.github.journeykit.model.Touchpoint;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * The emotion curve of the HTML page: the average emotion score of each stage's touchpoints, from
 * {@value Touchpoint#MIN_EMOTION} to {@value Touchpoint#MAX_EMOTION}, joined in journey order; a
 * stage without scores is left out of the line. A journey without any score has no curve.
 */
final class EmotionCurve {

  private static final double LEFT = 44;
  private static final double TOP = 20;
  private static final double HEIGHT = 200;
  private static final double LABEL_SIZE = 11;
  private static final double LABEL_LINE = 13;
  private static final int LABEL_LINES = 3;

  /** A stage's score and where it is drawn. */
  private record Point(double x, double y, double score) {}

  private EmotionCurve() {}

  /** The curve, or none when no touchpoint of the journey has an emotion score. */
  static Option<String> draw(Journey journey) {
    Seq<Option<Double>> scores = journey.stages().map(stage -> MapLanes.emotion(journey, stage));
    if (scores.forAll(Option::isEmpty)) {
      return Option.none();
    }
    int stages = journey.stages().size();
    double step = Math.min(140, (StageGraphSvg.MAX_WIDTH - LEFT - 16) / stages);
    double width = LEFT + step * stages + 16;
    double zero = TOP + HEIGHT / 2;
    double scale = HEIGHT / 2 / Touchpoint.MAX_EMOTION;
    Svg svg =
        new Svg(
            width,
            TOP + HEIGHT + 16 + LABEL_LINES * LABEL_LINE + 8,
            "Emotion curve of " + journey.name());
    svg.line(LEFT, zero, width - 16, zero, "stroke=\"#999\" stroke-dasharray=\"4 4\"");
    for (int score : new int[] {Touchpoint.MAX_EMOTION, 0, Touchpoint.MIN_EMOTION}) {
      svg.text(
          LEFT - 8,
          zero - score * scale + 4,
          "text-anchor=\"end\" font-size=\"11\" fill=\"#777\"",
          score > 0 ? "+" + score : String.valueOf(score));
    }
    int labelWidth = Svg.charactersIn(step - 8, LABEL_SIZE);
    for (int i = 0; i < stages; i++) {
      svg.text(
          LEFT + step * i + step / 2,
          TOP + HEIGHT + 26,
          LABEL_LINE,
          "text-anchor=\"middle\" font-size=\"11\"",
          Lines.wrap(journey.stages().get(i).name(), labelWidth, LABEL_LINES));
    }
    Seq<Point> points =
        scores
            .zipWithIndex()
            .flatMap(
                score ->
                    score._1.map(
                        value ->
                            new Point(
                                LEFT + step * score._2 + step / 2, zero - value * scale, value)));
    svg.raw(
        "<polyline fill=\"none\" stroke=\"#36c\" stroke-width=\"2\" points=\""
            + points.map(p -> Svg.number(p.x()) + "," + Svg.number(p.y())).mkString(" ")
            + "\"/>\n");
    for (Point point : points) {
      svg.circle(point.x(), point.y(), 5, "fill=\"" + (point.score() < 0 ? "#c33" : "#3a3") + "\"")
          .text(
              point.x() + 9,
              point.y() + 4,
              "font-size=\"11\" fill=\"#333\" " + Svg.HALO,
              MapLanes.score(point.score()));
    }
    return Option.of(svg.end());
  }
}
