package io.github.journeykit.examples;

import io.github.journeykit.model.Journey;
import io.github.journeykit.model.Stage;
import io.github.journeykit.rules.Playbook;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code journey list}: the ready-made journeys, their names and stages. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description =
        "Lists the journeys: the eight ready-made ones and the SaaS trial; id, name, stages.")
final class ListCommand implements Callable<Integer> {

  @Spec CommandSpec spec = CommandSpec.create();

  @Override
  public Integer call() {
    StringBuilder out = new StringBuilder();
    for (Playbook playbook : Journeys.all()) {
      Journey journey = playbook.journey();
      out.append(String.format("%-19s %s%n", journey.id(), journey.name()));
      out.append(
          String.format(
              "%-19s %d stages: %s%n",
              "", journey.stages().size(), journey.stages().map(Stage::id).mkString(" -> ")));
    }
    Output.write(out.toString(), null, spec.commandLine().getOut());
    return 0;
  }
}
