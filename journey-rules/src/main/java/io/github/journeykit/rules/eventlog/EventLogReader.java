package io.github.journeykit.rules.eventlog;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.journeykit.model.EventType;
import io.github.journeykit.rules.Playbook;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Reads an event log for one journey, checking every row against the journey's events.
 *
 * <p>The log is UTF-8 CSV (RFC 4180 quoting; LF or CRLF; a leading byte order mark is accepted).
 * Its first row is a header naming the columns, in any order and case: {@code customer}, {@code
 * at}, {@code event} and optionally {@code detail}; other columns are ignored. {@code at} is an
 * ISO-8601 instant or offset date-time. Event names and details are the lowercase ids the journey's
 * playbook knows (see {@link Playbook#eventTypes()} and {@link Playbook#detailsOf(EventType)}).
 *
 * <p>Every mistake becomes a {@link LogProblem} with the file, line and column: an unknown event
 * for this journey (with the accepted ones), a bad detail, an unparsable time, a missing column, a
 * wrong number of fields, broken quoting, text that is not UTF-8. By default a log with any problem
 * yields no {@link EventLog}, only the problems; with {@link #skipInvalid(boolean)} invalid rows
 * are left out and reported, and the rest is read. An empty file, a missing file and a bad header
 * are never skipped.
 *
 * <pre>{@code
 * EventLogReader.Result result = EventLogReader.of(playbook).read(Path.of("events.csv"));
 * result.problems().forEach(System.err::println);   // events.csv:7:3: unknown event 'purchased' ...
 * result.log().forEach(log -> System.out.println(log.customerCount() + " customers"));
 * }</pre>
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class EventLogReader {

  private static final Pattern ID = Pattern.compile("[a-z0-9]+([_-][a-z0-9]+)*");
  private static final List<String> REQUIRED = List.of("customer", "at", "event");

  /**
   * What reading a log gave: the log, unless a problem stopped it, and every problem found.
   *
   * @param log the events read; none when the log was refused
   * @param problems every problem, in file order: the reasons for refusing, or the rows skipped
   * @since 0.1
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record Result(Option<EventLog> log, Seq<LogProblem> problems) {
    /**
     * Creates a result.
     *
     * @param log the log, if read
     * @param problems the problems
     */
    public Result {
      Objects.requireNonNull(log, "log is null");
      Objects.requireNonNull(problems, "problems is null");
    }
  }

  private final Playbook playbook;
  private final boolean skipInvalid;

  private EventLogReader(Playbook playbook, boolean skipInvalid) {
    this.playbook = playbook;
    this.skipInvalid = skipInvalid;
  }

  /**
   * Creates a reader for a playbook's journey that refuses a log with any invalid row.
   *
   * @param playbook the playbook whose events the log must hold
   * @return the reader
   */
  public static EventLogReader of(Playbook playbook) {
    return new EventLogReader(Objects.requireNonNull(playbook, "playbook is null"), false);
  }

  /**
   * Returns a reader that leaves invalid rows out (and reports them) instead of refusing the log.
   *
   * @param skip whether to skip invalid rows
   * @return the reader
   */
  public EventLogReader skipInvalid(boolean skip) {
    return new EventLogReader(playbook, skip);
  }

  /**
   * Reads a log from a file.
   *
   * @param file the file
   * @return the log and the problems
   */
  public Result read(Path file) {
    Objects.requireNonNull(file, "file is null");
    String name = file.toString();
    if (Files.isDirectory(file)) {
      return refused(new LogProblem(name, 0, 0, "is a directory, not an event log"));
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(name, in);
    } catch (NoSuchFileException e) {
      return refused(new LogProblem(name, 0, 0, "no such file"));
    } catch (AccessDeniedException e) {
      return refused(new LogProblem(name, 0, 0, "cannot be read: permission denied"));
    } catch (IOException e) {
      return refused(new LogProblem(name, 0, 0, "cannot be read: " + e.getMessage()));
    }
  }

  /**
   * Reads a log from a stream, which it does not close.
   *
   * @param name the name to give the log in problems, e.g. its file name
   * @param in the UTF-8 bytes
   * @return the log and the problems
   */
  public Result read(String name, InputStream in) {
    Objects.requireNonNull(name, "name is null");
    Objects.requireNonNull(in, "in is null");
    Reader reader =
        new InputStreamReader(
            in,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    return new Reading(name, new CsvRecords(reader)).run();
  }

  private static Result refused(LogProblem problem) {
    return new Result(Option.none(), List.of(problem));
  }

  /** One reading of one log. */
  private final class Reading {
    private final String name;
    private final CsvRecords records;
    private final ArrayList<LogProblem> problems = new ArrayList<>();
    private final Names customers = new Names();
    private final Names details = new Names();
    private final Names typeNames = new Names();
    private final EventType[] types;
    private final @org.jspecify.annotations.Nullable Names[] accepted;
    private final Instants instants = new Instants();
    private int size;
    private int[] customerOf = new int[1024];
    private long[] seconds = new long[1024];
    private int[] nanos = new int[1024];
    private int[] codes = new int[1024];
    private int customerColumn;
    private int atColumn;
    private int eventColumn;
    private int detailColumn = -1;
    private int width;

    Reading(String name, CsvRecords records) {
      this.name = name;
      this.records = records;
      this.types = playbook.eventTypes().toJavaArray(EventType[]::new);
      this.accepted = new Names[types.length];
      for (int number = 0; number < types.length; number++) {
        EventType type = types[number];
        int at = number;
        typeNames.number(type.id());
        playbook
            .detailsOf(type)
            .forEach(
                all -> {
                  Names names = new Names();
                  all.forEach(names::number);
                  accepted[at] = names;
                });
      }
    }

    Result run() {
      try {
        if (!records.next()) {
          return refused(
              new LogProblem(
                  name,
                  0,
                  0,
                  "the file is empty; an event log needs at least a header row: customer,at,event,detail"));
        }
        if (!header()) {
          return new Result(Option.none(), List.ofAll(problems));
        }
        while (true) {
          try {
            if (!records.next()) {
              break;
            }
            row(records.recordLine());
          } catch (CsvRecords.Malformed malformed) {
            problems.add(new LogProblem(name, malformed.line, malformed.column, malformed.reason));
            if (malformed.fatal) {
              return new Result(Option.none(), List.ofAll(problems));
            }
            records.skipRestOfLine();
          }
        }
      } catch (CharacterCodingException e) {
        problems.add(
            new LogProblem(
                name,
                0,
                0,
                "is not UTF-8 text (invalid bytes at or after line "
                    + records.currentLine()
                    + ")"));
        return new Result(Option.none(), List.ofAll(problems));
      } catch (CsvRecords.Malformed malformed) {
        problems.add(new LogProblem(name, malformed.line, malformed.column, malformed.reason));
        return new Result(Option.none(), List.ofAll(problems));
      } catch (IOException e) {
        problems.add(new LogProblem(name, 0, 0, "cannot be read: " + e.getMessage()));
        return new Result(Option.none(), List.ofAll(problems));
      }
      if (!problems.isEmpty() && !skipInvalid) {
        return new Result(Option.none(), List.ofAll(problems));
      }
      return new Result(Option.of(build()), List.ofAll(problems));
    }

    private boolean header() {
      Map<String, Integer> columns = new HashMap<>();
      java.util.List<String> names = new ArrayList<>();
      for (int i = 0; i < records.fieldCount(); i++) {
        String column = records.field(i).trim().toLowerCase(Locale.ROOT);
        names.add(records.field(i));
        Integer earlier = columns.putIfAbsent(column, i);
        if (earlier != null && (REQUIRED.contains(column) || column.equals("detail"))) {
          problems.add(
              new LogProblem(
                  name,
                  1,
                  i + 1,
                  "the header names column '"
                      + column
                      + "' twice (columns "
                      + (earlier + 1)
                      + " and "
                      + (i + 1)
                      + ")"));
        }
      }
      for (String required : REQUIRED) {
        if (!columns.containsKey(required)) {
          problems.add(
              new LogProblem(
                  name,
                  1,
                  0,
                  "missing column '"
                      + required
                      + "' in the header; an event log needs customer, at and event (and"
                      + " optionally detail), found: "
                      + String.join(", ", names)));
        }
      }
      if (!problems.isEmpty()) {
        return false;
      }
      customerColumn = columns.getOrDefault("customer", -1);
      atColumn = columns.getOrDefault("at", -1);
      eventColumn = columns.getOrDefault("event", -1);
      detailColumn = columns.getOrDefault("detail", -1);
      width = records.fieldCount();
      return true;
    }

    private int trimmedStart(int field) {
      char[] chars = records.chars();
      int from = records.start(field);
      int to = records.end(field);
      while (from < to && chars[from] <= ' ') {
        from++;
      }
      return from;
    }

    private int trimmedEnd(int field) {
      char[] chars = records.chars();
      int from = records.start(field);
      int to = records.end(field);
      while (to > from && chars[to - 1] <= ' ') {
        to--;
      }
      return to;
    }

    private String trimmed(int field) {
      return records.field(field).trim();
    }

    private void row(long line) {
      if (records.fieldCount() != width) {
        problems.add(
            new LogProblem(
                name,
                line,
                0,
                "wrong number of fields: " + records.fieldCount() + ", the header has " + width));
        return;
      }
      char[] chars = records.chars();
      int customerFrom = trimmedStart(customerColumn);
      if (customerFrom == trimmedEnd(customerColumn)) {
        problems.add(new LogProblem(name, line, customerColumn + 1, "missing customer id"));
        return;
      }
      if (!instants.parse(chars, trimmedStart(atColumn), trimmedEnd(atColumn))) {
        problems.add(
            new LogProblem(
                name,
                line,
                atColumn + 1,
                "unparsable time '"
                    + trimmed(atColumn)
                    + "'; use ISO-8601, e.g. 2026-03-01T10:15:30Z or 2026-03-01T13:15:30+03:00"));
        return;
      }
      int typeNumber = typeNames.find(chars, trimmedStart(eventColumn), trimmedEnd(eventColumn));
      if (typeNumber < 0) {
        String eventName = trimmed(eventColumn);
        problems.add(
            new LogProblem(
                name,
                line,
                eventColumn + 1,
                (eventName.isEmpty() ? "missing event" : "unknown event '" + eventName + "'")
                    + " for journey '"
                    + playbook.journey().id()
                    + "'; accepted: "
                    + playbook.eventTypes().map(EventType::id).mkString(", ")));
        return;
      }
      int detailFrom = detailColumn < 0 ? 0 : trimmedStart(detailColumn);
      int detailTo = detailColumn < 0 ? 0 : trimmedEnd(detailColumn);
      String wrong = wrongDetail(typeNumber, chars, detailFrom, detailTo);
      if (wrong != null) {
        problems.add(new LogProblem(name, line, detailColumn < 0 ? 0 : detailColumn + 1, wrong));
        return;
      }
      int detailCode = detailFrom == detailTo ? 0 : details.number(chars, detailFrom, detailTo) + 1;
      store(
          customers.number(chars, records.start(customerColumn), records.end(customerColumn)),
          typeNumber,
          detailCode);
    }

    private @org.jspecify.annotations.Nullable String wrongDetail(
        int typeNumber, char[] chars, int from, int to) {
      EventType type = types[typeNumber];
      Names names = accepted[typeNumber];
      if (names != null) {
        if (names.find(chars, from, to) >= 0
            || (from == to && !type.detailAttribute().get().isRequired())) {
          return null;
        }
        String detail = new String(chars, from, to - from);
        return (detail.isEmpty() ? "missing detail" : "bad detail '" + detail + "'")
            + " for event '"
            + type.id()
            + "'; accepted: "
            + playbook.detailsOf(type).get().mkString(", ");
      }
      if (type.id().equals(EventType.PURCHASE.id())) {
        return from == to || ID.matcher(java.nio.CharBuffer.wrap(chars, from, to - from)).matches()
            ? null
            : "bad detail '"
                + new String(chars, from, to - from)
                + "' for event 'purchase'; a product id is lowercase letters and digits joined by '-' or '_'";
      }
      return from == to
          ? null
          : "event '"
              + type.id()
              + "' takes no detail, got '"
              + new String(chars, from, to - from)
              + "'";
    }

    private void store(int customer, int typeNumber, int detailCode) {
      if (size == seconds.length) {
        int capacity = size + (size >> 1);
        customerOf = Arrays.copyOf(customerOf, capacity);
        seconds = Arrays.copyOf(seconds, capacity);
        nanos = Arrays.copyOf(nanos, capacity);
        codes = Arrays.copyOf(codes, capacity);
      }
      customerOf[size] = customer;
      seconds[size] = instants.seconds;
      nanos[size] = instants.nanos;
      codes[size] = typeNumber << 24 | detailCode;
      size++;
    }

    /**
     * Groups the rows by customer, sorted by customer id, each group in time order then file order.
     */
    private EventLog build() {
      int count = customers.size();
      Integer[] byId = new Integer[count];
      for (int i = 0; i < count; i++) {
        byId[i] = i;
      }
      Arrays.sort(byId, (a, b) -> customers.name(a).compareTo(customers.name(b)));
      int[] rank = new int[count];
      String[] sortedIds = new String[count];
      for (int r = 0; r < count; r++) {
        rank[byId[r]] = r;
        sortedIds[r] = customers.name(byId[r]);
      }
      int[] start = new int[count + 1];
      for (int row = 0; row < size; row++) {
        start[rank[customerOf[row]] + 1]++;
      }
      for (int c = 0; c < count; c++) {
        start[c + 1] += start[c];
      }
      // Lay the columns out customer by customer (file order within each), so that replaying a
      // customer reads consecutive memory.
      int[] next = Arrays.copyOf(start, count);
      long[] groupedSeconds = new long[size];
      int[] groupedNanos = new int[size];
      int[] groupedCodes = new int[size];
      for (int row = 0; row < size; row++) {
        int to = next[rank[customerOf[row]]]++;
        groupedSeconds[to] = seconds[row];
        groupedNanos[to] = nanos[row];
        groupedCodes[to] = codes[row];
      }
      customerOf = new int[0];
      seconds = groupedSeconds;
      nanos = groupedNanos;
      codes = groupedCodes;
      for (int c = 0; c < count; c++) {
        sortByTime(start[c], start[c + 1]);
      }
      String[] detailNames = new String[details.size()];
      for (int i = 0; i < detailNames.length; i++) {
        detailNames[i] = details.name(i);
      }
      return new EventLog(sortedIds, start, seconds, nanos, types, codes, detailNames, size);
    }

    /**
     * A stable sort of the rows in [from, to) by instant; they start in file order, so ties keep
     * it.
     */
    private void sortByTime(int from, int to) {
      boolean sorted = true;
      for (int i = from + 1; i < to && sorted; i++) {
        sorted = !before(i, i - 1);
      }
      if (sorted) {
        return;
      }
      Integer[] order = new Integer[to - from];
      for (int i = from; i < to; i++) {
        order[i - from] = i;
      }
      Arrays.sort(order, (a, b) -> before(a, b) ? -1 : before(b, a) ? 1 : 0);
      long[] sortedSeconds = new long[to - from];
      int[] sortedNanos = new int[to - from];
      int[] sortedCodes = new int[to - from];
      for (int i = 0; i < order.length; i++) {
        sortedSeconds[i] = seconds[order[i]];
        sortedNanos[i] = nanos[order[i]];
        sortedCodes[i] = codes[order[i]];
      }
      System.arraycopy(sortedSeconds, 0, seconds, from, order.length);
      System.arraycopy(sortedNanos, 0, nanos, from, order.length);
      System.arraycopy(sortedCodes, 0, codes, from, order.length);
    }

    private boolean before(int a, int b) {
      return seconds[a] < seconds[b] || (seconds[a] == seconds[b] && nanos[a] < nanos[b]);
    }
  }
}
