package io.github.journeykit.examples;

import java.io.Console;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import picocli.CommandLine.Option;

/**
 * How far a long command has come, on standard error: a bar redrawn in place on a terminal, a plain
 * line now and then elsewhere.
 *
 * <p>A bar is redrawn with a carriage return, so it must only go to a terminal: in a file it leaves
 * one frame per redraw. Where standard error goes is not something Java says directly: {@link
 * #onTerminal()} asks {@link System#console()}, then {@code Console.isTerminal()} where the JDK has
 * it (22 and later, where a console exists even when redirected), then, on Linux, where {@code
 * /proc/self/fd/2} points, since the console only speaks for standard input and output. Commands
 * take {@code --progress} ({@link Choice}) to say it themselves.
 */
final class Progress {

  /** How often a plain line is written when standard error is not a terminal. */
  static final long LINE_EVERY_SECONDS = 30;

  /** How progress is shown. */
  enum Style {
    /** A bar redrawn in place, for a terminal. */
    BAR,
    /** A plain line every {@value Progress#LINE_EVERY_SECONDS} seconds, none for a shorter run. */
    LINES,
    /** Nothing. */
    OFF
  }

  /** The {@code --progress} option of a long command, as a picocli mixin. */
  static final class Choice {

    @Option(
        names = "--progress",
        paramLabel = "HOW",
        description =
            "How to show progress on standard error: bar (redrawn in place, for a terminal), lines"
                + " (a plain line about every "
                + LINE_EVERY_SECONDS
                + " seconds, none for a shorter run, for a log file), off, or auto (the default):"
                + " bar when standard error is a terminal, else lines.")
    String how = "auto";

    /** The style chosen, {@code auto} decided by whether standard error is a terminal. */
    Style style(BooleanSupplier terminal) {
      return switch (how.toLowerCase(Locale.ROOT)) {
        case "auto" -> terminal.getAsBoolean() ? Style.BAR : Style.LINES;
        case "bar" -> Style.BAR;
        case "lines" -> Style.LINES;
        case "off" -> Style.OFF;
        default ->
            throw new UserMistake("--progress takes auto, bar, lines or off, got '" + how + "'");
      };
    }

    /** Starts showing the progress of a run of {@code total} items on standard error. */
    Progress start(PrintWriter err, long total, String items) {
      return new Progress(err, style(Progress::onTerminal), total, items, System::nanoTime);
    }
  }

  private static final int BAR_WIDTH = 20;

  /** Within a thousandth, how many items go by between two readings of the clock. */
  static final int CLOCK_EVERY = 1024;

  private final PrintWriter err;
  private final Style style;
  private final long total;
  private final String items;
  private final LongSupplier nanos;
  private long done;
  private long shownPermille = -1;
  private long lastShown;
  private int sinceClock;

  /** How wide the bar on the terminal is, 0 when none is. */
  private int drawn;

  /**
   * Starts showing progress.
   *
   * @param err where to show it
   * @param style how
   * @param total how many items the run has, at least 1
   * @param items what they are, plural, for the lines: {@code customers}
   * @param nanos the clock of the lines, {@link System#nanoTime()} but in tests
   */
  Progress(PrintWriter err, Style style, long total, String items, LongSupplier nanos) {
    if (total < 1) {
      throw new IllegalArgumentException("total must be at least 1, got " + total);
    }
    this.err = err;
    this.style = style;
    this.total = total;
    this.items = items;
    this.nanos = nanos;
    this.lastShown = nanos.getAsLong();
  }

  /** One more item is done, of the part named {@code label} (a journey's id). */
  void step(String label) {
    advance(done + 1, label);
  }

  /**
   * {@code count} items are done, of the part named {@code label}. The bar is redrawn when a whole
   * thousandth more is done, or a second after it was last drawn; a line is written when {@value
   * #LINE_EVERY_SECONDS} seconds have passed since the last one. To stay cheap for a run of many
   * quick items, the clock is read only when a thousandth more is done or every {@value
   * #CLOCK_EVERY} items.
   */
  void advance(long count, String label) {
    done = Math.min(count, total);
    if (style == Style.OFF) {
      return;
    }
    long permille = done * 1000 / total;
    boolean further = permille != shownPermille;
    if (!further && ++sinceClock < CLOCK_EVERY) {
      return;
    }
    sinceClock = 0;
    long now = nanos.getAsLong();
    if (style == Style.BAR) {
      if (further || now - lastShown >= TimeUnit.SECONDS.toNanos(1)) {
        shownPermille = permille;
        lastShown = now;
        int filled = (int) (permille * BAR_WIDTH / 1000);
        String bar =
            "[" + "#".repeat(filled) + " ".repeat(BAR_WIDTH - filled) + "] " + status(label);
        err.print("\r" + bar + " ".repeat(Math.max(0, drawn - bar.length())));
        err.flush();
        drawn = Math.max(drawn, bar.length());
      }
      return;
    }
    shownPermille = permille;
    if (now - lastShown >= TimeUnit.SECONDS.toNanos(LINE_EVERY_SECONDS)) {
      lastShown = now;
      err.println("progress: " + status(label).strip());
      err.flush();
    }
  }

  /** How far the run has come: {@code 45.3%, 7,248,000 of 16,000,000 customers, b2b}. */
  private String status(String label) {
    return String.format(
        Locale.ROOT,
        "%5.1f%%, %,d of %,d %s, %s",
        Math.floorDiv(done * 1000, total) / 10.0, // whole thousandths, as the bar
        done,
        total,
        items,
        label);
  }

  /**
   * Rubs out a drawn bar, for something else to be written on the terminal; the next step draws it
   * again.
   */
  void clear() {
    if (drawn > 0) {
      err.print("\r" + " ".repeat(drawn) + "\r");
      err.flush();
      drawn = 0;
      shownPermille = -1;
    }
  }

  /** The run is over: a drawn bar's line is ended, so that what follows starts on its own line. */
  void done() {
    if (drawn > 0) {
      err.println();
      err.flush();
      drawn = 0;
    }
  }

  /**
   * Tells whether standard error is, as far as Java can tell, a terminal: there is a console, the
   * JDK (22 and later) does not say it is no terminal, and, where {@code /proc/self/fd/2} exists
   * (Linux), it points to a terminal device.
   */
  @SuppressWarnings("SystemConsoleNull") // null on JDK 17; on 22 and later isTerminal says it
  static boolean onTerminal() {
    Console console = System.console();
    if (console == null || !isTerminal(console)) {
      return false;
    }
    Path standardError = Path.of("/proc/self/fd/2");
    try {
      return !Files.isSymbolicLink(standardError)
          || isTerminalDevice(Files.readSymbolicLink(standardError).toString());
    } catch (java.io.IOException | SecurityException | UnsupportedOperationException e) {
      return true; // the console said so, and nothing says otherwise
    }
  }

  /** {@code Console.isTerminal()} on a JDK that has it (22 and later); true on an older one. */
  static boolean isTerminal(Console console) {
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return Boolean.TRUE.equals(isTerminal.invoke(console));
    } catch (NoSuchMethodException e) {
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }

  /** Whether the target of a file descriptor's link, on Linux, is a terminal device. */
  static boolean isTerminalDevice(String target) {
    return target.startsWith("/dev/pts/")
        || target.startsWith("/dev/tty")
        || target.equals("/dev/console");
  }
}
