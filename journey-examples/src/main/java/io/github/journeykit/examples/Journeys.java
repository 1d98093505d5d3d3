package io.github.journeykit.examples;

import io.github.journeykit.rules.Playbook;
import io.github.journeykit.rules.catalogue.Catalogue;

/** Finds a ready-made journey by the id the user typed. */
final class Journeys {

  private Journeys() {}

  static Playbook find(String id) {
    return Catalogue.get(id)
        .getOrElseThrow(
            () ->
                new UserMistake(
                    "unknown journey '"
                        + id
                        + "'; the ready-made journeys are: "
                        + Catalogue.ids().mkString(", ")));
  }
}
