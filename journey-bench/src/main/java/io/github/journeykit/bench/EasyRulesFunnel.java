package io.github.journeykit.bench;

import io.github.journeykit.bench.FunnelWork.Trigger;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;

/**
 * The funnel in Easy Rules: one set of rules and one engine, shared; a new {@code Facts} per
 * decision holding the customer and the event, as Easy Rules documents. Rules fire in priority
 * order (lower first), each seeing what the ones before it changed, so the purchase moves come
 * before the count.
 */
final class EasyRulesFunnel {

  private final Rules rules = new Rules();
  private final RulesEngine engine = new DefaultRulesEngine();
  private final FunnelWork.Customer customer = new FunnelWork.Customer();

  EasyRulesFunnel() {
    rules.register(
        rule(
            "A yes moves an active customer up one stage",
            1,
            Trigger.YES,
            c -> c.active() && c.stage <= 3 && c.admits(c.stage + 1),
            c -> c.stage++));
    rules.register(
        rule(
            "A yes wins a blue customer back",
            2,
            Trigger.YES,
            c -> c.status == FunnelWork.BLUE,
            c -> c.status = FunnelWork.ACTIVE));
    rules.register(
        rule(
            "A no moves an active customer down one stage",
            3,
            Trigger.NO,
            c -> c.active() && c.stage >= 1 && c.stage <= 3 && c.admits(c.stage - 1),
            c -> c.stage--));
    rules.register(rule("Money is recorded", 4, Trigger.MONEY, c -> true, c -> c.criteria |= 1));
    rules.register(rule("Need is recorded", 5, Trigger.NEED, c -> true, c -> c.criteria |= 2));
    rules.register(
        rule("Decision is recorded", 6, Trigger.DECISION, c -> true, c -> c.criteria |= 4));
    rules.register(
        rule(
            "A first purchase makes the customer purchased",
            7,
            Trigger.PURCHASE,
            c -> c.purchases == 0 && c.stage <= 4,
            c -> c.stage = 4));
    rules.register(
        rule(
            "A second purchase makes the customer loyal",
            8,
            Trigger.PURCHASE,
            c -> c.purchases >= 1,
            c -> c.stage = 5));
    rules.register(
        rule("A purchase is counted", 9, Trigger.PURCHASE, c -> true, FunnelWork.Customer::buy));
    rules.register(
        rule(
            "A refusal turns the customer grey",
            10,
            Trigger.REFUSED,
            c -> true,
            c -> c.status = FunnelWork.GREY));
    rules.register(
        rule(
            "A churn turns the customer blue",
            11,
            Trigger.CHURNED,
            c -> true,
            c -> c.status = FunnelWork.BLUE));
  }

  interface Check {
    boolean test(FunnelWork.Customer c);
  }

  interface Change {
    void apply(FunnelWork.Customer c);
  }

  private static org.jeasy.rules.api.Rule rule(
      String name, int priority, Trigger on, Check check, Change change) {
    return new RuleBuilder()
        .name(name)
        .priority(priority)
        .when(facts -> facts.get("event") == on && check.test(facts.get("customer")))
        .then(facts -> change.apply(facts.get("customer")))
        .build();
  }

  long decide(FunnelWork work, int i) {
    customer.restore(work, i);
    Facts facts = new Facts();
    facts.put("customer", customer);
    facts.put("event", work.trigger[i]);
    engine.fire(rules, facts);
    return customer.pack();
  }
}
