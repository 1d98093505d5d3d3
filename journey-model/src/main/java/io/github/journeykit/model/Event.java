package io.github.journeykit.model;

import static org.apiguardian.api.API.Status.STABLE;

import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.Instant;
import java.util.Objects;
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
   * Returns the event's detail as an event log writes it: the outcome, the criterion, the message
   * id.
   *
   * @return the detail, none for events that have none
   */
  Option<String> detail();

  /**
   * Returns the same event happening at another instant.
   *
   * @param instant the other instant
   * @return an event equal to this one but for its instant
   */
  Event happenedAt(Instant instant);

  /**
   * Makes an event from the two columns of an event log: its type and its detail. The inverse of
   * {@link #type()} and {@link #detail()}.
   *
   * <pre>{@code
   * Event.of(EventType.INTERACTION, Option.of("yes"), now);   // valid: InteractionHappened(YES, now)
   * Event.of(EventType.INTERACTION, Option.of("maybe"), now); // invalid: "bad detail 'maybe' for ..."
   * }</pre>
   *
   * @param type the event type
   * @param detail the detail: required for interactions (an outcome), criteria, experiences ({@code
   *     positive} or {@code negative}) and messages; optional for purchases (the product); ignored
   *     by the other types
   * @param at when it happened
   * @return the event, or what is wrong with the detail
   */
  static Validation<String, Event> of(EventType type, Option<String> detail, Instant at) {
    Objects.requireNonNull(type, "type is null");
    Objects.requireNonNull(detail, "detail is null");
    Objects.requireNonNull(at, "at is null");
    String given = detail.filter(d -> !d.isBlank()).getOrElse("");
    return switch (type) {
      case INTERACTION ->
          Outcome.ofId(given)
              .<Validation<String, Event>>map(
                  outcome -> Validation.valid(new InteractionHappened(outcome, at)))
              .getOrElse(() -> Validation.invalid(badDetail(type, given, "yes, no, dont_know")));
      case EXPERIENCE ->
          given.equals("positive") || given.equals("negative")
              ? Validation.valid(
                  new ExperienceReported(
                      given.equals("positive")
                          ? ExperienceReported.Experience.POSITIVE
                          : ExperienceReported.Experience.NEGATIVE,
                      at))
              : Validation.invalid(badDetail(type, given, "positive, negative"));
      case CRITERION -> required(type, given).map(criterion -> new CriterionMet(criterion, at));
      case MESSAGE_SENT -> required(type, given).map(message -> new MessageSent(message, at));
      case MESSAGE_OPENED -> required(type, given).map(message -> new MessageOpened(message, at));
      case MESSAGE_IGNORED -> required(type, given).map(message -> new MessageIgnored(message, at));
      case PURCHASE ->
          Validation.valid(given.isEmpty() ? PurchaseMade.of(at) : PurchaseMade.of(given, at));
      case REFUSED -> Validation.valid(new CustomerRefused(at));
      case CHURNED -> Validation.valid(new CustomerChurned(at));
      case REVIEW -> Validation.valid(new ReviewLeft(at));
      case REFERRAL -> Validation.valid(new ReferralMade(at));
      case TIME_PASSED -> Validation.valid(new TimePassed(at));
    };
  }

  private static Validation<String, String> required(EventType type, String given) {
    return given.isEmpty()
        ? Validation.invalid(
            "event '"
                + type.id()
                + "' needs a detail: the "
                + (type == EventType.CRITERION ? "criterion" : "message")
                + " id")
        : Validation.valid(given);
  }

  private static String badDetail(EventType type, String given, String accepted) {
    return given.isEmpty()
        ? "event '" + type.id() + "' needs a detail; accepted: " + accepted
        : "bad detail '" + given + "' for event '" + type.id() + "'; accepted: " + accepted;
  }
}
