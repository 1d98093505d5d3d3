package io.github.journeykit.jdbc;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.journeykit.model.Message;
import io.github.journeykit.rules.MessageToSend;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A message waiting in the {@link Outbox}: a {@link MessageToSend} with the id of its row, by which
 * the CRM's sender marks it sent and can recognise it if it ever sees it twice.
 *
 * @param id the row's id, unique in the outbox
 * @param customer the customer's id
 * @param message the message, with its five Ws
 * @param sendAt when to send it
 * @param rule the rule that sent it, or what the stage's entry was for
 * @since 0.2
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record OutboxMessage(
    long id, String customer, Message message, Instant sendAt, String rule) {

  /**
   * Creates a waiting message.
   *
   * @param id the row's id
   * @param customer the customer's id
   * @param message the message
   * @param sendAt when to send it
   * @param rule the rule that sent it
   */
  public OutboxMessage {
    Objects.requireNonNull(customer, "customer is null");
    Objects.requireNonNull(message, "message is null");
    Objects.requireNonNull(sendAt, "sendAt is null");
    Objects.requireNonNull(rule, "rule is null");
  }

  /**
   * Returns the message as the engine decided it, without the row's id.
   *
   * @return the message to send
   */
  public MessageToSend toSend() {
    return new MessageToSend(customer, message, sendAt, rule);
  }
}
