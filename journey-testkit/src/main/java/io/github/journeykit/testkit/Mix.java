package io.github.journeykit.testkit;

import java.util.Random;

/**
 * A weighted choice among a fixed number of options, drawn from a seeded {@link Random}.
 *
 * <p>When every weight is a whole number the draw is one {@link Random#nextInt(int)} over their
 * total, otherwise one {@link Random#nextDouble()}: so a mix of whole weights (the default mix, and
 * values that all weigh 1) draws exactly as the generator always has, and a seed printed by an
 * earlier run, or the demo's seeded population, makes the same customers.
 */
final class Mix {

  private final double[] cumulative;
  private final boolean whole;

  private Mix(double[] cumulative, boolean whole) {
    this.cumulative = cumulative;
    this.whole = whole;
  }

  /**
   * Makes a mix of the given weights, each finite and not negative, at least one positive.
   *
   * @param weights the weights, one per option
   * @return the mix
   */
  static Mix of(double... weights) {
    double[] cumulative = new double[weights.length];
    double total = 0;
    boolean whole = true;
    for (int i = 0; i < weights.length; i++) {
      total += weights[i];
      cumulative[i] = total;
      whole &= weights[i] == Math.rint(weights[i]);
    }
    if (!(total > 0)) {
      throw new IllegalArgumentException("no option has a positive weight");
    }
    return new Mix(cumulative, whole && total <= Integer.MAX_VALUE);
  }

  /**
   * Returns how many options the mix has.
   *
   * @return the number of options
   */
  int size() {
    return cumulative.length;
  }

  /**
   * Draws an option: one with a weight of 0 never.
   *
   * @param random the source of randomness
   * @return the option's index
   */
  int pick(Random random) {
    double total = cumulative[cumulative.length - 1];
    double pick = whole ? random.nextInt((int) total) : random.nextDouble() * total;
    int index = 0;
    while (cumulative[index] <= pick) {
      index++;
    }
    return index;
  }
}
