package io.github.journeykit.rules;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.journeykit.model.Message;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A 5W message a decision asks the CRM to send: to which customer, which message, at what instant,
 * and because of which rule.
 *
 * <p>The instant is the event's instant plus the message's delay, then, if the message waits for a
 * time of day, the next such time (UTC). The library sends nothing itself: the CRM schedules the
 * message, and reports back with {@code message_sent}, {@code message_opened} or {@code
 * message_ignored} events if its journey cares.
 *
 * @param customer the customer's id
 * @param message the message, with its five Ws
 * @param sendAt when to send it
 * @param rule the name of the rule that asked for it
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public record MessageToSend(String customer, Message message, Instant sendAt, String rule) {

  /**
   * Creates a message to send.
   *
   * @param customer the customer's id
   * @param message the message
   * @param sendAt when to send it
   * @param rule the rule that asked for it
   */
  public MessageToSend {
    Objects.requireNonNull(customer, "customer is null");
    Objects.requireNonNull(message, "message is null");
    Objects.requireNonNull(sendAt, "sendAt is null");
    Objects.requireNonNull(rule, "rule is null");
  }
}
