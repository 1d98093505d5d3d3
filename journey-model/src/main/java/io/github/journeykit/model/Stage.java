package io.github.journeykit.model;

import static org.apiguardian.api.API.Status.STABLE;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One stage of a customer journey: a step on the way to a purchase and beyond, such as "Informed"
 * or "Comparing options".
 *
 * <p>A stage carries its <em>key task</em> (what the company must achieve here, e.g. "positioning"
 * while the customer compares competitors [002]), the company's own goals and KPIs for it [004],
 * and the manager's planned response to each {@link Outcome} of an interaction [000]. The
 * customer's side of the stage (actions, thoughts, emotions, pain points) lives on the {@link
 * Touchpoint}s placed at it.
 *
 * <pre>{@code
 * Stage interested = Stage.builder()
 *     .id("interested")
 *     .name("Interested")
 *     .keyTask(Option.of("Qualify: has money, knows what they want, has decided to buy"))
 *     .plannedResponses(LinkedHashMap.of(
 *         Outcome.YES, "Book a demo",
 *         Outcome.NO, "Send a case study and call back in a week",
 *         Outcome.DONT_KNOW, "Ask which of the three criteria is missing"))
 *     .build();
 * }</pre>
 *
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
public interface Stage {

  /**
   * Returns the stage's id, unique within its journey: a lowercase id such as {@code interested}.
   *
   * @return the id
   */
  String id();

  /**
   * Returns the stage's name as marketers and sales managers say it.
   *
   * @return the name, e.g. "Interested"
   */
  String name();

  /**
   * Returns the stage's key task: what the company must achieve while the customer is here.
   *
   * @return the key task, if the map states one
   */
  @Value.Default
  default Option<String> keyTask() {
    return Option.none();
  }

  /**
   * Returns the company's own goals at this stage (relationship, trust, retention, not only sales).
   *
   * @return the goals, in the order given
   */
  @Value.Default
  default Seq<String> goals() {
    return List.empty();
  }

  /**
   * Returns the indicators by which the company measures this stage.
   *
   * @return the KPIs, in the order given
   */
  @Value.Default
  default Seq<String> kpis() {
    return List.empty();
  }

  /**
   * Returns the manager's planned action for each outcome of an interaction at this stage. An
   * outcome missing here is a gap: the point where customers are lost.
   *
   * @return the planned responses by outcome
   */
  @Value.Default
  default Map<Outcome, String> plannedResponses() {
    return LinkedHashMap.empty();
  }

  /**
   * Returns the messages sent to a customer when they enter the stage, whichever rule moved them,
   * in this order: the welcome of a stage, said once where it belongs instead of in every rule that
   * leads there. A journey's first stage is entered by starting the journey, which is not a
   * decision; its messages go out when a rule moves a customer back into it.
   *
   * @return the ids of the journey's messages; empty unless set
   */
  @Value.Default
  default Seq<String> onEntry() {
    return List.empty();
  }

  /**
   * Tells whether the journey is meant to end here, so that a customer who cannot leave the stage
   * is not a gap.
   *
   * @return true for a final stage
   */
  @Value.Default
  default boolean isFinal() {
    return false;
  }

  /**
   * Creates a stage with an id, a name and a key task.
   *
   * @param id the stage's lowercase id
   * @param name the stage's name
   * @param keyTask what the company must achieve here
   * @return the stage
   */
  static Stage of(String id, String name, String keyTask) {
    return builder().id(id).name(name).keyTask(Option.of(keyTask)).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with no attribute set
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Stage}; {@code id} and {@code name} are required.
   *
   * @since 0.1
   */
  final class Builder extends ImmutableStage.Builder {
    Builder() {}
  }
}
