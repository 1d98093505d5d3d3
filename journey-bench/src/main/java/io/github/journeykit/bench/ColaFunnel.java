package io.github.journeykit.bench;

import com.alibaba.cola.statemachine.StateMachine;
import com.alibaba.cola.statemachine.builder.StateMachineBuilder;
import com.alibaba.cola.statemachine.builder.StateMachineBuilderFactory;
import io.github.journeykit.bench.FunnelWork.Stage;
import io.github.journeykit.bench.FunnelWork.Trigger;

/**
 * The funnel in COLA StateMachine: one stateless machine, shared, as COLA recommends; each decision
 * passes the customer's stage and data (the context) to {@code fireEvent}.
 */
final class ColaFunnel {

  private final StateMachine<Stage, Trigger, FunnelWork.Customer> machine;
  private final FunnelWork.Customer customer = new FunnelWork.Customer();
  private static int machines;

  ColaFunnel() {
    StateMachineBuilder<Stage, Trigger, FunnelWork.Customer> builder =
        StateMachineBuilderFactory.create();
    for (Stage stage : Stage.values()) {
      int s = stage.ordinal();
      if (s <= 3) {
        builder
            .externalTransition()
            .from(stage)
            .to(Stage.values()[s + 1])
            .on(Trigger.YES)
            .when(c -> c.active() && c.admits(s + 1))
            .perform((from, to, e, c) -> {});
      }
      builder
          .internalTransition()
          .within(stage)
          .on(Trigger.YES)
          .when(c -> c.status == FunnelWork.BLUE)
          .perform((from, to, e, c) -> c.status = FunnelWork.ACTIVE);
      if (s >= 1 && s <= 3) {
        builder
            .externalTransition()
            .from(stage)
            .to(Stage.values()[s - 1])
            .on(Trigger.NO)
            .when(c -> c.active() && c.admits(s - 1))
            .perform((from, to, e, c) -> {});
      }
      builder
          .internalTransition()
          .within(stage)
          .on(Trigger.MONEY)
          .when(c -> true)
          .perform((from, to, e, c) -> c.criteria |= 1);
      builder
          .internalTransition()
          .within(stage)
          .on(Trigger.NEED)
          .when(c -> true)
          .perform((from, to, e, c) -> c.criteria |= 2);
      builder
          .internalTransition()
          .within(stage)
          .on(Trigger.DECISION)
          .when(c -> true)
          .perform((from, to, e, c) -> c.criteria |= 4);
      if (s <= 3) {
        builder
            .externalTransition()
            .from(stage)
            .to(Stage.PURCHASED)
            .on(Trigger.PURCHASE)
            .when(c -> c.purchases == 0)
            .perform((from, to, e, c) -> c.buy());
      } else if (s == 4) {
        builder
            .internalTransition()
            .within(stage)
            .on(Trigger.PURCHASE)
            .when(c -> c.purchases == 0)
            .perform((from, to, e, c) -> c.buy());
      }
      if (s <= 4) {
        builder
            .externalTransition()
            .from(stage)
            .to(Stage.LOYAL)
            .on(Trigger.PURCHASE)
            .when(c -> c.purchases >= 1)
            .perform((from, to, e, c) -> c.buy());
      } else {
        builder
            .internalTransition()
            .within(stage)
            .on(Trigger.PURCHASE)
            .when(c -> true)
            .perform((from, to, e, c) -> c.buy());
      }
      builder
          .internalTransition()
          .within(stage)
          .on(Trigger.REFUSED)
          .when(c -> true)
          .perform((from, to, e, c) -> c.status = FunnelWork.GREY);
      builder
          .internalTransition()
          .within(stage)
          .on(Trigger.CHURNED)
          .when(c -> true)
          .perform((from, to, e, c) -> c.status = FunnelWork.BLUE);
    }
    machines++;
    machine = builder.build("sales-funnel-" + machines);
  }

  long decide(FunnelWork work, int i) {
    customer.restore(work, i);
    Stage to = machine.fireEvent(Stage.values()[customer.stage], work.trigger[i], customer);
    customer.stage = to.ordinal();
    return customer.pack();
  }
}
