package io.github.journeykit.definition;

import io.github.journeykit.model.Journey;
import io.github.journeykit.model.Migration;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A journey's version and its migrations as data: {@code version: 2} and a list of {@code
 * migrations}, each {@code from} a version, with what it renamed and removed of the {@code stages},
 * {@code criteria}, {@code facts} and {@code messages}:
 *
 * <pre>{@code
 * version: 2
 * migrations:
 *   - from: 1
 *     stages:
 *       renamed: {interested: considering}
 *       removed: {buyer: considering}      # where the customers of a removed stage go
 *     criteria:
 *       renamed: {money: budget}
 *       removed: [need]
 * }</pre>
 *
 * Version 1 and no migrations are the defaults, left out when written.
 */
final class MigrationFormat {

  private static final String[] MIGRATION_KEYS = {
    "from", "stages", "criteria", "facts", "messages"
  };
  private static final String[] PART_KEYS = {"renamed", "removed"};

  private MigrationFormat() {}

  /** The key of a part in a migration. */
  private static String key(Migration.Part part) {
    return switch (part) {
      case STAGE -> "stages";
      case CRITERION -> "criteria";
      case FACT -> "facts";
      case MESSAGE -> "messages";
    };
  }

  // ---- writing

  /** Writes the journey's version, unless 1. */
  static void version(ObjectNode node, Journey journey) {
    if (journey.version() != 1) {
      node.put("version", journey.version());
    }
  }

  /** Writes the journey's migrations, if any. */
  static void migrations(ObjectNode node, Journey journey) {
    if (journey.migrations().isEmpty()) {
      return;
    }
    ArrayNode list = node.putArray("migrations");
    for (Migration migration : journey.migrations()) {
      ObjectNode item = list.addObject();
      item.put("from", migration.from());
      for (Migration.Part part : Migration.Part.values()) {
        if (migration.renamed(part).isEmpty() && migration.removed(part).isEmpty()) {
          continue;
        }
        ObjectNode ids = item.putObject(key(part));
        if (!migration.renamed(part).isEmpty()) {
          ObjectNode renamed = ids.putObject("renamed");
          migration.renamed(part).forEach(renamed::put);
        }
        if (part == Migration.Part.STAGE && !migration.removedStages().isEmpty()) {
          ObjectNode removed = ids.putObject("removed");
          migration.removedStages().forEach(removed::put);
        } else if (!migration.removed(part).isEmpty()) {
          ArrayNode removed = ids.putArray("removed");
          migration.removed(part).forEach(removed::add);
        }
      }
    }
  }

  // ---- reading

  /** The journey's version: 1 when absent, null after a problem. */
  static @Nullable Integer version(Reading reading, Fields fields) {
    Node node = fields.get("version");
    return node == null
        ? Integer.valueOf(1)
        : reading.literalWholeNumber(node, fields.path("version"), 1);
  }

  /** The journey's migrations, each registered as the model's problems name it. */
  static Seq<Migration> migrations(Reading reading, Fields fields, Registry where) {
    Node node = fields.get("migrations");
    if (node == null) {
      return List.empty();
    }
    java.util.List<Node> items = reading.list(node, fields.path("migrations"));
    if (items == null) {
      return List.empty();
    }
    List<Migration> migrations = List.empty();
    for (int i = 0; i < items.size(); i++) {
      String path = Reading.at(fields.path("migrations"), i);
      Migration migration = migration(reading, items.get(i), path, where);
      if (migration != null) {
        migrations = migrations.prepend(migration);
      }
    }
    return migrations.reverse();
  }

  private static @Nullable Migration migration(
      Reading reading, Node node, String path, Registry where) {
    Fields fields = reading.fields(node, path, MIGRATION_KEYS);
    if (fields == null) {
      return null;
    }
    Node fromNode = fields.require("from");
    Integer from =
        fromNode == null ? null : reading.literalWholeNumber(fromNode, fields.path("from"), 1);
    if (from == null) {
      return null;
    }
    where.put("migration from version " + from, node, path);
    Migration.Builder migration = Migration.from(from);
    int failed = reading.problems().size();
    for (Migration.Part part : Migration.Part.values()) {
      Node partNode = fields.get(key(part));
      if (partNode != null) {
        part(reading, partNode, fields.path(key(part)), part, migration);
      }
    }
    return reading.problems().size() > failed ? null : migration.build();
  }

  /** Reads what a migration renames and removes of one part into the builder. */
  private static void part(
      Reading reading, Node node, String path, Migration.Part part, Migration.Builder migration) {
    Fields fields = reading.fields(node, path, PART_KEYS);
    if (fields == null) {
      return;
    }
    Node renamed = fields.get("renamed");
    if (renamed != null) {
      ids(
          reading,
          renamed,
          fields.path("renamed"),
          (old, now) -> rename(migration, part, old, now));
    }
    Node removed = fields.get("removed");
    if (removed == null) {
      return;
    }
    String at = fields.path("removed");
    if (part == Migration.Part.STAGE) {
      ids(reading, removed, at, (old, into) -> migration.removeStage(old, into));
    } else {
      java.util.List<Node> items = reading.list(removed, at);
      if (items == null) {
        return;
      }
      for (int i = 0; i < items.size(); i++) {
        String item = Reading.at(at, i);
        String id = reading.text(items.get(i), item);
        if (id != null) {
          named(reading, items.get(i), item, () -> remove(migration, part, id));
        }
      }
    }
  }

  /** A mapping of ids to ids, each pair given to the builder; a pair it refuses is a problem. */
  private static void ids(
      Reading reading, Node node, String path, java.util.function.BiConsumer<String, String> add) {
    if (!(node instanceof Node.Mapping mapping)) {
      reading.problem(node, path, "expected a mapping of old ids to new ones, got " + node.kind());
      return;
    }
    for (Node.Entry entry : mapping.repeated()) {
      reading.problem(
          entry.line(), entry.column(), Reading.at(path, entry.key()), "the key is given twice");
    }
    for (Node.Entry entry : mapping.entries().values()) {
      String at = Reading.at(path, entry.key());
      String now = reading.text(entry.value(), at);
      if (now != null) {
        named(reading, entry.value(), at, () -> add.accept(entry.key(), now));
      }
    }
  }

  /** Gives an id to the builder; one it refuses (named twice) is a problem at the id. */
  private static void named(Reading reading, Node node, String path, Runnable give) {
    try {
      give.run();
    } catch (IllegalArgumentException e) {
      reading.problem(node, path, String.valueOf(e.getMessage()));
    }
  }

  private static Migration.Builder rename(
      Migration.Builder migration, Migration.Part part, String old, String now) {
    return switch (part) {
      case STAGE -> migration.renameStage(old, now);
      case CRITERION -> migration.renameCriterion(old, now);
      case FACT -> migration.renameFact(old, now);
      case MESSAGE -> migration.renameMessage(old, now);
    };
  }

  private static Migration.Builder remove(
      Migration.Builder migration, Migration.Part part, String old) {
    return switch (part) {
      case STAGE -> throw new IllegalStateException("a removed stage is read with where it goes");
      case CRITERION -> migration.removeCriterion(old);
      case FACT -> migration.removeFact(old);
      case MESSAGE -> migration.removeMessage(old);
    };
  }
}
