package io.github.journeykit.examples;

import io.github.journeykit.definition.DefinitionSchema;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code journey schema}: the JSON Schema of definitions, for an editor to complete and check a
 * definition as it is typed.
 */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description =
        "Prints the JSON Schema (draft 2020-12) of journey definitions: point your editor at it"
            + " (a YAML or JSON file's $schema, or the editor's schema settings) to complete and"
            + " check a definition as you type.")
final class SchemaCommand implements Callable<Integer> {

  @Spec CommandSpec spec = CommandSpec.create();

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the schema to this file instead of standard output.")
  @Nullable Path out;

  @Override
  public Integer call() {
    Output.checkWritable(out);
    String schema = DefinitionSchema.text();
    Output.write(schema.endsWith("\n") ? schema : schema + "\n", out, spec.commandLine().getOut());
    return 0;
  }
}
