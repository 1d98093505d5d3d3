package io.github.journeykit.examples;

import io.github.journeykit.definition.JourneyJson;
import io.github.journeykit.eventlog.Csv;
import io.github.journeykit.eventlog.EventLog;
import io.github.journeykit.eventlog.EventLogReader;
import io.github.journeykit.eventlog.LogProblem;
import io.github.journeykit.model.Event;
import io.github.journeykit.model.Position;
import io.github.journeykit.report.analytics.Funnel;
import io.github.journeykit.report.analytics.FunnelReport;
import io.github.journeykit.rules.Engine;
import io.github.journeykit.rules.MessageToSend;
import io.github.journeykit.rules.Playbook;
import io.github.journeykit.rules.Replay;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code journey run ID EVENTS.csv}: replays an event log and writes every customer's final
 * position.
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Replays an event log and writes every customer's final position as CSV.",
      "Output columns: customer,stage,status,purchases; one row per customer, sorted by customer id.",
      "With --format json: one position per line, everything the journey remembers (see the README),"
          + " which --positions continues from.",
      "The log is UTF-8 CSV with a header naming customer, at, event and optionally detail (any order, any case).",
      "Each customer's events are applied in time order; equal times keep file order.",
      "On a bad row nothing is written and the exit code is 2; see --skip-invalid."
    },
    footer = {"", RunCommand.REPORT_COLUMNS})
final class RunCommand implements Callable<Integer> {

  /** How many problems are printed before the rest are only counted. */
  static final int PROBLEMS_SHOWN = 50;

  /**
   * What each column of the funnel report counts, one line per column (lines end in {@code %n}, as
   * picocli writes them): the end of {@code journey run --help}, shown in the README too.
   */
  static final String REPORT_COLUMNS =
      "The funnel report (--report) has a row per stage, in the journey's order. Its columns, with"
          + " the CSV's name in parentheses (the CSV has drop_off, visits, waiting and stuck after"
          + " p90_days_in_stage, and an empty cell where the table shows -):%n"
          + "stage: the stage's id (stage).%n"
          + "reached: customers whose furthest stage, in the journey's order, is this one or a later"
          + " one; a customer who skipped the stage, or went back from it, still counts (reached).%n"
          + "active: customers here at the end of the log who are active (current_active).%n"
          + "grey: customers here at the end of the log who are grey, not a target customer or"
          + " refusing on principle (current_grey).%n"
          + "blue: customers here at the end of the log who are blue, having bought elsewhere or"
          + " left us (current_blue).%n"
          + "conversion: reached at the next stage divided by reached here, a percentage; - at the"
          + " last stage (conversion, a share from 0 to 1).%n"
          + "drop-off: 1 minus the conversion, the share of the customers who reached this stage"
          + " and never the next, a percentage; - at the last stage (drop_off, a share from 0 to"
          + " 1).%n"
          + "visits: completed visits, each time a customer entered this stage and later left it;"
          + " a customer who comes back counts again (visits).%n"
          + "median days: the median time of a completed visit, in days: the middle one of the"
          + " times sorted, the mean of the two middle ones for an even count, as a spreadsheet's"
          + " MEDIAN; - when no visit ended (median_days_in_stage).%n"
          + "p90 days: the 90th percentile of the same times, in days: with the n times sorted and"
          + " ranked from 0, the time at rank (n - 1) x 0.9, interpolated linearly between the two"
          + " ranks around it, as SQL's percentile_cont(0.9) and a spreadsheet's PERCENTILE.INC"
          + " (p90_days_in_stage). Both are exact, of the times in whole seconds, up to 8,192"
          + " visits of a stage; beyond, the times are counted in buckets so that memory stays"
          + " bounded, and each figure is within 1 in 1,024 of the exact one (under a"
          + " thousandth).%n"
          + "waiting: customers here at the end of the log, whatever their status; - at a final"
          + " stage, where customers are done (waiting).%n"
          + "stuck: the active ones among them who did nothing for more than --stuck-days days (30"
          + " unless told) before the log's last event; - at a final stage (stuck).%n"
          + "<- bottleneck: the stage with the lowest conversion; <- slowest: the stage with the"
          + " longest median days (on a tie, the earlier stage).%n"
          + "time to first purchase, below the table: how many customers made at least one purchase,"
          + " wherever they were, and the median and 90th percentile of the time from their first"
          + " event to their first purchase, in days, taken as above.";

  @Spec CommandSpec spec = CommandSpec.create();

  @Mixin Tuning tuning = new Tuning();

  @Parameters(
      index = "0",
      paramLabel = "JOURNEY",
      description =
          "A journey's id, e.g. sales-funnel (see: journey list), or a definition file: .yaml, .yml or .json (see: journey export).")
  String id = "";

  @Parameters(
      index = "1",
      paramLabel = "EVENTS.csv",
      description = "The event log to replay (see: journey show JOURNEY for its events).")
  Path events = Path.of("");

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description =
          "Write the positions to FILE instead of standard output; written whole or not at all.")
  @Nullable Path out;

  @Option(
      names = "--explain",
      paramLabel = "CUSTOMER",
      description = "Also print this customer's decisions, with why, to standard error.")
  @Nullable String explain;

  @Option(
      names = "--skip-invalid",
      description = "Skip invalid rows (each is reported on standard error) and process the rest.")
  boolean skipInvalid;

  @Option(
      names = "--report",
      description =
          "Write the funnel figures (reached, current, conversion, time in stage, ...) instead of the"
              + " positions; each column is explained below.")
  boolean report;

  @Option(
      names = "--report-format",
      paramLabel = "FORMAT",
      description =
          "table (aligned, the bottleneck and the slowest stage marked; the default) or csv (the"
              + " same figures, the time to first purchase aside, one row per stage).")
  String reportFormat = "table";

  @Option(
      names = "--messages",
      paramLabel = "FILE",
      description =
          "Also write every message to send to FILE, as CSV customer,message,send_at,rule in the"
              + " order of send_at; written whole or not at all.")
  @Nullable Path messages;

  @Option(
      names = "--until",
      paramLabel = "INSTANT",
      description =
          "Also decide the ticks of time that the journey's time-based rules need, up to INSTANT"
              + " (e.g. 2026-12-31T00:00:00Z), so the log needs no time_passed rows.")
  @Nullable String until;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "csv (the default: customer,stage,status,purchases) or json (one whole position per"
              + " line, which --positions reads).")
  String format = "csv";

  @Option(
      names = "--positions",
      paramLabel = "FILE",
      description =
          "Continue from the positions in FILE (JSON Lines, as --format json writes them) instead"
              + " of starting every customer anew; positions of an older version of the journey"
              + " are carried over by its migrations. Customers in FILE without events in the log"
              + " are written too.")
  @Nullable Path positions;

  @Option(
      names = "--stuck-days",
      paramLabel = "DAYS",
      description =
          "Days without activity after which an active customer counts as stuck (default: ${DEFAULT-VALUE}).")
  int stuckDays = 30;

  @Override
  public Integer call() {
    Playbook playbook = Journeys.find(id, tuning.settings());
    EventLog log = read(playbook, events, skipInvalid, spec.commandLine().getErr());
    Engine engine = playbook.compile();
    if (!reportFormat.equals("table") && !reportFormat.equals("csv")) {
      throw new UserMistake("--report-format takes table or csv, got '" + reportFormat + "'");
    }
    if (stuckDays < 0) {
      throw new UserMistake("--stuck-days must not be negative, got " + stuckDays);
    }
    if (!format.equals("csv") && !format.equals("json")) {
      throw new UserMistake("--format takes csv or json, got '" + format + "'");
    }
    if (report && positions != null) {
      throw new UserMistake(
          "--report counts a whole log from its start; it does not continue from --positions");
    }
    if (report && format.equals("json")) {
      throw new UserMistake(
          "--format is the format of the positions; the report's is --report-format");
    }
    Instant end = until == null ? null : instant(until);
    Output.checkWritable(out);
    Output.checkWritable(messages);
    JourneyJson json = JourneyJson.of(engine.journey());
    Starts starts =
        positions == null
            ? Starts.anew(log, engine)
            : Starts.from(
                log, engine, StoredPositions.read(positions, json, spec.commandLine().getErr()));
    if (explain != null && !starts.customers().contains(explain)) {
      throw new UserMistake(
          "customer '"
              + explain
              + "' is not in "
              + events
              + (positions == null ? "" : " nor in " + positions));
    }
    if (report) {
      FunnelReport figures = funnel(log, engine, java.time.Duration.ofDays(stuckDays), end);
      Output.write(
          reportFormat.equals("csv") ? figures.csv() : figures.table(),
          out,
          spec.commandLine().getOut());
      if (messages != null) {
        Output.write(
            messagesCsv(replay(starts, engine, end).messages()),
            messages,
            spec.commandLine().getOut());
      }
      explain(starts, engine, explain, end);
      return 0;
    }
    Replayed replayed =
        end == null && messages == null && positions == null
            ? new Replayed(log.finalPositions(engine), List.empty())
            : replay(starts, engine, end);
    Seq<Position> finals = replayed.positions();
    if (format.equals("json")) {
      StringBuilder lines = new StringBuilder();
      finals.forEach(position -> lines.append(json.write(position)).append('\n'));
      Output.write(lines.toString(), out, spec.commandLine().getOut());
    } else {
      Output.write(csv(finals), out, spec.commandLine().getOut());
    }
    if (messages != null) {
      Output.write(messagesCsv(replayed.messages()), messages, spec.commandLine().getOut());
    }
    explain(starts, engine, explain, end);
    return 0;
  }

  /** The positions as the CSV run writes: customer, stage, status, purchases. */
  private static String csv(Seq<Position> finals) {
    StringBuilder csv = new StringBuilder("customer,stage,status,purchases\n");
    for (Position position : finals) {
      csv.append(Csv.field(position.customer()))
          .append(',')
          .append(position.stage())
          .append(',')
          .append(position.status().id())
          .append(',')
          .append(position.purchases())
          .append('\n');
    }
    return csv.toString();
  }

  /**
   * Where each customer starts, and with which events: the customers of the log, each from a new
   * position at their first event or from a stored one, then the stored customers the log does not
   * name, with no events; sorted by customer id.
   */
  record Starts(Seq<String> customers, Seq<Position> positions, Seq<Seq<Event>> events) {

    static Starts anew(EventLog log, Engine engine) {
      return from(log, engine, java.util.Map.of());
    }

    static Starts from(EventLog log, Engine engine, java.util.Map<String, Position> stored) {
      java.util.TreeMap<String, Integer> order = new java.util.TreeMap<>();
      for (int i = 0; i < log.customerCount(); i++) {
        order.put(log.customers().get(i), i);
      }
      stored.keySet().forEach(customer -> order.putIfAbsent(customer, -1));
      java.util.List<String> customers = new java.util.ArrayList<>(order.size());
      java.util.List<Position> positions = new java.util.ArrayList<>(order.size());
      java.util.List<Seq<Event>> events = new java.util.ArrayList<>(order.size());
      order.forEach(
          (customer, index) -> {
            customers.add(customer);
            Position kept = stored.get(customer);
            positions.add(kept != null ? kept : log.newCustomer(engine, index));
            events.add(index < 0 ? io.vavr.collection.List.empty() : log.events(index));
          });
      return new Starts(
          io.vavr.collection.Vector.ofAll(customers),
          io.vavr.collection.Vector.ofAll(positions),
          io.vavr.collection.Vector.ofAll(events));
    }
  }

  /** The final positions and the messages to send of a replayed log. */
  record Replayed(Seq<Position> positions, Seq<MessageToSend> messages) {}

  /** Replays every customer, with ticks up to {@code end} when given, keeping the messages. */
  static Replayed replay(Starts starts, Engine engine, @Nullable Instant end) {
    Engine quiet = engine.withExplanations(false);
    java.util.List<Position> positions = new java.util.ArrayList<>(starts.customers().size());
    java.util.List<MessageToSend> sends = new java.util.ArrayList<>();
    for (int customer = 0; customer < starts.customers().size(); customer++) {
      Replay replay = replayOne(starts, quiet, customer, end);
      positions.add(replay.position());
      replay.decisions().forEach(decision -> sends.addAll(decision.messages().asJava()));
    }
    // a stable sort: messages of the same instant keep the order of the customers and rules
    sends.sort(java.util.Comparator.comparing(MessageToSend::sendAt));
    return new Replayed(
        io.vavr.collection.Vector.ofAll(positions), io.vavr.collection.Vector.ofAll(sends));
  }

  /** Replays one customer, with ticks up to {@code end} when given. */
  private static Replay replayOne(
      Starts starts, Engine engine, int customer, @Nullable Instant end) {
    Position start = starts.positions().get(customer);
    Seq<Event> events = starts.events().get(customer);
    return end == null ? engine.replay(start, events) : engine.replay(start, events, end);
  }

  /** The messages as CSV: customer, message, send_at, rule. */
  static String messagesCsv(Seq<MessageToSend> sends) {
    StringBuilder csv = new StringBuilder("customer,message,send_at,rule\n");
    for (MessageToSend send : sends) {
      csv.append(Csv.field(send.customer()))
          .append(',')
          .append(Csv.field(send.message().id()))
          .append(',')
          .append(send.sendAt())
          .append(',')
          .append(Csv.field(send.rule()))
          .append('\n');
    }
    return csv.toString();
  }

  static Instant instant(String text) {
    try {
      return Instant.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      throw new UserMistake(
          "--until takes an instant in UTC such as 2026-12-31T00:00:00Z, got '" + text + "'");
    }
  }

  private void explain(
      Starts starts, Engine engine, @Nullable String customer, @Nullable Instant end) {
    if (customer == null) {
      return;
    }
    PrintWriter err = spec.commandLine().getErr();
    replayOne(starts, engine, starts.customers().indexOf(customer), end)
        .decisions()
        .forEach(decision -> err.print(decision.explanation()));
    err.flush();
  }

  /** The funnel figures of every customer in a log, with ticks up to {@code end} when given. */
  static FunnelReport funnel(
      EventLog log, Engine engine, java.time.Duration stuckAfter, @Nullable Instant end) {
    Funnel funnel = Funnel.of(engine.journey(), stuckAfter);
    if (end == null) {
      log.forEachDecision(engine.withExplanations(false), funnel::record);
    } else {
      log.forEachDecision(engine.withExplanations(false), end, funnel::record);
    }
    return funnel.report();
  }

  /**
   * Reads a log for {@code run}, which offers {@code --skip-invalid}: prints its problems, and says
   * so when it holds no events; a refused log is the user's mistake.
   */
  static EventLog read(Playbook playbook, Path file, boolean skipInvalid, PrintWriter err) {
    return read(playbook, file, skipInvalid, true, err);
  }

  /**
   * Reads a log for a command without {@code --skip-invalid} ({@code render --overlay}, {@code
   * crm}): prints its problems, and says so when it holds no events; a refused log is the user's
   * mistake.
   */
  static EventLog read(Playbook playbook, Path file, PrintWriter err) {
    return read(playbook, file, false, false, err);
  }

  /**
   * Reads a log, printing its problems; a refused log is the user's mistake, with the advice to
   * skip invalid rows only where the command can and it would help (only rows are invalid). A log
   * without events is no mistake, but standard error says so: otherwise the empty output would be
   * all.
   */
  private static EventLog read(
      Playbook playbook, Path file, boolean skipInvalid, boolean canSkip, PrintWriter err) {
    EventLogReader.Result result = EventLogReader.of(playbook).skipInvalid(skipInvalid).read(file);
    Seq<LogProblem> problems = result.problems();
    problems
        .take(PROBLEMS_SHOWN)
        .forEach(problem -> err.println((result.log().isDefined() ? "skipped: " : "") + problem));
    if (problems.size() > PROBLEMS_SHOWN) {
      err.println("... and " + (problems.size() - PROBLEMS_SHOWN) + " more problems");
    }
    err.flush();
    EventLog log =
        result
            .log()
            .getOrElseThrow(
                () ->
                    new UserMistake(
                        file
                            + " was not read: "
                            + problems.size()
                            + (problems.size() == 1 ? " problem" : " problems")
                            + (canSkip && !skipInvalid && !result.stopped()
                                ? "; fix them, or pass --skip-invalid to skip invalid rows"
                                : "")));
    if (log.eventCount() == 0) {
      err.println(
          file
              + ": no events"
              + (problems.isEmpty() ? ", only the header" : ", every row was invalid and skipped"));
      err.flush();
    }
    return log;
  }
}
