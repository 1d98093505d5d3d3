package io.github.journeykit.bench;

import io.github.journeykit.bench.FunnelWork.Stage;
import io.github.journeykit.bench.FunnelWork.Trigger;
import org.squirrelframework.foundation.fsm.AnonymousAction;
import org.squirrelframework.foundation.fsm.AnonymousCondition;
import org.squirrelframework.foundation.fsm.StateMachineBuilder;
import org.squirrelframework.foundation.fsm.StateMachineBuilderFactory;
import org.squirrelframework.foundation.fsm.impl.AbstractStateMachine;

/**
 * The funnel in squirrel-foundation: one builder, shared; a machine per decision, created at the
 * customer's stage ({@code newStateMachine(initialState)}, as squirrel restores a machine), fired
 * with the customer's data as the context.
 */
final class SquirrelFunnel {

  /** The machine type squirrel builds. */
  public static final class Machine
      extends AbstractStateMachine<Machine, Stage, Trigger, FunnelWork.Customer> {}

  private final StateMachineBuilder<Machine, Stage, Trigger, FunnelWork.Customer> builder =
      StateMachineBuilderFactory.create(
          Machine.class, Stage.class, Trigger.class, FunnelWork.Customer.class);
  private final FunnelWork.Customer customer = new FunnelWork.Customer();

  interface Check {
    boolean test(FunnelWork.Customer c);
  }

  interface Change {
    void apply(FunnelWork.Customer c);
  }

  private static AnonymousCondition<FunnelWork.Customer> when(Check check) {
    return new AnonymousCondition<>() {
      @Override
      public boolean isSatisfied(FunnelWork.Customer c) {
        return check.test(c);
      }
    };
  }

  private static AnonymousAction<Machine, Stage, Trigger, FunnelWork.Customer> then(Change change) {
    return new AnonymousAction<>() {
      @Override
      public void execute(
          Stage from, Stage to, Trigger event, FunnelWork.Customer c, Machine machine) {
        change.apply(c);
      }
    };
  }

  SquirrelFunnel() {
    Change nothing = c -> {};
    for (Stage stage : Stage.values()) {
      int s = stage.ordinal();
      if (s <= 3) {
        builder
            .externalTransition()
            .from(stage)
            .to(Stage.values()[s + 1])
            .on(Trigger.YES)
            .when(when(c -> c.active() && c.admits(s + 1)))
            .perform(then(nothing));
      }
      builder
          .internalTransition()
          .within(stage)
          .on(Trigger.YES)
          .when(when(c -> c.status == FunnelWork.BLUE))
          .perform(then(c -> c.status = FunnelWork.ACTIVE));
      if (s >= 1 && s <= 3) {
        builder
            .externalTransition()
            .from(stage)
            .to(Stage.values()[s - 1])
            .on(Trigger.NO)
            .when(when(c -> c.active() && c.admits(s - 1)))
            .perform(then(nothing));
      }
      builder
          .internalTransition()
          .within(stage)
          .on(Trigger.MONEY)
          .perform(then(c -> c.criteria |= 1));
      builder
          .internalTransition()
          .within(stage)
          .on(Trigger.NEED)
          .perform(then(c -> c.criteria |= 2));
      builder
          .internalTransition()
          .within(stage)
          .on(Trigger.DECISION)
          .perform(then(c -> c.criteria |= 4));
      if (s <= 3) {
        builder
            .externalTransition()
            .from(stage)
            .to(Stage.PURCHASED)
            .on(Trigger.PURCHASE)
            .when(when(c -> c.purchases == 0))
            .perform(then(FunnelWork.Customer::buy));
      } else if (s == 4) {
        builder
            .internalTransition()
            .within(stage)
            .on(Trigger.PURCHASE)
            .when(when(c -> c.purchases == 0))
            .perform(then(FunnelWork.Customer::buy));
      }
      if (s <= 4) {
        builder
            .externalTransition()
            .from(stage)
            .to(Stage.LOYAL)
            .on(Trigger.PURCHASE)
            .when(when(c -> c.purchases >= 1))
            .perform(then(FunnelWork.Customer::buy));
      } else {
        builder
            .internalTransition()
            .within(stage)
            .on(Trigger.PURCHASE)
            .perform(then(FunnelWork.Customer::buy));
      }
      builder
          .internalTransition()
          .within(stage)
          .on(Trigger.REFUSED)
          .perform(then(c -> c.status = FunnelWork.GREY));
      builder
          .internalTransition()
          .within(stage)
          .on(Trigger.CHURNED)
          .perform(then(c -> c.status = FunnelWork.BLUE));
    }
  }

  long decide(FunnelWork work, int i) {
    customer.restore(work, i);
    Machine machine = builder.newStateMachine(Stage.values()[customer.stage]);
    machine.fire(work.trigger[i], customer);
    customer.stage = machine.getCurrentState().ordinal();
    return customer.pack();
  }
}
