package io.github.journeykit.rules;

import io.github.journeykit.model.Event;
import io.github.journeykit.model.EventType;
import io.github.journeykit.model.PurchaseMade;
import java.time.Instant;
import java.util.Random;

/** Makes an event of a type from a detail, for the tests' generated logs. */
final class EventFactory {

  private EventFactory() {}

  static Event of(EventType type, String detail, Instant at, Random random) {
    if (type == EventType.PURCHASE) {
      return random.nextBoolean()
          ? PurchaseMade.of(at)
          : PurchaseMade.of(random.nextBoolean() ? "a" : "c", at);
    }
    String given = type.detailAttribute().exists(a -> a.isRequired()) ? detail : "";
    return type.fromDetail(given, at).get();
  }
}
