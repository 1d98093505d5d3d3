package io.github.journeykit.model;

import static org.apiguardian.api.API.Status.STABLE;

import io.vavr.control.Option;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The "who" of a 5W message: to whom it goes, with whom we negotiate [000].
 *
 * <p>An audience is described in words and may point at a {@link Persona} of the journey (checked
 * by {@link Journey.Builder#build()}) and, in B2B, at a {@link BuyingCentreRole}.
 *
 * <pre>{@code
 * Audience decisionMakers = Audience.role(BuyingCentreRole.DECISION_MAKER, "The client's director");
 * }</pre>
 *
 * @param description who the message is for, in words
 * @param persona the id of the persona addressed, if any
 * @param role the buying-centre role addressed, if any
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public record Audience(String description, Option<String> persona, Option<BuyingCentreRole> role) {

  /**
   * Creates an audience.
   *
   * @param description who the message is for
   * @param persona the id of the persona addressed, if any
   * @param role the buying-centre role addressed, if any
   */
  public Audience {
    Objects.requireNonNull(description, "description is null");
    Objects.requireNonNull(persona, "persona is null");
    Objects.requireNonNull(role, "role is null");
  }

  /**
   * Creates an audience described in words only.
   *
   * @param description who the message is for
   * @return the audience
   */
  public static Audience of(String description) {
    return new Audience(description, Option.none(), Option.none());
  }

  /**
   * Creates an audience that is one of the journey's personas.
   *
   * @param personaId the persona's id
   * @param description who the message is for
   * @return the audience
   */
  public static Audience persona(String personaId, String description) {
    return new Audience(description, Option.of(personaId), Option.none());
  }

  /**
   * Creates an audience that is a role in a B2B buying centre.
   *
   * @param role the role addressed
   * @param description who the message is for
   * @return the audience
   */
  public static Audience role(BuyingCentreRole role, String description) {
    return new Audience(description, Option.none(), Option.of(role));
  }
}
