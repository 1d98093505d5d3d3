package io.github.journeykit.examples;

import io.github.journeykit.catalogue.Catalogue;
import io.github.journeykit.model.Event;
import io.github.journeykit.model.Journey;
import io.github.journeykit.model.Position;
import io.github.journeykit.report.analytics.EventMix;
import io.github.journeykit.report.analytics.Funnel;
import io.github.journeykit.report.analytics.FunnelReport;
import io.github.journeykit.report.picture.Pictures;
import io.github.journeykit.rules.Decision;
import io.github.journeykit.rules.Engine;
import io.github.journeykit.rules.Playbook;
import io.github.journeykit.testkit.CustomerGenerator;
import io.vavr.collection.Seq;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code journey demo}: every ready-made journey, run on a seeded population, summarised as a
 * funnel and drawn into a folder.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Runs every ready-made journey on a seeded population and draws it.",
      "For each journey: generates the population, runs it, prints its funnel figures, and writes its"
          + " pictures (Mermaid, DOT, Markdown, HTML with the stage graph and a funnel chart, CSV) to"
          + " the output folder.",
      "Each customer has 1 to --max-events events, a minute to four months apart, each what a customer"
          + " at their stage does by the journey's typical mix (see journey simulate --help): the events"
          + " the journey's rules answer there, purchases only where customers buy; a customer who"
          + " turns grey or blue does nothing more.",
      "The funnel figures are those of journey run --report: see journey run --help for what each"
          + " column counts.",
      "Its progress goes to standard error (see --progress). Of a customer whose events are done it"
          + " keeps only what the report may list by name (the 100 longest-waiting and longest idle of each stage) and, while they"
          + " are active and not stuck yet, when they last did something; the others are counted."
    })
final class DemoCommand implements Callable<Integer> {

  @Spec CommandSpec spec = CommandSpec.create();

  @Option(
      names = "--customers",
      paramLabel = "N",
      description = "Customers per journey (default: ${DEFAULT-VALUE}).")
  int customers = 100_000;

  @Option(
      names = "--max-events",
      paramLabel = "N",
      description = "The most events a customer has (default: ${DEFAULT-VALUE}).")
  int maxEvents = 40;

  @Option(
      names = "--seed",
      paramLabel = "S",
      description = "The seed of the populations (default: ${DEFAULT-VALUE}).")
  long seed = 2026;

  @Option(
      names = "--out-dir",
      paramLabel = "DIR",
      description =
          "Where to write the pictures (default: ${DEFAULT-VALUE}). They are put there together"
              + " once every journey has run: a run that fails or is interrupted leaves DIR as it"
              + " was. In a DIR that exists, the demo's files replace those of the same names,"
              + " each keeping its mode, and other files are left alone.")
  Path outDir = Path.of("journey-demo");

  @Mixin Progress.Choice progressChoice = new Progress.Choice();

  @Override
  public Integer call() {
    if (customers < 1 || maxEvents < 1) {
      throw new UserMistake("--customers and --max-events must be at least 1");
    }
    Seq<Playbook> playbooks = Catalogue.all();
    Progress progress =
        progressChoice.start(
            spec.commandLine().getErr(), (long) customers * playbooks.size(), "customers");
    OutputFolder folder = OutputFolder.open(outDir);
    try {
      return drawInto(folder, playbooks, progress);
    } finally {
      folder.close();
    }
  }

  /**
   * Runs every journey, printing its figures, and writes its pictures into the folder, put in place
   * once every journey has run.
   */
  private int drawInto(OutputFolder folder, Seq<Playbook> playbooks, Progress progress) {
    PrintWriter out = spec.commandLine().getOut();
    for (Playbook playbook : playbooks) {
      FunnelReport report = population(playbook, progress);
      progress.clear();
      out.print(
          report.journey()
              + " — "
              + playbook.journey().name()
              + ": "
              + String.format("%,d", report.customers())
              + " customers, "
              + String.format("%,d", events)
              + " events\n"
              + report.table()
              + "\n");
      out.flush();
      for (Pictures.Format format : Pictures.Format.values()) {
        folder.write(
            playbook.journey().id() + "." + format.extension(),
            Pictures.render(playbook, format, io.vavr.control.Option.of(report)));
      }
    }
    progress.done();
    folder.commit();
    out.println(
        "Pictures of every journey are in "
            + outDir.toAbsolutePath()
            + " (.mmd, .dot, .md, .html, .csv)");
    out.flush();
    return 0;
  }

  /** How many events the last population had. */
  private long events;

  /**
   * Generates a journey's population, replays it, and returns its funnel figures: each customer
   * does, stage by stage, what the journey's typical mix says a customer there does, at the
   * instants the generator makes, until their history ends or they turn grey or blue.
   */
  private FunnelReport population(Playbook playbook, Progress progress) {
    Journey journey = playbook.journey();
    Engine engine = playbook.compile().withExplanations(false);
    CustomerGenerator generator = CustomerGenerator.of(playbook).lengths(1, maxEvents);
    EventMix typical = EventMix.typical(playbook);
    Funnel funnel = Funnel.of(journey);
    Random random = new Random(seed ^ journey.id().hashCode());
    events = 0;
    for (int customer = 0; customer < customers; customer++) {
      Position position = journey.newCustomer("c" + customer, generator.start());
      for (Instant at : generator.instants(random)) {
        io.vavr.control.Option<Event> next = typical.draw(position, random);
        if (next.isEmpty()) {
          break;
        }
        Decision decision = engine.decide(position, next.get().happenedAt(at));
        funnel.record(decision);
        position = decision.after();
        events++;
      }
      funnel.finish(position.customer());
      progress.step(journey.id());
    }
    return funnel.report();
  }
}
