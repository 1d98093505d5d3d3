package io.github.journeykit.examples;

import io.github.journeykit.catalogue.Catalogue;
import io.github.journeykit.definition.Definitions;
import io.github.journeykit.definition.Format;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code journey export ID --format yaml|json}: writes a journey as a definition, a starting point
 * for a journey of one's own. A ready-made journey in YAML is the catalogue's definition file as it
 * is, with the comments that explain it; in JSON, tuned with {@code --set}, and any other journey,
 * is written by {@link Definitions#write}, its parameters named where they were.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description =
        "Writes a journey as a definition (YAML or JSON) that journey run, show, lint, check,"
            + " render and simulate read back: a starting point for a journey of your own. A"
            + " ready-made journey in YAML is its definition file, with the comments that explain"
            + " it; tuned with --set, it is written with its parameters still named.")
final class ExportCommand implements Callable<Integer> {

  /** The formats, as the option names them. */
  enum Style {
    yaml,
    json
  }

  @Spec CommandSpec spec = CommandSpec.create();

  @Mixin Tuning tuning = new Tuning();

  @Parameters(
      index = "0",
      paramLabel = "JOURNEY",
      description = "A journey's id, e.g. sales-funnel (see: journey list), or a definition file.")
  String journey = "";

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "yaml or json (default: ${DEFAULT-VALUE}).")
  Style format = Style.yaml;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the definition to this file instead of standard output.")
  @Nullable Path out;

  @Override
  public Integer call() {
    Output.checkWritable(out);
    String text =
        format == Style.yaml && !Journeys.isFile(journey) && tuning.settings().isEmpty()
            ? Catalogue.definition(journey).getOrElse(this::written)
            : written();
    Output.write(text, out, spec.commandLine().getOut());
    return 0;
  }

  /** The journey written by the definitions' writer, in the format asked for. */
  private String written() {
    return Definitions.write(
        Journeys.find(journey, tuning.settings()),
        Format.valueOf(format.name().toUpperCase(Locale.ROOT)));
  }
}
