package io.github.journeykit.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A named number of a journey: a duration, a count, a threshold or a weight its rules and messages
 * use, with what it tunes and where it comes from, so that a reader of the map sees which numbers
 * the source gives and which are defaults to tune.
 *
 * <p>A number comes either from the {@link Source source} the journey follows (the article's tag,
 * such as {@code [000]}, and its own words: "loyal: bought 2 or more times"), or it is an {@link
 * Assumption assumption}, with the reason: what the source says instead ("the reminder is used
 * systematically", with no interval). The value is kept as it was written ({@code 2}, {@code 0.7},
 * {@code P30D}, {@code 09:30}) and is {@linkplain #kind() of one kind}: a number, a duration or a
 * time of day.
 *
 * <p>In a definition file a parameter is declared under the journey's {@code parameters} and named
 * with a {@code $} wherever a number, a duration or a time of day is expected ({@code inactiveFor:
 * $quiet-regular}); the reader puts its value there and records {@linkplain #usedAt() where} it
 * did, so that a playbook written back names it in the same places. In the model the rules and
 * messages hold the values themselves: a parameter documents them, and {@link
 * Journey.Builder#build()} checks its id, its value and that it says where it comes from.
 *
 * <pre>{@code
 * Parameter quiet = Parameter.assumption(
 *     "quiet-regular", "P30D",
 *     "How long a regular may stay quiet before the repeat-purchase reminder",
 *     "the article says the reminder is used systematically and gives no interval");
 * quiet.valueInWords();   // "30 days"
 * Parameter loyal = Parameter.fromSource(
 *     "loyal-purchases", "2", "Purchases that make a customer loyal", "[000]");
 * }</pre>
 *
 * @since 0.2
 */
@API(status = EXPERIMENTAL, since = "0.2")
@Value.Immutable
public interface Parameter {

  /**
   * The kinds of value a parameter holds: what may stand where it is named.
   *
   * @since 0.2
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  enum Kind {
    /** A number, whole or decimal, such as 2 or 0.7. */
    NUMBER("a number"),
    /** An ISO-8601 duration such as {@code P30D} (30 days) or {@code PT2H} (2 hours). */
    DURATION("a duration"),
    /** A time of day such as {@code 09:30}. */
    TIME_OF_DAY("a time of day");

    private final String words;

    Kind(String words) {
      this.words = words;
    }

    /**
     * Says the kind in words, for messages.
     *
     * @return e.g. "a duration"
     */
    public String words() {
      return words;
    }
  }

  /**
   * Where a parameter's value comes from: the {@link Source source} the journey follows, or an
   * {@link Assumption assumption} of whoever wrote the journey.
   *
   * @since 0.2
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  sealed interface Origin permits Source, Assumption {

    /**
     * Says where the value comes from, for the map.
     *
     * @return e.g. {@code from the article [000]: "bought 2 or more times"}, or {@code assumption:
     *     the article gives no interval}
     */
    String inWords();

    /**
     * Says where the value comes from in short, for a diagram: without the source's words or the
     * reason.
     *
     * @return e.g. {@code from the article [000]}, or {@code assumption}
     */
    String inShort();
  }

  /**
   * A value the source gives: the article's tag, and its own words if quoted.
   *
   * @param citation the article's tag in brackets, e.g. {@code [000]} or {@code [003, part 4]}, or
   *     the name of another source, e.g. "Price list 2026"
   * @param quote the article's own words that give the value, if quoted
   * @since 0.2
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  record Source(String citation, Option<String> quote) implements Origin {

    /**
     * Creates a source; {@link Journey.Builder#build()} checks that the texts are not blank.
     *
     * @param citation the article's tag in brackets
     * @param quote the article's own words, if quoted
     */
    public Source {
      Objects.requireNonNull(citation, "citation is null");
      Objects.requireNonNull(quote, "quote is null");
    }

    /**
     * Says where the value comes from: an article cited by its tag, or another source by its name.
     *
     * @return e.g. {@code from the article [000]: "bought 2 or more times"}, or {@code from Price
     *     list 2026}
     */
    @Override
    public String inWords() {
      return inShort() + quote.map(words -> ": \"" + words + "\"").getOrElse("");
    }

    @Override
    public String inShort() {
      return (citation.startsWith("[") ? "from the article " : "from ") + citation;
    }
  }

  /**
   * A value the source does not give: a default to tune, with the reason it is an assumption.
   *
   * @param reason what the source says instead, e.g. "the article says 'systematically' and gives
   *     no interval"
   * @since 0.2
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  record Assumption(String reason) implements Origin {

    /**
     * Creates an assumption; {@link Journey.Builder#build()} checks that the reason is not blank.
     *
     * @param reason what the source says instead
     */
    public Assumption {
      Objects.requireNonNull(reason, "reason is null");
    }

    @Override
    public String inWords() {
      return inShort() + ": " + reason;
    }

    @Override
    public String inShort() {
      return "assumption";
    }
  }

  /**
   * Returns the parameter's lowercase id, unique within its journey: the name a definition gives it
   * with a {@code $}, e.g. {@code quiet-regular} for {@code $quiet-regular}.
   *
   * @return the id
   */
  String id();

  /**
   * Returns the value as it was written: {@code 2}, {@code 0.7}, {@code P30D}, {@code 09:30}.
   *
   * @return the value's text
   */
  String value();

  /**
   * Returns what the parameter tunes, in the words of the business.
   *
   * @return e.g. "How long a regular may stay quiet before the repeat-purchase reminder"
   */
  String description();

  /**
   * Returns where the value comes from: the source, or an assumption.
   *
   * @return the origin
   */
  Origin origin();

  /**
   * Returns where the journey's definition names the parameter, as paths into the definition such
   * as {@code rules[9].when.inactiveFor} or {@code journey.messages[3].when.delay}: recorded when a
   * definition is read, and where a definition written from the playbook names it again.
   *
   * @return the paths, in the order the reader found them; empty unless set
   */
  @Value.Default
  default Seq<String> usedAt() {
    return List.empty();
  }

  /**
   * Returns the value's kind.
   *
   * @return the kind, or none when the value is neither a number, a duration nor a time of day
   *     (which {@link Journey.Builder#build()} reports)
   */
  default Option<Kind> kind() {
    return kindOf(value());
  }

  /**
   * Tells the kind of a value as written.
   *
   * @param value a value as written, e.g. {@code P30D}
   * @return the kind, or none when the value is neither a number, a duration nor a time of day
   */
  static Option<Kind> kindOf(String value) {
    Objects.requireNonNull(value, "value is null");
    if (Try.of(() -> new BigDecimal(value)).isSuccess()) {
      return Option.of(Kind.NUMBER);
    }
    if (Try.of(() -> Duration.parse(value)).isSuccess()) {
      return Option.of(Kind.DURATION);
    }
    return Try.of(() -> LocalTime.parse(value)).isSuccess()
        ? Option.of(Kind.TIME_OF_DAY)
        : Option.none();
  }

  /**
   * Returns the value as a number.
   *
   * @return the number exactly as written ({@code 0.70} stays 0.70), or none when it is not one
   */
  default Option<BigDecimal> number() {
    return Try.of(() -> new BigDecimal(value())).toOption();
  }

  /**
   * Returns the value as a duration.
   *
   * @return the duration, or none when it is not one
   */
  default Option<Duration> duration() {
    return Try.of(() -> Duration.parse(value())).toOption();
  }

  /**
   * Returns the value as a time of day.
   *
   * @return the time, or none when it is not one
   */
  default Option<LocalTime> timeOfDay() {
    return Try.of(() -> LocalTime.parse(value())).toOption();
  }

  /**
   * Says the value in words, for the map.
   *
   * @return e.g. "30 days", "2 hours", "0.7", "09:30 UTC"; the value as written when it is of no
   *     kind
   */
  default String valueInWords() {
    return duration()
        .map(Durations::words)
        .orElse(() -> timeOfDay().map(time -> time + " UTC"))
        .getOrElse(value());
  }

  /**
   * Tells whether the value is an assumption rather than the source's.
   *
   * @return true for an assumption
   */
  default boolean isAssumption() {
    return origin() instanceof Assumption;
  }

  /**
   * Creates a parameter whose value the source gives.
   *
   * @param id the parameter's lowercase id
   * @param value the value as written, e.g. {@code 2}
   * @param description what it tunes
   * @param citation the article's tag, e.g. {@code [000]}
   * @return the parameter
   */
  static Parameter fromSource(String id, String value, String description, String citation) {
    return builder()
        .id(id)
        .value(value)
        .description(description)
        .origin(new Source(citation, Option.none()))
        .build();
  }

  /**
   * Creates a parameter whose value is an assumption.
   *
   * @param id the parameter's lowercase id
   * @param value the value as written, e.g. {@code P30D}
   * @param description what it tunes
   * @param reason why it is an assumption: what the source says instead
   * @return the parameter
   */
  static Parameter assumption(String id, String value, String description, String reason) {
    return builder()
        .id(id)
        .value(value)
        .description(description)
        .origin(new Assumption(reason))
        .build();
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
   * Builds a {@link Parameter}; {@code id}, {@code value}, {@code description} and {@code origin}
   * are required.
   *
   * @since 0.2
   */
  final class Builder extends ImmutableParameter.Builder {
    Builder() {}
  }
}
