package io.github.journeykit.examples;

import io.github.journeykit.model.EventType;
import io.github.journeykit.model.Stage;
import io.github.journeykit.report.analytics.EventMix;
import io.github.journeykit.report.analytics.Forecast;
import io.github.journeykit.rules.Playbook;
import io.vavr.collection.Seq;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

/** {@code journey simulate ID}: the Markov forecast beside a Monte-Carlo simulation. */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description = {
      "Predicts purchases from each stage, analytically and by simulation, side by side.",
      "For a customer starting at each stage: the probability they ever purchase, and the expected"
          + " number of interactions until they do (among those who do), from a Markov chain of the"
          + " journey, beside a Monte-Carlo simulation of the same chain.",
      "What a customer does at each stage comes from --mix, or else from the journey's typical mix, derived"
          + " from its rules:",
      "- at each stage, the events some rule answers there (one that names the stage or none), each event"
          + " type weighed as in a CRM's usual log (interaction 40, criterion 15, time passing 10, purchase 8,"
          + " experience 6, the others 3), shared equally among its details;",
      "- purchases only where customers buy: at the moment of purchase (the last stage before the first"
          + " stage a purchase takes a customer to), at that stage and after it, and at the final stages;",
      "- a grey or blue customer does nothing more: the figures are the purchases made before a customer"
          + " is lost.",
      "The first lines say which mix, and where its customers buy. A journey that says nowhere where"
          + " customers buy (no purchase takes a customer on, no stage is final) needs --mix."
    })
final class SimulateCommand implements Callable<Integer> {

  @Spec CommandSpec spec = CommandSpec.create();

  @Mixin Tuning tuning = new Tuning();

  @Parameters(
      index = "0",
      paramLabel = "JOURNEY",
      description =
          "A journey's id, e.g. sales-funnel (see: journey list), or a definition file: .yaml, .yml or .json (see: journey export).")
  String id = "";

  @Option(
      names = "--customers",
      paramLabel = "N",
      description = "Simulated customers per starting stage (default: ${DEFAULT-VALUE}).")
  int customers = 10_000;

  @Option(
      names = "--seed",
      paramLabel = "S",
      description = "The seed of the simulation (default: ${DEFAULT-VALUE}).")
  long seed = 1;

  @Option(
      names = "--mix",
      paramLabel = "FILE",
      description =
          "CSV stage,event,detail,probability (stage * for every stage); each stage's probabilities add up to 1.")
  @Nullable Path mixFile;

  @Override
  public Integer call() {
    Playbook playbook = Journeys.find(id, tuning.settings());
    if (customers < 1) {
      throw new UserMistake("--customers must be at least 1, got " + customers);
    }
    EventMix mix = mixFile == null ? typical(playbook) : readMix(playbook, mixFile);
    Forecast forecast = Forecast.of(playbook, mix);
    Forecast.Result exact = forecast.analytic();
    StringBuilder out = new StringBuilder();
    if (exact.noAbsorbingState().isDefined()) {
      out.append(exact.noAbsorbingState().get()).append('\n');
      Output.write(out.toString(), null, spec.commandLine().getOut());
      return 0;
    }
    Forecast.Result simulated = forecast.simulate(customers, seed);
    out.append(
        String.format(
            Locale.ROOT,
            "%s: %d states; %,d simulated customers per stage, seed %d%n",
            playbook.journey().id(),
            forecast.states(),
            customers,
            seed));
    out.append(mixFile == null ? "mix: the journey's typical mix (see --help)" : "mix: " + mixFile)
        .append("; customers buy at ")
        .append(buyingStages(playbook, mix).mkString(", "))
        .append('\n');
    int width = Math.max(5, exact.predictions().map(p -> p.stage().length()).max().getOrElse(5));
    String format = "%-" + width + "s %12s %12s %14s %14s%n";
    out.append(
        String.format(
            Locale.ROOT, format, "stage", "P(purchase)", "simulated", "interactions", "simulated"));
    for (int i = 0; i < exact.predictions().size(); i++) {
      Forecast.Prediction e = exact.predictions().get(i);
      Forecast.Prediction s = simulated.predictions().get(i);
      out.append(
          String.format(
              Locale.ROOT,
              format,
              e.stage(),
              String.format(Locale.ROOT, "%.4f", e.purchaseProbability()),
              String.format(Locale.ROOT, "%.4f", s.purchaseProbability()),
              e.expectedInteractions()
                  .map(x -> String.format(Locale.ROOT, "%.2f", x))
                  .getOrElse("never"),
              s.expectedInteractions()
                  .map(x -> String.format(Locale.ROOT, "%.2f", x))
                  .getOrElse("never")));
    }
    Output.write(out.toString(), null, spec.commandLine().getOut());
    return 0;
  }

  /**
   * The journey's typical mix; a journey that knows purchases but says nowhere where customers buy
   * is the user's mistake: it needs a mix.
   */
  private static EventMix typical(Playbook playbook) {
    EventMix typical = EventMix.typical(playbook);
    if (playbook.knows(EventType.PURCHASE) && buyingStages(playbook, typical).isEmpty()) {
      throw new UserMistake(
          "journey '"
              + playbook.journey().id()
              + "' says nowhere where a customer buys (no purchase takes a customer to another"
              + " stage, and no stage is final), so it has no typical mix: give what a customer"
              + " does at each stage with --mix FILE (see journey simulate --help)");
    }
    return typical;
  }

  /** The stages where a mix has customers buy, in journey order. */
  private static Seq<String> buyingStages(Playbook playbook, EventMix mix) {
    return playbook
        .journey()
        .stages()
        .map(Stage::id)
        .filter(
            stage ->
                mix.at(stage)
                    .exists(
                        event ->
                            event._2 > 0 && event._1.type().id().equals(EventType.PURCHASE.id())));
  }

  /** Reads a mix file, naming the line of every mistake. */
  static EventMix readMix(Playbook playbook, Path file) {
    java.util.List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UserMistake(
          "cannot read " + file + ": " + (Files.exists(file) ? e.getMessage() : "no such file"));
    }
    if (lines.isEmpty()
        || !lines
            .get(0)
            .replace("\uFEFF", "")
            .trim()
            .equalsIgnoreCase("stage,event,detail,probability")) {
      throw new UserMistake(file + ":1: the header must be stage,event,detail,probability");
    }
    EventMix.Builder mix = EventMix.builder(playbook);
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i).trim();
      if (line.isEmpty()) {
        continue;
      }
      String[] fields = line.split(",", -1);
      int number = i + 1;
      if (fields.length != 4) {
        throw new UserMistake(
            file + ":" + number + ": wrong number of fields: " + fields.length + ", expected 4");
      }
      EventType type =
          playbook
              .journey()
              .eventType(fields[1].trim())
              .getOrElseThrow(
                  () ->
                      new UserMistake(
                          file + ":" + number + ":2: unknown event '" + fields[1].trim() + "'"));
      double probability;
      try {
        probability = Double.parseDouble(fields[3].trim());
      } catch (NumberFormatException e) {
        throw new UserMistake(
            file + ":" + (i + 1) + ":4: not a number: '" + fields[3].trim() + "'");
      }
      if (fields[0].trim().equals("*")) {
        mix.everywhere(type, fields[2].trim(), probability);
      } else {
        mix.at(fields[0].trim(), type, fields[2].trim(), probability);
      }
    }
    return mix.build()
        .toEither()
        .getOrElseThrow(problems -> new UserMistake(file + ": " + problems.mkString("; ")));
  }
}
