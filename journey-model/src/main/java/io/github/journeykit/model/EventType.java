package io.github.journeykit.model;

import static org.apiguardian.api.API.Status.STABLE;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.Instant;
import java.util.Objects;
import java.util.function.BiFunction;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A kind of {@link Event} a journey declares: what can happen to its customers, with the data each
 * happening carries.
 *
 * <p>An event type has an id (the name event logs use), a description, and named, typed {@link
 * Attribute}s, each required or optional. A journey lists the event types it knows ({@link
 * Journey.Builder#event(EventType)}); its rules react to them and its event logs are checked
 * against them. The standard vocabulary of the source articles is a set of ready declarations
 * (constants here, {@link #standard()}), each with a short Java event type of its own ({@link
 * InteractionHappened}, {@link PurchaseMade}, …); a journey of a CRM team declares its own:
 *
 * <pre>{@code
 * EventType login = EventType.of("login", "The customer logged in");
 * EventType payment = EventType.of("payment", "A payment was received",
 *     Attribute.amount("amount").required(), Attribute.choice("plan", "basic", "pro"));
 * Event paid = Event.of(payment, Instant.parse("2026-03-01T09:00:00Z"), "amount", new BigDecimal("12.50"));
 * }</pre>
 *
 * <p>Two event types are equal when their ids, descriptions and attributes are. The {@code detail}
 * column of an event log fills an event's first attribute ({@link #detailAttribute()}), so that a
 * log with many event types can carry the main datum of each in one column.
 *
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public final class EventType {

  /** {@link InteractionHappened}: an interaction ended with an outcome (yes, no, don't know). */
  public static final EventType INTERACTION =
      standard(
          "interaction",
          "An interaction with the customer ended with an outcome",
          (values, at) -> new InteractionHappened(Outcome.ofId(text(values, "outcome")).get(), at),
          Attribute.choice("outcome", "yes", "no", "dont_know")
              .required()
              .describedAs("How the interaction ended"));

  /** {@link CriterionMet}: the customer met a qualification criterion. */
  public static final EventType CRITERION =
      standard(
          "criterion",
          "The customer met a qualification criterion",
          (values, at) -> new CriterionMet(text(values, "criterion"), at),
          Attribute.text("criterion").required().describedAs("The id of the criterion met"));

  /** {@link PurchaseMade}: the customer bought, possibly a named product for an amount. */
  public static final EventType PURCHASE =
      standard(
          "purchase",
          "The customer bought",
          (values, at) ->
              new PurchaseMade(
                  values.get("product").map(String.class::cast),
                  values.get("amount").map(java.math.BigDecimal.class::cast),
                  at),
          Attribute.text("product").describedAs("The id of the product bought"),
          Attribute.amount("amount").describedAs("What the customer paid"));

  /** {@link CustomerRefused}: the customer refused to deal with us. */
  public static final EventType REFUSED =
      standard(
          "refused",
          "The customer refused to deal with us",
          (values, at) ->
              new CustomerRefused(
                  values.get("reason").map(r -> CustomerRefused.Reason.ofId((String) r).get()), at),
          Attribute.choice("reason", "not_target", "on_principle")
              .describedAs("Not a target customer, or refuses to deal with us on principle"));

  /** {@link CustomerChurned}: the customer bought elsewhere or left us. */
  public static final EventType CHURNED =
      standard(
          "churned",
          "The customer bought elsewhere or left us after buying",
          (values, at) ->
              new CustomerChurned(
                  values.get("reason").map(r -> CustomerChurned.Reason.ofId((String) r).get()), at),
          Attribute.choice("reason", "bought_elsewhere", "left")
              .describedAs("Bought elsewhere, or left us after buying"));

  /** {@link ExperienceReported}: the customer's experience of the product. */
  public static final EventType EXPERIENCE =
      standard(
          "experience",
          "The customer's experience of the product, positive or negative",
          (values, at) ->
              new ExperienceReported(
                  ExperienceReported.Experience.ofId(text(values, "experience")).get(), at),
          Attribute.choice("experience", "positive", "negative").required());

  /** {@link MessageSent}: a message went out to the customer. */
  public static final EventType MESSAGE_SENT =
      standard(
          "message_sent",
          "A message went out to the customer",
          (values, at) -> new MessageSent(text(values, "message"), at),
          messageAttribute());

  /** {@link MessageOpened}: the customer opened a message. */
  public static final EventType MESSAGE_OPENED =
      standard(
          "message_opened",
          "The customer opened a message",
          (values, at) -> new MessageOpened(text(values, "message"), at),
          messageAttribute());

  /** {@link MessageIgnored}: the customer ignored a message. */
  public static final EventType MESSAGE_IGNORED =
      standard(
          "message_ignored",
          "The customer ignored a message",
          (values, at) -> new MessageIgnored(text(values, "message"), at),
          messageAttribute());

  /** {@link ReviewLeft}: the customer left a review. */
  public static final EventType REVIEW =
      standard("review", "The customer left a review", (values, at) -> new ReviewLeft(at));

  /** {@link ReferralMade}: a referral, naming who referred whom. */
  public static final EventType REFERRAL =
      standard(
          "referral",
          "A referral: an advocate brought a new customer",
          (values, at) ->
              new ReferralMade(
                  values.get("referrer").map(String.class::cast),
                  values.get("referred").map(String.class::cast),
                  at),
          Attribute.customer("referrer").describedAs("The customer who made the referral"),
          Attribute.customer("referred").describedAs("The new customer they brought"));

  /** {@link TimePassed}: time went by with nothing else happening. */
  public static final EventType TIME_PASSED =
      standard(
          "time_passed",
          "Time went by with nothing else happening",
          (values, at) -> new TimePassed(at));

  private static final List<EventType> STANDARD =
      List.of(
          INTERACTION,
          CRITERION,
          PURCHASE,
          REFUSED,
          CHURNED,
          EXPERIENCE,
          MESSAGE_SENT,
          MESSAGE_OPENED,
          MESSAGE_IGNORED,
          REVIEW,
          REFERRAL,
          TIME_PASSED);

  private final String id;
  private final String description;
  private final Seq<Attribute> attributes;
  private final @Nullable BiFunction<Map<String, Object>, Instant, Event> standardMaker;

  private EventType(
      String id,
      String description,
      Seq<Attribute> attributes,
      @Nullable BiFunction<Map<String, Object>, Instant, Event> standardMaker) {
    this.id = id;
    this.description = description;
    this.attributes = attributes;
    this.standardMaker = standardMaker;
  }

  private static EventType standard(
      String id,
      String description,
      BiFunction<Map<String, Object>, Instant, Event> maker,
      Attribute... attributes) {
    return new EventType(id, description, List.of(attributes), maker);
  }

  private static Attribute messageAttribute() {
    return Attribute.text("message").required().describedAs("The id of the message");
  }

  private static String text(Map<String, Object> values, String name) {
    return (String) values.get(name).get();
  }

  /**
   * Declares an event type. The declaration is checked when a journey that lists it is built: a
   * lowercase id, unique attribute names, choices for a choice.
   *
   * @param id the event type's lowercase id, e.g. {@code login}
   * @param description what happened, for people
   * @param attributes the data its events carry
   * @return the event type
   */
  public static EventType of(String id, String description, Attribute... attributes) {
    Objects.requireNonNull(id, "id is null");
    Objects.requireNonNull(description, "description is null");
    for (Attribute attribute : attributes) {
      Objects.requireNonNull(attribute, "attribute is null");
    }
    return new EventType(id, description, List.of(attributes), null);
  }

  /**
   * Returns the standard vocabulary of the source articles, in the order of their constants.
   *
   * @return the twelve standard event types
   */
  public static Seq<EventType> standard() {
    return STANDARD;
  }

  /**
   * Finds a standard event type by id.
   *
   * @param id a lowercase name such as {@code purchase}
   * @return the standard event type, or none
   */
  public static Option<EventType> standard(String id) {
    return STANDARD.find(type -> type.id.equals(id));
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
   * Returns what happened, for people.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * Returns the attributes, in declaration order.
   *
   * @return the attributes
   */
  public Seq<Attribute> attributes() {
    return attributes;
  }

  /**
   * Finds an attribute by name.
   *
   * @param name the attribute's name
   * @return the attribute, or none
   */
  public Option<Attribute> attribute(String name) {
    return attributes.find(attribute -> attribute.name().equals(name));
  }

  /**
   * Returns the attribute an event log's {@code detail} column fills: the first one declared.
   *
   * @return the attribute, or none when the type has none
   */
  public Option<Attribute> detailAttribute() {
    return attributes.headOption();
  }

  /**
   * Tells whether this is one of the {@link #standard()} declarations.
   *
   * @return true for the standard vocabulary
   */
  public boolean isStandard() {
    return standardMaker != null;
  }

  /**
   * Makes an event of this type from values given in Java, checking each against its attribute.
   *
   * <p>For a standard type without a touchpoint or channel the event is its short Java type ({@link
   * InteractionHappened}, {@link PurchaseMade}, …); otherwise it is a {@link DeclaredEvent}.
   *
   * @param at when it happened
   * @param values the attribute values by name
   * @param touchpoint the id of the touchpoint where it happened, if known
   * @param channel the id of the channel through which it happened, if known
   * @return the event, or every problem: an unknown or missing attribute, a value of the wrong kind
   */
  public Validation<Seq<Problem>, Event> event(
      Instant at, Map<String, ?> values, Option<String> touchpoint, Option<String> channel) {
    Objects.requireNonNull(at, "at is null");
    Objects.requireNonNull(values, "values is null");
    Objects.requireNonNull(touchpoint, "touchpoint is null");
    Objects.requireNonNull(channel, "channel is null");
    List<Problem> problems = List.empty();
    LinkedHashMap<String, Object> canonical = LinkedHashMap.empty();
    for (var entry : values) {
      Option<Attribute> attribute = attribute(entry._1);
      if (attribute.isEmpty()) {
        problems =
            problems.prepend(
                new Problem(
                    Problem.Kind.UNKNOWN_ATTRIBUTE,
                    where(entry._1),
                    "the event type declares no such attribute"
                        + Problem.didYouMean(entry._1, attributes.map(Attribute::name))
                        + "; "
                        + known()));
        continue;
      }
      Validation<String, Object> value = attribute.get().accept(entry._2);
      if (value.isValid()) {
        canonical = canonical.put(entry._1, value.get());
      } else {
        problems =
            problems.prepend(
                new Problem(Problem.Kind.BAD_ATTRIBUTE, where(entry._1), value.getError()));
      }
    }
    for (Attribute attribute : attributes) {
      if (attribute.isRequired() && !values.containsKey(attribute.name())) {
        problems =
            problems.prepend(
                new Problem(
                    Problem.Kind.MISSING_ATTRIBUTE,
                    where(attribute.name()),
                    "missing, but required: " + attribute.expected()));
      }
    }
    if (!problems.isEmpty()) {
      return Validation.invalid(problems.reverse());
    }
    // Order the values as the attributes are declared, so that equal events are equal.
    LinkedHashMap<String, Object> ordered = LinkedHashMap.empty();
    for (Attribute attribute : attributes) {
      Option<Object> value = canonical.get(attribute.name());
      if (value.isDefined()) {
        ordered = ordered.put(attribute.name(), value.get());
      }
    }
    if (standardMaker != null && touchpoint.isEmpty() && channel.isEmpty()) {
      return Validation.valid(standardMaker.apply(ordered, at));
    }
    return Validation.valid(new DeclaredEvent(this, at, ordered, touchpoint, channel));
  }

  /**
   * Makes an event of this type from values given in Java, with no touchpoint or channel.
   *
   * @param at when it happened
   * @param values the attribute values by name
   * @return the event, or every problem
   */
  public Validation<Seq<Problem>, Event> event(Instant at, Map<String, ?> values) {
    return event(at, values, Option.none(), Option.none());
  }

  /**
   * Makes an event of this type from attribute values written as text, as an event log or a form
   * gives them: each text is read by its attribute's kind ({@link Attribute#parse(String)}).
   *
   * <pre>{@code
   * payment.parse(at, LinkedHashMap.of("amount", "12.50"), Option.none(), Option.none());  // valid
   * payment.parse(at, LinkedHashMap.of("amount", "12,50"), Option.none(), Option.none());
   * // invalid: event 'payment', attribute 'amount': '12,50' is not a decimal amount such as 12.50
   * }</pre>
   *
   * @param at when it happened
   * @param texts the attribute values as text, by name; an empty text means the value is absent
   * @param touchpoint the id of the touchpoint where it happened, if known
   * @param channel the id of the channel through which it happened, if known
   * @return the event, or every problem
   */
  public Validation<Seq<Problem>, Event> parse(
      Instant at, Map<String, String> texts, Option<String> touchpoint, Option<String> channel) {
    Objects.requireNonNull(texts, "texts is null");
    List<Problem> problems = List.empty();
    LinkedHashMap<String, Object> values = LinkedHashMap.empty();
    for (var entry : texts) {
      String text = entry._2.strip();
      if (text.isEmpty()) {
        continue;
      }
      Option<Attribute> attribute = attribute(entry._1);
      if (attribute.isEmpty()) {
        values = values.put(entry._1, text); // reported as unknown below
        continue;
      }
      Validation<String, Object> value = attribute.get().parse(text);
      if (value.isValid()) {
        values = values.put(entry._1, value.get());
      } else {
        problems =
            problems.prepend(
                new Problem(Problem.Kind.BAD_ATTRIBUTE, where(entry._1), value.getError()));
      }
    }
    Validation<Seq<Problem>, Event> event = event(at, values, touchpoint, channel);
    if (problems.isEmpty()) {
      return event;
    }
    // A value that could not be read is not missing as well.
    Seq<Problem> all = problems.reverse();
    return Validation.invalid(
        event.isInvalid()
            ? all.appendAll(
                event
                    .getError()
                    .filter(
                        p ->
                            p.kind() != Problem.Kind.MISSING_ATTRIBUTE
                                || all.forAll(bad -> !bad.where().equals(p.where()))))
            : all);
  }

  /**
   * Makes an event of this type from the two columns of a simple event log: its {@code detail}
   * fills the first attribute ({@link #detailAttribute()}).
   *
   * <pre>{@code
   * EventType.INTERACTION.fromDetail("yes", now);   // valid: InteractionHappened(YES, now)
   * EventType.INTERACTION.fromDetail("maybe", now); // invalid: 'maybe' is not one of yes, no, dont_know
   * }</pre>
   *
   * @param detail the detail as text; empty when the log gives none
   * @param at when it happened
   * @return the event, or every problem with it
   */
  public Validation<Seq<Problem>, Event> fromDetail(String detail, Instant at) {
    Objects.requireNonNull(detail, "detail is null");
    Map<String, String> texts =
        detailAttribute().isEmpty() || detail.isBlank()
            ? LinkedHashMap.empty()
            : LinkedHashMap.of(detailAttribute().get().name(), detail);
    return parse(at, texts, Option.none(), Option.none());
  }

  private String where(String attribute) {
    return "event '" + id + "', attribute '" + attribute + "'";
  }

  private String known() {
    return attributes.isEmpty()
        ? "it has no attributes"
        : "its attributes: " + attributes.map(Attribute::toString).mkString(", ");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EventType that
        && id.equals(that.id)
        && description.equals(that.description)
        && attributes.equals(that.attributes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, description, attributes);
  }

  /**
   * Returns the event type's id.
   *
   * @return the id, e.g. {@code purchase}
   */
  @Override
  public String toString() {
    return id;
  }
}
