package io.github.journeykit.model;

import static org.apiguardian.api.API.Status.STABLE;

import io.vavr.collection.Iterator;
import io.vavr.control.Option;
import org.apiguardian.api.API;

/**
 * The kinds of {@link Event} that happen to a customer, with the lowercase names event logs use.
 *
 * <p>Rules are indexed by event type, so a decision only looks at the rules that can apply to it.
 *
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public enum EventType {
  /** {@link InteractionHappened}: an interaction ended with an outcome. */
  INTERACTION("interaction"),
  /** {@link CriterionMet}: the customer met a qualification criterion. */
  CRITERION("criterion"),
  /** {@link PurchaseMade}: the customer bought. */
  PURCHASE("purchase"),
  /** {@link CustomerRefused}: the customer refused to deal with us. */
  REFUSED("refused"),
  /** {@link CustomerChurned}: the customer bought elsewhere or left us. */
  CHURNED("churned"),
  /** {@link ExperienceReported}: the customer's experience of the product, positive or negative. */
  EXPERIENCE("experience"),
  /** {@link MessageSent}: a message went out to the customer. */
  MESSAGE_SENT("message_sent"),
  /** {@link MessageOpened}: the customer opened a message. */
  MESSAGE_OPENED("message_opened"),
  /** {@link MessageIgnored}: the customer ignored a message. */
  MESSAGE_IGNORED("message_ignored"),
  /** {@link ReviewLeft}: the customer left a review. */
  REVIEW("review"),
  /** {@link ReferralMade}: a referral, by or of the customer. */
  REFERRAL("referral"),
  /** {@link TimePassed}: time went by with nothing else happening. */
  TIME_PASSED("time_passed");

  private static final EventType[] VALUES = values();

  private final String id;

  EventType(String id) {
    this.id = id;
  }

  /**
   * Returns the lowercase name used in event logs.
   *
   * @return the id, e.g. {@code message_opened}
   */
  public String id() {
    return id;
  }

  /**
   * Finds the event type with the given name.
   *
   * @param id a lowercase name such as {@code purchase}
   * @return the event type, or none when the name names none
   */
  public static Option<EventType> ofId(String id) {
    return Iterator.of(VALUES).find(type -> type.id.equals(id));
  }
}
