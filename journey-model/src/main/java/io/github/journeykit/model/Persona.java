package io.github.journeykit.model;

import static org.apiguardian.api.API.Status.STABLE;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * An imagined, typical customer whose journey a map follows [003, 004].
 *
 * <p>A map follows one persona, or one or two of the most common ones: merging many personas into
 * one map makes it wrong. For B2B journeys a persona also stands for a member of the buying centre,
 * with a {@link #buyingCentreRole() role}, a {@link #relativeImportance() relative importance} from
 * 0 to 1 and the {@link #agreement() criterion} that records their agreement. Research answers
 * ({@link QuestionnaireResponse}) may back the persona.
 *
 * <pre>{@code
 * Persona buyer = Persona.builder()
 *     .id("procurement-lead")
 *     .name("Olga, procurement lead")
 *     .goals(List.of("Cut supplier costs by 10 %"))
 *     .painPointsAndFears(List.of("A new supplier who delivers late"))
 *     .preferredChannels(List.of(Channel.EMAIL, Channel.PERSONAL_MEETING))
 *     .buyingCentreRole(Option.of(BuyingCentreRole.DECISION_MAKER))
 *     .relativeImportance(Option.of(0.6))
 *     .agreement(Option.of("procurement-agrees"))
 *     .build();
 * }</pre>
 *
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
public interface Persona {

  /**
   * Returns the persona's lowercase id, unique within its journey; messages address it by this id.
   *
   * @return the id
   */
  String id();

  /**
   * Returns the persona's name.
   *
   * @return the name
   */
  String name();

  /**
   * Returns demographic traits: age, gender, income, place, family.
   *
   * @return the demographic traits
   */
  @Value.Default
  default Seq<String> demographics() {
    return List.empty();
  }

  /**
   * Returns psychographic traits: values, interests, lifestyle, attitudes.
   *
   * @return the psychographic traits
   */
  @Value.Default
  default Seq<String> psychographics() {
    return List.empty();
  }

  /**
   * Returns the persona's goals: what problem they are trying to solve.
   *
   * @return the goals
   */
  @Value.Default
  default Seq<String> goals() {
    return List.empty();
  }

  /**
   * Returns the persona's needs.
   *
   * @return the needs
   */
  @Value.Default
  default Seq<String> needs() {
    return List.empty();
  }

  /**
   * Returns the persona's pain points and fears, e.g. poor quality, late delivery, a new supplier.
   *
   * @return the pain points and fears
   */
  @Value.Default
  default Seq<String> painPointsAndFears() {
    return List.empty();
  }

  /**
   * Returns the rational motives of the persona's choice: price, delivery time, options.
   *
   * @return the rational motives
   */
  @Value.Default
  default Seq<String> rationalMotives() {
    return List.empty();
  }

  /**
   * Returns the irrational motives of the persona's choice: trust, status, sympathy.
   *
   * @return the irrational motives
   */
  @Value.Default
  default Seq<String> irrationalMotives() {
    return List.empty();
  }

  /**
   * Returns the channels through which the persona prefers to be reached, most preferred first.
   *
   * @return the preferred channels
   */
  @Value.Default
  default Seq<Channel> preferredChannels() {
    return List.empty();
  }

  /**
   * Returns the persona's role in a B2B buying centre.
   *
   * @return the role, none for a B2C persona
   */
  @Value.Default
  default Option<BuyingCentreRole> buyingCentreRole() {
    return Option.none();
  }

  /**
   * Returns the persona's weight in the buying centre's decision, from 0 to 1.
   *
   * @return the relative importance, none for a B2C persona
   */
  @Value.Default
  default Option<Double> relativeImportance() {
    return Option.none();
  }

  /**
   * Returns the criterion that records this member's agreement to buy, for a member of a buying
   * centre: a gate that asks whether the buying centre agrees ({@code Condition.buyingCentreAgrees}
   * in journey-rules) weighs each member who agreed by their {@link #relativeImportance()}.
   *
   * @return the criterion's id, none for a B2C persona
   */
  @Value.Default
  default Option<String> agreement() {
    return Option.none();
  }

  /**
   * Returns the research answers behind the persona.
   *
   * @return the questionnaire responses
   */
  @Value.Default
  default Seq<QuestionnaireResponse> research() {
    return List.empty();
  }

  /**
   * Creates a persona with just an id and a name.
   *
   * @param id the persona's lowercase id
   * @param name the persona's name
   * @return the persona
   */
  static Persona of(String id, String name) {
    return builder().id(id).name(name).build();
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
   * Builds a {@link Persona}; {@code id} and {@code name} are required.
   *
   * @since 0.1
   */
  final class Builder extends ImmutablePersona.Builder {
    Builder() {}
  }
}
