package io.github.journeykit.bench;

import io.github.journeykit.bench.FunnelWork.Stage;
import io.github.journeykit.bench.FunnelWork.Trigger;
import java.util.EnumSet;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.statemachine.StateContext;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.config.StateMachineBuilder;
import org.springframework.statemachine.config.builders.StateMachineTransitionConfigurer;
import org.springframework.statemachine.support.DefaultExtendedState;
import org.springframework.statemachine.support.DefaultStateMachineContext;
import reactor.core.publisher.Mono;

/**
 * The funnel in Spring Statemachine: one machine, restored at each decision to the customer's stage
 * and data (its extended state) through the machine's accessor, as a persister does, then sent the
 * event reactively.
 */
final class SpringFunnel {

  private final StateMachine<Stage, Trigger> machine;
  private final FunnelWork.Customer customer = new FunnelWork.Customer();

  interface Check {
    boolean test(FunnelWork.Customer c);
  }

  interface Change {
    void apply(FunnelWork.Customer c);
  }

  private static FunnelWork.Customer of(StateContext<Stage, Trigger> context) {
    return context.getExtendedState().get("customer", FunnelWork.Customer.class);
  }

  SpringFunnel() {
    try {
      StateMachineBuilder.Builder<Stage, Trigger> builder = StateMachineBuilder.builder();
      builder.configureConfiguration().withConfiguration().autoStartup(false);
      builder
          .configureStates()
          .withStates()
          .initial(Stage.UNINFORMED)
          .states(EnumSet.allOf(Stage.class));
      StateMachineTransitionConfigurer<Stage, Trigger> transitions = builder.configureTransitions();
      for (Stage stage : Stage.values()) {
        int s = stage.ordinal();
        if (s <= 3) {
          external(
              transitions,
              stage,
              Stage.values()[s + 1],
              Trigger.YES,
              c -> c.active() && c.admits(s + 1),
              c -> {});
        }
        internal(
            transitions,
            stage,
            Trigger.YES,
            c -> c.status == FunnelWork.BLUE,
            c -> c.status = FunnelWork.ACTIVE);
        if (s >= 1 && s <= 3) {
          external(
              transitions,
              stage,
              Stage.values()[s - 1],
              Trigger.NO,
              c -> c.active() && c.admits(s - 1),
              c -> {});
        }
        internal(transitions, stage, Trigger.MONEY, c -> true, c -> c.criteria |= 1);
        internal(transitions, stage, Trigger.NEED, c -> true, c -> c.criteria |= 2);
        internal(transitions, stage, Trigger.DECISION, c -> true, c -> c.criteria |= 4);
        if (s <= 3) {
          external(
              transitions,
              stage,
              Stage.PURCHASED,
              Trigger.PURCHASE,
              c -> c.purchases == 0,
              FunnelWork.Customer::buy);
        } else if (s == 4) {
          internal(
              transitions,
              stage,
              Trigger.PURCHASE,
              c -> c.purchases == 0,
              FunnelWork.Customer::buy);
        }
        if (s <= 4) {
          external(
              transitions,
              stage,
              Stage.LOYAL,
              Trigger.PURCHASE,
              c -> c.purchases >= 1,
              FunnelWork.Customer::buy);
        } else {
          internal(transitions, stage, Trigger.PURCHASE, c -> true, FunnelWork.Customer::buy);
        }
        internal(transitions, stage, Trigger.REFUSED, c -> true, c -> c.status = FunnelWork.GREY);
        internal(transitions, stage, Trigger.CHURNED, c -> true, c -> c.status = FunnelWork.BLUE);
      }
      machine = builder.build();
    } catch (Exception e) {
      throw new IllegalStateException("cannot build the Spring state machine", e);
    }
  }

  private static void external(
      StateMachineTransitionConfigurer<Stage, Trigger> transitions,
      Stage from,
      Stage to,
      Trigger on,
      Check check,
      Change change)
      throws Exception {
    transitions
        .withExternal()
        .source(from)
        .target(to)
        .event(on)
        .guard(context -> check.test(of(context)))
        .action(context -> change.apply(of(context)));
  }

  private static void internal(
      StateMachineTransitionConfigurer<Stage, Trigger> transitions,
      Stage within,
      Trigger on,
      Check check,
      Change change)
      throws Exception {
    transitions
        .withInternal()
        .source(within)
        .event(on)
        .guard(context -> check.test(of(context)))
        .action(context -> change.apply(of(context)));
  }

  long decide(FunnelWork work, int i) {
    customer.restore(work, i);
    DefaultExtendedState extended = new DefaultExtendedState();
    extended.getVariables().put("customer", customer);
    machine.stopReactively().block();
    machine
        .getStateMachineAccessor()
        .doWithAllRegions(
            access ->
                access
                    .resetStateMachineReactively(
                        new DefaultStateMachineContext<>(
                            Stage.values()[customer.stage], null, null, extended))
                    .block());
    machine.startReactively().block();
    machine.sendEvent(Mono.just(MessageBuilder.withPayload(work.trigger[i]).build())).blockLast();
    customer.stage = machine.getState().getId().ordinal();
    return customer.pack();
  }
}
