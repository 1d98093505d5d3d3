package io.github.journeykit.examples;

import io.github.journeykit.eventlog.EventLog;
import io.github.journeykit.report.analytics.Funnel;
import io.github.journeykit.report.analytics.FunnelReport;
import io.github.journeykit.report.picture.Pictures;
import io.github.journeykit.rules.Playbook;
import io.vavr.collection.List;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code journey render ID --format F}: a picture of the journey. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = {
      "Draws a journey as a diagram or a map.",
      "The stage graph as a Mermaid state diagram or Graphviz DOT (moves labelled by their rules), or the map",
      "(stages as columns, the lanes the journey fills as rows) as Markdown or CSV, or both on one",
      "self-contained HTML page that fits a screen 1400 pixels wide."
    })
final class RenderCommand implements Callable<Integer> {

  @Spec CommandSpec spec = CommandSpec.create();

  @Mixin Tuning tuning = new Tuning();

  @Parameters(
      index = "0",
      paramLabel = "JOURNEY",
      description =
          "A journey's id, e.g. sales-funnel (see: journey list), or a definition file: .yaml, .yml or .json (see: journey export).")
  String id = "";

  @Option(
      names = "--format",
      required = true,
      paramLabel = "FORMAT",
      description = "mermaid, dot, markdown, html or csv.")
  String format = "";

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output; written whole or not at all.")
  @Nullable Path out;

  @Option(
      names = "--overlay",
      paramLabel = "EVENTS.csv",
      description =
          "Replay this event log and show its figures: moves per edge on the diagrams, a funnel chart on the HTML page.")
  @Nullable Path overlay;

  @Override
  public Integer call() {
    Pictures.Format picture =
        Pictures.Format.ofId(format)
            .getOrElseThrow(
                () ->
                    new UserMistake(
                        "unknown format '"
                            + format
                            + "'; use one of: "
                            + List.of(Pictures.Format.values())
                                .map(Pictures.Format::id)
                                .mkString(", ")));
    Playbook playbook = Journeys.find(id, tuning.settings());
    io.vavr.control.Option<FunnelReport> figures = io.vavr.control.Option.none();
    if (overlay != null) {
      EventLog log = RunCommand.read(playbook, overlay, spec.commandLine().getErr());
      figures =
          io.vavr.control.Option.of(
              RunCommand.funnel(log, playbook.compile(), Funnel.DEFAULT_STUCK_AFTER, null));
    }
    Output.write(Pictures.render(playbook, picture, figures), out, spec.commandLine().getOut());
    return 0;
  }
}
