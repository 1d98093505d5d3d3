package io.github.journeykit.report.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.journeykit.catalogue.Catalogue;
import io.github.journeykit.eventlog.EventLog;
import io.github.journeykit.eventlog.EventLogReader;
import io.github.journeykit.model.Event;
import io.github.journeykit.model.Position;
import io.github.journeykit.rules.Decision;
import io.github.journeykit.rules.Engine;
import io.github.journeykit.rules.Playbook;
import io.github.journeykit.testkit.CustomerGenerator;
import io.vavr.Tuple;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The funnel figures of a small sales-funnel log worked out by hand: rollbacks (a), skips by
 * purchase from early stages (b, c), grey (c) and blue (d) customers, a quiet customer (e), equal
 * timestamps (f).
 */
class FunnelTests {

  static final Playbook FUNNEL = Catalogue.get("sales-funnel").get();
  static final Engine ENGINE = FUNNEL.compile();

  static final String LOG =
      "customer,at,event,detail\n"
          + "a,2026-03-01T00:00:00Z,interaction,yes\n"
          + "a,2026-03-03T00:00:00Z,criterion,money\n"
          + "a,2026-03-03T00:00:00Z,criterion,need\n"
          + "a,2026-03-04T00:00:00Z,interaction,yes\n"
          + "a,2026-03-11T00:00:00Z,interaction,no\n"
          + "a,2026-03-12T00:00:00Z,interaction,yes\n"
          + "b,2026-03-01T00:00:00Z,purchase,\n"
          + "b,2026-03-06T00:00:00Z,purchase,\n"
          + "c,2026-03-01T00:00:00Z,interaction,yes\n"
          + "c,2026-03-02T00:00:00Z,refused,\n"
          + "c,2026-03-05T00:00:00Z,purchase,\n"
          + "d,2026-03-01T00:00:00Z,churned,\n"
          + "e,2026-03-01T00:00:00Z,interaction,yes\n"
          + "f,2026-03-01T00:00:00Z,interaction,yes\n"
          + "f,2026-03-03T00:00:00Z,criterion,money\n"
          + "f,2026-03-03T00:00:00Z,criterion,need\n"
          + "f,2026-03-03T00:00:00Z,interaction,yes\n";

  /** Every customer's decisions, customer by customer in id order. */
  static java.util.List<Seq<Decision>> decisions() {
    return decisions(LOG);
  }

  /** Every customer's decisions in a sales-funnel log, customer by customer in id order. */
  static java.util.List<Seq<Decision>> decisions(String text) {
    EventLog log =
        EventLogReader.of(FUNNEL)
            .read("log.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))
            .log()
            .get();
    java.util.List<Seq<Decision>> all = new ArrayList<>();
    for (int c = 0; c < log.customerCount(); c++) {
      all.add(ENGINE.replay(log.newCustomer(ENGINE, c), log.events(c)).decisions());
    }
    return all;
  }

  static FunnelReport report() {
    Funnel funnel = Funnel.of(FUNNEL.journey(), Duration.ofDays(10));
    decisions().forEach(funnel::recordAll);
    return funnel.report();
  }

  @Test
  void countsReachedCurrentAndConversionPerStage() {
    Funnel collector = Funnel.of(FUNNEL.journey(), Duration.ofDays(10));
    decisions().forEach(collector::recordAll);
    assertThat(collector.customers()).isEqualTo(6);
    FunnelReport report = report();
    assertThat(report.customers()).isEqualTo(6);
    assertThat(
            report
                .stages()
                .map(
                    s ->
                        s.stage()
                            + " "
                            + s.reached()
                            + " "
                            + s.active()
                            + "/"
                            + s.grey()
                            + "/"
                            + s.blue()))
        .containsExactly(
            "uninformed 6 0/0/1",
            "informed 5 1/0/0",
            "interested 4 2/0/0",
            "buyer 2 0/0/0",
            "purchased 2 1/0/0",
            "loyal 1 1/0/0");
    assertThat(
            report
                .stages()
                .map(s -> s.conversion().map(c -> String.format("%.4f", c)).getOrElse("-")))
        .containsExactly("0.8333", "0.8000", "0.5000", "1.0000", "0.5000", "-");
    assertThat(report.stages().get(2).dropOff().get()).isEqualTo(0.5);
    assertThat(report.bottleneck().get().stage())
        .as("interested and purchased tie at 0.5: the earliest")
        .isEqualTo("interested");
  }

  @Test
  void measuresCompletedVisitsAndTheTimeToFirstPurchase() {
    FunnelReport report = report();
    assertThat(report.stages().map(s -> s.visits())).containsExactly(5L, 4L, 1L, 0L, 1L, 0L);
    assertThat(report.csv())
        .isEqualTo(
            "stage,reached,current_active,current_grey,current_blue,conversion,median_days_in_stage,p90_days_in_stage,drop_off,visits,waiting,stuck\n"
                + "uninformed,6,0,0,1,0.8333,0.00,0.00,0.1667,5,1,0\n"
                + "informed,5,1,0,0,0.8000,2.50,3.70,0.2000,4,1,1\n"
                + "interested,4,2,0,0,0.5000,7.00,7.00,0.5000,1,2,0\n"
                + "buyer,2,0,0,0,1.0000,,,0.0000,0,0,0\n"
                + "purchased,2,1,0,0,0.5000,5.00,5.00,0.5000,1,1,0\n"
                + "loyal,1,1,0,0,,,,,0,,\n");
    assertThat(report.stages().get(1).medianTime())
        .as("informed: visits of 3, 1, 4 and 2 days, the mean of 2 and 3")
        .contains(Duration.ofHours(60));
    assertThat(report.stages().get(1).p90Time())
        .as("at rank 3 x 0.9 = 2.7, seven tenths of the way from 3 days to 4")
        .contains(Duration.ofDays(3).plus(Duration.ofDays(7).dividedBy(10)));
    assertThat(report.slowestStage().get().stage()).isEqualTo("interested");
    assertThat(report.timeToFirstPurchase().count()).isEqualTo(2);
    assertThat(report.timeToFirstPurchase().median())
        .as("b at once, c after 4 days")
        .contains(Duration.ofDays(2));
    assertThat(FunnelReport.days(report.timeToFirstPurchase().p90().get())).isEqualTo("3.60");
  }

  @Test
  void listsWaitingAndStuckCustomersAndCountsMovesPerEdge() {
    FunnelReport report = report();
    assertThat(
            report
                .stages()
                .flatMap(
                    s ->
                        s.waiting()
                            .map(
                                w ->
                                    s.stage()
                                        + ":"
                                        + w.customer()
                                        + ":"
                                        + w.waitingFor().toDays())))
        .containsExactly(
            "uninformed:d:11",
            "informed:e:11",
            "interested:f:9",
            "interested:a:0",
            "purchased:c:7");
    assertThat(report.stages().flatMap(s -> s.stuck().map(c -> s.stage() + ":" + c)))
        .containsExactly("informed:e");
    assertThat(report.moves())
        .containsExactly(
            Tuple.of(Tuple.of("uninformed", "informed"), 4L),
            Tuple.of(Tuple.of("uninformed", "purchased"), 1L),
            Tuple.of(Tuple.of("informed", "interested"), 3L),
            Tuple.of(Tuple.of("informed", "purchased"), 1L),
            Tuple.of(Tuple.of("interested", "informed"), 1L),
            Tuple.of(Tuple.of("purchased", "loyal"), 1L));
    assertThat(Funnel.of(FUNNEL.journey()).report().stages().map(s -> s.reached()))
        .containsOnly(0L);
  }

  /**
   * A customer who became loyal and then bought nothing for a month is done, not stuck: loyal is
   * the sales funnel's final stage. One who got informed and then did nothing for a month is stuck.
   */
  @Test
  void customersAtAFinalStageAreDoneNeitherWaitingNorStuck() {
    Funnel funnel = Funnel.of(FUNNEL.journey(), Duration.ofDays(10));
    decisions(
            "customer,at,event,detail\n"
                + "loyal-one,2026-03-01T00:00:00Z,purchase,\n"
                + "loyal-one,2026-03-02T00:00:00Z,purchase,\n"
                + "quiet-one,2026-03-01T00:00:00Z,interaction,yes\n"
                + "late-one,2026-04-01T00:00:00Z,interaction,yes\n")
        .forEach(funnel::recordAll);
    FunnelReport report = funnel.report();
    FunnelReport.StageFigures loyal = report.stages().last();
    assertThat(loyal.stage()).isEqualTo("loyal");
    assertThat(loyal.finalStage()).isTrue();
    assertThat(loyal.active()).as("still counted where they are").isEqualTo(1);
    assertThat(loyal.stuck()).isEmpty();
    assertThat(loyal.waiting()).isEmpty();
    assertThat(report.stages().flatMap(s -> s.stuck().map(c -> s.stage() + ":" + c)))
        .containsExactly("informed:quiet-one");
    assertThat(report.stages().init().map(FunnelReport.StageFigures::finalStage))
        .containsOnly(false);
    assertThat(report.stages().get(1).waiting().map(FunnelReport.Waiting::customer))
        .as("the longest-waiting first")
        .containsExactly("quiet-one", "late-one");
    assertThat(report.table())
        .contains(
            "loyal              1        1       0       0          -         -        0           -         -        -      -\n");
  }

  @Test
  void theTableMarksTheBottleneckAndTheSlowestStage() {
    String table = report().table();
    assertThat(table.lines().findFirst().get())
        .isEqualTo(
            "stage        reached   active    grey    blue conversion  drop-off   visits median days  p90 days  waiting  stuck");
    assertThat(table)
        .contains(
            "interested         4        2       0       0     50.00%    50.00%        1        7.00      7.00        2      0  <- bottleneck: lowest conversion  <- slowest: longest median time\n")
        .contains(
            "loyal              1        1       0       0          -         -        0           -         -        -      -\n")
        .endsWith("time to first purchase: 2 customers bought, median 2.00 days, p90 3.60 days\n");
  }

  /**
   * Two visits of 2 and 3 days have a median of 2.50 days, as a spreadsheet's MEDIAN, pandas and
   * SQL's percentile_cont say; the report used to say 2.00, the lower of the two.
   */
  @Test
  void theMedianOfTwoVisitsIsTheirMean() {
    Funnel funnel = Funnel.of(FUNNEL.journey());
    decisions(
            "customer,at,event,detail\n"
                + "x,2026-03-01T00:00:00Z,interaction,yes\n"
                + "x,2026-03-03T00:00:00Z,purchase,\n"
                + "y,2026-03-01T00:00:00Z,interaction,yes\n"
                + "y,2026-03-04T00:00:00Z,purchase,\n")
        .forEach(funnel::recordAll);
    FunnelReport report = funnel.report();
    FunnelReport.StageFigures informed = report.stages().get(1);
    assertThat(informed.stage()).isEqualTo("informed");
    assertThat(informed.visits()).isEqualTo(2);
    assertThat(informed.medianTime()).contains(Duration.ofHours(60));
    assertThat(informed.p90Time()).contains(Duration.ofHours(48 + 21).plusMinutes(36));
    assertThat(report.timeToFirstPurchase().median()).contains(Duration.ofHours(60));
    assertThat(report.csv()).contains("\ninformed,2,0,0,0,1.0000,2.50,2.90,0.0000,2,0,0\n");
    assertThat(report.table())
        .contains("2.50      2.90")
        .endsWith("time to first purchase: 2 customers bought, median 2.50 days, p90 2.90 days\n");
  }

  @Test
  void theFiguresDoNotDependOnTheOrderOfCustomers() {
    FunnelReport inOrder = report();
    java.util.List<Seq<Decision>> customers = decisions();
    Random random = new Random(8);
    for (int round = 0; round < 20; round++) {
      Collections.shuffle(customers, random);
      Funnel funnel = Funnel.of(FUNNEL.journey(), Duration.ofDays(10));
      // Interleave the customers' decisions, keeping each customer's own order.
      java.util.List<java.util.Iterator<Decision>> cursors = new ArrayList<>();
      customers.forEach(c -> cursors.add(c.iterator()));
      while (!cursors.isEmpty()) {
        java.util.Iterator<Decision> cursor = cursors.get(random.nextInt(cursors.size()));
        funnel.record(cursor.next());
        if (!cursor.hasNext()) {
          cursors.remove(cursor);
        }
      }
      assertThat(funnel.report()).isEqualTo(inOrder);
    }
    assertThat(List.ofAll(customers).size()).isEqualTo(6);
  }

  /**
   * A population replayed customer by customer, as the demo does, each customer finished after
   * their last decision: the report is the one of the same population never finished, while the
   * collector keeps no position at all and lists only the customers the report lists as waiting.
   * The demo used to keep every customer's position to the end: 5.3 GB after a minute for two
   * million customers.
   */
  @Test
  void finishingEachCustomerChangesNoFigureAndKeepsNoPosition() {
    long stuck = 0;
    long done = 0;
    for (Playbook playbook : Catalogue.all()) {
      Engine engine = playbook.compile().withExplanations(false);
      CustomerGenerator generator = CustomerGenerator.of(playbook).lengths(1, 40);
      EventMix typical = EventMix.typical(playbook);
      Funnel finished = Funnel.of(playbook.journey());
      Funnel kept = Funnel.of(playbook.journey());
      Random random = new Random(2026);
      for (int customer = 0; customer < 1_500; customer++) {
        Position position = playbook.journey().newCustomer("c" + customer, generator.start());
        for (Instant at : generator.instants(random)) {
          Option<Event> next = typical.draw(position, random);
          if (next.isEmpty()) {
            break;
          }
          Decision decision = engine.decide(position, next.get().happenedAt(at));
          finished.record(decision);
          kept.record(decision);
          position = decision.after();
        }
        finished.finish(position.customer());
        assertThat(finished.unfinished()).as("positions kept after a finish").isZero();
      }
      FunnelReport report = finished.report();
      assertThat(report).as(playbook.journey().id()).isEqualTo(kept.report());
      assertThat(report.table()).isEqualTo(kept.report().table());
      assertThat(finished.customers()).isEqualTo(kept.customers()).isPositive();
      assertThat(kept.unfinished()).isEqualTo(kept.customers());
      long notStuckYet =
          report
              .stages()
              .filter(s -> !s.finalStage())
              .map(s -> s.active() - s.stuckCount())
              .sum()
              .longValue();
      assertThat(finished.kept())
          .as("the listed few of each stage, and the active customers not stuck yet")
          .isLessThanOrEqualTo(
              2L * FunnelReport.LISTED * playbook.journey().stages().size() + notStuckYet);
      stuck += report.stages().map(FunnelReport.StageFigures::stuckCount).sum().longValue();
      done +=
          report
              .stages()
              .filter(FunnelReport.StageFigures::finalStage)
              .map(s -> s.current())
              .sum()
              .longValue();
    }
    assertThat(stuck).as("stuck customers among the finished ones").isPositive();
    assertThat(done).as("customers at a final stage, not listed").isPositive();
  }

  /**
   * Finishing some customers and not others (a waiting one, a stuck one, one at a final stage)
   * gives the same figures; finishing a customer never recorded, or twice, changes nothing.
   */
  @Test
  void finishingSomeCustomersAndNotOthersChangesNoFigure() {
    Funnel funnel = Funnel.of(FUNNEL.journey(), Duration.ofDays(10));
    java.util.List<Seq<Decision>> customers = decisions();
    for (int c = 0; c < customers.size(); c++) {
      funnel.recordAll(customers.get(c));
      if (c != 3 && c != 5) { // all but d (blue) and f
        String id = customers.get(c).head().before().customer();
        funnel.finish(id);
        funnel.finish(id);
      }
    }
    funnel.finish("nobody");
    assertThat(funnel.unfinished()).isEqualTo(2);
    assertThat(funnel.report()).isEqualTo(report());
    assertThat(funnel.customers()).isEqualTo(6);
  }

  /**
   * Of 250 customers waiting at one stage, the report counts all and lists the 100 who waited
   * longest, and of those stuck the 100 idle longest; fed customer by customer and finished, the
   * collector keeps no more than those and the customers not stuck yet.
   */
  @Test
  void countsEveryWaitingAndStuckCustomerAndListsTheLongestOnly() {
    StringBuilder log = new StringBuilder("customer,at,event,detail\n");
    Instant start = Instant.parse("2026-01-01T00:00:00Z");
    for (int c = 0; c < 250; c++) {
      log.append(String.format("c%03d,%s,interaction,yes%n", c, start.plus(Duration.ofDays(c))));
    }
    Funnel finished = Funnel.of(FUNNEL.journey(), Duration.ofDays(30));
    Funnel kept = Funnel.of(FUNNEL.journey(), Duration.ofDays(30));
    for (Seq<Decision> customer : decisions(log.toString())) {
      finished.recordAll(customer);
      kept.recordAll(customer);
      finished.finish(customer.head().before().customer());
    }
    FunnelReport report = finished.report();
    assertThat(report).isEqualTo(kept.report());
    FunnelReport.StageFigures informed = report.stages().get(1);
    assertThat(informed.stage()).isEqualTo("informed");
    assertThat(informed.waitingCount()).isEqualTo(250);
    assertThat(informed.waiting()).hasSize(FunnelReport.LISTED);
    assertThat(informed.waiting().map(FunnelReport.Waiting::customer))
        .as("longest first")
        .startsWith("c000", "c001")
        .endsWith("c099");
    assertThat(informed.waiting().head().waitingFor()).isEqualTo(Duration.ofDays(249));
    assertThat(informed.stuckCount())
        .as("idle for more than 30 days at the last instant, day 249: days 0 to 218")
        .isEqualTo(219);
    assertThat(informed.stuck()).hasSize(FunnelReport.LISTED).startsWith("c000").endsWith("c099");
    assertThat(finished.kept())
        .as("100 waiting and 100 idle by name, and the 31 active within 30 days of the end")
        .isEqualTo(231);
    assertThat(report.table()).contains("250").contains("219");
  }
}
