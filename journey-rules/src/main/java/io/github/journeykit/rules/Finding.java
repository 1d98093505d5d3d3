package io.github.journeykit.rules;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One gap the {@link GapAnalysis} found in a journey: where customers will be lost.
 *
 * @param severity how bad it is
 * @param kind what kind of gap it is, for programs
 * @param subject the stage, rule, message, gate or role it concerns, e.g. {@code stage 'informed'}
 * @param message a sentence a marketer understands
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Finding(Severity severity, Kind kind, String subject, String message) {

  /**
   * How bad a gap is.
   *
   * @since 0.1
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public enum Severity {
    /** Customers will certainly be lost or stuck here. */
    ERROR,
    /** Customers may be lost here: something is not planned. */
    WARNING;

    /**
     * Returns the lowercase id used in reports.
     *
     * @return {@code error} or {@code warning}
     */
    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * The kinds of gap the analysis looks for [003, 000].
   *
   * @since 0.1
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public enum Kind {
    /** A stage with no planned response to one of the three outcomes. */
    UNPLANNED_OUTCOME,
    /** A stage with no touchpoint. */
    NO_TOUCHPOINT,
    /** A stage with no message. */
    NO_MESSAGE,
    /** A message missing one or more of its five Ws. */
    INCOMPLETE_MESSAGE,
    /** A stage no customer can reach from the first stage. */
    UNREACHABLE_STAGE,
    /** A stage, not final, that no customer can leave. */
    DEAD_END,
    /** A rule that never takes effect because another rule always fires first. */
    SHADOWED_RULE,
    /** A gate no customer can pass. */
    IMPASSABLE_GATE,
    /** A buying-centre role that no message addresses. */
    UNADDRESSED_ROLE,
    /**
     * A message that reaches its persona, or a persona of its role, by a channel the persona does
     * not prefer [004].
     */
    OFF_PREFERRED_CHANNEL,
    /** A message that no rule sends and no stage sends on entry: it never goes out. */
    UNSENT_MESSAGE,
    /**
     * A variative step with one branch: a rule answers the customer's opening a letter, or ignoring
     * it, but nothing answers the other; each step needs both [003].
     */
    ONE_BRANCH,
    /**
     * A variative step with more than two branches: the more variants, the longer the buying cycle
     * and the more chaos [003].
     */
    TOO_MANY_BRANCHES,
    /** A newer version of a journey that has no migration from an older one. */
    NO_MIGRATION,
    /**
     * A stage of an older version that the newer one does not have and no migration maps: its
     * customers cannot be carried over.
     */
    UNMAPPED_STAGE,
    /**
     * A criterion, fact or message of an older version that the newer one does not have and no
     * migration names, or a fact whose kind changed: carried customers lose it without a word.
     */
    UNMAPPED_ID
  }

  /**
   * Creates a finding.
   *
   * @param severity how bad it is
   * @param kind what kind of gap
   * @param subject what it concerns
   * @param message the sentence
   */
  public Finding {
    Objects.requireNonNull(severity, "severity is null");
    Objects.requireNonNull(kind, "kind is null");
    Objects.requireNonNull(subject, "subject is null");
    Objects.requireNonNull(message, "message is null");
  }

  /**
   * Returns the finding as one line: severity, subject, message.
   *
   * @return e.g. {@code warning stage 'informed': no touchpoint: ...}
   */
  @Override
  public String toString() {
    return severity.id() + " " + subject + ": " + message;
  }
}
