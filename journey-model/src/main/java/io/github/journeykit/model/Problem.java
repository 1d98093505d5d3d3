package io.github.journeykit.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One thing wrong with the data of a journey or with the rules written for it, found when it is
 * built: what kind of problem, where it is, and a sentence that says how to fix it.
 *
 * <pre>{@code
 * Journey.builder("shop", "Shop").build().getError()
 * // [journey 'shop': the journey has no stages; add at least one stage]
 * }</pre>
 *
 * @param kind what kind of problem it is, for programs
 * @param where the place in the journey, e.g. {@code transition #2 (informed -> buyer)}
 * @param message what is wrong and how to fix it, for people
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public record Problem(Kind kind, String where, String message) {

  /**
   * The kinds of problem found in a journey's data, or in the rules written for it.
   *
   * @since 0.1
   */
  @API(status = STABLE, since = "0.1")
  public enum Kind {
    /** The journey has no stages. */
    EMPTY_JOURNEY,
    /** A name or another required text is blank. */
    BLANK_NAME,
    /** An id is not a lowercase id. */
    INVALID_ID,
    /** Two stages, touchpoints, messages, personas or criteria share an id. */
    DUPLICATE_ID,
    /** A transition, touchpoint or message refers to a stage the journey does not have. */
    UNKNOWN_STAGE,
    /** A touchpoint is placed at no stage at all. */
    NO_STAGE,
    /** A message is addressed to a persona the journey does not define. */
    UNKNOWN_PERSONA,
    /** A transition's kind disagrees with the order of its stages. */
    TRANSITION_AGAINST_ORDER,
    /** A number is outside its range: an emotion, a score, an importance, a delay. */
    OUT_OF_RANGE,
    /** A rule records a criterion the journey does not define. */
    UNKNOWN_CRITERION,
    /** A rule sends a message the journey does not define. */
    UNKNOWN_MESSAGE,
    /** A rule moves customers between two stages with no transition of the journey between them. */
    MOVE_WITHOUT_TRANSITION,
    /** An event or a rule names an event type the journey does not declare. */
    UNKNOWN_EVENT_TYPE,
    /** An event carries, or a rule reads, an attribute its event type does not declare. */
    UNKNOWN_ATTRIBUTE,
    /** An event lacks an attribute its type requires. */
    MISSING_ATTRIBUTE,
    /** An attribute's value does not fit its kind: not a number, not one of the listed values. */
    BAD_ATTRIBUTE,
    /** A rule reads or changes a customer fact the journey does not declare. */
    UNKNOWN_FACT,
    /** A rule uses a fact or an attribute in a way its kind does not allow. */
    WRONG_KIND,
    /** An event names a touchpoint or a channel the journey does not have. */
    UNKNOWN_TOUCHPOINT,
    /**
     * A parameter's value is neither a number, a duration nor a time of day.
     *
     * @since 0.2
     */
    BAD_PARAMETER
  }

  /**
   * Creates a problem.
   *
   * @param kind what kind of problem it is
   * @param where the place in the journey
   * @param message what is wrong and how to fix it
   */
  public Problem {
    Objects.requireNonNull(kind, "kind is null");
    Objects.requireNonNull(where, "where is null");
    Objects.requireNonNull(message, "message is null");
  }

  /**
   * Suggests the known name closest to a misspelt one, for the end of a problem's message.
   *
   * <pre>{@code
   * Problem.didYouMean("detials", List.of("detail", "customer"))   // " (did you mean 'detail'?)"
   * Problem.didYouMean("xyz", List.of("detail"))                   // ""
   * }</pre>
   *
   * @param given the name given
   * @param known the names that would have been right
   * @return " (did you mean 'NAME'?)" for a name at most a third of its length away (at least one
   *     edit), or the empty string when none is close
   */
  public static String didYouMean(String given, Iterable<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    int allowed = Math.max(1, Math.max(given.length(), 3) / 3);
    String lower = given.toLowerCase(java.util.Locale.ROOT);
    for (String candidate : known) {
      if (Math.abs(candidate.length() - given.length()) > allowed) {
        continue; // at least that many edits apart
      }
      int distance = distance(lower, candidate);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best != null && bestDistance > 0 && bestDistance <= allowed
        ? " (did you mean '" + best + "'?)"
        : "";
  }

  /** The optimal string alignment distance: edits, with a swap of neighbours as one edit. */
  private static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  /**
   * Returns the problem as one line: where, then what.
   *
   * @return e.g. {@code stage #2 'informed': the name is blank; give the stage a name}
   */
  @Override
  public String toString() {
    return where + ": " + message;
  }
}
