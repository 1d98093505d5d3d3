package io.github.journeykit.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Making events from the two columns of an event log, and back. */
class EventOfTests {

  static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");

  @Test
  void everyTypeIsMadeFromItsLogColumnsAndGivesThemBack() {
    for (String[] row :
        new String[][] {
          {"interaction", "yes"},
          {"interaction", "no"},
          {"interaction", "dont_know"},
          {"criterion", "money"},
          {"purchase", ""},
          {"purchase", "bread"},
          {"refused", ""},
          {"churned", ""},
          {"experience", "positive"},
          {"experience", "negative"},
          {"message_sent", "hello"},
          {"message_opened", "hello"},
          {"message_ignored", "hello"},
          {"review", ""},
          {"referral", ""},
          {"time_passed", ""}
        }) {
      EventType type = EventType.ofId(row[0]).get();
      Event event = Event.of(type, row[1].isEmpty() ? Option.none() : Option.of(row[1]), AT).get();
      assertThat(event.type()).isEqualTo(type);
      assertThat(event.detail().getOrElse("")).as(row[0]).isEqualTo(row[1]);
      assertThat(event.at()).isEqualTo(AT);
      assertThat(event.happenedAt(AT.plusSeconds(1)).at()).isEqualTo(AT.plusSeconds(1));
      assertThat(event.happenedAt(AT.plusSeconds(1)).detail()).isEqualTo(event.detail());
    }
  }

  @Test
  void aMissingOrBadDetailIsNamed() {
    assertThat(Event.of(EventType.INTERACTION, Option.of("maybe"), AT).getError())
        .isEqualTo("bad detail 'maybe' for event 'interaction'; accepted: yes, no, dont_know");
    assertThat(Event.of(EventType.INTERACTION, Option.none(), AT).getError())
        .isEqualTo("event 'interaction' needs a detail; accepted: yes, no, dont_know");
    assertThat(Event.of(EventType.EXPERIENCE, Option.of("meh"), AT).getError())
        .isEqualTo("bad detail 'meh' for event 'experience'; accepted: positive, negative");
    assertThat(Event.of(EventType.CRITERION, Option.of(" "), AT).getError())
        .isEqualTo("event 'criterion' needs a detail: the criterion id");
    assertThat(Event.of(EventType.MESSAGE_OPENED, Option.none(), AT).getError())
        .isEqualTo("event 'message_opened' needs a detail: the message id");
    assertThat(Event.of(EventType.MESSAGE_SENT, Option.none(), AT).isInvalid()).isTrue();
    assertThat(Event.of(EventType.MESSAGE_IGNORED, Option.none(), AT).isInvalid()).isTrue();
    assertThat(Event.of(EventType.REFUSED, Option.of("ignored"), AT).get())
        .isEqualTo(new CustomerRefused(AT));
  }
}
