package io.github.journeykit.model;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.jspecify.annotations.Nullable;

/** Carries positions of older versions of a journey over to the journey's version. */
final class Migrations {

  private Migrations() {}

  /** {@link Journey#migrate(Position)}. */
  static Validation<String, Position> carry(Journey journey, Position position) {
    String who = "the position of customer '" + position.customer() + "'";
    if (!position.journey().equals(journey.id())) {
      return Validation.invalid(
          who + " is in journey '" + position.journey() + "', not '" + journey.id() + "'");
    }
    int from = position.version();
    if (from == journey.version()) {
      return Validation.valid(position);
    }
    String ofJourney = " of journey '" + journey.id() + "'";
    if (from > journey.version()) {
      return Validation.invalid(
          who
              + " was decided by version "
              + from
              + ofJourney
              + ", newer than this version "
              + journey.version());
    }
    Validation<Integer, Seq<Migration>> found = journey.migrationsFrom(from);
    if (found.isInvalid()) {
      return Validation.invalid(
          who
              + " was decided by version "
              + from
              + ofJourney
              + ", and version "
              + journey.version()
              + " has no migration from version "
              + found.getError()
              + " to "
              + (found.getError() + 1));
    }
    Seq<Migration> chain = found.get();
    String stage = carry(chain, Migration.Part.STAGE, position.stage());
    if (stage == null || !journey.hasStage(stage)) {
      return Validation.invalid(
          who
              + " is at stage '"
              + position.stage()
              + "' of version "
              + from
              + ofJourney
              + ", which version "
              + journey.version()
              + " does not have, and no migration says where its customers go");
    }
    Facts facts =
        position
            .facts()
            .carried(
                journey.facts(),
                id -> carry(chain, Migration.Part.FACT, id),
                id -> known(journey, carry(chain, Migration.Part.CRITERION, id), true),
                id -> known(journey, carry(chain, Migration.Part.MESSAGE, id), false));
    return Validation.valid(
        new Position(
            position.enrolment().inVersion(journey.version()),
            stage,
            position.status(),
            facts,
            position.enteredStageAt(),
            position.lastActiveAt()));
  }

  /** What an id of the chain's oldest version becomes after every migration of the chain. */
  private static @Nullable String carry(Seq<Migration> chain, Migration.Part part, String id) {
    return Migration.through(chain, part, id).getOrNull();
  }

  /** The id when the journey has such a criterion or message, null otherwise. */
  private static @Nullable String known(Journey journey, @Nullable String id, boolean criterion) {
    if (id == null) {
      return null;
    }
    boolean known = criterion ? journey.criterion(id).isDefined() : journey.message(id).isDefined();
    return known ? id : null;
  }
}
