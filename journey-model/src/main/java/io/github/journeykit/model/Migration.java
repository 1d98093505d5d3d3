package io.github.journeykit.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Map;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What one version of a journey renamed or removed since the version before it, so that the
 * customers the older version decided can be carried over to the newer one.
 *
 * <p>A journey of version <i>n</i> + 1 carries its migrations: the one {@link #from() from} version
 * <i>n</i>, and, to carry customers of still older versions, the ones before it; they apply in
 * order, each to what the one before left. A migration names, in the older version's ids:
 *
 * <ul>
 *   <li>the stages renamed, and the stages removed with the stage their customers go to;
 *   <li>the criteria, facts (counters, sums, windows, attributes, last-seen instants) and messages
 *       renamed or removed.
 * </ul>
 *
 * <p>Whatever a migration does not name keeps its id. A customer at a stage that the newer version
 * does not have and that no migration maps cannot be carried: the engine rejects their events with
 * that reason, and the gap analysis of a migration reports the stage before any customer meets it.
 * A criterion, fact or message that the newer version no longer has is dropped from a carried
 * position; a fact whose kind changed starts again.
 *
 * <pre>{@code
 * Journey second = first.toBuilder()
 *     .version(2)
 *     // ... the changed stages ...
 *     .migration(Migration.from(1)
 *         .renameStage("interested", "considering")
 *         .removeStage("buyer", "considering")     // customers at 'buyer' go to 'considering'
 *         .renameCriterion("decision", "decision-maker")
 *         .build())
 *     .buildOrThrow();
 * second.migrate(storedPosition);   // valid: the position in version 2, or why it cannot be carried
 * }</pre>
 *
 * <p>A migration is a value; {@link Journey.Builder#build()} checks it against the journey (its
 * version comes before the journey's, each id it maps to exists in the journey after the later
 * migrations).
 *
 * @since 0.2
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class Migration {

  /** The parts of a journey whose ids a migration maps. */
  @API(status = EXPERIMENTAL, since = "0.2")
  public enum Part {
    /** The stages; a removed stage says where its customers go. */
    STAGE,
    /** The qualification criteria. */
    CRITERION,
    /** The declared facts: counters, sums, windows, attributes and last-seen instants. */
    FACT,
    /** The 5W messages, whose histories a position keeps. */
    MESSAGE;

    /**
     * Returns the part's name in a sentence, e.g. {@code stage}.
     *
     * @return the lowercase name
     */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final int from;
  private final Map<Part, Map<String, String>> renamed;
  private final Map<Part, Set<String>> removed;
  private final Map<String, String> removedStages;

  private Migration(Builder builder) {
    this.from = builder.from;
    this.renamed = builder.renamed;
    this.removed = builder.removed;
    this.removedStages = builder.removedStages;
  }

  /**
   * Starts a migration from a version to the next.
   *
   * @param version the older version, at least 1
   * @return a builder that maps nothing yet
   * @throws IllegalArgumentException if {@code version} is less than 1
   */
  public static Builder from(int version) {
    if (version < 1) {
      throw new IllegalArgumentException("a migration's version is at least 1; got " + version);
    }
    return new Builder(version);
  }

  /**
   * Returns the version this migration carries customers from.
   *
   * @return the older version
   */
  public int from() {
    return from;
  }

  /**
   * Returns the version this migration carries customers to, the one after {@link #from()}.
   *
   * @return the newer version
   */
  public int to() {
    return from + 1;
  }

  /**
   * Returns the ids of a part that the migration renames, old id to new id, in the order given.
   *
   * @param part the part
   * @return the renames
   */
  public Map<String, String> renamed(Part part) {
    return renamed
        .get(Objects.requireNonNull(part, "part is null"))
        .getOrElse(LinkedHashMap.empty());
  }

  /**
   * Returns the ids of a part that the migration removes, in the order given; for {@link Part#STAGE
   * stages}, {@link #removedStages()} also says where their customers go.
   *
   * @param part the part
   * @return the removed ids
   */
  public Set<String> removed(Part part) {
    return removed
        .get(Objects.requireNonNull(part, "part is null"))
        .getOrElse(LinkedHashSet.empty());
  }

  /**
   * Returns the stages the migration removes, each with the stage its customers go to.
   *
   * @return removed stage to the stage of the newer version its customers go to
   */
  public Map<String, String> removedStages() {
    return removedStages;
  }

  /**
   * Returns what an id of the older version becomes in the newer one: its new id when renamed, the
   * stage its customers go to when a stage is removed, nothing when anything else is removed, and
   * the id itself otherwise.
   *
   * @param part the part the id belongs to
   * @param id an id of the older version
   * @return the id in the newer version, or none when it is removed
   */
  public Option<String> carry(Part part, String id) {
    Objects.requireNonNull(id, "id is null");
    Option<String> to = renamed(part).get(id);
    if (to.isDefined()) {
      return to;
    }
    if (part == Part.STAGE) {
      return Option.some(removedStages.get(id).getOrElse(id));
    }
    return removed(part).contains(id) ? Option.none() : Option.some(id);
  }

  /**
   * Returns what an id becomes after a chain of migrations, each applied to what the one before
   * left, as {@link Journey#migrate(Position)} carries a position.
   *
   * @param chain the migrations, oldest first, each from the version the one before carries to
   * @param part the part the id belongs to
   * @param id an id of the version the chain starts from
   * @return the id after the chain, or none when a migration removes it
   */
  public static Option<String> through(Iterable<Migration> chain, Part part, String id) {
    Option<String> carried = Option.some(Objects.requireNonNull(id, "id is null"));
    for (Migration migration : chain) {
      carried = carried.flatMap(old -> migration.carry(part, old));
    }
    return carried;
  }

  /**
   * Whether the migration names an id of the older version, renamed or removed.
   *
   * @param part the part the id belongs to
   * @param id an id of the older version
   * @return whether the migration says what becomes of it
   */
  public boolean names(Part part, String id) {
    return renamed(part).containsKey(id) || removed(part).contains(id);
  }

  /**
   * Two migrations are equal when they carry from the same version and map the same ids the same
   * way.
   *
   * @param other the object to compare with
   * @return whether {@code other} is an equal migration
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Migration that
        && from == that.from
        && renamed.equals(that.renamed)
        && removed.equals(that.removed)
        && removedStages.equals(that.removedStages);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, renamed, removed, removedStages);
  }

  /**
   * Returns the migration in a few words, e.g. {@code Migration[1 -> 2: stage interested ->
   * considering, stage buyer -> considering (removed)]}.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("Migration[" + from + " -> " + to() + ":");
    String separator = " ";
    for (Part part : Part.values()) {
      for (var rename : renamed(part)) {
        text.append(separator).append(part.id()).append(' ').append(rename._1);
        text.append(" -> ").append(rename._2);
        separator = ", ";
      }
      for (String id : removed(part)) {
        text.append(separator).append(part.id()).append(' ').append(id);
        String into = removedStages.get(id).getOrNull();
        text.append(part == Part.STAGE && into != null ? " -> " + into + " (removed)" : " removed");
        separator = ", ";
      }
    }
    return text.append(']').toString();
  }

  /**
   * Assembles a {@link Migration}: a mutable, single-threaded helper. Naming one id twice is a
   * mistake in the program and fails at once; whether the ids fit the journey is checked when the
   * journey that carries the migration is built.
   *
   * @since 0.2
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  public static final class Builder {
    private final int from;
    private Map<Part, Map<String, String>> renamed = LinkedHashMap.empty();
    private Map<Part, Set<String>> removed = LinkedHashMap.empty();
    private Map<String, String> removedStages = LinkedHashMap.empty();

    private Builder(int from) {
      this.from = from;
    }

    /**
     * Says that a stage of the older version has a new id.
     *
     * @param old the stage's id in the older version
     * @param now its id in the newer version
     * @return this builder
     */
    public Builder renameStage(String old, String now) {
      return rename(Part.STAGE, old, now);
    }

    /**
     * Says that a stage of the older version is gone, and which stage of the newer version its
     * customers go to.
     *
     * @param old the removed stage's id
     * @param into the stage its customers go to, an id of the newer version
     * @return this builder
     */
    public Builder removeStage(String old, String into) {
      Objects.requireNonNull(into, "into is null");
      remove(Part.STAGE, old);
      removedStages = removedStages.put(old, into);
      return this;
    }

    /**
     * Says that a criterion of the older version has a new id.
     *
     * @param old the criterion's id in the older version
     * @param now its id in the newer version
     * @return this builder
     */
    public Builder renameCriterion(String old, String now) {
      return rename(Part.CRITERION, old, now);
    }

    /**
     * Says that a criterion of the older version is gone: carried customers no longer have it.
     *
     * @param old the criterion's id
     * @return this builder
     */
    public Builder removeCriterion(String old) {
      return remove(Part.CRITERION, old);
    }

    /**
     * Says that a declared fact of the older version (a counter, sum, window, attribute or
     * last-seen instant) has a new id; its value is carried when its kind did not change.
     *
     * @param old the fact's id in the older version
     * @param now its id in the newer version
     * @return this builder
     */
    public Builder renameFact(String old, String now) {
      return rename(Part.FACT, old, now);
    }

    /**
     * Says that a declared fact of the older version is gone: its value is dropped, even if the
     * newer version declares a fact of the same id.
     *
     * @param old the fact's id
     * @return this builder
     */
    public Builder removeFact(String old) {
      return remove(Part.FACT, old);
    }

    /**
     * Says that a message of the older version has a new id; its history is carried.
     *
     * @param old the message's id in the older version
     * @param now its id in the newer version
     * @return this builder
     */
    public Builder renameMessage(String old, String now) {
      return rename(Part.MESSAGE, old, now);
    }

    /**
     * Says that a message of the older version is gone: its history is dropped.
     *
     * @param old the message's id
     * @return this builder
     */
    public Builder removeMessage(String old) {
      return remove(Part.MESSAGE, old);
    }

    /**
     * Builds the migration.
     *
     * @return the migration
     */
    public Migration build() {
      return new Migration(this);
    }

    private Builder rename(Part part, String old, String now) {
      Objects.requireNonNull(now, "now is null");
      named(part, old);
      renamed = renamed.put(part, renamed.get(part).getOrElse(LinkedHashMap.empty()).put(old, now));
      return this;
    }

    private Builder remove(Part part, String old) {
      named(part, old);
      removed =
          removed.put(part, removed.get(part).getOrElse(LinkedHashSet.<String>empty()).add(old));
      return this;
    }

    private void named(Part part, String old) {
      Objects.requireNonNull(old, "old is null");
      Map<String, String> renames = renamed.get(part).getOrElse(LinkedHashMap.empty());
      if (renames.containsKey(old)) {
        throw new IllegalArgumentException(
            part.id() + " '" + old + "' is already renamed to '" + renames.get(old).get() + "'");
      }
      if (removed.get(part).exists(ids -> ids.contains(old))) {
        throw new IllegalArgumentException(part.id() + " '" + old + "' is already removed");
      }
    }
  }
}
