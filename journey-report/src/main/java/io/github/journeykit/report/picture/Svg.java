package io.github.journeykit.report.picture;

import io.vavr.collection.Seq;
import java.util.Locale;

/**
 * A writer of the inline SVG pictures of the HTML page: coordinates rounded to a tenth of a pixel,
 * every text escaped. Attributes other than coordinates are passed as written by the caller and
 * never hold text from a journey.
 */
final class Svg {

  /**
   * The width of an average character as a share of the font size, a little wider than that of the
   * usual sans-serif fonts (DejaVu Sans, Liberation Sans, Helvetica), so that text measured with it
   * fits where it is put.
   */
  static final double CHAR_WIDTH = 0.6;

  /** The attributes of a white halo around a text, which keeps it readable over lines. */
  static final String HALO = "stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\"";

  private final StringBuilder out = new StringBuilder();

  /** Starts a picture of the given size, named for screen readers. */
  Svg(double width, double height, String label) {
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(number(width))
        .append("\" height=\"")
        .append(number(height))
        .append("\" viewBox=\"0 0 ")
        .append(number(width))
        .append(' ')
        .append(number(height))
        .append("\" font-family=\"system-ui, sans-serif\" role=\"img\" aria-label=\"")
        .append(escape(label))
        .append("\">\n");
  }

  /** How many characters of a font size fit in a width. */
  static int charactersIn(double width, double fontSize) {
    return (int) Math.floor(width / (fontSize * CHAR_WIDTH));
  }

  /** How wide a text of a font size is, at most. */
  static double widthOf(String text, double fontSize) {
    return text.length() * fontSize * CHAR_WIDTH;
  }

  /** A coordinate or length: a whole number, or rounded to one decimal. */
  static String number(double value) {
    double rounded = Math.round(value * 10) / 10.0;
    return rounded == Math.rint(rounded)
        ? String.valueOf((long) rounded)
        : String.format(Locale.ROOT, "%.1f", rounded);
  }

  /** Text made safe for an element's content or a quoted attribute. */
  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  /** Opens an element, e.g. a group: {@code open("g", "class=\"stage\"")}. */
  Svg open(String element, String attributes) {
    out.append('<').append(element);
    if (!attributes.isEmpty()) {
      out.append(' ').append(attributes);
    }
    out.append(">\n");
    return this;
  }

  /** Closes an element. */
  Svg close(String element) {
    out.append("</").append(element).append(">\n");
    return this;
  }

  /** A tooltip of the enclosing element, which screen readers read too. */
  Svg title(String text) {
    out.append("<title>").append(escape(text)).append("</title>\n");
    return this;
  }

  /** Anything else: markers, definitions. */
  Svg raw(String markup) {
    out.append(markup);
    return this;
  }

  /** A straight line. */
  Svg line(double x1, double y1, double x2, double y2, String attributes) {
    return element("line", attributes, new String[] {"x1", "y1", "x2", "y2"}, x1, y1, x2, y2);
  }

  /** A rectangle. */
  Svg rect(double x, double y, double width, double height, String attributes) {
    return element(
        "rect", attributes, new String[] {"x", "y", "width", "height"}, x, y, width, height);
  }

  /** A circle. */
  Svg circle(double x, double y, double radius, String attributes) {
    return element("circle", attributes, new String[] {"cx", "cy", "r"}, x, y, radius);
  }

  /** An empty element with its coordinates, then the other attributes. */
  private Svg element(String element, String attributes, String[] names, double... values) {
    out.append('<').append(element);
    for (int i = 0; i < names.length; i++) {
      out.append(' ').append(names[i]).append("=\"").append(number(values[i])).append('"');
    }
    out.append(' ').append(attributes).append("/>\n");
    return this;
  }

  /** A path of the given data, its coordinates already written with {@link #number(double)}. */
  Svg path(String data, String attributes) {
    out.append("<path d=\"").append(data).append("\" ").append(attributes).append("/>\n");
    return this;
  }

  /** One line of text whose baseline starts, centres or ends at a point, as its anchor says. */
  Svg text(double x, double y, String attributes, String text) {
    return text(x, y, 0, attributes, io.vavr.collection.List.of(text));
  }

  /** Lines of text, each {@code lineHeight} below the one before, the first at the point. */
  Svg text(double x, double y, double lineHeight, String attributes, Seq<String> lines) {
    out.append("<text x=\"")
        .append(number(x))
        .append("\" y=\"")
        .append(number(y))
        .append("\" ")
        .append(attributes)
        .append('>');
    if (lines.size() == 1) {
      out.append(escape(lines.head()));
    } else {
      for (int i = 0; i < lines.size(); i++) {
        out.append("<tspan x=\"")
            .append(number(x))
            .append("\" dy=\"")
            .append(i == 0 ? "0" : number(lineHeight))
            .append("\">")
            .append(escape(lines.get(i)))
            .append("</tspan>");
      }
    }
    out.append("</text>\n");
    return this;
  }

  /** Closes the picture and returns it. */
  String end() {
    return out + "</svg>\n";
  }
}
