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
 * A place where the customer meets the company, online or offline, at one or more stages [001,
 * 003].
 *
 * <p>A touchpoint carries the customer's side of the map at that place (what they do, think and
 * feel, an emotion score for the emotion curve, where it hurts), what we will change there and how
 * and why, and, for a {@link MapKind#SERVICE_BLUEPRINT service blueprint}, the layers behind it.
 *
 * <pre>{@code
 * Touchpoint checkout = Touchpoint.builder()
 *     .id("checkout")
 *     .name("Checkout page")
 *     .channel(Channel.WEBSITE)
 *     .stages(List.of("buyer"))
 *     .owner(Option.of("E-commerce team"))
 *     .emotion(Option.of(-2))
 *     .painPoints(List.of("Unexpectedly high delivery cost"))
 *     .build();
 * }</pre>
 *
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
public interface Touchpoint {

  /** The lowest emotion score, the bottom of the emotion curve. */
  int MIN_EMOTION = -5;

  /** The highest emotion score, the top of the emotion curve. */
  int MAX_EMOTION = 5;

  /**
   * Returns the touchpoint's lowercase id, unique within its journey.
   *
   * @return the id
   */
  String id();

  /**
   * Returns the touchpoint's name.
   *
   * @return the name, e.g. "Checkout page"
   */
  String name();

  /**
   * Returns the channel of the touchpoint.
   *
   * @return the channel
   */
  Channel channel();

  /**
   * Returns the ids of the stages at which the customer meets this touchpoint.
   *
   * @return the stage ids, at least one in a valid journey
   */
  Seq<String> stages();

  /**
   * Tells whether the touchpoint is online; by default, whether its channel is.
   *
   * @return true when online, false when offline
   */
  @Value.Default
  default boolean online() {
    return channel().online();
  }

  /**
   * Returns who in the company owns the touchpoint.
   *
   * @return the owner, if known
   */
  @Value.Default
  default Option<String> owner() {
    return Option.none();
  }

  /**
   * Returns what the customer does here.
   *
   * @return the customer's actions
   */
  @Value.Default
  default Seq<String> customerActions() {
    return List.empty();
  }

  /**
   * Returns what the customer thinks and feels here.
   *
   * @return the thoughts and feelings
   */
  @Value.Default
  default Seq<String> thoughtsAndFeelings() {
    return List.empty();
  }

  /**
   * Returns the customer's emotion here, from {@value #MIN_EMOTION} (the worst) to {@value
   * #MAX_EMOTION} (the best): a point of the emotion curve across the stages.
   *
   * @return the emotion score, if measured
   */
  @Value.Default
  default Option<Integer> emotion() {
    return Option.none();
  }

  /**
   * Returns the pain points and obstacles the customer meets here.
   *
   * @return the pain points
   */
  @Value.Default
  default Seq<String> painPoints() {
    return List.empty();
  }

  /**
   * Returns what we need to change here, and how and why.
   *
   * @return the changes
   */
  @Value.Default
  default Seq<Change> changes() {
    return List.empty();
  }

  /**
   * Returns the service-blueprint layers behind this step: people, policies, technology, processes.
   *
   * @return what each layer contributes, by layer
   */
  @Value.Default
  default Map<BlueprintLayer, Seq<String>> blueprint() {
    return LinkedHashMap.empty();
  }

  /**
   * Creates a touchpoint with a channel and the stages it sits at.
   *
   * @param id the touchpoint's lowercase id
   * @param name the touchpoint's name
   * @param channel its channel
   * @param stages the ids of the stages it sits at
   * @return the touchpoint
   */
  static Touchpoint of(String id, String name, Channel channel, String... stages) {
    return builder().id(id).name(name).channel(channel).stages(List.of(stages)).build();
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
   * Builds a {@link Touchpoint}; {@code id}, {@code name}, {@code channel} and {@code stages} are
   * required.
   *
   * @since 0.1
   */
  final class Builder extends ImmutableTouchpoint.Builder {
    Builder() {}
  }
}
