package io.github.journeykit.examples;

import io.github.journeykit.model.Durations;
import io.github.journeykit.model.EventType;
import io.github.journeykit.model.Journey;
import io.github.journeykit.model.Message;
import io.github.journeykit.model.Parameter;
import io.github.journeykit.model.Stage;
import io.github.journeykit.model.Touchpoint;
import io.github.journeykit.model.Transition;
import io.github.journeykit.rules.Gate;
import io.github.journeykit.rules.Playbook;
import io.github.journeykit.rules.Rule;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code journey show ID}: everything a journey holds, and the events its log may contain. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description =
        "Shows a journey: stages with key tasks, moves, gates, touchpoints, messages, rules, the parameters to tune, and the events its log accepts.")
final class ShowCommand implements Callable<Integer> {

  @Spec CommandSpec spec = CommandSpec.create();

  @Mixin Tuning tuning = new Tuning();

  @Parameters(
      index = "0",
      paramLabel = "JOURNEY",
      description =
          "A journey's id, e.g. sales-funnel (see: journey list), or a definition file: .yaml, .yml or .json (see: journey export).")
  String id = "";

  @Override
  public Integer call() {
    Output.write(describe(Journeys.find(id, tuning.settings())), null, spec.commandLine().getOut());
    return 0;
  }

  static String describe(Playbook playbook) {
    Journey journey = playbook.journey();
    StringBuilder out = new StringBuilder();
    out.append(journey.id())
        .append(" — ")
        .append(journey.name())
        .append(" (")
        .append(journey.kind().id())
        .append(" map)\n");
    if (!journey.description().isBlank()) {
      out.append(journey.description()).append('\n');
    }
    out.append("\nStages\n");
    for (Stage stage : journey.stages()) {
      out.append(
          String.format(
              "  %d. %-28s %s%s%n",
              journey.orderOf(stage.id()).get() + 1,
              stage.id(),
              stage.keyTask().getOrElse(""),
              stage.isFinal() ? " (final)" : ""));
      if (!stage.onEntry().isEmpty()) {
        out.append(String.format("     sends on entry: %s%n", stage.onEntry().mkString(", ")));
      }
    }
    out.append("\nMoves\n");
    for (Transition transition : journey.transitions()) {
      out.append(
          String.format(
              "  %-9s %s -> %s%s%n",
              transition.kind().id(),
              transition.from(),
              transition.to(),
              transition.description().isBlank() ? "" : "  (" + transition.description() + ")"));
    }
    out.append("\nGates\n");
    for (Gate gate : playbook.gates()) {
      out.append("  ")
          .append(gate.stage())
          .append(": ")
          .append(gate.admission().description())
          .append('\n');
    }
    out.append("\nTouchpoints\n");
    for (Touchpoint touchpoint : journey.touchpoints()) {
      out.append("  ")
          .append(touchpoint.id())
          .append(": ")
          .append(touchpoint.name())
          .append(" (")
          .append(touchpoint.channel().name())
          .append(touchpoint.online() ? ", online" : ", offline")
          .append(") at ")
          .append(touchpoint.stages().mkString(", "))
          .append('\n');
    }
    out.append("\nMessages (who, what, where, why, when)\n");
    for (Message message : journey.messages()) {
      out.append("  ")
          .append(message.id())
          .append(" at ")
          .append(message.stage())
          .append(": ")
          .append(message.who().map(a -> a.description()).getOrElse("?"))
          .append("; ")
          .append(message.what().getOrElse("?"))
          .append("; ")
          .append(message.where().map(c -> c.name()).getOrElse("?"))
          .append("; ")
          .append(message.why().getOrElse("?"))
          .append("; ")
          .append(
              message
                  .when()
                  .map(
                      t ->
                          t.trigger()
                              + (t.delay().isZero() ? "" : ", after " + Durations.words(t.delay()))
                              + t.timeOfDay().map(time -> ", at " + time + " UTC").getOrElse(""))
                  .getOrElse("?"))
          .append(message.cadence().map(cadence -> "; " + cadence).getOrElse(""))
          .append('\n');
    }
    out.append("\nRules (tried by priority, then in this order)\n");
    for (Rule rule : playbook.rules()) {
      out.append("  ").append(rule).append('\n');
    }
    if (!journey.parameters().isEmpty()) {
      out.append(
          "\nParameters (what the source gives, and the assumptions to tune: --set ID=VALUE)\n");
      for (Parameter parameter : journey.parameters()) {
        out.append("  ")
            .append(parameter.id())
            .append(" = ")
            .append(parameter.valueInWords())
            .append(
                parameter.valueInWords().equals(parameter.value())
                    ? ""
                    : " (" + parameter.value() + ")")
            .append(": ")
            .append(parameter.description())
            .append("\n    ")
            .append(parameter.origin().inWords())
            .append('\n');
      }
    }
    out.append("\nEvents its log accepts (columns: customer, at, event; each attribute in a column")
        .append(" of its name, or the first in detail; touchpoint and channel)\n");
    for (EventType type : playbook.eventTypes()) {
      String attributes =
          type.attributes().isEmpty()
              ? "no attributes"
              : type.attributes()
                  .map(
                      attribute ->
                          attribute.name()
                              + " ("
                              + playbook
                                  .journey()
                                  .valuesOf(type.id(), attribute.name())
                                  .map(values -> "one of " + values.mkString(", "))
                                  .getOrElse(attribute.kind().id())
                              + (attribute.isRequired() ? ", required" : "")
                              + ")")
                  .mkString(", ");
      out.append(String.format("  %-16s %s%n", type.id(), attributes));
    }
    return out.toString();
  }
}
