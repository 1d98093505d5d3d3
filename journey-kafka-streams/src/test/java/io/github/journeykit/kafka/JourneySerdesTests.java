package io.github.journeykit.kafka;

import static io.github.journeykit.kafka.Club.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.journeykit.model.Event;
import io.github.journeykit.model.Position;
import io.github.journeykit.rules.Decision;
import io.github.journeykit.rules.MessageToSend;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

/** The serdes of the topics and the store: the JSON of JourneyJson, read back equal. */
class JourneySerdesTests {

  static <T> T roundTrip(Serde<T> serde, T value) {
    byte[] bytes = serde.serializer().serialize("topic", value);
    return serde.deserializer().deserialize("topic", bytes);
  }

  @Test
  void eachValueReadsBackEqual() {
    Position olga = Club.JOURNEY.newCustomer("olga", day(0));
    Decision lapsed = Club.ENGINE.decide(olga, new io.github.journeykit.model.TimePassed(day(31)));
    MessageToSend letter = lapsed.messages().single();
    assertThat(roundTrip(JourneySerdes.positions(Club.JOURNEY), lapsed.after()))
        .isEqualTo(lapsed.after());
    assertThat(roundTrip(JourneySerdes.events(Club.JOURNEY), Club.visit("olga", 2)))
        .isEqualTo(Club.visit("olga", 2));
    assertThat(roundTrip(JourneySerdes.decisions(Club.JOURNEY), lapsed)).isEqualTo(lapsed);
    assertThat(roundTrip(JourneySerdes.messages(Club.JOURNEY), letter)).isEqualTo(letter);
    assertThat(
            new String(
                JourneySerdes.messages(Club.JOURNEY).serializer().serialize("t", letter),
                StandardCharsets.UTF_8))
        .isEqualTo(
            "{\"format\":1,\"customer\":\"olga\",\"message\":\"we-miss-you\",\"sendAt\":"
                + "\"2026-04-01T09:00:00Z\",\"rule\":\"A month without a visit: lapsed\"}");
  }

  @Test
  void aTombstoneStaysNull() {
    Serde<Event> events = JourneySerdes.events(Club.JOURNEY);
    assertThat(events.serializer().serialize("topic", null)).isNull();
    assertThat(events.deserializer().deserialize("topic", null)).isNull();
  }

  @Test
  void aValueThatCannotBeReadNamesTheTopicAndEveryProblem() {
    byte[] bad = "{\"format\":1,\"type\":\"visit\"}".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(
            () -> JourneySerdes.events(Club.JOURNEY).deserializer().deserialize("crm", bad))
        .isInstanceOf(SerializationException.class)
        .hasMessageStartingWith("cannot read a event from topic crm: topic crm:1:");
  }
}
