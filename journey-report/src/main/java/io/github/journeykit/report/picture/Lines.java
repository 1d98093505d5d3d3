package io.github.journeykit.report.picture;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;

/**
 * Text broken into lines of a given length, for the boxes and labels of pictures that do not wrap
 * text themselves (SVG, Graphviz).
 */
final class Lines {

  private Lines() {}

  /**
   * Breaks a text into lines of at most {@code width} characters at its spaces; a word longer than
   * a line is cut after a hyphen if it has one early enough, else where the line ends. Line breaks
   * in the text are kept.
   */
  static Seq<String> wrap(String text, int width) {
    return wrap(text, width, Integer.MAX_VALUE);
  }

  /**
   * Breaks a text as {@link #wrap(String, int)} does into at most {@code most} lines; when it needs
   * more, the last line ends with an ellipsis.
   */
  static Seq<String> wrap(String text, int width, int most) {
    if (width < 2 || most < 1) {
      throw new IllegalArgumentException("a line holds 2 characters or more, got " + width);
    }
    Vector<String> lines = Vector.empty();
    for (String paragraph : text.split("\n", -1)) {
      StringBuilder line = new StringBuilder();
      for (String word : paragraph.trim().split("\\s+", -1)) {
        String rest = word;
        if (line.length() > 0 && line.length() + 1 + rest.length() > width) {
          lines = lines.append(line.toString());
          line.setLength(0);
        }
        while (rest.length() > width) {
          int hyphen = rest.lastIndexOf('-', width - 1);
          int cut = hyphen > 0 ? hyphen + 1 : width;
          lines = lines.append(rest.substring(0, cut));
          rest = rest.substring(cut);
        }
        line.append(line.length() > 0 ? " " : "").append(rest);
      }
      lines = lines.append(line.toString());
    }
    if (lines.size() <= most) {
      return lines;
    }
    String last = lines.get(most - 1);
    String cut = last.length() < width ? last : last.substring(0, width - 1).stripTrailing();
    return lines.take(most - 1).append(cut + "…");
  }

  /** The length of the longest line. */
  static int longest(Seq<String> lines) {
    return lines.map(String::length).max().getOrElse(0);
  }
}
