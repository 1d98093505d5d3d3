package io.github.journeykit.examples;

import io.github.journeykit.model.Journey;
import io.github.journeykit.model.Stage;
import io.github.journeykit.model.Transition;
import io.vavr.collection.Seq;
import java.io.PrintStream;

/**
 * The README's demo: builds the ready-made journeys and prints each one's stages, key tasks and moves.
 *
 * <p>Run it with {@code java -jar journey-examples/target/journey.jar} after {@code ./mvnw -B -DskipTests
 * package}.
 *
 * @since 0.1
 */
public final class Demo {

  private Demo() {}

  /**
   * Prints the ready-made journeys to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    print(SeedJourneys.all(), System.out);
  }

  /**
   * Prints journeys as text: for each, its stages in order with their key tasks, then its moves.
   *
   * @param journeys the journeys to print
   * @param out where to print
   */
  static void print(Seq<Journey> journeys, PrintStream out) {
    for (Journey journey : journeys) {
      out.printf("%s — %s (%s map)%n", journey.id(), journey.name(), journey.kind().id());
      for (Stage stage : journey.stages()) {
        out.printf(
            "  %d. %-28s %s%n",
            journey.orderOf(stage.id()).get() + 1,
            stage.id(),
            stage.keyTask().getOrElse(""));
      }
      out.println("  moves:");
      for (Transition transition : journey.transitions()) {
        out.printf(
            "    %-9s %s -> %s%s%n",
            transition.kind().id(),
            transition.from(),
            transition.to(),
            transition.description().isEmpty() ? "" : "  (" + transition.description() + ")");
      }
      out.println();
    }
  }
}
