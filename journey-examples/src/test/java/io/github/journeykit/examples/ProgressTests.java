package io.github.journeykit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Progress is a bar redrawn in place on a terminal, plain lines now and then elsewhere: a demo
 * whose standard error went to a file used to leave 103 frames of its bar there.
 */
class ProgressTests {

  final StringWriter text = new StringWriter();
  final AtomicLong clock = new AtomicLong();

  Progress progress(Progress.Style style, long total) {
    return new Progress(new PrintWriter(text, true), style, total, "customers", clock::get);
  }

  static Progress.Choice choice(String how) {
    Progress.Choice choice = new Progress.Choice();
    choice.how = how;
    return choice;
  }

  @Nested
  class Choosing {
    @Test
    void autoIsABarOnATerminalAndLinesElsewhere() {
      assertThat(choice("auto").style(() -> true)).isEqualTo(Progress.Style.BAR);
      assertThat(choice("auto").style(() -> false)).isEqualTo(Progress.Style.LINES);
    }

    @Test
    void barLinesAndOffAreTakenAsSaidWhereverStandardErrorGoes() {
      for (boolean terminal : new boolean[] {true, false}) {
        assertThat(choice("bar").style(() -> terminal)).isEqualTo(Progress.Style.BAR);
        assertThat(choice("LINES").style(() -> terminal)).isEqualTo(Progress.Style.LINES);
        assertThat(choice("off").style(() -> terminal)).isEqualTo(Progress.Style.OFF);
      }
    }

    @Test
    void anyOtherWordIsAMistakeNamingTheChoices() {
      assertThatThrownBy(() -> choice("fancy").style(() -> true))
          .isInstanceOf(UserMistake.class)
          .hasMessage("--progress takes auto, bar, lines or off, got 'fancy'");
    }

    @Test
    void standardErrorIsATerminalOnlyWhereItsLinkPointsToATerminalDevice() {
      assertThat(Progress.isTerminalDevice("/dev/pts/3")).isTrue();
      assertThat(Progress.isTerminalDevice("/dev/tty1")).isTrue();
      assertThat(Progress.isTerminalDevice("/tmp/demo.log")).isFalse();
      assertThat(Progress.isTerminalDevice("pipe:[48213]")).isFalse();
      assertThat(Progress.isTerminalDevice("/dev/null")).isFalse();
    }
  }

  @Nested
  class OnATerminal {
    @Test
    void theBarIsRedrawnInPlaceOnlyWhenAThousandthMoreIsDone() {
      Progress bar = progress(Progress.Style.BAR, 1_000_000);
      for (int i = 0; i < 1_000_000; i++) {
        bar.step("sales-funnel");
      }
      bar.done();
      String shown = text.toString();
      assertThat(shown.chars().filter(c -> c == '\r').count()).as("0.0% to 100.0%").isEqualTo(1001);
      assertThat(shown)
          .startsWith("\r[                    ]   0.0%, 1 of 1,000,000 customers, sales-funnel\r")
          .endsWith(
              "\r[####################] 100.0%, 1,000,000 of 1,000,000 customers, sales-funnel"
                  + System.lineSeparator());
    }

    @Test
    void aClearedBarIsRubbedOutAndDrawnAgainAtTheNextStep() {
      Progress bar = progress(Progress.Style.BAR, 10);
      bar.advance(5, "b2b");
      String drawn = "\r[##########          ]  50.0%, 5 of 10 customers, b2b";
      assertThat(text.toString()).isEqualTo(drawn);
      bar.clear();
      assertThat(text.toString()).isEqualTo(drawn + "\r" + " ".repeat(drawn.length() - 1) + "\r");
      String cleared = text.toString();
      bar.advance(5, "b2b");
      assertThat(text.toString().substring(cleared.length())).isEqualTo(drawn);
      bar.clear();
      bar.done();
      assertThat(text.toString()).as("nothing to end once rubbed out").endsWith("\r");
    }

    /** A check of a hundred million customers does a thousandth in more than a minute. */
    @Test
    void aSlowBarIsRedrawnWithItsCountEverySecondOrSo() {
      Progress bar = progress(Progress.Style.BAR, 10_000_000);
      for (int i = 0; i < 2 * Progress.CLOCK_EVERY; i++) {
        if (i == 10) {
          clock.set(TimeUnit.MILLISECONDS.toNanos(1_500));
        }
        bar.step("sales-funnel");
      }
      assertThat(text.toString())
          .isEqualTo(
              "\r[                    ]   0.0%, 1 of 10,000,000 customers, sales-funnel"
                  + "\r[                    ]   0.0%, 1,025 of 10,000,000 customers, sales-funnel");
    }
  }

  @Nested
  class Elsewhere {
    @Test
    void thereIsNoCarriageReturnButALineEveryThirtySeconds() {
      Progress lines = progress(Progress.Style.LINES, 200);
      for (int i = 0; i < 50; i++) {
        lines.step("sales-funnel");
      }
      assertThat(text.toString()).as("a run shorter than 30 seconds says nothing").isEmpty();
      clock.set(TimeUnit.SECONDS.toNanos(30));
      lines.step("sales-funnel");
      clock.set(TimeUnit.SECONDS.toNanos(59));
      lines.step("sales-funnel");
      clock.set(TimeUnit.SECONDS.toNanos(61));
      for (int i = 0; i < 148; i++) {
        lines.step("b2b");
      }
      lines.done();
      assertThat(text.toString())
          .doesNotContain("\r")
          .isEqualTo(
              "progress: 25.5%, 51 of 200 customers, sales-funnel"
                  + System.lineSeparator()
                  + "progress: 26.5%, 53 of 200 customers, b2b"
                  + System.lineSeparator());
    }

    @Test
    void aSlowRunSaysSomethingThoughNoThousandthMoreIsDone() {
      Progress lines = progress(Progress.Style.LINES, 10_000_000);
      for (int i = 0; i < 2 * Progress.CLOCK_EVERY; i++) {
        if (i == 10) {
          clock.set(TimeUnit.SECONDS.toNanos(31));
        }
        lines.step("sales-funnel");
      }
      assertThat(text.toString())
          .isEqualTo(
              "progress: 0.0%, 1,025 of 10,000,000 customers, sales-funnel"
                  + System.lineSeparator());
    }

    @Test
    void offSaysNothing() {
      Progress off = progress(Progress.Style.OFF, 10);
      clock.set(TimeUnit.HOURS.toNanos(1));
      for (int i = 0; i < 10; i++) {
        off.step("b2b");
      }
      off.clear();
      off.done();
      assertThat(text.toString()).isEmpty();
    }
  }
}
