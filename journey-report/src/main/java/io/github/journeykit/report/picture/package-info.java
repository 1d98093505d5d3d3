/**
 * Pictures of a journey: the stage graph as a Mermaid state diagram or Graphviz DOT, with each move
 * labelled by the rules that drive it, and the journey map (stages as columns, the filled lanes as
 * rows) as a Markdown table, a CSV grid or a self-contained HTML page with the stage graph, a
 * funnel chart and an emotion curve drawn as inline SVG.
 *
 * @since 0.1
 */
@NullMarked
package io.github.journeykit.report.picture;

import org.jspecify.annotations.NullMarked;
