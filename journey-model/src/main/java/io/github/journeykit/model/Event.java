package io.github.journeykit.model;

import static org.apiguardian.api.API.Status.STABLE;

import io.vavr.control.Option;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * Something that happened to a customer, at an instant: a fact in the past tense.
 *
 * <p>Events are data: each carries the instant it happened, so that replaying a customer's events
 * gives the same result whenever it runs. The family is closed; each member is a record:
 *
 * <pre>{@code
 * Instant monday = Instant.parse("2026-03-02T10:00:00Z");
 * List<Event> log = List.of(
 *     new InteractionHappened(Outcome.YES, monday),
 *     new CriterionMet("money", monday.plusSeconds(3600)),
 *     PurchaseMade.of(monday.plusSeconds(7200)));
 * }</pre>
 *
 * <p>{@link #type()} and {@link #detail()} give an event the two-column shape of an event log
 * ({@code event}, {@code detail}).
 *
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public sealed interface Event
    permits InteractionHappened,
        CriterionMet,
        PurchaseMade,
        CustomerRefused,
        CustomerChurned,
        ExperienceReported,
        MessageSent,
        MessageOpened,
        MessageIgnored,
        ReviewLeft,
        ReferralMade,
        TimePassed {

  /**
   * Returns when the event happened.
   *
   * @return the instant
   */
  Instant at();

  /**
   * Returns the kind of the event.
   *
   * @return the event type
   */
  EventType type();

  /**
   * Returns the event's detail as an event log writes it: the outcome, the criterion, the message id.
   *
   * @return the detail, none for events that have none
   */
  Option<String> detail();
}
