package io.github.journeykit.examples;

import io.github.journeykit.catalogue.CatalogueInvariants;
import io.github.journeykit.rules.Playbook;
import io.github.journeykit.testkit.CheckResult;
import io.github.journeykit.testkit.CoverageMode;
import io.github.journeykit.testkit.Invariant;
import io.github.journeykit.testkit.Invariants;
import io.github.journeykit.testkit.JourneyCheck;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code journey check ID}: the testkit's invariants over generated customers. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Checks a journey's invariants over generated customers.",
      "The standard invariants and the journey's own, over generated customers.",
      "Exit 0 when they hold; exit 1 with the minimal counterexample as an event log on standard output",
      "(replay it with: journey run JOURNEY FILE) and the report on standard error.",
      "Its progress goes to standard error (see --progress). It keeps one customer at a time: its"
          + " memory does not grow with --customers."
    })
final class CheckCommand implements Callable<Integer> {

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
      description = "How many customers to generate (default: ${DEFAULT-VALUE}).")
  int customers = JourneyCheck.DEFAULT_CUSTOMERS;

  @Option(
      names = "--coverage",
      paramLabel = "MODE",
      description =
          "What a stage no customer reached, or a rule that never fired, does: fail (the default),"
              + " warn, or off.")
  String coverage = "fail";

  @Option(
      names = "--seed",
      paramLabel = "S",
      description = "The seed, to reproduce a run (default: random, printed).")
  @Nullable Long seed;

  @Mixin Progress.Choice progressChoice = new Progress.Choice();

  /**
   * The invariants of a ready-made journey, also when it comes from a definition file: for a
   * playbook equal to the catalogue's; none for another journey, even of the same id.
   */
  static Seq<Invariant> ownInvariants(Playbook playbook) {
    return Journeys.all().contains(playbook)
        ? CatalogueInvariants.forJourney(playbook.journey().id())
        : List.empty();
  }

  @Override
  public Integer call() {
    Playbook playbook = Journeys.find(id, tuning.settings());
    if (customers < 1) {
      throw new UserMistake("--customers must be at least 1, got " + customers);
    }
    CoverageMode mode =
        switch (coverage.toLowerCase(java.util.Locale.ROOT)) {
          case "fail" -> CoverageMode.FAIL;
          case "warn" -> CoverageMode.WARN;
          case "off" -> CoverageMode.OFF;
          default ->
              throw new UserMistake("--coverage takes fail, warn or off, got '" + coverage + "'");
        };
    String journey = playbook.journey().id();
    Progress progress = progressChoice.start(spec.commandLine().getErr(), customers, "customers");
    JourneyCheck check =
        JourneyCheck.of(playbook)
            .customers(customers)
            .requireCoverage(mode)
            .onProgress(done -> progress.advance(done, journey));
    if (seed != null) {
      check = check.seed(seed);
    }
    CheckResult result = check.check(Invariants.standard().appendAll(ownInvariants(playbook)));
    progress.clear();
    return report(result, spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  /**
   * Prints a result: the report when it holds (exit 0); else the report on standard error and, when
   * an invariant failed, the counterexample's log on standard output (exit 1). A check that fails
   * only because a stage or rule was never exercised has no counterexample.
   */
  static int report(CheckResult result, java.io.PrintWriter out, java.io.PrintWriter err) {
    if (result.holds()) {
      Output.write(result.report(), null, out);
      return 0;
    }
    err.print(result.report());
    err.flush();
    if (result.counterexample().isDefined()) {
      Output.write(result.counterexample().get().csv(), null, out);
    }
    return 1;
  }
}
