package io.github.journeykit.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MessageTests {

  static Message complete() {
    return Message.of(
        "payment-reminder",
        "order-placed",
        Audience.of("A customer who ordered but has not paid"),
        "Your order is waiting: pay in one click",
        Channel.EMAIL,
        "Turn the order into a payment",
        Timing.after(Duration.ofHours(2), "Order placed, not paid"));
  }

  @Nested
  class Equality implements EqualsContract<Message> {
    @Override
    public Message createValue() {
      return complete();
    }

    @Override
    public Message createEqualValue() {
      return complete();
    }

    @Override
    public Message createNotEqualValue() {
      return Message.builder().from(complete()).where(Option.of(Channel.SMS)).build();
    }
  }

  @Nested
  class FiveWs {
    @Test
    void aMessageThatAnswersAllFiveWsIsComplete() {
      assertThat(complete().isComplete()).isTrue();
      assertThat(complete().missing()).isEmpty();
    }

    @Test
    void aMessageWithNoWsMissesAllFiveInOrder() {
      Message draft = Message.builder().id("draft").stage("informed").build();
      assertThat(draft.isComplete()).isFalse();
      assertThat(draft.missing())
          .containsExactly(
              Message.W.WHO, Message.W.WHAT, Message.W.WHERE, Message.W.WHY, Message.W.WHEN);
    }

    @Test
    void eachMissingWIsNamed() {
      assertThat(Message.builder().from(complete()).who(Option.none()).build().missing())
          .containsExactly(Message.W.WHO);
      assertThat(Message.builder().from(complete()).what(Option.none()).build().missing())
          .containsExactly(Message.W.WHAT);
      assertThat(Message.builder().from(complete()).where(Option.none()).build().missing())
          .containsExactly(Message.W.WHERE);
      assertThat(Message.builder().from(complete()).why(Option.none()).build().missing())
          .containsExactly(Message.W.WHY);
      assertThat(Message.builder().from(complete()).when(Option.none()).build().missing())
          .containsExactly(Message.W.WHEN);
    }

    @Test
    void aBlankWCountsAsMissing() {
      Message blank =
          Message.builder()
              .from(complete())
              .who(Option.of(Audience.of(" ")))
              .what(Option.of(""))
              .why(Option.of("\t"))
              .when(Option.of(Timing.now(" ")))
              .build();
      assertThat(blank.missing())
          .containsExactly(Message.W.WHO, Message.W.WHAT, Message.W.WHY, Message.W.WHEN);
      assertThat(blank.isComplete()).isFalse();
    }

    @Test
    void theAudienceMayBeAPersonaOrABuyingCentreRole() {
      assertThat(Audience.persona("olga", "Olga").persona().get()).isEqualTo("olga");
      assertThat(Audience.role(BuyingCentreRole.END_USER, "Users").role().get())
          .isEqualTo(BuyingCentreRole.END_USER);
      assertThat(Audience.of("Everyone").persona().isEmpty()).isTrue();
    }
  }
}
