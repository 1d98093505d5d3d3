package io.github.journeykit.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.journeykit.model.Event;
import io.github.journeykit.model.EventType;
import io.github.journeykit.model.Position;
import io.github.journeykit.model.Problem;
import io.github.journeykit.model.Stage;
import io.github.journeykit.rules.Engine;
import io.github.journeykit.rules.Playbook;
import io.github.journeykit.rules.Rule;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.Objects;
import java.util.Random;
import java.util.function.LongConsumer;
import org.apiguardian.api.API;

/**
 * Checks invariants of a journey over many generated customers, and shrinks the first
 * counterexample.
 *
 * <p>Each run makes {@link #customers(int) N} customers (1,000 unless told) with a {@link
 * CustomerGenerator} seeded from the run's seed, replays each one's events (up to 100 unless told)
 * from a new customer's position, and asks every invariant about the history. On the first
 * violation it shrinks the events: it removes chunks (halves, quarters, ... single events) as long
 * as the invariant still breaks, then simplifies each remaining event (moves it back to the instant
 * of the one before, and gives it the first detail the journey accepts). The result names the seed,
 * the minimal events (also as an event log the command line replays), and the engine's explanation
 * of the step that broke the invariant. The same seed always finds the same counterexample.
 *
 * <p>A check also counts what its customers exercised ({@link CheckResult#coverage()}): how many
 * reached each stage, how many had each rule fire, how many reached the stages each invariant is
 * {@link Invariant#about about}. An invariant cannot fail where no customer goes, so by default
 * ({@link CoverageMode#FAIL}) a check whose customers never reached a stage or never fired a rule
 * fails, naming them and saying how to reach them: more customers, longer histories, {@link
 * CustomerGenerator#weight(String, double) weights} towards them, or a part declared unreachable
 * with {@link #expectUnreached(String, String)}. {@link #requireCoverage(CoverageMode)} makes it a
 * warning, or turns it off. An invariant that does not {@link Invariant#appliesTo apply} to the
 * journey (one about windows, in a journey without any) is not checked and not counted as held.
 *
 * <p>A run keeps one customer's history at a time: its memory does not grow with the number of
 * customers. {@link #onProgress(java.util.function.LongConsumer)} tells a listener how many
 * customers have been checked, to show the progress of a long run.
 *
 * <pre>{@code
 * CheckResult result = JourneyCheck.of(Catalogue.get("sales-funnel").get())
 *     .customers(10_000)
 *     .seed(42)
 *     .check(Invariants.standard().appendAll(CatalogueInvariants.forJourney("sales-funnel")));
 * result.assertHolds();   // or: if (!result.holds()) System.out.println(result.report());
 * result.coverage().stages().get("loyal");   // how many customers reached 'loyal'
 *
 * JourneyCheck.of(myPlaybook)
 *     .expectUnreached("archived", "only an operator moves a customer there")
 *     .requireCoverage(CoverageMode.FAIL, 10)   // each stage and rule by at least 10 customers
 *     .check(Invariants.standard())
 *     .assertHolds();
 * }</pre>
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class JourneyCheck {

  /** The number of customers a run checks unless told. */
  public static final int DEFAULT_CUSTOMERS = 1_000;

  /** The most events a customer has unless told. */
  public static final int DEFAULT_MAX_EVENTS = 100;

  private final Playbook playbook;
  private final int customers;
  private final int maxEvents;
  private final long seed;
  private final CustomerGenerator generator;
  private final CoverageMode coverageMode;
  private final int coverageAtLeast;
  private final Map<String, String> expectedUnreached;
  private final LongConsumer progress;

  private JourneyCheck(
      Playbook playbook,
      int customers,
      int maxEvents,
      long seed,
      CustomerGenerator generator,
      CoverageMode coverageMode,
      int coverageAtLeast,
      Map<String, String> expectedUnreached,
      LongConsumer progress) {
    this.playbook = playbook;
    this.customers = customers;
    this.maxEvents = maxEvents;
    this.seed = seed;
    this.generator = generator;
    this.coverageMode = coverageMode;
    this.coverageAtLeast = coverageAtLeast;
    this.expectedUnreached = expectedUnreached;
    this.progress = progress;
  }

  /**
   * Starts a check of a playbook with the defaults: 1,000 customers of up to 100 events, a random
   * seed, and a failure when a stage or a rule is never exercised.
   *
   * @param playbook the playbook to check
   * @return the check
   */
  public static JourneyCheck of(Playbook playbook) {
    Objects.requireNonNull(playbook, "playbook is null");
    return new JourneyCheck(
        playbook,
        DEFAULT_CUSTOMERS,
        DEFAULT_MAX_EVENTS,
        new Random().nextLong(),
        CustomerGenerator.of(playbook),
        CoverageMode.FAIL,
        1,
        LinkedHashMap.empty(),
        JourneyCheck::noProgress);
  }

  /**
   * Checks one invariant over 1,000 customers with a random seed.
   *
   * @param playbook the playbook
   * @param invariant the invariant
   * @return the result
   */
  public static CheckResult check(Playbook playbook, Invariant invariant) {
    return of(playbook).check(List.of(invariant));
  }

  /**
   * Returns this check with another number of customers.
   *
   * @param count how many customers, at least 1
   * @return the check
   */
  public JourneyCheck customers(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("customers must be at least 1, got " + count);
    }
    return new JourneyCheck(
        playbook,
        count,
        maxEvents,
        seed,
        generator,
        coverageMode,
        coverageAtLeast,
        expectedUnreached,
        progress);
  }

  /**
   * Returns this check with customers of up to the given number of events.
   *
   * @param count the most events per customer, at least 1
   * @return the check
   */
  public JourneyCheck maxEvents(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("maxEvents must be at least 1, got " + count);
    }
    return new JourneyCheck(
        playbook,
        customers,
        count,
        seed,
        generator,
        coverageMode,
        coverageAtLeast,
        expectedUnreached,
        progress);
  }

  /**
   * Returns this check with a fixed seed, to reproduce a run.
   *
   * @param newSeed the seed
   * @return the check
   */
  public JourneyCheck seed(long newSeed) {
    return new JourneyCheck(
        playbook,
        customers,
        maxEvents,
        newSeed,
        generator,
        coverageMode,
        coverageAtLeast,
        expectedUnreached,
        progress);
  }

  /**
   * Returns this check with another generator of customers (another mix of events, another start).
   *
   * @param newGenerator the generator, for the same playbook
   * @return the check
   */
  public JourneyCheck generator(CustomerGenerator newGenerator) {
    Objects.requireNonNull(newGenerator, "generator is null");
    if (!newGenerator.playbook().equals(playbook)) {
      throw new IllegalArgumentException("the generator is for another playbook");
    }
    return new JourneyCheck(
        playbook,
        customers,
        maxEvents,
        seed,
        newGenerator,
        coverageMode,
        coverageAtLeast,
        expectedUnreached,
        progress);
  }

  /**
   * Returns this check with another requirement on coverage: each stage reached and each rule fired
   * by at least one customer.
   *
   * @param mode fail (the default), warn, or do not judge
   * @return the check
   */
  public JourneyCheck requireCoverage(CoverageMode mode) {
    return requireCoverage(mode, coverageAtLeast);
  }

  /**
   * Returns this check with another requirement on coverage: each stage reached, each rule fired
   * and the stages of each invariant reached by at least {@code customersEach} customers.
   *
   * @param mode fail (the default), warn, or do not judge
   * @param customersEach how many customers must exercise each part, at least 1
   * @return the check
   */
  public JourneyCheck requireCoverage(CoverageMode mode, int customersEach) {
    Objects.requireNonNull(mode, "mode is null");
    if (customersEach < 1) {
      throw new IllegalArgumentException(
          "each part must be exercised by at least 1 customer, got " + customersEach);
    }
    return new JourneyCheck(
        playbook,
        customers,
        maxEvents,
        seed,
        generator,
        mode,
        customersEach,
        expectedUnreached,
        progress);
  }

  /**
   * Returns this check with a stage or a rule declared unreachable by its customers, so that its
   * coverage does not require it. An invariant {@link Invariant#about about} the stage still
   * requires it: it would otherwise never be put to the test. A part declared so that customers do
   * reach is noted in the report.
   *
   * @param stageOrRule a stage's id or a rule's name
   * @param reason why generated customers cannot reach it, for the report
   * @return the check
   * @throws IllegalArgumentException if the journey has no such stage or rule, or the reason is
   *     blank
   */
  public JourneyCheck expectUnreached(String stageOrRule, String reason) {
    Objects.requireNonNull(stageOrRule, "stageOrRule is null");
    Objects.requireNonNull(reason, "reason is null");
    Seq<String> stages = playbook.journey().stages().map(Stage::id);
    Seq<String> rules = playbook.rules().map(Rule::name);
    if (!stages.contains(stageOrRule) && !rules.contains(stageOrRule)) {
      throw new IllegalArgumentException(
          "journey '"
              + playbook.journey().id()
              + "' has no stage or rule '"
              + stageOrRule
              + "'"
              + Problem.didYouMean(stageOrRule, stages.appendAll(rules))
              + "; its stages: "
              + stages.mkString(", ")
              + "; its rules: "
              + rules.map(rule -> "\"" + rule + "\"").mkString(", "));
    }
    if (reason.isBlank()) {
      throw new IllegalArgumentException(
          "say why '" + stageOrRule + "' cannot be reached: the reason is blank");
    }
    return new JourneyCheck(
        playbook,
        customers,
        maxEvents,
        seed,
        generator,
        coverageMode,
        coverageAtLeast,
        expectedUnreached.put(stageOrRule, reason),
        progress);
  }

  /**
   * Returns this check with a listener told how far a run has come, to show its progress.
   *
   * <p>During {@link #check(Seq)}, on the thread that runs it, the listener is told after each
   * customer how many customers have been checked so far: 1, 2, ... up to the {@linkplain
   * #customers(int) number of customers}, or up to the customer who broke an invariant, before the
   * shrinking of the counterexample. It is called once per customer, so it should be cheap, e.g.
   * redraw something only when a whole percent is done. It does not change the result. A check
   * keeps one customer's history at a time, whatever their number: its memory is that of the
   * coverage counts and of the counterexample.
   *
   * <pre>{@code
   * JourneyCheck.of(playbook)
   *     .customers(10_000_000)
   *     .onProgress(done -> bar.show(done * 100 / 10_000_000))
   *     .check(Invariants.standard());
   * }</pre>
   *
   * @param listener told the number of customers checked so far, after each one
   * @return the check
   * @since 0.1
   */
  public JourneyCheck onProgress(LongConsumer listener) {
    Objects.requireNonNull(listener, "listener is null");
    return new JourneyCheck(
        playbook,
        customers,
        maxEvents,
        seed,
        generator,
        coverageMode,
        coverageAtLeast,
        expectedUnreached,
        listener);
  }

  /**
   * Returns the seed of this check.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * Checks invariants over the customers; stops at the first violation and shrinks it.
   *
   * @param invariants the invariants
   * @return the result
   */
  public CheckResult check(Invariant... invariants) {
    return check(List.of(invariants));
  }

  /**
   * Checks invariants over the customers; stops at the first violation and shrinks it.
   *
   * @param invariants the invariants
   * @return the result
   */
  public CheckResult check(Seq<Invariant> invariants) {
    Objects.requireNonNull(invariants, "invariants is null");
    Seq<Invariant> applied = invariants.filter(invariant -> invariant.appliesTo(playbook));
    Seq<String> notApplicable =
        invariants.filter(invariant -> !invariant.appliesTo(playbook)).map(Invariant::name);
    applied.forEach(this::checkStagesOf);
    Engine engine = playbook.compile().withExplanations(false);
    CustomerGenerator lengths = generator.lengths(1, maxEvents);
    Seq<String> names = applied.map(Invariant::name);
    CoverageCounter coverage = new CoverageCounter(playbook, applied);
    for (int customer = 0; customer < customers; customer++) {
      Random random = new Random(seed * 0x9E3779B97F4A7C15L + customer);
      Seq<Event> events = lengths.events(random);
      Position start = playbook.journey().newCustomer("customer-" + customer, lengths.start());
      CustomerHistory history = CustomerHistory.replay(engine, start, events);
      coverage.start(start);
      history.decisions().forEach(coverage::decided);
      coverage.end();
      for (Invariant invariant : applied) {
        if (invariant.check(history).isDefined()) {
          progress.accept(customer + 1L);
          Counterexample counterexample =
              shrink(engine, invariant, customer, events, lengths.start());
          return new CheckResult(
              playbook.journey().id(),
              seed,
              customer + 1,
              names,
              notApplicable,
              Option.of(counterexample),
              coverage.coverage(expectedUnreached, coverageMode, coverageAtLeast));
        }
      }
      progress.accept(customer + 1L);
    }
    return new CheckResult(
        playbook.journey().id(),
        seed,
        customers,
        names,
        notApplicable,
        Option.none(),
        coverage.coverage(expectedUnreached, coverageMode, coverageAtLeast));
  }

  /** The listener of a check that shows no progress. */
  private static void noProgress(long done) {}

  /** An invariant about stages the journey does not have is a mistake in the test. */
  private void checkStagesOf(Invariant invariant) {
    Seq<String> stages = playbook.journey().stages().map(Stage::id);
    for (String stage : invariant.stages()) {
      if (!stages.contains(stage)) {
        throw new IllegalArgumentException(
            "invariant \""
                + invariant.name()
                + "\" is about stage '"
                + stage
                + "', which journey '"
                + playbook.journey().id()
                + "' does not have"
                + Problem.didYouMean(stage, stages)
                + "; its stages: "
                + stages.mkString(", "));
      }
    }
  }

  private Counterexample shrink(
      Engine engine,
      Invariant invariant,
      int customer,
      Seq<Event> original,
      java.time.Instant startAt) {
    Position start = playbook.journey().newCustomer(Counterexample.CUSTOMER, startAt);
    Vector<Event> events = Vector.ofAll(original);
    for (int chunk = Math.max(1, events.size() / 2); chunk >= 1; chunk /= 2) {
      int from = 0;
      while (from < events.size()) {
        Vector<Event> without = events.take(from).appendAll(events.drop(from + chunk));
        if (fails(engine, invariant, start, without)) {
          events = without;
        } else {
          from += chunk;
        }
      }
    }
    for (int i = 0; i < events.size(); i++) {
      for (Event simpler : simplifications(events, i, startAt)) {
        Vector<Event> candidate = events.update(i, simpler);
        if (fails(engine, invariant, start, candidate)) {
          events = candidate;
        }
      }
    }
    Violation violation = invariant.check(CustomerHistory.replay(engine, start, events)).get();
    String explanation =
        playbook
            .compile()
            .replay(start, events)
            .decisions()
            .get(violation.step())
            .explanation()
            .toString();
    return new Counterexample(
        playbook.journey().id(),
        seed,
        customer,
        invariant.name(),
        violation,
        events,
        original.size(),
        explanation);
  }

  private Seq<Event> simplifications(Vector<Event> events, int i, java.time.Instant startAt) {
    Event event = events.get(i);
    java.time.Instant earliest = i == 0 ? startAt : events.get(i - 1).at();
    List<Event> simpler = List.empty();
    if (event.at().isAfter(earliest)) {
      simpler = simpler.append(event.happenedAt(earliest));
    }
    Option<String> first =
        event.type().id().equals(EventType.PURCHASE.id())
            ? Option.none()
            : playbook.detailsOf(event.type()).flatMap(details -> details.headOption());
    if (!first.equals(event.detail())) {
      simpler =
          simpler.appendAll(event.type().fromDetail(first.getOrElse(""), event.at()).toOption());
    }
    return simpler;
  }

  private static boolean fails(
      Engine engine, Invariant invariant, Position start, Seq<Event> events) {
    return invariant.check(CustomerHistory.replay(engine, start, events)).isDefined();
  }
}
