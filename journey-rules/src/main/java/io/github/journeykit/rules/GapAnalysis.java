package io.github.journeykit.rules;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.journeykit.model.Audience;
import io.github.journeykit.model.BuyingCentreRole;
import io.github.journeykit.model.Channel;
import io.github.journeykit.model.Criterion;
import io.github.journeykit.model.CustomerStatus;
import io.github.journeykit.model.Event;
import io.github.journeykit.model.EventType;
import io.github.journeykit.model.InteractionHappened;
import io.github.journeykit.model.Journey;
import io.github.journeykit.model.Message;
import io.github.journeykit.model.Outcome;
import io.github.journeykit.model.Persona;
import io.github.journeykit.model.Position;
import io.github.journeykit.model.Stage;
import io.github.journeykit.model.Transition;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Finds the gaps in a journey and its rules: the places where customers will be lost.
 *
 * <p>"Draw every variant of interaction at every stage; the places on the map left blank are the
 * points where you lose customers" [003]. One call returns every finding at once, in the order of
 * the stages:
 *
 * <ul>
 *   <li>a stage with no planned response to one of the three outcomes (neither a {@link
 *       Stage#plannedResponses() planned response} nor a rule that reacts to it);
 *   <li>a stage with no touchpoint, a stage with no message, a message missing any of its five Ws,
 *       a message that nothing sends (no rule, no stage on entry);
 *   <li>a stage no customer can reach from the first stage, and a stage (not final) no customer can
 *       leave, following the moves the rules make (or, for a journey with no moving rules, its
 *       transitions);
 *   <li>a rule that never takes effect because a rule tried before it on the same stage and event
 *       type always fires too and wins its move and status;
 *   <li>a gate no customer can pass, for example one that needs a criterion no event records;
 *   <li>for a B2B journey, a buying-centre role that no message addresses, and a message that
 *       reaches a persona by a channel the persona does not prefer [004];
 *   <li>a variative step (a letter whose opening or ignoring a rule answers with a letter or a
 *       move) that answers only one of the two, or that leads more than two ways [003].
 * </ul>
 *
 * <p>{@link #ofMigration(Journey, Journey)} analyses what a new version's migrations leave behind:
 * a stage of the older version they leave unmapped, a criterion, fact or message lost without a
 * word.
 *
 * <p>Where a question cannot be settled by looking at the rules, the analysis samples: it asks the
 * conditions about a fixed set of positions (every status, no criteria, all of them, each alone and
 * each missing, 0 to 2 purchases, quiet for minutes to months) and the events the journey knows. A
 * finding from sampling says so.
 *
 * <pre>{@code
 * for (Finding finding : GapAnalysis.of(Catalogue.get("sales-funnel").get())) {
 *   System.out.println(finding);   // e.g. "warning stage 'buyer': no message is sent here; ..."
 * }
 * }</pre>
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class GapAnalysis {

  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
  private static final List<Duration> QUIET =
      List.of(
          Duration.ZERO,
          Duration.ofHours(3),
          Duration.ofDays(2),
          Duration.ofDays(40),
          Duration.ofDays(200));
  private static final int MAX_CRITERIA_SAMPLES = 8;

  private final Playbook playbook;
  private final Journey journey;
  private final Engine engine;
  private final java.util.List<Finding> findings = new ArrayList<>();
  private final java.util.Map<String, Seq<Position>> samples = new java.util.HashMap<>();

  private GapAnalysis(Playbook playbook) {
    this.playbook = playbook;
    this.journey = playbook.journey();
    this.engine = playbook.compile().withExplanations(false);
  }

  /**
   * Analyses a playbook: its journey's map and its rules.
   *
   * @param playbook the playbook
   * @return every finding, errors and warnings, in the order of the stages, then rules, gates,
   *     roles
   */
  public static Seq<Finding> of(Playbook playbook) {
    GapAnalysis analysis =
        new GapAnalysis(java.util.Objects.requireNonNull(playbook, "playbook is null"));
    analysis.run();
    return List.ofAll(analysis.findings);
  }

  /**
   * Analyses a migration: what becomes of the customers of an older version of a journey when the
   * newer version's {@link Journey#migrations() migrations} carry them over. An error for a stage
   * of the older version that the newer one does not have and no migration maps (its customers'
   * events would be rejected) and for a version no migration starts from; a warning for a
   * criterion, fact or message that the newer version does not have and no migration names, and for
   * a fact whose kind changed (carried customers lose it without a word).
   *
   * <pre>{@code
   * for (Finding finding : GapAnalysis.ofMigration(firstVersion, secondVersion)) {
   *   System.out.println(finding);   // e.g. "error stage 'buyer' of version 1: version 2 has no ..."
   * }
   * }</pre>
   *
   * @param older the older version of the journey
   * @param newer the newer version, with its migrations
   * @return every finding, in the order of the older version's stages, criteria, facts and messages
   * @since 0.2
   */
  public static Seq<Finding> ofMigration(Journey older, Journey newer) {
    return MigrationGaps.of(
        java.util.Objects.requireNonNull(older, "older is null"),
        java.util.Objects.requireNonNull(newer, "newer is null"));
  }

  private void run() {
    Seq<Stage> stages = journey.stages();
    java.util.List<java.util.List<Integer>> edges = moves();
    BitSet reachable = reachableFromFirst(edges);
    for (int i = 0; i < stages.size(); i++) {
      Stage stage = stages.get(i);
      String subject = "stage '" + stage.id() + "'";
      unplannedOutcomes(i, stage, subject);
      if (journey.touchpointsAt(stage.id()).isEmpty()) {
        warn(
            Finding.Kind.NO_TOUCHPOINT,
            subject,
            "no touchpoint is placed here; customers have nowhere to meet us at this stage");
      }
      if (journey.messagesAt(stage.id()).isEmpty()) {
        warn(
            Finding.Kind.NO_MESSAGE,
            subject,
            "no message is sent here; nothing moves the customer on from this stage");
      }
      if (!reachable.get(i)) {
        error(
            Finding.Kind.UNREACHABLE_STAGE,
            subject,
            "no customer can reach this stage from '"
                + stages.head().id()
                + "'; no move leads here");
      }
      int here = i;
      boolean leaves = edges.get(i).stream().anyMatch(to -> to != here);
      if (!stage.isFinal() && !leaves) {
        error(
            Finding.Kind.DEAD_END,
            subject,
            "no customer can leave this stage, and it is not marked final; customers get stuck here");
      }
    }
    java.util.Set<String> sent = new java.util.HashSet<>();
    playbook
        .rules()
        .forEach(
            rule ->
                rule.effects()
                    .filter(Effect.Send.class::isInstance)
                    .forEach(effect -> sent.add(((Effect.Send) effect).message())));
    journey.stages().forEach(stage -> stage.onEntry().forEach(sent::add));
    for (Message message : journey.messages()) {
      if (!sent.contains(message.id())) {
        warn(
            Finding.Kind.UNSENT_MESSAGE,
            "message '" + message.id() + "'",
            "no rule sends it and no stage sends it on entry; it never goes out, so it tells the"
                + " CRM nothing about what to say next");
      }
      if (!message.isComplete()) {
        warn(
            Finding.Kind.INCOMPLETE_MESSAGE,
            "message '" + message.id() + "'",
            "the message does not say "
                + message
                    .missing()
                    .map(w -> w.name().toLowerCase(java.util.Locale.ROOT))
                    .mkString(", ")
                + "; every message needs who, what, where, why and when");
      }
    }
    shadowedRules();
    impassableGates();
    unaddressedRoles();
    offPreferredChannels();
    variativeSteps();
  }

  /**
   * A message that reaches its persona, or the personas of its role, by a channel they do not
   * prefer.
   */
  private void offPreferredChannels() {
    for (Message message : journey.messages()) {
      if (message.where().isEmpty() || message.who().isEmpty()) {
        continue;
      }
      Channel channel = message.where().get();
      Audience audience = message.who().get();
      Seq<Persona> reached =
          audience.persona().isDefined()
              ? audience.persona().flatMap(journey::persona).toList()
              : audience
                  .role()
                  .map(role -> journey.personas().filter(p -> p.buyingCentreRole().contains(role)))
                  .getOrElse(List.empty());
      for (Persona persona : reached) {
        if (!persona.preferredChannels().isEmpty()
            && !persona.preferredChannels().contains(channel)) {
          warn(
              Finding.Kind.OFF_PREFERRED_CHANNEL,
              "message '" + message.id() + "'",
              "it goes by "
                  + channel.id()
                  + ", but "
                  + persona.id()
                  + " prefers "
                  + persona.preferredChannels().map(Channel::id).mkString(" or ")
                  + "; reach each member of the buying centre by a channel they prefer");
        }
      }
    }
  }

  private void variativeSteps() {
    Branches.of(playbook)
        .forEach(
            (message, rules) -> {
              String subject = "message '" + message + "'";
              String names = rules.map(rule -> "'" + rule.name() + "'").mkString(", ");
              boolean opened = rules.exists(rule -> rule.on().equals(EventType.MESSAGE_OPENED));
              boolean ignored = rules.exists(rule -> rule.on().equals(EventType.MESSAGE_IGNORED));
              if (rules.size() > 2) {
                warn(
                    Finding.Kind.TOO_MANY_BRANCHES,
                    subject,
                    "what the customer does with it leads "
                        + rules.size()
                        + " ways ("
                        + names
                        + "); two are enough, opened or not: the more variants, the longer the"
                        + " buying cycle");
              }
              if (opened != ignored) {
                warn(
                    Finding.Kind.ONE_BRANCH,
                    subject,
                    (opened ? "opening it" : "ignoring it")
                        + " is answered ("
                        + names
                        + "), "
                        + (opened ? "ignoring it" : "opening it")
                        + " is not; a variative step says what comes next in both cases");
              }
            });
  }

  private void unplannedOutcomes(int stageIndex, Stage stage, String subject) {
    for (Outcome outcome : Outcome.values()) {
      if (stage.plannedResponses().containsKey(outcome)) {
        continue;
      }
      Event event = new InteractionHappened(outcome, NOW);
      boolean answered =
          playbook.knows(EventType.INTERACTION)
              && samples(stage.id())
                  .exists(
                      position ->
                          anyFires(
                              engine.bucket(stageIndex, EventType.INTERACTION), position, event));
      if (!answered) {
        warn(
            Finding.Kind.UNPLANNED_OUTCOME,
            subject,
            "nobody planned what to do when the customer says \"" + words(outcome) + "\" here");
      }
    }
  }

  private static String words(Outcome outcome) {
    return switch (outcome) {
      case YES -> "yes";
      case NO -> "no";
      case DONT_KNOW -> "don't know";
    };
  }

  private static boolean anyFires(CompiledRule[] bucket, Position position, Event event) {
    for (CompiledRule rule : bucket) {
      if (rule.condition.holds(position, event)) {
        return true;
      }
    }
    return false;
  }

  /** For each stage (by place), the places the rules can move a customer to. */
  private java.util.List<java.util.List<Integer>> moves() {
    int count = journey.stages().size();
    java.util.List<java.util.List<Integer>> edges = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      edges.add(new ArrayList<>());
    }
    boolean anyMove = false;
    for (Rule rule : playbook.rules()) {
      for (Effect effect : rule.effects()) {
        if (!(effect instanceof Effect.Move move)) {
          continue;
        }
        anyMove = true;
        for (String from : stagesOf(rule)) {
          int i = journey.orderOf(from).get();
          Option<Stage> to =
              switch (move.direction()) {
                case NEXT -> journey.next(from);
                case PREVIOUS -> journey.previous(from);
                case TO -> journey.stage(move.stage().get());
              };
          int from0 = i;
          to.forEach(stage -> edges.get(from0).add(journey.orderOf(stage.id()).get()));
        }
      }
    }
    if (!anyMove) {
      for (Transition transition : journey.transitions()) {
        edges
            .get(journey.orderOf(transition.from()).get())
            .add(journey.orderOf(transition.to()).get());
      }
    }
    return edges;
  }

  private Seq<String> stagesOf(Rule rule) {
    return rule.stages().isEmpty() ? journey.stages().map(Stage::id) : rule.stages().toList();
  }

  private static BitSet reachableFromFirst(java.util.List<java.util.List<Integer>> edges) {
    BitSet seen = new BitSet(edges.size());
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    seen.set(0);
    queue.add(0);
    while (!queue.isEmpty()) {
      for (int to : edges.get(queue.poll())) {
        if (!seen.get(to)) {
          seen.set(to);
          queue.add(to);
        }
      }
    }
    return seen;
  }

  private void shadowedRules() {
    Seq<Stage> stages = journey.stages();
    Set<String> reported = new HashSet<>();
    for (int i = 0; i < stages.size(); i++) {
      for (EventType type : playbook.eventTypes()) {
        CompiledRule[] bucket = engine.bucket(i, type);
        if (bucket.length < 2) {
          continue;
        }
        Seq<Position> positions = samples(stages.get(i).id());
        Seq<Event> events = sampleEvents(type);
        for (int later = 1; later < bucket.length; later++) {
          CompiledRule rule = bucket[later];
          if (!onlyMovesOrStatus(rule) || reported.contains(rule.rule.name())) {
            continue;
          }
          for (int earlier = 0; earlier < later; earlier++) {
            CompiledRule first = bucket[earlier];
            if (!covers(first, rule)) {
              continue;
            }
            boolean byAnalysis = first.condition == Condition.always();
            if (byAnalysis || alwaysFiresWhen(first, rule, positions, events)) {
              reported.add(rule.rule.name());
              warn(
                  Finding.Kind.SHADOWED_RULE,
                  "rule \"" + rule.rule.name() + "\"",
                  "it never takes effect at '"
                      + stages.get(i).id()
                      + "' on "
                      + type.id()
                      + ": \""
                      + first.rule.name()
                      + "\" is tried first and "
                      + (byAnalysis
                          ? "always fires"
                          : "fired in every sampled situation where this rule fires")
                      + ", so its move and status win");
              break;
            }
          }
        }
      }
    }
  }

  private static boolean onlyMovesOrStatus(CompiledRule rule) {
    return (rule.moves() || rule.status != null)
        && rule.updates.length == 0
        && rule.sends.length == 0;
  }

  /** Whether the earlier rule wins everything the later one would do: its move and its status. */
  private static boolean covers(CompiledRule first, CompiledRule later) {
    return (!later.moves() || first.moves()) && (later.status == null || first.status != null);
  }

  private static boolean alwaysFiresWhen(
      CompiledRule first, CompiledRule later, Seq<Position> positions, Seq<Event> events) {
    boolean laterFired = false;
    for (Position position : positions) {
      for (Event event : events) {
        if (later.condition.holds(position, event)) {
          laterFired = true;
          if (!first.condition.holds(position, event)) {
            return false;
          }
        }
      }
    }
    return laterFired;
  }

  private void impassableGates() {
    Seq<EventType> known = playbook.eventTypes();
    Set<String> recordable = new HashSet<>();
    boolean purchasesCounted = false;
    for (Rule rule : playbook.rules()) {
      for (Effect effect : rule.effects()) {
        if (effect instanceof Effect.RecordCriterion record) {
          if (record.criterion().isDefined()) {
            recordable.add(record.criterion().get());
          } else if (rule.on().id().equals(EventType.CRITERION.id())) {
            journey.criteria().forEach(criterion -> recordable.add(criterion.id()));
          }
        } else if (effect instanceof Effect.CountPurchase) {
          purchasesCounted = true;
        }
      }
    }
    TreeSet<String> best = TreeSet.ofAll(recordable);
    for (Gate gate : playbook.gates()) {
      boolean passable = false;
      for (CustomerStatus status : CustomerStatus.values()) {
        for (int purchases : purchasesCounted ? List.of(0, 1, 2, 1000) : List.of(0)) {
          for (TreeSet<String> criteria : List.of(TreeSet.<String>empty(), best)) {
            for (Duration quiet : QUIET) {
              Position position =
                  Position.of(
                      "gap-analysis",
                      journey.id(),
                      gate.stage(),
                      status,
                      criteria,
                      purchases,
                      NOW.minus(quiet),
                      NOW.minus(quiet));
              for (EventType type : known) {
                for (Event event : sampleEvents(type)) {
                  if (gate.admission().holds(position, event)) {
                    passable = true;
                  }
                }
              }
            }
          }
        }
      }
      if (!passable) {
        Seq<String> never =
            journey
                .criteria()
                .map(Criterion::id)
                .filter(criterion -> !recordable.contains(criterion));
        error(
            Finding.Kind.IMPASSABLE_GATE,
            "gate of '" + gate.stage() + "'",
            "no customer can pass it ("
                + gate.admission().description()
                + ")"
                + (never.isEmpty() ? "" : "; no rule records " + never.mkString(", "))
                + (purchasesCounted ? "" : "; no rule counts purchases"));
      }
    }
  }

  private void unaddressedRoles() {
    Set<BuyingCentreRole> roles = new java.util.TreeSet<>();
    journey.personas().forEach(persona -> persona.buyingCentreRole().forEach(roles::add));
    Set<BuyingCentreRole> addressed = new HashSet<>();
    for (Message message : journey.messages()) {
      for (Audience audience : message.who()) {
        audience.role().forEach(addressed::add);
        audience
            .persona()
            .flatMap(journey::persona)
            .flatMap(Persona::buyingCentreRole)
            .forEach(addressed::add);
      }
    }
    for (BuyingCentreRole role : roles) {
      if (!addressed.contains(role)) {
        warn(
            Finding.Kind.UNADDRESSED_ROLE,
            "role " + role.id(),
            "no message addresses the " + role.id().replace('-', ' ') + " of the buying centre");
      }
    }
  }

  private Seq<Position> samples(String stage) {
    return samples.computeIfAbsent(stage, this::sampleAt);
  }

  private Seq<Position> sampleAt(String stage) {
    Seq<String> criteria = journey.criteria().map(Criterion::id);
    List<TreeSet<String>> subsets = List.of(TreeSet.empty(), TreeSet.ofAll(criteria));
    for (String criterion : criteria.take(MAX_CRITERIA_SAMPLES)) {
      subsets =
          subsets.append(TreeSet.of(criterion)).append(TreeSet.ofAll(criteria).remove(criterion));
    }
    java.util.List<Position> positions = new ArrayList<>();
    for (CustomerStatus status : CustomerStatus.values()) {
      for (TreeSet<String> subset : subsets) {
        for (int purchases = 0; purchases <= 2; purchases++) {
          for (Duration quiet : QUIET) {
            positions.add(
                Position.of(
                    "gap-analysis",
                    journey.id(),
                    stage,
                    status,
                    subset,
                    purchases,
                    NOW.minus(quiet),
                    NOW.minus(quiet)));
          }
        }
      }
    }
    return List.ofAll(positions);
  }

  private Seq<Event> sampleEvents(EventType type) {
    Seq<String> details =
        type.id().equals(EventType.PURCHASE.id())
            ? List.of("", "a", "c")
            : playbook.detailsOf(type).getOrElse(List.of(""));
    return details.flatMap(detail -> type.fromDetail(detail, NOW).toOption());
  }

  private void warn(Finding.Kind kind, String subject, String message) {
    findings.add(new Finding(Finding.Severity.WARNING, kind, subject, message));
  }

  private void error(Finding.Kind kind, String subject, String message) {
    findings.add(new Finding(Finding.Severity.ERROR, kind, subject, message));
  }
}
