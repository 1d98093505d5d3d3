package io.github.journeykit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headless Chromium, which {@code .ci/run} installs with Graphviz: opens a page in a window of 1400
 * × 1000 pixels and gives its DOM after the page's scripts ran, and what Chromium logged.
 */
final class Chromium {

  /** The width of the window a page is opened in. */
  static final int WIDTH = 1400;

  /** The height of the window a page is opened in. */
  static final int HEIGHT = 1000;

  /**
   * What a probe script measures in a page laid out in the window, written into the DOM as lines of
   * a {@code <pre id="probe">}: the window's and the page's widths, the stage graphs and funnel
   * bars drawn, and each problem found (a table row with nothing but its lane's name, a text of a
   * picture drawn outside it, a stage's name or gate outside its box).
   */
  static final String PROBE =
      """
      (function () {
        var root = document.documentElement;
        var lines = ['window ' + window.innerWidth, 'client ' + root.clientWidth,
            'scroll ' + root.scrollWidth,
            'graphs ' + document.querySelectorAll('svg[aria-label^="Stage graph"]').length,
            'bars ' + document.querySelectorAll('svg g.bar').length];
        function inside(inner, outer) {
          return inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5
              && inner.top >= outer.top - 0.5 && inner.bottom <= outer.bottom + 0.5;
        }
        document.querySelectorAll('tr').forEach(function (row) {
          var cells = Array.prototype.slice.call(row.querySelectorAll('td'), 1);
          if (cells.length > 0 && cells.every(function (cell) { return !cell.textContent.trim(); })) {
            lines.push('problem empty row ' + row.querySelector('td').textContent);
          }
        });
        document.querySelectorAll('svg').forEach(function (svg) {
          var frame = svg.getBoundingClientRect();
          svg.querySelectorAll('text').forEach(function (text) {
            if (!inside(text.getBoundingClientRect(), frame)) {
              lines.push('problem text outside its picture: ' + text.textContent);
            }
          });
        });
        document.querySelectorAll('svg g.stage').forEach(function (stage) {
          var box = stage.querySelector('rect').getBoundingClientRect();
          stage.querySelectorAll('text').forEach(function (text) {
            if (!inside(text.getBoundingClientRect(), box)) {
              lines.push('problem text outside its box: ' + text.textContent);
            }
          });
        });
        var probe = document.createElement('pre');
        probe.id = 'probe';
        probe.textContent = lines.join('\\n');
        document.body.appendChild(probe);
      })();
      """;

  /**
   * A page as Chromium showed it.
   *
   * @param dom the DOM after the page's scripts ran
   * @param log what Chromium wrote on its standard error
   */
  record Page(String dom, String log) {

    /** The lines the {@link #PROBE} wrote, or an empty text when it did not run. */
    String probe() {
      Matcher probe = Pattern.compile("<pre id=\"probe\">(.*?)</pre>", Pattern.DOTALL).matcher(dom);
      return probe.find() ? probe.group(1) : "";
    }

    /** The number the probe measured after a name, e.g. {@code scroll}. */
    int measured(String name) {
      Matcher line = Pattern.compile("(?m)^" + name + " (\\d+)$").matcher(probe());
      assertThat(line.find()).as("%s in %s", name, probe()).isTrue();
      return Integer.parseInt(line.group(1));
    }
  }

  private Chromium() {}

  /** Whether Chromium is on the path. */
  static boolean installed() {
    return onPath("chromium");
  }

  /** Whether a program is on the path. */
  static boolean onPath(String program) {
    for (String dirName :
        System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dirName, program))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Opens a page as it is.
   *
   * @param html the page
   * @param work a directory for Chromium's profile and log
   */
  static Page open(Path html, Path work) throws IOException, InterruptedException {
    Path log = work.resolve("chromium.log");
    Process chromium =
        new ProcessBuilder(
                "chromium",
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + work.resolve("profile"),
                "--window-size=" + WIDTH + "," + HEIGHT,
                "--enable-logging=stderr",
                "--v=0",
                "--dump-dom",
                html.toUri().toString())
            .redirectError(log.toFile())
            .start();
    String dom = new String(chromium.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(chromium.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Page(dom, Files.readString(log));
  }

  /**
   * Opens a copy of a page with the {@link #PROBE} at the end of its body.
   *
   * @param html the page
   * @param work a directory for the copy, Chromium's profile and log
   */
  static Page probe(Path html, Path work) throws IOException, InterruptedException {
    String page = Files.readString(html);
    assertThat(page).contains("</body>");
    Path probed = work.resolve("probed-" + html.getFileName());
    Files.writeString(probed, page.replace("</body>", "<script>\n" + PROBE + "</script>\n</body>"));
    return open(probed, work);
  }
}
