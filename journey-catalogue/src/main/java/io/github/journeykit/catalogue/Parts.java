package io.github.journeykit.catalogue;

import io.github.journeykit.model.Audience;
import io.github.journeykit.model.Channel;
import io.github.journeykit.model.CustomerStatus;
import io.github.journeykit.model.EventType;
import io.github.journeykit.model.Journey;
import io.github.journeykit.model.Message;
import io.github.journeykit.model.Outcome;
import io.github.journeykit.model.Stage;
import io.github.journeykit.model.Timing;
import io.github.journeykit.model.Transition;
import io.github.journeykit.rules.Condition;
import io.github.journeykit.rules.Effect;
import io.github.journeykit.rules.Rule;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/** Pieces the ready-made journeys share: stage ladders, the status rules, messages in one call. */
final class Parts {

  private Parts() {}

  /** A stage with its key task and the manager's planned response to each outcome. */
  static Stage stage(
      String id, String name, String keyTask, String onYes, String onNo, String onDontKnow) {
    return Stage.builder()
        .id(id)
        .name(name)
        .keyTask(Option.of(keyTask))
        .plannedResponses(
            LinkedHashMap.of(Outcome.YES, onYes, Outcome.NO, onNo, Outcome.DONT_KNOW, onDontKnow))
        .build();
  }

  /** Adds an advance between every pair of neighbouring stages. */
  static Journey.Builder advances(Journey.Builder journey, Seq<String> stageIds) {
    for (int i = 0; i + 1 < stageIds.size(); i++) {
      journey.transition(Transition.advance(stageIds.get(i), stageIds.get(i + 1)));
    }
    return journey;
  }

  /** Adds a roll back between every pair of neighbouring stages. */
  static Journey.Builder rollBacks(Journey.Builder journey, Seq<String> stageIds) {
    for (int i = 0; i + 1 < stageIds.size(); i++) {
      journey.transition(Transition.rollBack(stageIds.get(i + 1), stageIds.get(i)));
    }
    return journey;
  }

  /** A complete 5W message. */
  static Message message(
      String id, String stage, String who, String what, Channel where, String why, Timing when) {
    return Message.of(id, stage, Audience.of(who), what, where, why, when);
  }

  /** Holds when the event is an interaction with this outcome and the customer is active. */
  static Condition activeAnd(Outcome outcome) {
    return Condition.outcomeIs(outcome).and(Condition.statusIs(CustomerStatus.ACTIVE));
  }

  /** The overlay-status rules every journey shares: a refusal greys, a churn blues [000]. */
  static Seq<Rule> statusRules() {
    return List.of(
        Rule.named("A refusal turns the customer grey", EventType.REFUSED)
            .then(Effect.status(CustomerStatus.GREY)),
        Rule.named("A customer who bought elsewhere or left us turns blue", EventType.CHURNED)
            .then(Effect.status(CustomerStatus.BLUE)));
  }

  /** Records every criterion the customer meets, at any stage and whatever their status. */
  static Rule criteriaAreRecorded() {
    return Rule.named("Criteria are recorded", EventType.CRITERION).then(Effect.recordCriterion());
  }
}
