package io.github.journeykit.examples;

import io.github.journeykit.definition.DefinitionProblem;
import io.github.journeykit.definition.Definitions;
import io.github.journeykit.rules.Playbook;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code journey validate FILE}: reads a definition and says whether it is a playbook; every
 * mistake of it, located, when it is not.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description =
        "Checks a journey definition (YAML or JSON): prints every mistake with its file, line,"
            + " column and path and exits 2, or says what the definition holds.")
final class ValidateCommand implements Callable<Integer> {

  @Spec CommandSpec spec = CommandSpec.create();

  @Mixin Tuning tuning = new Tuning();

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "The definition: a .yaml, .yml or .json file (see: journey export ID).")
  Path file = Path.of("");

  @Override
  public Integer call() {
    Validation<Seq<DefinitionProblem>, Playbook> read = Definitions.read(file, tuning.settings());
    if (read.isInvalid()) {
      throw new UserMistake(Journeys.problems(read.getError()));
    }
    Playbook playbook = read.get();
    spec.commandLine()
        .getOut()
        .printf(
            "%s: a valid definition of '%s': %s, %s, %s%n",
            file,
            playbook.journey().id(),
            count(playbook.journey().stages().size(), "stage"),
            count(playbook.rules().size(), "rule"),
            count(playbook.gates().size(), "gate"));
    return 0;
  }

  private static String count(int count, String thing) {
    return count + " " + thing + (count == 1 ? "" : "s");
  }
}
