package io.github.journeykit.rules;

import io.github.journeykit.model.CustomerStatus;
import io.github.journeykit.model.Durations;
import io.github.journeykit.model.Event;
import io.github.journeykit.model.InteractionHappened;
import io.github.journeykit.model.Journey;
import io.github.journeykit.model.Outcome;
import io.github.journeykit.model.Position;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.EnumSet;
import java.util.function.BiPredicate;

/** The implementations behind {@link Condition}'s factories. */
final class Conditions {

  static final Condition ALWAYS = new Described("always", (position, event) -> true);

  private Conditions() {}

  /** The parts of a condition under its ands, ors and nots, in order. */
  static io.vavr.collection.Seq<Condition> leaves(Condition condition) {
    if (condition instanceof All all) {
      return all.parts().flatMap(Conditions::leaves);
    }
    if (condition instanceof Any any) {
      return any.parts().flatMap(Conditions::leaves);
    }
    if (condition instanceof Not not) {
      return leaves(not.negated());
    }
    return List.of(condition);
  }

  /** A condition from a predicate; its reason for failing is its own description. */
  record Described(String description, BiPredicate<Position, Event> predicate)
      implements Condition {
    @Override
    public <R> R accept(ConditionVisitor<R> visitor) {
      return this == ALWAYS ? visitor.always() : visitor.inJava(this);
    }

    @Override
    public boolean holds(Position position, Event event) {
      return predicate.test(position, event);
    }

    @Override
    public Option<String> whyNot(Position position, Event event) {
      return holds(position, event) ? Option.none() : Option.of("not " + description);
    }

    @Override
    public String toString() {
      return description;
    }
  }

  /** All parts hold; the parts are also kept in an array, which the engine's hot path walks. */
  /** The outcome of an interaction; a built-in part so that the engine can screen it. */
  record OutcomeIs(Outcome outcome) implements Condition {
    @Override
    public <R> R accept(ConditionVisitor<R> visitor) {
      return visitor.outcomeIs(outcome);
    }

    @Override
    public boolean holds(Position position, Event event) {
      return event instanceof InteractionHappened interaction && interaction.outcome() == outcome;
    }

    @Override
    public String description() {
      return "outcome is " + outcome.id();
    }

    @Override
    public Option<String> whyNot(Position position, Event event) {
      return holds(position, event) ? Option.none() : Option.of("not " + description());
    }

    @Override
    public String toString() {
      return description();
    }
  }

  static final class All implements Condition {
    private final List<Condition> parts;
    private final Condition[] array;

    All(List<Condition> parts) {
      this.parts = parts;
      this.array = parts.toJavaArray(Condition[]::new);
    }

    List<Condition> parts() {
      return parts;
    }

    @Override
    public <R> R accept(ConditionVisitor<R> visitor) {
      return visitor.all(parts);
    }

    @Override
    public boolean holds(Position position, Event event) {
      for (Condition part : array) {
        if (!part.holds(position, event)) {
          return false;
        }
      }
      return true;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof All that && parts.equals(that.parts);
    }

    @Override
    public int hashCode() {
      return parts.hashCode();
    }

    @Override
    public String description() {
      return parts.map(Condition::description).mkString(" and ");
    }

    @Override
    public Option<String> whyNot(Position position, Event event) {
      for (Condition part : parts) {
        Option<String> why = part.whyNot(position, event);
        if (why.isDefined()) {
          return why;
        }
      }
      return Option.none();
    }

    @Override
    public Condition and(Condition other) {
      return new All(parts.append(other));
    }

    @Override
    public String toString() {
      return description();
    }
  }

  /** Any part holds; the parts are also kept in an array, which the engine's hot path walks. */
  static final class Any implements Condition {
    private final List<Condition> parts;
    private final Condition[] array;

    Any(List<Condition> parts) {
      this.parts = parts;
      this.array = parts.toJavaArray(Condition[]::new);
    }

    List<Condition> parts() {
      return parts;
    }

    @Override
    public <R> R accept(ConditionVisitor<R> visitor) {
      return visitor.any(parts);
    }

    @Override
    public boolean holds(Position position, Event event) {
      for (Condition part : array) {
        if (part.holds(position, event)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Any that && parts.equals(that.parts);
    }

    @Override
    public int hashCode() {
      return parts.hashCode();
    }

    @Override
    public String description() {
      return "(" + parts.map(Condition::description).mkString(" or ") + ")";
    }

    @Override
    public Option<String> whyNot(Position position, Event event) {
      if (holds(position, event)) {
        return Option.none();
      }
      return Option.of(parts.flatMap(part -> part.whyNot(position, event)).mkString(", and "));
    }

    @Override
    public Condition or(Condition other) {
      return new Any(parts.append(other));
    }

    @Override
    public String toString() {
      return description();
    }
  }

  record Not(Condition negated) implements Condition {
    @Override
    public <R> R accept(ConditionVisitor<R> visitor) {
      return visitor.not(negated);
    }

    @Override
    public boolean holds(Position position, Event event) {
      return !negated.holds(position, event);
    }

    @Override
    public String description() {
      return "not " + negated.description();
    }

    @Override
    public Option<String> whyNot(Position position, Event event) {
      return holds(position, event) ? Option.none() : Option.of(negated.description());
    }

    @Override
    public Condition not() {
      return negated;
    }

    @Override
    public String toString() {
      return description();
    }
  }

  record StatusIs(EnumSet<CustomerStatus> statuses) implements Condition {
    @Override
    public <R> R accept(ConditionVisitor<R> visitor) {
      return visitor.statusIs(List.ofAll(statuses));
    }

    @Override
    public boolean holds(Position position, Event event) {
      return statuses.contains(position.status());
    }

    @Override
    public String description() {
      return "status is " + List.ofAll(statuses).map(CustomerStatus::id).mkString(" or ");
    }

    @Override
    public Option<String> whyNot(Position position, Event event) {
      return holds(position, event)
          ? Option.none()
          : Option.of(description() + ", but it is " + position.status().id());
    }
  }

  /**
   * At least some of the criteria are met; the criteria are also kept in an array for the hot path.
   */
  static final class CriteriaMet implements Condition {
    private final int atLeast;
    private final List<String> criteria;
    private final String[] array;

    CriteriaMet(int atLeast, List<String> criteria) {
      if (atLeast < 0 || atLeast > criteria.size()) {
        throw new IllegalArgumentException(
            "cannot need "
                + atLeast
                + " of "
                + criteria.size()
                + " criteria "
                + criteria.mkString(", "));
      }
      this.atLeast = atLeast;
      this.criteria = criteria;
      this.array = criteria.toJavaArray(String[]::new);
    }

    int atLeast() {
      return atLeast;
    }

    /** The criteria as an array; shared, never to be changed. */
    String[] array() {
      return array;
    }

    @Override
    public <R> R accept(ConditionVisitor<R> visitor) {
      return visitor.criteriaMet(atLeast, criteria);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof CriteriaMet that
          && atLeast == that.atLeast
          && criteria.equals(that.criteria);
    }

    @Override
    public int hashCode() {
      return 31 * atLeast + criteria.hashCode();
    }

    @Override
    public boolean holds(Position position, Event event) {
      int met = 0;
      for (String criterion : array) {
        if (position.hasMet(criterion) && ++met >= atLeast) {
          return true;
        }
      }
      return met >= atLeast;
    }

    @Override
    public String description() {
      if (criteria.size() == 1 && atLeast == 1) {
        return "has met " + criteria.head();
      }
      String which = atLeast == criteria.size() ? "all of " : "at least " + atLeast + " of ";
      return which + criteria.mkString(", ");
    }

    @Override
    public Option<String> whyNot(Position position, Event event) {
      if (holds(position, event)) {
        return Option.none();
      }
      if (criteria.size() == 1) {
        return Option.of("has not met " + criteria.head());
      }
      List<String> met = criteria.filter(position::hasMet);
      return Option.of(
          "needs "
              + description()
              + "; has "
              + met.size()
              + (met.isEmpty() ? "" : ": " + met.mkString(", ")));
    }
  }

  record Weighted(Map<String, Double> weights, double threshold) implements Condition {
    @Override
    public <R> R accept(ConditionVisitor<R> visitor) {
      return visitor.weightOfCriteriaMet(weights, threshold);
    }

    double weightMet(Position position) {
      double total = 0;
      for (var weight : weights) {
        if (position.hasMet(weight._1)) {
          total += weight._2;
        }
      }
      return total;
    }

    @Override
    public boolean holds(Position position, Event event) {
      return weightMet(position) >= threshold;
    }

    @Override
    public String description() {
      return "weight of "
          + weights.map(w -> w._1 + " (" + w._2 + ")").mkString(", ")
          + " met is at least "
          + threshold;
    }

    @Override
    public Option<String> whyNot(Position position, Event event) {
      return holds(position, event)
          ? Option.none()
          : Option.of(
              "needs "
                  + description().replaceFirst("^weight of ", "a weight of ")
                  + "; has "
                  + Math.round(weightMet(position) * 100) / 100.0);
    }
  }

  /**
   * The buying centre agrees: its members who agreed, each weighed by their relative importance,
   * weigh at least the threshold [004]. Made from the journey's personas.
   */
  record BuyingCentre(Seq<Member> members, double threshold) implements Condition {

    /** A member of the buying centre: the persona, the criterion of its agreement, its weight. */
    record Member(String persona, String criterion, double weight) {}

    static BuyingCentre of(Journey journey, double threshold) {
      Seq<Member> members =
          journey
              .personas()
              .filter(p -> p.agreement().isDefined() && p.relativeImportance().isDefined())
              .map(p -> new Member(p.id(), p.agreement().get(), p.relativeImportance().get()));
      return new BuyingCentre(members, threshold);
    }

    Map<String, Double> weights() {
      return LinkedHashMap.ofEntries(members.map(m -> io.vavr.Tuple.of(m.criterion(), m.weight())));
    }

    @Override
    public <R> R accept(ConditionVisitor<R> visitor) {
      return visitor.buyingCentreAgrees(weights(), threshold);
    }

    double agreed(Position position) {
      double total = 0;
      for (Member member : members) {
        if (position.hasMet(member.criterion())) {
          total += member.weight();
        }
      }
      return total;
    }

    @Override
    public boolean holds(Position position, Event event) {
      return agreed(position) >= threshold;
    }

    @Override
    public String description() {
      return "the buying centre agrees: the members who agreed weigh at least "
          + threshold
          + " ("
          + members.map(m -> m.persona() + " " + m.weight()).mkString(", ")
          + ")";
    }

    @Override
    public Option<String> whyNot(Position position, Event event) {
      if (holds(position, event)) {
        return Option.none();
      }
      Seq<String> agreed = members.filter(m -> position.hasMet(m.criterion())).map(Member::persona);
      return Option.of(
          "needs the members who agreed to weigh at least "
              + threshold
              + " ("
              + members.map(m -> m.persona() + " " + m.weight()).mkString(", ")
              + "); "
              + (agreed.isEmpty()
                  ? "none has agreed"
                  : agreed.mkString(", ")
                      + (agreed.size() == 1 ? " has" : " have")
                      + " agreed, weighing "
                      + Math.round(agreed(position) * 100) / 100.0));
    }
  }

  record PurchasesAtLeast(int count) implements Condition {
    @Override
    public <R> R accept(ConditionVisitor<R> visitor) {
      return visitor.purchasesAtLeast(count);
    }

    @Override
    public boolean holds(Position position, Event event) {
      return position.purchases() >= count;
    }

    @Override
    public String description() {
      return "at least " + count + (count == 1 ? " purchase" : " purchases");
    }

    @Override
    public Option<String> whyNot(Position position, Event event) {
      return holds(position, event)
          ? Option.none()
          : Option.of("needs " + description() + "; has " + position.purchases());
    }
  }

  /**
   * Holds when at least {@code time} has passed between an instant of the position (the last
   * activity, or the entry into the stage) and the event's instant.
   */
  record Elapsed(Duration time, boolean sinceActivity) implements Condition {
    @Override
    public <R> R accept(ConditionVisitor<R> visitor) {
      return sinceActivity ? visitor.inactiveFor(time) : visitor.inStageFor(time);
    }

    private java.time.Instant since(Position position) {
      return sinceActivity ? position.lastActiveAt() : position.enteredStageAt();
    }

    @Override
    public boolean holds(Position position, Event event) {
      return Durations.compareElapsed(since(position), event.at(), time) >= 0;
    }

    @Override
    public String description() {
      return (sinceActivity ? "inactive for " : "in the stage for ") + Durations.words(time);
    }

    @Override
    public Option<String> whyNot(Position position, Event event) {
      return holds(position, event)
          ? Option.none()
          : Option.of(
              "needs to be "
                  + description()
                  + (sinceActivity ? "; last active " : "; entered it ")
                  + Durations.words(Duration.between(since(position), event.at()))
                  + " before");
    }
  }
}
