package io.github.journeykit.kafka;

import io.github.journeykit.model.Attribute;
import io.github.journeykit.model.Audience;
import io.github.journeykit.model.Channel;
import io.github.journeykit.model.Event;
import io.github.journeykit.model.EventType;
import io.github.journeykit.model.InteractionHappened;
import io.github.journeykit.model.Journey;
import io.github.journeykit.model.Message;
import io.github.journeykit.model.Outcome;
import io.github.journeykit.model.Stage;
import io.github.journeykit.model.Timing;
import io.github.journeykit.model.Transition;
import io.github.journeykit.rules.Condition;
import io.github.journeykit.rules.Effect;
import io.github.journeykit.rules.Engine;
import io.github.journeykit.rules.Playbook;
import io.github.journeykit.rules.Rule;
import java.time.Duration;
import java.time.Instant;

/**
 * A club whose members lapse after a month without a visit and get a we-miss-you letter then: one
 * time-based rule, one message, for the tests of time.
 */
final class Club {

  static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

  /** A visit names the member who came: for the tests of re-keying by an attribute. */
  static final EventType VISIT =
      EventType.of("visit", "A member came to the club", Attribute.customer("member").required());

  static final Journey JOURNEY =
      Journey.builder("club", "A club")
          .stage(Stage.of("member", "Member", "Keep them coming"))
          .stage(Stage.of("lapsed", "Lapsed", "Win them back"))
          .transition(Transition.advance("member", "lapsed"))
          .transition(Transition.rollBack("lapsed", "member"))
          .event(VISIT)
          .message(
              Message.of(
                  "we-miss-you",
                  "lapsed",
                  Audience.of("Members who stopped coming"),
                  "We miss you: your next visit is on us",
                  Channel.EMAIL,
                  "Win them back",
                  Timing.now("A month without a visit")))
          .buildOrThrow();

  static final Engine ENGINE =
      Playbook.builder(JOURNEY)
          .rule(
              Rule.named("A month without a visit: lapsed", EventType.TIME_PASSED)
                  .at("member")
                  .when(Condition.inactiveFor(Duration.ofDays(30)))
                  .then(Effect.advance(), Effect.send("we-miss-you")))
          .rule(
              Rule.named("A visit brings a lapsed member back", VISIT)
                  .at("lapsed")
                  .then(Effect.rollBack()))
          .buildOrThrow()
          .compile()
          .withExplanations(false);

  private Club() {}

  static Instant day(int day) {
    return T0.plus(Duration.ofDays(day));
  }

  static Event visit(String member, int day) {
    return Event.of(VISIT, day(day), "member", member);
  }

  static Event yes(int day) {
    return new InteractionHappened(Outcome.YES, day(day));
  }
}
