package io.github.journeykit.examples;

import io.github.journeykit.model.Journey;
import io.github.journeykit.model.Stage;
import io.github.journeykit.model.Transition;
import io.github.journeykit.rules.Playbook;
import io.github.journeykit.rules.Rule;
import io.github.journeykit.rules.catalogue.Catalogue;
import io.vavr.collection.Seq;
import java.io.PrintStream;

/**
 * The README's demo: prints every ready-made journey of the catalogue with its stages, key tasks, moves
 * and rules.
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
    print(Catalogue.all(), System.out);
  }

  /**
   * Prints playbooks as text: for each, its stages in order with their key tasks, its moves, and its
   * rules.
   *
   * @param playbooks the playbooks to print
   * @param out where to print
   */
  static void print(Seq<Playbook> playbooks, PrintStream out) {
    for (Playbook playbook : playbooks) {
      Journey journey = playbook.journey();
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
      out.println("  rules:");
      for (Rule rule : playbook.rules()) {
        out.println("    " + rule);
      }
      out.println();
    }
  }
}
