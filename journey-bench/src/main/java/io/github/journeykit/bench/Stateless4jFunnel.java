package io.github.journeykit.bench;

import com.github.oxo42.stateless4j.StateConfiguration;
import com.github.oxo42.stateless4j.StateMachine;
import com.github.oxo42.stateless4j.StateMachineConfig;
import io.github.journeykit.bench.FunnelWork.Stage;
import io.github.journeykit.bench.FunnelWork.Trigger;

/**
 * The funnel in stateless4j: one configuration, shared; a machine per decision, restored at the
 * customer's stage (stateless4j keeps the state in the machine); guards and actions read and change
 * the customer's data beside it.
 */
final class Stateless4jFunnel {

  private final StateMachineConfig<Stage, Trigger> config = new StateMachineConfig<>();
  private final FunnelWork.Customer customer = new FunnelWork.Customer();

  Stateless4jFunnel() {
    FunnelWork.Customer c = customer;
    for (Stage stage : Stage.values()) {
      int s = stage.ordinal();
      StateConfiguration<Stage, Trigger> at = config.configure(stage);
      if (s <= 3) {
        Stage up = Stage.values()[s + 1];
        at.permitIf(Trigger.YES, up, () -> c.active() && c.admits(s + 1));
        at.permitInternalIf(Trigger.YES, () -> !(c.active() && c.admits(s + 1)), () -> winBack(c));
      } else {
        at.permitInternal(Trigger.YES, () -> winBack(c));
      }
      if (s >= 1 && s <= 3) {
        Stage down = Stage.values()[s - 1];
        at.permitIf(Trigger.NO, down, () -> c.active() && c.admits(s - 1));
        at.ignoreIf(Trigger.NO, () -> !(c.active() && c.admits(s - 1)));
      } else {
        at.ignore(Trigger.NO);
      }
      at.ignore(Trigger.DONT_KNOW);
      at.permitInternal(Trigger.MONEY, () -> c.criteria |= 1);
      at.permitInternal(Trigger.NEED, () -> c.criteria |= 2);
      at.permitInternal(Trigger.DECISION, () -> c.criteria |= 4);
      if (s <= 3) {
        at.permitIf(Trigger.PURCHASE, Stage.PURCHASED, () -> c.purchases == 0, c::buy);
        at.permitIf(Trigger.PURCHASE, Stage.LOYAL, () -> c.purchases >= 1, c::buy);
      } else if (s == 4) {
        at.permitInternalIf(Trigger.PURCHASE, () -> c.purchases == 0, c::buy);
        at.permitIf(Trigger.PURCHASE, Stage.LOYAL, () -> c.purchases >= 1, c::buy);
      } else {
        at.permitInternal(Trigger.PURCHASE, c::buy);
      }
      at.permitInternal(Trigger.REFUSED, () -> c.status = FunnelWork.GREY);
      at.permitInternal(Trigger.CHURNED, () -> c.status = FunnelWork.BLUE);
    }
  }

  private static void winBack(FunnelWork.Customer c) {
    if (c.status == FunnelWork.BLUE) {
      c.status = FunnelWork.ACTIVE;
    }
  }

  long decide(FunnelWork work, int i) {
    customer.restore(work, i);
    StateMachine<Stage, Trigger> machine =
        new StateMachine<>(Stage.values()[customer.stage], config);
    machine.fire(work.trigger[i]);
    customer.stage = machine.getState().ordinal();
    return customer.pack();
  }
}
