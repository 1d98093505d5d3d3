package io.github.journeykit.examples;

import io.github.journeykit.catalogue.Catalogue;
import io.github.journeykit.model.Problem;
import io.github.journeykit.rules.Playbook;
import io.vavr.collection.Seq;

/**
 * The journeys the command line knows: the eight ready-made journeys of the catalogue and the SaaS
 * trial of these examples, found by the id the user typed.
 */
final class Journeys {

  private Journeys() {}

  /** Every journey the command line knows, the catalogue's first. */
  static Seq<Playbook> all() {
    return Catalogue.all().append(SaasTrial.playbook());
  }

  static Playbook find(String id) {
    Seq<Playbook> all = all();
    return all.find(playbook -> playbook.journey().id().equals(id))
        .getOrElseThrow(
            () ->
                new UserMistake(
                    "unknown journey '"
                        + id
                        + "'"
                        + Problem.didYouMean(id, all.map(p -> p.journey().id()))
                        + "; the journeys are: "
                        + all.map(p -> p.journey().id()).mkString(", ")));
  }
}
