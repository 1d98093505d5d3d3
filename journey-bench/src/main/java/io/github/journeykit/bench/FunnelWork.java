package io.github.journeykit.bench;

import io.github.journeykit.catalogue.Catalogue;
import io.github.journeykit.definition.Definitions;
import io.github.journeykit.definition.Format;
import io.github.journeykit.model.CriterionMet;
import io.github.journeykit.model.CustomerChurned;
import io.github.journeykit.model.CustomerRefused;
import io.github.journeykit.model.CustomerStatus;
import io.github.journeykit.model.Enrolment;
import io.github.journeykit.model.Event;
import io.github.journeykit.model.Fact;
import io.github.journeykit.model.Facts;
import io.github.journeykit.model.InteractionHappened;
import io.github.journeykit.model.Outcome;
import io.github.journeykit.model.Position;
import io.github.journeykit.model.PurchaseMade;
import io.github.journeykit.rules.Engine;
import io.github.journeykit.rules.Playbook;
import io.vavr.collection.TreeSet;
import java.time.Instant;
import java.util.Random;

/**
 * The workload every implementation decides: the {@code sales-funnel} journey, and a seeded list of
 * (position, event) pairs over positions spread across all stages, with a realistic mix of events
 * (interactions 60 % — yes 40, no 20, don't know 40 —, criteria 20 %, purchases 10 %, refusals 5 %,
 * churn 5 %). Each pair is held both as Journey's values and as plain ints for the other
 * implementations, so that none of them pays for converting inputs while measured.
 */
public final class FunnelWork {

  /** The funnel's stages, for the state machines. */
  public enum Stage {
    UNINFORMED,
    INFORMED,
    INTERESTED,
    BUYER,
    PURCHASED,
    LOYAL
  }

  /** The funnel's events, for the state machines and rule engines. */
  public enum Trigger {
    YES,
    NO,
    DONT_KNOW,
    MONEY,
    NEED,
    DECISION,
    PURCHASE,
    REFUSED,
    CHURNED
  }

  static final int ACTIVE = 0;
  static final int GREY = 1;
  static final int BLUE = 2;
  static final String[] STAGE_IDS = {
    "uninformed", "informed", "interested", "buyer", "purchased", "loyal"
  };
  static final String[] CRITERIA = {"money", "need", "decision"};
  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  public final int size;
  public final Position[] positions;
  public final Event[] events;
  public final int[] stage;
  public final int[] status;
  public final int[] criteria;
  public final int[] purchases;
  public final Trigger[] trigger;

  private FunnelWork(int size) {
    this.size = size;
    positions = new Position[size];
    events = new Event[size];
    stage = new int[size];
    status = new int[size];
    criteria = new int[size];
    purchases = new int[size];
    trigger = new Trigger[size];
  }

  /** The engine of the ready-made {@code sales-funnel}, explanations off. */
  public static Engine journey() {
    return Catalogue.get("sales-funnel").get().compile().withExplanations(false);
  }

  /**
   * The engine of the ready-made {@code sales-funnel} written as a YAML definition and read back,
   * explanations off.
   */
  public static Engine journeyFromDefinition() {
    Playbook funnel = Catalogue.get("sales-funnel").get();
    String yaml = Definitions.write(funnel, Format.YAML);
    var read = Definitions.read(yaml, Format.YAML, "sales-funnel.yaml");
    if (read.isInvalid()) {
      throw new IllegalStateException(read.getError().mkString("\n"));
    }
    return read.get().compile().withExplanations(false);
  }

  /**
   * Makes the pairs: a stage chosen evenly, criteria and purchases a customer at that stage can
   * have (the gates hold), a status mostly active, and an event from the realistic mix.
   *
   * @param size how many pairs
   * @param seed the seed
   * @return the workload
   */
  public static FunnelWork generate(int size, long seed) {
    Random random = new Random(seed);
    FunnelWork work = new FunnelWork(size);
    Position start = Catalogue.get("sales-funnel").get().journey().newCustomer("c", T0);
    for (int i = 0; i < size; i++) {
      int s = random.nextInt(6);
      int bits = random.nextInt(8);
      if (s == 2 && Integer.bitCount(bits) < 2) {
        bits |= 3;
      }
      if (s == 3) {
        bits = 7;
      }
      int bought = s == 4 ? 1 : s == 5 ? 2 + random.nextInt(3) : 0;
      int st = random.nextInt(10) < 8 ? ACTIVE : random.nextBoolean() ? GREY : BLUE;
      int roll = random.nextInt(100);
      Trigger t =
          roll < 24
              ? Trigger.YES
              : roll < 36
                  ? Trigger.NO
                  : roll < 60
                      ? Trigger.DONT_KNOW
                      : roll < 80
                          ? Trigger.values()[Trigger.MONEY.ordinal() + random.nextInt(3)]
                          : roll < 90
                              ? Trigger.PURCHASE
                              : roll < 95 ? Trigger.REFUSED : Trigger.CHURNED;
      work.stage[i] = s;
      work.status[i] = st;
      work.criteria[i] = bits;
      work.purchases[i] = bought;
      work.trigger[i] = t;
      TreeSet<String> met = TreeSet.empty();
      for (int c = 0; c < 3; c++) {
        if ((bits & 1 << c) != 0) {
          met = met.add(CRITERIA[c]);
        }
      }
      // a position as the engine makes it: the facts in the journey's own layout
      Facts facts = start.facts().withCriteria(met);
      work.positions[i] =
          new Position(
              new Enrolment("c" + i, "sales-funnel", T0),
              STAGE_IDS[s],
              CustomerStatus.values()[st],
              bought == 0 ? facts : facts.plus(Fact.PURCHASES, bought),
              T0,
              T0);
      Instant at = T0.plusSeconds(3600);
      work.events[i] =
          switch (t) {
            case YES -> new InteractionHappened(Outcome.YES, at);
            case NO -> new InteractionHappened(Outcome.NO, at);
            case DONT_KNOW -> new InteractionHappened(Outcome.DONT_KNOW, at);
            case MONEY -> new CriterionMet("money", at);
            case NEED -> new CriterionMet("need", at);
            case DECISION -> new CriterionMet("decision", at);
            case PURCHASE -> PurchaseMade.of(at);
            case REFUSED -> new CustomerRefused(at);
            case CHURNED -> new CustomerChurned(at);
          };
    }
    return work;
  }

  /** Packs a result into one number, to compare implementations. */
  public static long pack(int stage, int status, int criteria, int purchases) {
    return stage | status << 4 | criteria << 8 | (long) purchases << 12;
  }

  /** Packs Journey's position. */
  public static long pack(Position position) {
    int bits = 0;
    for (int c = 0; c < 3; c++) {
      if (position.hasMet(CRITERIA[c])) {
        bits |= 1 << c;
      }
    }
    int s = java.util.Arrays.asList(STAGE_IDS).indexOf(position.stage());
    return pack(s, position.status().ordinal(), bits, position.purchases());
  }

  /**
   * A customer's mutable state, as the state machines and the rule engine keep it beside their own
   * notion of state; it also answers the funnel's gates.
   */
  public static final class Customer {
    public int stage;
    public int status;
    public int criteria;
    public int purchases;

    /** Restores the customer of pair {@code i}. */
    public Customer restore(FunnelWork work, int i) {
      stage = work.stage[i];
      status = work.status[i];
      criteria = work.criteria[i];
      purchases = work.purchases[i];
      return this;
    }

    public boolean active() {
      return status == ACTIVE;
    }

    /** Whether the gate of a stage admits this customer: 2 criteria, 3 criteria, 1 purchase, 2. */
    public boolean admits(int target) {
      return switch (target) {
        case 2 -> Integer.bitCount(criteria) >= 2;
        case 3 -> Integer.bitCount(criteria) == 3;
        case 4 -> purchases >= 1;
        case 5 -> purchases >= 2;
        default -> true;
      };
    }

    /** Counts a purchase; a purchase makes a customer active. */
    public void buy() {
      purchases++;
      status = ACTIVE;
    }

    public long pack() {
      return FunnelWork.pack(stage, status, criteria, purchases);
    }
  }
}
