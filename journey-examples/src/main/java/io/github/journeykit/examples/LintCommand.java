package io.github.journeykit.examples;

import io.github.journeykit.model.Journey;
import io.github.journeykit.rules.Finding;
import io.github.journeykit.rules.GapAnalysis;
import io.github.journeykit.rules.Playbook;
import io.vavr.collection.Seq;
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
 * {@code journey lint ID [--since OLD]}: the gap analysis, one finding per line; with an older
 * version, also the gaps its migrations leave.
 */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    description = {
      "Finds the gaps in a journey, where customers will be lost: one finding per line.",
      "With --since OLD, also what the journey's migrations leave behind of that older version:"
          + " a stage they leave unmapped, a criterion, fact or message lost without a word.",
      "Exit 0 even with findings, unless --fail-on says otherwise."
    })
final class LintCommand implements Callable<Integer> {

  @Spec CommandSpec spec = CommandSpec.create();

  @Mixin Tuning tuning = new Tuning();

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

  @Option(
      names = "--since",
      paramLabel = "OLD",
      description =
          "An older version of the journey (a definition file or an id) whose customers the"
              + " journey's migrations are to carry over.")
  @Nullable String since;

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
    Playbook playbook = Journeys.find(id, tuning.settings());
    Seq<Finding> findings = GapAnalysis.of(playbook);
    Journey older = null;
    if (since != null) {
      older = Journeys.find(since).journey();
      findings = findings.appendAll(GapAnalysis.ofMigration(older, playbook.journey()));
    }
    StringBuilder out = new StringBuilder();
    findings.forEach(finding -> out.append(finding).append('\n'));
    if (findings.isEmpty()) {
      out.append(clean(playbook, older)).append('\n');
    }
    Output.write(out.toString(), null, spec.commandLine().getOut());
    Finding.Severity level = threshold;
    // ERROR is declared before WARNING: a finding is at least as bad as the level when its ordinal
    // is not higher.
    return level != null
            && findings.exists(finding -> finding.severity().ordinal() <= level.ordinal())
        ? 1
        : 0;
  }

  /**
   * What a lint without findings says, so that silence is not all: what was looked at, e.g. {@code
   * sales-funnel: no findings (6 stages, 14 rules, 5 messages checked)}.
   */
  static String clean(Playbook playbook, @Nullable Journey older) {
    Journey journey = playbook.journey();
    return journey.id()
        + ": no findings ("
        + count(journey.stages().size(), "stage")
        + ", "
        + count(playbook.rules().size(), "rule")
        + ", "
        + count(journey.messages().size(), "message")
        + " checked"
        + (older == null
            ? ""
            : "; the migrations from version " + older.version() + " leave nothing of it behind")
        + ")";
  }

  private static String count(int count, String what) {
    return count + " " + what + (count == 1 ? "" : "s");
  }
}
