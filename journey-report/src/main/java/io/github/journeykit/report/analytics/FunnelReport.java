package io.github.journeykit.report.analytics;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The funnel figures of a journey, measured on replayed customers by a {@link Funnel}.
 *
 * <p>Per stage in journey order: how many customers reached it (their highest stage ever is this
 * one or later), how many are there now (active, grey, blue), the conversion to the next stage and
 * the drop-off, every completed visit's time in the stage (count, median, 90th percentile), the
 * customers still there (waiting, with how long) and the active ones among them who have done
 * nothing for too long (stuck). For the journey: the time from a customer's first event to their
 * first purchase, the bottleneck (the lowest conversion, ties to the earliest stage), the slowest
 * stage (the longest median time), and how many customers moved along each edge of the stage graph.
 *
 * <p>Medians and 90th percentiles are those of a spreadsheet's {@code MEDIAN} and {@code
 * PERCENTILE.INC} or SQL's {@code percentile_cont}: sorted, n durations have ranks 0 to n − 1, the
 * p-th percentile sits at rank (n − 1) × p / 100 and between two ranks is interpolated linearly, so
 * the median of an even count is the mean of the two middle durations. Durations are taken in whole
 * seconds. The figures are exact up to {@value #EXACT_DURATIONS} durations (of a stage's visits, or
 * to first purchase); beyond, durations are counted in buckets so that memory stops growing, and
 * each figure is within 1/1,024 (under 0.1 %) of the exact one, exact when the durations around it
 * are under 17 minutes.
 *
 * @param journey the journey's id
 * @param customers how many customers were recorded
 * @param lastInstant the last instant in the log, from which waiting and stuck are measured
 * @param stuckAfter how long an active customer may do nothing before counting as stuck
 * @param stages the figures per stage, in journey order
 * @param timeToFirstPurchase from a customer's first event to their first purchase, over customers
 *     who bought
 * @param moves how many times customers moved along each edge (from, to), in journey order
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record FunnelReport(
    String journey,
    long customers,
    Option<Instant> lastInstant,
    Duration stuckAfter,
    Seq<FunnelReport.StageFigures> stages,
    FunnelReport.TimeFigures timeToFirstPurchase,
    Map<Tuple2<String, String>, Long> moves) {

  /**
   * Up to how many durations the medians and 90th percentiles are exact: a stage's completed
   * visits, or the customers' times to a first purchase. Beyond, each is within 1/1,024 of the
   * exact figure.
   *
   * @since 0.1
   */
  public static final int EXACT_DURATIONS = 8192;

  /**
   * The columns of {@link #table()}, in order.
   *
   * @since 0.1
   */
  public static final Seq<String> TABLE_COLUMNS =
      List.of(
          "stage",
          "reached",
          "active",
          "grey",
          "blue",
          "conversion",
          "drop-off",
          "visits",
          "median days",
          "p90 days",
          "waiting",
          "stuck");

  /**
   * How many customers a stage's figures list by name, of those waiting and of those stuck: the
   * longest-waiting and the longest idle. The counts cover everyone; the lists stay this short so
   * that the report, and a collector fed customer by customer, take memory that does not grow with
   * the number of customers.
   *
   * @since 0.1
   */
  public static final int LISTED = 100;

  /**
   * The columns of {@link #csv()}, in order: its header.
   *
   * @since 0.1
   */
  public static final Seq<String> CSV_COLUMNS =
      List.of(
          "stage",
          "reached",
          "current_active",
          "current_grey",
          "current_blue",
          "conversion",
          "median_days_in_stage",
          "p90_days_in_stage",
          "drop_off",
          "visits",
          "waiting",
          "stuck");

  /**
   * The figures of one stage.
   *
   * @param stage the stage's id
   * @param reached customers whose highest stage ever is this one or later
   * @param active customers here now, active
   * @param grey customers here now, grey
   * @param blue customers here now, blue
   * @param conversion reached(next) / reached(this); none for the last stage or when none reached
   *     it
   * @param visits completed visits: customers who entered the stage and left it
   * @param medianTime the median time of a completed visit, the mean of the two middle ones for an
   *     even count
   * @param p90Time the 90th percentile time of a completed visit, interpolated linearly between
   *     ranks as {@code percentile_cont(0.9)}
   * @param waiting the customers here now who have waited longest, with how long they have been
   *     here, longest first (then by customer id), at most {@value #LISTED}; none at a final stage,
   *     where customers are done; how many wait in all is {@link #waitingCount()}
   * @param stuck the active customers here who have done nothing for longer than the threshold, at
   *     most {@value #LISTED}, the longest idle first (then by customer id); none at a final stage
   * @param stuckCount how many active customers here have done nothing for longer than the
   *     threshold, all of them
   * @param finalStage whether the journey ends at this stage ({@link
   *     io.github.journeykit.model.Stage#isFinal()}): its customers are done, neither waiting nor
   *     stuck
   * @since 0.1
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record StageFigures(
      String stage,
      long reached,
      long active,
      long grey,
      long blue,
      Option<Double> conversion,
      long visits,
      Option<Duration> medianTime,
      Option<Duration> p90Time,
      Seq<Waiting> waiting,
      Seq<String> stuck,
      long stuckCount,
      boolean finalStage) {

    /**
     * Creates the figures of a stage that is not final.
     *
     * @param stage the stage's id
     * @param reached customers whose highest stage ever is this one or later
     * @param active customers here now, active
     * @param grey customers here now, grey
     * @param blue customers here now, blue
     * @param conversion reached(next) / reached(this)
     * @param visits completed visits
     * @param medianTime the median time of a completed visit
     * @param p90Time the 90th percentile time of a completed visit
     * @param waiting the customers here now who have waited longest, longest first
     * @param stuck the active customers here who have done nothing for too long, longest idle first
     * @param stuckCount how many active customers here have done nothing for too long
     */
    public StageFigures(
        String stage,
        long reached,
        long active,
        long grey,
        long blue,
        Option<Double> conversion,
        long visits,
        Option<Duration> medianTime,
        Option<Duration> p90Time,
        Seq<Waiting> waiting,
        Seq<String> stuck,
        long stuckCount) {
      this(
          stage,
          reached,
          active,
          grey,
          blue,
          conversion,
          visits,
          medianTime,
          p90Time,
          waiting,
          stuck,
          stuckCount,
          false);
    }

    /**
     * Returns how many customers wait here now: all who are here, whatever their status, at a stage
     * that is not final; none at a final stage. {@link #waiting()} lists the longest-waiting of
     * them.
     *
     * @return the number of customers waiting
     */
    public long waitingCount() {
      return finalStage ? 0 : current();
    }

    /**
     * Returns the share of customers who reached this stage but not the next: 1 − conversion.
     *
     * @return the drop-off; none where the conversion is undefined
     */
    public Option<Double> dropOff() {
      return conversion.map(c -> 1 - c);
    }

    /**
     * Returns how many customers are here now, whatever their status.
     *
     * @return the number of customers
     */
    public long current() {
      return active + grey + blue;
    }
  }

  /**
   * A customer still in a stage at the end of the log.
   *
   * @param customer the customer's id
   * @param waitingFor how long they have been in the stage, to the log's last instant
   * @since 0.1
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record Waiting(String customer, Duration waitingFor) {}

  /**
   * Figures of a set of durations.
   *
   * @param count how many
   * @param median the median, the mean of the two middle ones for an even count
   * @param p90 the 90th percentile, interpolated linearly between ranks as {@code
   *     percentile_cont(0.9)}
   * @since 0.1
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record TimeFigures(long count, Option<Duration> median, Option<Duration> p90) {}

  /**
   * Creates a report.
   *
   * @param journey the journey's id
   * @param customers how many customers
   * @param lastInstant the last instant in the log
   * @param stuckAfter the stuck threshold
   * @param stages the figures per stage
   * @param timeToFirstPurchase the time to first purchase
   * @param moves the moves per edge
   */
  public FunnelReport {
    Objects.requireNonNull(journey, "journey is null");
    Objects.requireNonNull(lastInstant, "lastInstant is null");
    Objects.requireNonNull(stuckAfter, "stuckAfter is null");
    Objects.requireNonNull(stages, "stages is null");
    Objects.requireNonNull(timeToFirstPurchase, "timeToFirstPurchase is null");
    Objects.requireNonNull(moves, "moves is null");
  }

  /**
   * Returns the stage with the lowest conversion to the next; ties go to the earliest.
   *
   * @return the bottleneck's figures, or none when no conversion is defined
   */
  public Option<StageFigures> bottleneck() {
    Option<StageFigures> lowest = Option.none();
    for (StageFigures stage : stages) {
      if (stage.conversion().isDefined()
          && (lowest.isEmpty() || stage.conversion().get() < lowest.get().conversion().get())) {
        lowest = Option.of(stage);
      }
    }
    return lowest;
  }

  /**
   * Returns the stage with the longest median time of a completed visit; ties go to the earliest.
   *
   * @return the slowest stage's figures, or none when no visit was completed
   */
  public Option<StageFigures> slowestStage() {
    Option<StageFigures> slowest = Option.none();
    for (StageFigures stage : stages) {
      if (stage.medianTime().isDefined()
          && (slowest.isEmpty()
              || stage.medianTime().get().compareTo(slowest.get().medianTime().get()) > 0)) {
        slowest = Option.of(stage);
      }
    }
    return slowest;
  }

  /**
   * Returns the figures as CSV: the header {@code
   * stage,reached,current_active,current_grey,current_blue,conversion,median_days_in_stage,p90_days_in_stage,drop_off,visits,waiting,stuck},
   * then one row per stage; the conversion and the drop-off as shares from 0 to 1 with 4 decimals,
   * days with 2, waiting and stuck as numbers of customers; empty cells where undefined (the
   * conversion and drop-off of the last stage, the times of a stage no visit left, waiting and
   * stuck at a final stage).
   *
   * @return the CSV
   */
  public String csv() {
    StringBuilder csv = new StringBuilder(CSV_COLUMNS.mkString(",")).append('\n');
    for (StageFigures stage : stages) {
      csv.append(stage.stage())
          .append(',')
          .append(stage.reached())
          .append(',')
          .append(stage.active())
          .append(',')
          .append(stage.grey())
          .append(',')
          .append(stage.blue())
          .append(',')
          .append(stage.conversion().map(FunnelReport::share).getOrElse(""))
          .append(',')
          .append(stage.medianTime().map(FunnelReport::days).getOrElse(""))
          .append(',')
          .append(stage.p90Time().map(FunnelReport::days).getOrElse(""))
          .append(',')
          .append(stage.dropOff().map(FunnelReport::share).getOrElse(""))
          .append(',')
          .append(stage.visits())
          .append(',')
          .append(stage.finalStage() ? "" : String.valueOf(stage.waitingCount()))
          .append(',')
          .append(stage.finalStage() ? "" : String.valueOf(stage.stuckCount()))
          .append('\n');
    }
    return csv.toString();
  }

  /**
   * Returns the figures as an aligned text table, the bottleneck and the slowest stage marked, with
   * the time to first purchase below.
   *
   * @return the table
   */
  public String table() {
    String bottleneck = bottleneck().map(StageFigures::stage).getOrElse("");
    String slowest = slowestStage().map(StageFigures::stage).getOrElse("");
    int width = Math.max(5, stages.map(s -> s.stage().length()).max().getOrElse(5));
    StringBuilder table = new StringBuilder();
    String format = "%-" + width + "s %9s %8s %7s %7s %10s %9s %8s %11s %9s %8s %6s%n";
    table.append(String.format(Locale.ROOT, format, TABLE_COLUMNS.toJavaArray()));
    for (StageFigures stage : stages) {
      String line =
          String.format(
              Locale.ROOT,
              format,
              stage.stage(),
              stage.reached(),
              stage.active(),
              stage.grey(),
              stage.blue(),
              stage.conversion().map(FunnelReport::percent).getOrElse("-"),
              stage.dropOff().map(FunnelReport::percent).getOrElse("-"),
              stage.visits(),
              stage.medianTime().map(FunnelReport::days).getOrElse("-"),
              stage.p90Time().map(FunnelReport::days).getOrElse("-"),
              stage.finalStage() ? "-" : String.valueOf(stage.waitingCount()),
              stage.finalStage() ? "-" : String.valueOf(stage.stuckCount()));
      String marks =
          (stage.stage().equals(bottleneck) ? "  <- bottleneck: lowest conversion" : "")
              + (stage.stage().equals(slowest) ? "  <- slowest: longest median time" : "");
      table.append(marks.isEmpty() ? line : line.stripTrailing() + marks + System.lineSeparator());
    }
    table.append(
        String.format(
            Locale.ROOT,
            "time to first purchase: %d %s bought, median %s days, p90 %s days%n",
            timeToFirstPurchase.count(),
            timeToFirstPurchase.count() == 1 ? "customer" : "customers",
            timeToFirstPurchase.median().map(FunnelReport::days).getOrElse("-"),
            timeToFirstPurchase.p90().map(FunnelReport::days).getOrElse("-")));
    return table.toString().replace(System.lineSeparator(), "\n");
  }

  static String days(Duration duration) {
    return String.format(
        Locale.ROOT, "%.2f", duration.getSeconds() / 86_400.0 + duration.getNano() / 86_400e9);
  }

  private static String share(double fraction) {
    return String.format(Locale.ROOT, "%.4f", fraction);
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.2f%%", share * 100);
  }
}
