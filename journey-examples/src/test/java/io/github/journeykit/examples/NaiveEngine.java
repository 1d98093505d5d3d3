package io.github.journeykit.examples;

import io.github.journeykit.model.Attribute;
import io.github.journeykit.model.CustomerStatus;
import io.github.journeykit.model.Event;
import io.github.journeykit.model.EventType;
import io.github.journeykit.model.Fact;
import io.github.journeykit.model.Facts;
import io.github.journeykit.model.Journey;
import io.github.journeykit.model.Message;
import io.github.journeykit.model.MessageHistory;
import io.github.journeykit.model.Position;
import io.github.journeykit.model.Stage;
import io.github.journeykit.model.Timing;
import io.github.journeykit.rules.Effect;
import io.github.journeykit.rules.Gate;
import io.github.journeykit.rules.MessageToSend;
import io.github.journeykit.rules.Playbook;
import io.github.journeykit.rules.Rule;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * A deliberately naive engine: the rules of {@code Engine}'s Javadoc, written as plainly as they
 * read, through the public API only (no index, no screen, no slot, no shared set), to check the
 * real engine against.
 */
final class NaiveEngine {

  /** What the naive engine decides. */
  record Result(boolean rejected, Position after, Seq<MessageToSend> messages) {}

  private final Playbook playbook;
  private final Journey journey;

  NaiveEngine(Playbook playbook) {
    this.playbook = playbook;
    this.journey = playbook.journey();
  }

  Result decide(Position before, Event event) {
    if (!before.journey().equals(journey.id())
        || journey.stage(before.stage()).isEmpty()
        || journey.check(event).isInvalid()) {
      return new Result(true, before, List.empty());
    }
    Position position =
        before.facts().declared().equals(journey.facts())
            ? before
            : before.withFacts(before.facts().laidOutFor(journey.facts()));
    Seq<Rule> rules =
        playbook
            .rules()
            .filter(rule -> rule.on().id().equals(event.type().id()))
            .filter(rule -> rule.appliesAt(position.stage()))
            .sortBy(rule -> -rule.priority());
    Facts facts = position.facts();
    Option<Effect.Move> move = Option.none();
    Option<CustomerStatus> status = Option.none();
    List<Rule> fired = List.empty();
    for (Rule rule : rules) {
      if (!rule.condition().holds(position, event)) {
        continue;
      }
      fired = fired.append(rule);
      boolean movedHere = false;
      boolean statusHere = false;
      for (Effect effect : rule.effects()) {
        if (effect instanceof Effect.RecordCriterion record) {
          Option<String> criterion =
              record.criterion().orElse(() -> event.attribute("criterion").map(Object::toString));
          if (record.criterion().isDefined() || event.type().id().equals("criterion")) {
            facts = criterion.map(facts::withCriterion).getOrElse(facts);
          }
        } else if (effect instanceof Effect.ForgetCriterion forget) {
          facts = facts.withoutCriterion(forget.criterion());
        } else if (effect instanceof Effect.CountPurchase) {
          facts = facts.plus(Fact.PURCHASES, 1);
        } else if (effect instanceof Effect.ChangeFact change) {
          facts = change(facts, change, event);
        } else if (effect instanceof Effect.Move m && move.isEmpty() && !movedHere) {
          move = Option.of(m);
          movedHere = true;
        } else if (effect instanceof Effect.SetStatus s && status.isEmpty() && !statusHere) {
          status = Option.of(s.status());
          statusHere = true;
        }
      }
    }
    String type = event.type().id();
    for (Fact fact : journey.facts()) {
      if (fact instanceof Fact.LastSeen seen && seen.eventType().equals(type)) {
        facts = facts.seen(type, event.at());
      }
    }
    Option<String> message = event.attribute("message").map(Object::toString);
    if (type.equals("message_sent")
        && message.isDefined()
        && !facts.message(message.get()).lastSent().contains(event.at())) {
      facts = facts.messageSent(message.get(), event.at());
    }
    if (type.equals("message_opened") && message.isDefined()) {
      facts = facts.messageOpened(message.get(), event.at());
    }
    CustomerStatus newStatus = status.getOrElse(position.status());
    boolean active =
        !type.equals(EventType.TIME_PASSED.id())
            && !type.equals(EventType.MESSAGE_SENT.id())
            && !type.equals(EventType.MESSAGE_IGNORED.id());
    Instant lastActive = active ? event.at() : position.lastActiveAt();
    String stage = position.stage();
    Instant entered = position.enteredStageAt();
    Option<Stage> target = move.flatMap(m -> target(m, position.stage()));
    if (target.isDefined() && !target.get().id().equals(stage)) {
      Position asked =
          new Position(
              position.enrolment(), stage, newStatus, facts, position.enteredStageAt(), lastActive);
      Option<Gate> gate = playbook.gate(target.get().id());
      if (gate.isEmpty() || gate.get().admission().holds(asked, event)) {
        stage = target.get().id();
        entered = event.at();
      }
    }
    // Messages: of each fired rule whose own move and status are what happened, or sent
    // regardless; then the new stage's on entry; each once, where its cadence allows.
    Sent sent = new Sent(facts, List.empty());
    for (Rule rule : fired) {
      Option<Effect.Move> own =
          rule.effects().find(Effect.Move.class::isInstance).map(Effect.Move.class::cast);
      Option<CustomerStatus> ownStatus =
          rule.effects()
              .find(Effect.SetStatus.class::isInstance)
              .map(effect -> ((Effect.SetStatus) effect).status());
      String finalStage = stage;
      boolean stands =
          own.forAll(m -> target(m, position.stage()).map(Stage::id).contains(finalStage))
              && ownStatus.forAll(newStatus::equals);
      for (Effect effect : rule.effects()) {
        if (effect instanceof Effect.Send send && (stands || send.regardless())) {
          sent = sent.offer(position, journey.message(send.message()).get(), event, rule.name());
        }
      }
    }
    if (!stage.equals(position.stage())) {
      for (String id : journey.stage(stage).get().onEntry()) {
        sent = sent.offer(position, journey.message(id).get(), event, "entering '" + stage + "'");
      }
    }
    Position after =
        new Position(position.enrolment(), stage, newStatus, sent.facts(), entered, lastActive);
    return new Result(false, after, sent.sends());
  }

  /** The facts and the messages of a decision as its messages are sent one by one. */
  private record Sent(Facts facts, List<MessageToSend> sends) {
    Sent offer(Position position, Message message, Event event, String rule) {
      Instant at = sendAt(message, event);
      MessageHistory history = facts.message(message.id());
      if (sends.exists(m -> m.message().equals(message))
          || message.cadence().exists(cadence -> !cadence.allows(history, at))) {
        return this;
      }
      return new Sent(
          facts.messageSent(message.id(), at),
          sends.append(new MessageToSend(position.customer(), message, at, rule)));
    }
  }

  private Option<Stage> target(Effect.Move move, String stage) {
    return switch (move.direction()) {
      case NEXT -> journey.next(stage);
      case PREVIOUS -> journey.previous(stage);
      case TO -> journey.stage(move.stage().get());
    };
  }

  private static Facts change(Facts facts, Effect.ChangeFact change, Event event) {
    Fact fact = facts.declared().find(f -> f.id().equals(change.fact())).get();
    Option<Object> value =
        change.fromAttribute().isDefined()
            ? event.attribute(change.fromAttribute().get())
            : change.value();
    return switch (change.change()) {
      case ADD -> {
        if (value.isEmpty()) {
          yield facts;
        }
        BigDecimal amount =
            value.get() instanceof BigDecimal decimal
                ? decimal
                : BigDecimal.valueOf(((Number) value.get()).longValue());
        yield fact instanceof Fact.Counter
            ? facts.plus(fact.id(), amount.longValue())
            : facts.plus(fact.id(), amount);
      }
      case RECORD -> facts.recorded(fact.id(), event.at());
      case SET -> {
        if (value.isEmpty()) {
          yield facts;
        }
        Attribute attribute = ((Fact.CustomerAttribute) fact).attribute();
        yield attribute.accept(value.get()).isValid() ? facts.with(fact.id(), value.get()) : facts;
      }
      case RESET -> facts.reset(fact.id());
    };
  }

  private static Instant sendAt(Message message, Event event) {
    if (message.when().isEmpty()) {
      return event.at();
    }
    Timing timing = message.when().get();
    Instant at = event.at().plus(timing.delay());
    if (timing.timeOfDay().isEmpty()) {
      return at;
    }
    ZonedDateTime base = at.atZone(ZoneOffset.UTC);
    ZonedDateTime candidate = base.with(timing.timeOfDay().get());
    return (candidate.isBefore(base) ? candidate.plusDays(1) : candidate).toInstant();
  }
}
