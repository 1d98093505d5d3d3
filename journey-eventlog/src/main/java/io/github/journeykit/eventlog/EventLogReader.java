package io.github.journeykit.eventlog;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.journeykit.model.Attribute;
import io.github.journeykit.model.Event;
import io.github.journeykit.model.EventType;
import io.github.journeykit.model.Journey;
import io.github.journeykit.model.Problem;
import io.github.journeykit.rules.Playbook;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Reads an event log for one journey, checking every row against the journey's events.
 *
 * <p>The log is UTF-8 CSV (RFC 4180 quoting; LF or CRLF; a leading byte order mark is accepted).
 * Its first row is a header naming the columns, in any order and case:
 *
 * <ul>
 *   <li>{@code customer}, {@code at} and {@code event}, always: the customer's id, an ISO-8601
 *       instant or offset date-time, and the id of one of the journey's event types ({@link
 *       Journey#eventTypes()});
 *   <li>{@code detail}, optionally: the value of the first attribute of the row's event type
 *       ({@link EventType#detailAttribute()}), so that one column carries the main datum of every
 *       type;
 *   <li>a column per attribute, optionally, named as the attribute is ({@code amount}, {@code
 *       product}, {@code plan}, …): it fills that attribute on rows whose event type declares it,
 *       and must be empty on the others. A row may give its type's first attribute in {@code
 *       detail} or in its own column, or in both if they agree;
 *   <li>{@code touchpoint} and {@code channel}, optionally: the ids of the journey's touchpoint and
 *       channel where the event happened.
 * </ul>
 *
 * <p>Any other column is a mistake (a misspelt {@code detials} would otherwise leave every detail
 * out). Each value is read by its attribute's kind ({@link Attribute#parse(String)}) and checked
 * against the journey ({@link Journey#check(Event)}: the listed values of a choice, the journey's
 * criteria and messages, its touchpoints and channels); required attributes must be there. An empty
 * cell is an absent value. A field holds at most 65,536 characters.
 *
 * <p>Every mistake becomes a {@link LogProblem} with the file, line and column: an unknown event
 * for this journey (with the accepted ones), a bad or missing value (with what is expected), a
 * value in a column the row's event type does not take, an unparsable time, an unknown or missing
 * column, a wrong number of fields, a field too long, broken quoting, text that is not UTF-8 (the
 * first invalid byte, its line, its column and its character on the line). By default a log with
 * any problem yields no {@link EventLog}, only the problems; with {@link #skipInvalid(boolean)}
 * invalid rows are left out and reported, and the rest is read. An empty file, a missing file, a
 * bad header, text that is not UTF-8 and a quote never closed stop the reading whatever the setting
 * ({@link Result#stopped()}).
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
  private static final String PRODUCT_ID =
      "a product id is lowercase letters and digits joined by '-' or '_'";
  private static final List<String> REQUIRED = List.of("customer", "at", "event");
  private static final List<String> FIXED =
      REQUIRED.appendAll(List.of("detail", "touchpoint", "channel"));
  private static final byte VALID = 1;
  private static final byte INVALID = 2;

  /**
   * What reading a log gave: the log, unless a problem stopped it, and every problem found.
   *
   * @param log the events read; none when the log was refused
   * @param problems every problem, in file order: the reasons for refusing, or the rows skipped
   * @param stopped whether a problem with the whole file stopped the reading (it is missing or
   *     empty, its header is wrong, it is not UTF-8, a quote is never closed): then skipping
   *     invalid rows ({@link EventLogReader#skipInvalid(boolean)}) cannot help; false when only
   *     rows are invalid
   * @since 0.1
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record Result(Option<EventLog> log, Seq<LogProblem> problems, boolean stopped) {
    /**
     * Creates a result.
     *
     * @param log the log, if read
     * @param problems the problems
     * @param stopped whether a problem with the whole file stopped the reading
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
    return new Reading(name, new CsvRecords(new Utf8Reader(in))).run();
  }

  private static Result refused(LogProblem problem) {
    return new Result(Option.none(), List.of(problem), true);
  }

  /** One reading of one log. */
  private final class Reading {
    private final String name;
    private final CsvRecords records;
    private final Journey journey;
    private final ArrayList<LogProblem> problems = new ArrayList<>();
    private final ArrayList<LogProblem> rowProblems = new ArrayList<>();
    private final Names customers = new Names();
    private final Names typeNames = new Names();
    private final EventType[] types;

    /** The attribute names of the journey's event types, each once, in order of declaration. */
    private final String[] attributeNames;

    /** Per event type, the number of each of its attributes' names in {@link #attributeNames}. */
    private final int[][] slots;

    private final Tuples tuples;
    private final Prototypes prototypes;
    private final int[] key;
    private final int[] sources;
    private final Instants instants = new Instants();
    private byte[] states = new byte[64];
    private int size;
    private int[] customerOf = new int[1024];
    private long[] seconds = new long[1024];
    private int[] nanos = new int[1024];
    private int[] codes = new int[1024];
    private int customerColumn;
    private int atColumn;
    private int eventColumn;
    private int detailColumn = -1;
    private int touchpointColumn = -1;
    private int channelColumn = -1;
    private int width;

    /** Per event type, the column of each of its attributes, or -1. */
    private int[][] own = new int[0][];

    /** Per event type, the attribute columns it does not take: they must be empty. */
    private int[][] foreign = new int[0][];

    /** Per header column, the number of its attribute name, or -1. */
    private int[] attributeOfColumn = new int[0];

    Reading(String name, CsvRecords records) {
      this.name = name;
      this.records = records;
      this.journey = playbook.journey();
      this.types = playbook.eventTypes().toJavaArray(EventType[]::new);
      Map<String, Integer> numbers = new LinkedHashMap<>();
      this.slots = new int[types.length][];
      int most = 0;
      for (int number = 0; number < types.length; number++) {
        EventType type = types[number];
        typeNames.number(type.id());
        Seq<Attribute> attributes = type.attributes();
        slots[number] = new int[attributes.size()];
        for (int k = 0; k < attributes.size(); k++) {
          slots[number][k] = numbers.computeIfAbsent(attributes.get(k).name(), n -> numbers.size());
        }
        most = Math.max(most, attributes.size());
      }
      this.attributeNames = numbers.keySet().toArray(new String[0]);
      Names[] values = new Names[attributeNames.length];
      for (int i = 0; i < values.length; i++) {
        values[i] = new Names();
      }
      this.tuples = new Tuples(Prototypes.width(most));
      this.prototypes =
          new Prototypes(
              types, slots, values, new Names(), new Names(), tuples, new Event[Prototypes.CACHED]);
      this.key = new int[tuples.width()];
      this.sources = new int[most];
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
          return stopped();
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
              return stopped();
            }
            if (!malformed.recordRead) {
              records.skipRestOfLine();
            }
          }
        }
      } catch (Utf8Reader.Invalid invalid) {
        problems.add(new LogProblem(name, invalid.line, records.fieldNumber(), invalid.describe()));
        return stopped();
      } catch (CsvRecords.Malformed malformed) {
        problems.add(new LogProblem(name, malformed.line, malformed.column, malformed.reason));
        return stopped();
      } catch (IOException e) {
        problems.add(new LogProblem(name, 0, 0, "cannot be read: " + e.getMessage()));
        return stopped();
      }
      if (!problems.isEmpty() && !skipInvalid) {
        return new Result(Option.none(), List.ofAll(problems), false);
      }
      return new Result(Option.of(build()), List.ofAll(problems), false);
    }

    /** The log refused for a problem that stopped the reading, after every problem found. */
    private Result stopped() {
      return new Result(Option.none(), List.ofAll(problems), true);
    }

    /** The columns a log of this journey may have, for messages. */
    private String knownColumns() {
      return "the columns of an event log of journey '"
          + journey.id()
          + "' are "
          + FIXED.mkString(", ")
          + (attributeNames.length == 0
              ? ""
              : " and the attributes of its event types: " + String.join(", ", attributeNames));
    }

    private boolean header() {
      Map<String, Integer> columns = new HashMap<>();
      java.util.List<String> names = new ArrayList<>();
      java.util.List<String> known = new ArrayList<>(FIXED.asJava());
      known.addAll(Arrays.asList(attributeNames));
      width = records.fieldCount();
      attributeOfColumn = new int[width];
      for (int i = 0; i < width; i++) {
        String given = records.field(i).trim();
        String column = given.toLowerCase(Locale.ROOT);
        names.add(records.field(i));
        attributeOfColumn[i] = FIXED.contains(column) ? -1 : known.indexOf(column) - FIXED.size();
        if (!known.contains(column)) {
          problems.add(
              new LogProblem(
                  name,
                  1,
                  i + 1,
                  (given.isEmpty()
                          ? "a column without a name; name it or remove it"
                          : "unknown column '" + given + "'" + Problem.didYouMean(given, known))
                      + "; "
                      + knownColumns()));
          continue;
        }
        Integer earlier = columns.putIfAbsent(column, i);
        if (earlier != null) {
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
      touchpointColumn = columns.getOrDefault("touchpoint", -1);
      channelColumn = columns.getOrDefault("channel", -1);
      own = new int[types.length][];
      foreign = new int[types.length][];
      for (int t = 0; t < types.length; t++) {
        own[t] = new int[slots[t].length];
        for (int k = 0; k < slots[t].length; k++) {
          own[t][k] = columns.getOrDefault(attributeNames[slots[t][k]], -1);
        }
        int[] others = new int[width];
        int count = 0;
        for (int i = 0; i < width; i++) {
          if (attributeOfColumn[i] >= 0
              && types[t].attribute(attributeNames[attributeOfColumn[i]]).isEmpty()) {
            others[count++] = i;
          }
        }
        foreign[t] = Arrays.copyOf(others, count);
      }
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

    private boolean blank(int field) {
      char[] chars = records.chars();
      for (int i = records.start(field); i < records.end(field); i++) {
        if (chars[i] > ' ') {
          return false;
        }
      }
      return true;
    }

    private String trimmed(int field) {
      return records.field(field).trim();
    }

    /** The number of the trimmed text of a field among the texts of a value column, plus one. */
    private int valueNumber(Names names, int field) {
      return names.number(records.chars(), trimmedStart(field), trimmedEnd(field)) + 1;
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
                    + journey.id()
                    + "'; accepted: "
                    + playbook.eventTypes().map(EventType::id).mkString(", ")));
        return;
      }
      int tuple = tuple(typeNumber, line);
      if (tuple >= 0) {
        store(
            customers.number(chars, records.start(customerColumn), records.end(customerColumn)),
            tuple);
      } else {
        rowProblems.sort(Comparator.comparingInt(LogProblem::column));
        problems.addAll(rowProblems);
      }
    }

    /**
     * Reads the values of a row of a known event type into a tuple and checks them: the tuple's
     * number, or -1 with the problems in {@link #rowProblems}.
     */
    private int tuple(int typeNumber, long line) {
      rowProblems.clear();
      EventType type = types[typeNumber];
      for (int column : foreign[typeNumber]) {
        if (!blank(column)) {
          String attribute = attributeNames[attributeOfColumn[column]];
          rowProblems.add(
              new LogProblem(
                  name,
                  line,
                  column + 1,
                  "event '"
                      + type.id()
                      + "' takes no "
                      + attribute
                      + ", got '"
                      + trimmed(column)
                      + "'; column '"
                      + attribute
                      + "' is for event types "
                      + playbook
                          .eventTypes()
                          .filter(t -> t.attribute(attribute).isDefined())
                          .map(EventType::id)
                          .mkString(", ")));
        }
      }
      boolean detail = detailColumn >= 0 && !blank(detailColumn);
      int[] typeSlots = slots[typeNumber];
      int[] columns = own[typeNumber];
      key[0] = typeNumber;
      for (int k = 0; k < typeSlots.length; k++) {
        int column = columns[k];
        int source = -1;
        if (column >= 0 && !blank(column)) {
          source = column;
          if (k == 0 && detail) {
            disagreement(type, column, line);
          }
        } else if (k == 0 && detail) {
          source = detailColumn;
        }
        sources[k] = source;
        key[1 + k] = source < 0 ? 0 : valueNumber(prototypes.values(typeSlots[k]), source);
      }
      Arrays.fill(key, 1 + typeSlots.length, key.length - 2, 0);
      if (typeSlots.length == 0 && detail) {
        rowProblems.add(
            new LogProblem(
                name,
                line,
                detailColumn + 1,
                "event '" + type.id() + "' takes no detail, got '" + trimmed(detailColumn) + "'"));
      }
      key[key.length - 2] =
          touchpointColumn < 0 || blank(touchpointColumn)
              ? 0
              : valueNumber(prototypes.touchpoints(), touchpointColumn);
      key[key.length - 1] =
          channelColumn < 0 || blank(channelColumn)
              ? 0
              : valueNumber(prototypes.channels(), channelColumn);
      int known = tuples.size();
      int tuple = tuples.number(key);
      if (tuple == known) {
        Validation<Seq<Problem>, Event> checked = check(tuple);
        if (tuple == states.length) {
          states = Arrays.copyOf(states, tuple * 2);
        }
        states[tuple] = checked.isValid() ? VALID : INVALID;
        if (checked.isValid()) {
          prototypes.remember(tuple, checked.get());
        } else {
          locate(typeNumber, checked.getError(), line);
        }
      } else if (states[tuple] == INVALID) {
        locate(typeNumber, check(tuple).getError(), line);
      }
      return rowProblems.isEmpty() ? tuple : -1;
    }

    /**
     * Reports a row that gives its type's first attribute both in {@code detail} and in its own
     * column, unless the two are the same value.
     */
    private void disagreement(EventType type, int column, long line) {
      int from = trimmedStart(column);
      int to = trimmedEnd(column);
      int detailFrom = trimmedStart(detailColumn);
      char[] chars = records.chars();
      if (Arrays.equals(chars, from, to, chars, detailFrom, trimmedEnd(detailColumn))) {
        return;
      }
      Attribute attribute = type.detailAttribute().get();
      String value = trimmed(column);
      String detail = trimmed(detailColumn);
      Validation<String, Object> a = attribute.parse(value);
      Validation<String, Object> b = attribute.parse(detail);
      if (a.isValid() && b.isValid() && a.get().equals(b.get())) {
        return;
      }
      rowProblems.add(
          new LogProblem(
              name,
              line,
              column + 1,
              "column '"
                  + attribute.name()
                  + "' gives '"
                  + value
                  + "' but detail gives '"
                  + detail
                  + "' for event '"
                  + type.id()
                  + "', whose detail is its "
                  + attribute.name()
                  + "; give the value once, or the same in both"));
    }

    /**
     * Makes the event of a tuple and checks it against the journey: its values by their kinds, the
     * required ones, the journey's criteria and messages, touchpoints and channels.
     */
    private Validation<Seq<Problem>, Event> check(int tuple) {
      EventType type = prototypes.type(tuple);
      List<Problem> found = List.empty();
      if (type.id().equals(EventType.PURCHASE.id())) {
        int k = type.attributes().indexWhere(a -> a.name().equals("product"));
        String product = k < 0 ? "" : prototypes.text(tuple, k);
        if (!product.isEmpty() && !ID.matcher(product).matches()) {
          found =
              found.append(
                  new Problem(
                      Problem.Kind.BAD_ATTRIBUTE,
                      where(type, "product"),
                      "'" + product + "' is not a product id; " + PRODUCT_ID));
        }
      }
      Validation<Seq<Problem>, Event> made = prototypes.make(tuple).flatMap(journey::check);
      if (found.isEmpty()) {
        return made;
      }
      return Validation.invalid(made.isInvalid() ? found.appendAll(made.getError()) : found);
    }

    private String where(EventType type, String attribute) {
      return "event '" + type.id() + "', attribute '" + attribute + "'";
    }

    /** Puts the problems with a row's event in {@link #rowProblems}, each at its column. */
    private void locate(int typeNumber, Seq<Problem> found, long line) {
      EventType type = types[typeNumber];
      Seq<Attribute> attributes = type.attributes();
      for (Problem problem : found) {
        int k = attributes.indexWhere(a -> where(type, a.name()).equals(problem.where()));
        int column;
        String message;
        if (k >= 0) {
          Attribute attribute = attributes.get(k);
          int source = sources[k];
          int ownColumn = own[typeNumber][k];
          column = source >= 0 ? source : ownColumn >= 0 ? ownColumn : k == 0 ? detailColumn : -1;
          if (k == 0 && column == detailColumn) {
            // Also when the log has neither column: the detail is where the first attribute goes.
            message = detailMessage(type, attribute, source < 0 ? "" : trimmed(source), problem);
          } else {
            message =
                problem + (column < 0 ? "; the log has no column '" + attribute.name() + "'" : "");
          }
        } else {
          String prefix = "event '" + type.id() + "', ";
          column =
              problem.where().startsWith(prefix + "touchpoint '")
                  ? touchpointColumn
                  : problem.where().startsWith(prefix + "channel '") ? channelColumn : -1;
          message = problem.toString();
        }
        rowProblems.add(new LogProblem(name, line, column + 1, message));
      }
    }

    /**
     * Says what is wrong with the {@code detail} of a row, in the words the reader has always used:
     * the detail missing or bad, and what is accepted.
     */
    private String detailMessage(
        EventType type, Attribute attribute, String detail, Problem problem) {
      Option<Seq<String>> accepted = playbook.detailsOf(type);
      String what =
          detail.isEmpty()
              ? "missing detail for event '" + type.id() + "'"
              : "bad detail '" + detail + "' for event '" + type.id() + "'";
      if (problem.message().endsWith(PRODUCT_ID)) {
        return what + "; " + PRODUCT_ID;
      }
      if (accepted.isDefined()) {
        return what + "; accepted: " + accepted.get().mkString(", ");
      }
      return what
          + (detail.isEmpty() ? "; expected " + attribute.expected() : ": " + problem.message());
    }

    private void store(int customer, int tuple) {
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
      codes[size] = tuple;
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
      return new EventLog(sortedIds, start, seconds, nanos, codes, prototypes.frozen(), size);
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
