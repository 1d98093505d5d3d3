package io.github.journeykit.bench;

import io.github.journeykit.bench.FunnelWork.Trigger;

/**
 * The speed of light: a hand-written switch over a mutable int state, with the funnel's semantics.
 */
final class HandWritten {

  private final int[] state = new int[4];

  /** Decides pair {@code i}: restores the customer's ints, applies the event, packs the result. */
  long decide(FunnelWork work, int i) {
    int[] s = state;
    s[0] = work.stage[i];
    s[1] = work.status[i];
    s[2] = work.criteria[i];
    s[3] = work.purchases[i];
    Trigger trigger = work.trigger[i];
    switch (trigger) {
      case YES -> {
        if (s[1] == FunnelWork.ACTIVE) {
          if (s[0] <= 3 && admits(s, s[0] + 1)) {
            s[0]++;
          }
        } else if (s[1] == FunnelWork.BLUE) {
          s[1] = FunnelWork.ACTIVE;
        }
      }
      case NO -> {
        if (s[1] == FunnelWork.ACTIVE && s[0] >= 1 && s[0] <= 3 && admits(s, s[0] - 1)) {
          s[0]--;
        }
      }
      case DONT_KNOW -> {
        // a don't know changes nothing
      }
      case MONEY -> s[2] |= 1;
      case NEED -> s[2] |= 2;
      case DECISION -> s[2] |= 4;
      case PURCHASE -> {
        int before = s[3];
        s[3]++;
        s[1] = FunnelWork.ACTIVE;
        if (before == 0 && s[0] <= 4) {
          s[0] = 4;
        } else if (before >= 1) {
          s[0] = 5;
        }
      }
      case REFUSED -> s[1] = FunnelWork.GREY;
      case CHURNED -> s[1] = FunnelWork.BLUE;
    }
    return FunnelWork.pack(s[0], s[1], s[2], s[3]);
  }

  private static boolean admits(int[] s, int target) {
    return switch (target) {
      case 2 -> Integer.bitCount(s[2]) >= 2;
      case 3 -> Integer.bitCount(s[2]) == 3;
      case 4 -> s[3] >= 1;
      case 5 -> s[3] >= 2;
      default -> true;
    };
  }
}
