package io.github.journeykit.model;

import static org.apiguardian.api.API.Status.STABLE;

import io.vavr.control.Option;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One customer's answers to the research questionnaire behind a persona [003].
 *
 * <p>Every answer is optional; the two scores run from {@value #MIN_SCORE} to {@value #MAX_SCORE},
 * and {@link Journey.Builder#build()} reports a score outside that range.
 *
 * <pre>{@code
 * QuestionnaireResponse answers = QuestionnaireResponse.builder()
 *     .howDidYouHearAboutUs(Option.of("A friend recommended you"))
 *     .whatDecidedThePurchase(Option.of("Free delivery"))
 *     .easeOfNavigation(Option.of(7))
 *     .usefulnessOfSupport(Option.of(9))
 *     .build();
 * }</pre>
 *
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
public interface QuestionnaireResponse {

  /** The lowest score of a 1–10 question. */
  int MIN_SCORE = 1;

  /** The highest score of a 1–10 question. */
  int MAX_SCORE = 10;

  /**
   * Returns the answer to "How did you hear about us?".
   *
   * @return the answer, if given
   */
  @Value.Default
  default Option<String> howDidYouHearAboutUs() {
    return Option.none();
  }

  /**
   * Returns the answer to "What first caught your attention?".
   *
   * @return the answer, if given
   */
  @Value.Default
  default Option<String> whatCaughtYourAttention() {
    return Option.none();
  }

  /**
   * Returns the answer to "What goals did you have?".
   *
   * @return the answer, if given
   */
  @Value.Default
  default Option<String> goals() {
    return Option.none();
  }

  /**
   * Returns the answer to "How long did you spend on the site?".
   *
   * @return the answer, if given
   */
  @Value.Default
  default Option<String> timeOnSite() {
    return Option.none();
  }

  /**
   * Returns the answer to "What decided the purchase?".
   *
   * @return the answer, if given
   */
  @Value.Default
  default Option<String> whatDecidedThePurchase() {
    return Option.none();
  }

  /**
   * Returns the answer to "Why did you leave without buying?".
   *
   * @return the answer, if given
   */
  @Value.Default
  default Option<String> whyLeftWithoutBuying() {
    return Option.none();
  }

  /**
   * Returns the score for ease of navigation, 1 to 10.
   *
   * @return the score, if given
   */
  @Value.Default
  default Option<Integer> easeOfNavigation() {
    return Option.none();
  }

  /**
   * Returns the score for the usefulness of support, 1 to 10.
   *
   * @return the score, if given
   */
  @Value.Default
  default Option<Integer> usefulnessOfSupport() {
    return Option.none();
  }

  /**
   * Returns the answer to "What else can we do?".
   *
   * @return the answer, if given
   */
  @Value.Default
  default Option<String> whatElseCanWeDo() {
    return Option.none();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with no answer set
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link QuestionnaireResponse}; every answer is optional.
   *
   * @since 0.1
   */
  final class Builder extends ImmutableQuestionnaireResponse.Builder {
    Builder() {}
  }
}
