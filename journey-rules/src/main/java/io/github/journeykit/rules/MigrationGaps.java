package io.github.journeykit.rules;

import io.github.journeykit.model.Criterion;
import io.github.journeykit.model.Fact;
import io.github.journeykit.model.Journey;
import io.github.journeykit.model.Message;
import io.github.journeykit.model.Migration;
import io.github.journeykit.model.Stage;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.function.Function;

/** {@link GapAnalysis#ofMigration(Journey, Journey)}: what a migration leaves behind. */
final class MigrationGaps {

  private final Journey older;
  private final Journey newer;
  private final String ofOlder;
  private Seq<Migration> chain = io.vavr.collection.List.empty();
  private List<Finding> found = List.empty();

  private MigrationGaps(Journey older, Journey newer) {
    this.older = older;
    this.newer = newer;
    this.ofOlder = " of version " + older.version();
  }

  static Seq<Finding> of(Journey older, Journey newer) {
    MigrationGaps gaps = new MigrationGaps(older, newer);
    gaps.run();
    return gaps.found.reverse();
  }

  private void run() {
    String subject = "journey '" + newer.id() + "'";
    if (!older.id().equals(newer.id())) {
      add(
          Finding.Severity.ERROR,
          Finding.Kind.NO_MIGRATION,
          subject,
          "the older journey is '"
              + older.id()
              + "': a migration carries customers between"
              + " versions of one journey");
      return;
    }
    if (older.version() >= newer.version()) {
      add(
          Finding.Severity.ERROR,
          Finding.Kind.NO_MIGRATION,
          subject,
          "version " + older.version() + " is not older than version " + newer.version());
      return;
    }
    Validation<Integer, Seq<Migration>> found = newer.migrationsFrom(older.version());
    if (found.isInvalid()) {
      int from = found.getError();
      add(
          Finding.Severity.ERROR,
          Finding.Kind.NO_MIGRATION,
          subject,
          "version "
              + newer.version()
              + " has no migration from version "
              + from
              + " to "
              + (from + 1)
              + "; no customer of version "
              + older.version()
              + " can be carried over, every event of theirs is rejected");
      return;
    }
    chain = found.get();
    for (Stage stage : older.stages()) {
      Option<String> carried = Migration.through(chain, Migration.Part.STAGE, stage.id());
      if (carried.isEmpty() || !newer.hasStage(carried.get())) {
        add(
            Finding.Severity.ERROR,
            Finding.Kind.UNMAPPED_STAGE,
            "stage '" + stage.id() + "'" + ofOlder,
            "version "
                + newer.version()
                + " has no stage '"
                + carried.getOrElse(stage.id())
                + "', and no migration says where its customers go; their events will be"
                + " rejected");
      }
    }
    lost(Migration.Part.CRITERION, older.criteria().map(Criterion::id), id -> newer.criterion(id));
    for (Fact fact : older.facts()) {
      Option<String> carried = Migration.through(chain, Migration.Part.FACT, fact.id());
      if (carried.isEmpty()) {
        continue;
      }
      Option<Fact> now = newer.fact(carried.get());
      String where = "fact '" + fact.id() + "'" + ofOlder;
      if (now.isEmpty()) {
        lostWithoutAWord(where, "fact", carried.get());
      } else if (now.get().getClass() != fact.getClass()) {
        add(
            Finding.Severity.WARNING,
            Finding.Kind.UNMAPPED_ID,
            where,
            "it was a "
                + fact.kind()
                + " and is a "
                + now.get().kind()
                + " in version "
                + newer.version()
                + "; carried customers start it again");
      }
    }
    lost(Migration.Part.MESSAGE, older.messages().map(Message::id), id -> newer.message(id));
  }

  private void lost(Migration.Part part, Seq<String> ids, Function<String, Option<?>> inNewer) {
    for (String id : ids) {
      Option<String> carried = Migration.through(chain, part, id);
      if (carried.isDefined() && inNewer.apply(carried.get()).isEmpty()) {
        lostWithoutAWord(part.id() + " '" + id + "'" + ofOlder, part.id(), carried.get());
      }
    }
  }

  private void lostWithoutAWord(String subject, String what, String carried) {
    add(
        Finding.Severity.WARNING,
        Finding.Kind.UNMAPPED_ID,
        subject,
        "version "
            + newer.version()
            + " has no "
            + what
            + " '"
            + carried
            + "', and no migration renames or removes it; carried customers lose it without a"
            + " word");
  }

  private void add(Finding.Severity severity, Finding.Kind kind, String subject, String message) {
    found = found.prepend(new Finding(severity, kind, subject, message));
  }
}
