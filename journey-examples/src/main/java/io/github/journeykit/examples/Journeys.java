package io.github.journeykit.examples;

import io.github.journeykit.catalogue.Catalogue;
import io.github.journeykit.definition.DefinitionProblem;
import io.github.journeykit.definition.Definitions;
import io.github.journeykit.definition.Format;
import io.github.journeykit.model.Problem;
import io.github.journeykit.rules.Playbook;
import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The journeys the command line knows: the eight ready-made journeys of the catalogue and the SaaS
 * trial of these examples, found by the id the user typed; or a journey of the user's own, read
 * from the definition file they named.
 */
final class Journeys {

  private Journeys() {}

  /** Every journey the command line knows, the catalogue's first. */
  static Seq<Playbook> all() {
    return Catalogue.all().append(SaasTrial.playbook());
  }

  /**
   * The journey a command names: the id of one the command line knows, or a definition file (a path
   * ending in .yaml, .yml or .json, or naming a folder) read with every mistake located.
   *
   * @throws UserMistake naming the unknown id, or every mistake of the definition
   */
  static Playbook find(String journey) {
    return find(journey, HashMap.empty());
  }

  /**
   * The journey a command names, with values set in place of its parameters' own ({@code --set}): a
   * definition file read with them, or a journey the command line knows read again from its
   * definition with them.
   *
   * @throws UserMistake naming the unknown id, or every mistake of the definition, a value set for
   *     a parameter the journey has not got or of another kind among them
   */
  static Playbook find(String journey, Map<String, String> settings) {
    if (isFile(journey)) {
      return read(Path.of(journey), settings);
    }
    Playbook known = known(journey);
    if (settings.isEmpty()) {
      return known;
    }
    String definition =
        Catalogue.definition(journey).getOrElse(() -> Definitions.write(known, Format.YAML));
    return valid(Definitions.read(definition, Format.YAML, journey + ".yaml", settings));
  }

  /** A journey the command line knows, by id. */
  private static Playbook known(String journey) {
    Seq<Playbook> all = all();
    return all.find(playbook -> playbook.journey().id().equals(journey))
        .getOrElseThrow(
            () ->
                new UserMistake(
                    "unknown journey '"
                        + journey
                        + "'"
                        + Problem.didYouMean(journey, all.map(p -> p.journey().id()))
                        + "; the journeys are: "
                        + all.map(p -> p.journey().id()).mkString(", ")
                        + "; or name a definition file (.yaml, .yml, .json)"));
  }

  /** Whether a command's journey names a definition file rather than a journey's id. */
  static boolean isFile(String journey) {
    String lower = journey.toLowerCase(Locale.ROOT);
    return lower.endsWith(".yaml")
        || lower.endsWith(".yml")
        || lower.endsWith(".json")
        || journey.contains("/")
        || journey.contains(java.io.File.separator);
  }

  /**
   * Reads a definition file with values set in place of its parameters' own; its mistakes, every
   * one located, are the user's.
   */
  static Playbook read(Path file, Map<String, String> settings) {
    return valid(Definitions.read(file, settings));
  }

  /** The playbook read; its mistakes, every one located, are the user's. */
  private static Playbook valid(Validation<Seq<DefinitionProblem>, Playbook> read) {
    if (read.isInvalid()) {
      throw new UserMistake(problems(read.getError()));
    }
    return read.get();
  }

  /** The mistakes of a definition, one a line, after a line that counts them. */
  static String problems(Seq<DefinitionProblem> problems) {
    return (problems.size() == 1
            ? "the definition has a mistake:\n"
            : "the definition has " + problems.size() + " mistakes:\n")
        + problems.mkString("\n");
  }
}
