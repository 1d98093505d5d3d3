package io.github.journeykit.examples;

import io.github.journeykit.rules.Finding;
import io.github.journeykit.rules.GapAnalysis;
import io.vavr.collection.Seq;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code journey lint ID}: the gap analysis, one finding per line. */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    description = {
      "Finds the gaps in a journey, where customers will be lost: one finding per line.",
      "Exit 0 even with findings, unless --fail-on says otherwise."
    })
final class LintCommand implements Callable<Integer> {

  @Spec CommandSpec spec = CommandSpec.create();

  @Parameters(
      index = "0",
      paramLabel = "JOURNEY",
      description =
          "A journey's id, e.g. sales-funnel (see: journey list), or a definition file: .yaml, .yml or .json (see: journey export).")
  String id = "";

  @Option(
      names = "--fail-on",
      paramLabel = "LEVEL",
      description = "Exit 1 when there is a finding of this level or worse: warning or error.")
  @Nullable String failOn;

  @Override
  public Integer call() {
    Finding.Severity threshold = null;
    if (failOn != null) {
      threshold =
          switch (failOn.toLowerCase(Locale.ROOT)) {
            case "warning" -> Finding.Severity.WARNING;
            case "error" -> Finding.Severity.ERROR;
            default ->
                throw new UserMistake("--fail-on takes warning or error, got '" + failOn + "'");
          };
    }
    Seq<Finding> findings = GapAnalysis.of(Journeys.find(id));
    StringBuilder out = new StringBuilder();
    findings.forEach(finding -> out.append(finding).append('\n'));
    Output.write(out.toString(), null, spec.commandLine().getOut());
    Finding.Severity level = threshold;
    // ERROR is declared before WARNING: a finding is at least as bad as the level when its ordinal
    // is not higher.
    return level != null
            && findings.exists(finding -> finding.severity().ordinal() <= level.ordinal())
        ? 1
        : 0;
  }
}
