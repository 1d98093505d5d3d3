package io.github.journeykit.rules;

import io.github.journeykit.model.CriterionMet;
import io.github.journeykit.model.CustomerChurned;
import io.github.journeykit.model.CustomerRefused;
import io.github.journeykit.model.Event;
import io.github.journeykit.model.EventType;
import io.github.journeykit.model.ExperienceReported;
import io.github.journeykit.model.InteractionHappened;
import io.github.journeykit.model.MessageIgnored;
import io.github.journeykit.model.MessageOpened;
import io.github.journeykit.model.MessageSent;
import io.github.journeykit.model.Outcome;
import io.github.journeykit.model.PurchaseMade;
import io.github.journeykit.model.ReferralMade;
import io.github.journeykit.model.ReviewLeft;
import io.github.journeykit.model.TimePassed;
import java.time.Instant;
import java.util.Random;

/** Makes an event of a type from a detail, for the tests' generated logs. */
final class EventFactory {

  private EventFactory() {}

  static Event of(EventType type, String detail, Instant at, Random random) {
    return switch (type) {
      case INTERACTION -> new InteractionHappened(Outcome.ofId(detail).get(), at);
      case CRITERION -> new CriterionMet(detail, at);
      case PURCHASE ->
          random.nextBoolean()
              ? PurchaseMade.of(at)
              : PurchaseMade.of(random.nextBoolean() ? "a" : "c", at);
      case REFUSED -> new CustomerRefused(at);
      case CHURNED -> new CustomerChurned(at);
      case EXPERIENCE ->
          new ExperienceReported(
              detail.equals("positive")
                  ? ExperienceReported.Experience.POSITIVE
                  : ExperienceReported.Experience.NEGATIVE,
              at);
      case MESSAGE_SENT -> new MessageSent(detail, at);
      case MESSAGE_OPENED -> new MessageOpened(detail, at);
      case MESSAGE_IGNORED -> new MessageIgnored(detail, at);
      case REVIEW -> new ReviewLeft(at);
      case REFERRAL -> new ReferralMade(at);
      case TIME_PASSED -> new TimePassed(at);
    };
  }
}
