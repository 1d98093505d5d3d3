package io.github.journeykit.rules;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.journeykit.model.EventType;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A named business rule of a journey: on an event of one type, at some stages, when a condition
 * holds, do something.
 *
 * <p>A rule is an immutable value; each method returns a new rule. It has a name a marketer would
 * recognise, the {@link EventType} it reacts to, the stages where it applies (all of them unless
 * restricted with {@link #at(String...)}), a {@link Condition} over the customer's position before
 * the event and the event, its {@link Effect}s, and a priority. When several rules fire on one
 * event, the higher priority wins the move and the status, then the rule declared first; see {@link
 * Effect}.
 *
 * <pre>{@code
 * Rule yes = Rule.named("A yes moves an active customer up one stage", EventType.INTERACTION)
 *     .at("uninformed", "informed", "interested", "buyer")
 *     .when(Condition.outcomeIs(Outcome.YES).and(Condition.statusIs(CustomerStatus.ACTIVE)))
 *     .then(Effect.advance());
 * }</pre>
 *
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public final class Rule {

  private final String name;
  private final EventType on;
  private final Set<String> stages;
  private final Condition condition;
  private final Seq<Effect> effects;
  private final int priority;

  private Rule(
      String name,
      EventType on,
      Set<String> stages,
      Condition condition,
      Seq<Effect> effects,
      int priority) {
    this.name = name;
    this.on = on;
    this.stages = stages;
    this.condition = condition;
    this.effects = effects;
    this.priority = priority;
  }

  /**
   * Starts a rule that reacts to one type of event, at every stage, always, with no effect yet.
   *
   * @param name the rule's name, unique within its playbook
   * @param on the type of event it reacts to
   * @return the rule
   */
  public static Rule named(String name, EventType on) {
    Objects.requireNonNull(name, "name is null");
    Objects.requireNonNull(on, "on is null");
    return new Rule(name, on, LinkedHashSet.empty(), Condition.always(), List.empty(), 0);
  }

  /**
   * Returns this rule restricted to the given stages.
   *
   * @param stageIds the ids of the stages where it applies; none means every stage
   * @return the restricted rule
   */
  public Rule at(String... stageIds) {
    return new Rule(name, on, LinkedHashSet.of(stageIds), condition, effects, priority);
  }

  /**
   * Returns this rule restricted to the given stages.
   *
   * @param stageIds the ids of the stages where it applies; none means every stage
   * @return the restricted rule
   */
  public Rule at(Iterable<String> stageIds) {
    return new Rule(name, on, LinkedHashSet.ofAll(stageIds), condition, effects, priority);
  }

  /**
   * Returns this rule with the given condition in place of its current one.
   *
   * @param newCondition the condition under which it fires
   * @return the rule
   */
  public Rule when(Condition newCondition) {
    return new Rule(
        name,
        on,
        stages,
        Objects.requireNonNull(newCondition, "condition is null"),
        effects,
        priority);
  }

  /**
   * Returns this rule that fires only when also the given condition holds.
   *
   * @param more the further condition
   * @return the narrowed rule
   */
  public Rule and(Condition more) {
    return when(condition.and(more));
  }

  /**
   * Returns this rule that fires also when the given condition holds.
   *
   * @param alternative the alternative condition
   * @return the widened rule
   */
  public Rule or(Condition alternative) {
    return when(condition.or(alternative));
  }

  /**
   * Returns this rule that fires exactly when it would not have.
   *
   * @return the negated rule
   */
  public Rule not() {
    return when(condition.not());
  }

  /**
   * Returns this rule with the given effects added after its current ones.
   *
   * @param more the effects
   * @return the rule
   */
  public Rule then(Effect... more) {
    return new Rule(name, on, stages, condition, effects.appendAll(List.of(more)), priority);
  }

  /**
   * Returns this rule with a priority: higher fires first and wins conflicts; 0 unless set.
   *
   * @param newPriority the priority
   * @return the rule
   */
  public Rule priority(int newPriority) {
    return new Rule(name, on, stages, condition, effects, newPriority);
  }

  /**
   * Returns the rule's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the type of event the rule reacts to.
   *
   * @return the event type
   */
  public EventType on() {
    return on;
  }

  /**
   * Returns the ids of the stages where the rule applies.
   *
   * @return the stage ids; empty means every stage
   */
  public Set<String> stages() {
    return stages;
  }

  /**
   * Tells whether the rule applies at a stage.
   *
   * @param stage the stage's id
   * @return true when it applies there
   */
  public boolean appliesAt(String stage) {
    return stages.isEmpty() || stages.contains(stage);
  }

  /**
   * Returns the condition under which the rule fires.
   *
   * @return the condition
   */
  public Condition condition() {
    return condition;
  }

  /**
   * Returns the rule's effects, in order.
   *
   * @return the effects
   */
  public Seq<Effect> effects() {
    return effects;
  }

  /**
   * Returns the rule's priority.
   *
   * @return the priority; higher wins
   */
  public int priority() {
    return priority;
  }

  /**
   * Tells whether another rule is the same rule: the same name, event type, stages, condition,
   * effects and priority. Conditions and effects are compared as values; a condition of your own
   * ({@link Condition#of}) is equal only to itself.
   *
   * @param other the other object
   * @return true when it is an equal rule
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Rule that
        && name.equals(that.name)
        && on.equals(that.on)
        && stages.equals(that.stages)
        && condition.equals(that.condition)
        && effects.equals(that.effects)
        && priority == that.priority;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(name, on, stages, condition, effects, priority);
  }

  /**
   * Describes the rule in one line.
   *
   * @return e.g. {@code "Yes moves up" on interaction at [informed] when outcome is yes: move to
   *     the next stage}
   */
  @Override
  public String toString() {
    return "\""
        + name
        + "\" on "
        + on.id()
        + (stages.isEmpty() ? "" : " at " + stages.mkString("[", ", ", "]"))
        + " when "
        + condition.description()
        + (priority == 0 ? "" : " (priority " + priority + ")")
        + ": "
        + (effects.isEmpty() ? "nothing" : effects.map(Effect::description).mkString(", "));
  }
}
