package io.github.journeykit.report.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LinesTests {

  @Test
  void breaksATextAtItsSpacesIntoLinesNoLongerThanGiven() {
    assertThat(Lines.wrap("A first purchase makes the customer purchased", 22))
        .containsExactly("A first purchase makes", "the customer purchased");
    assertThat(Lines.wrap("Loyal", 22)).containsExactly("Loyal");
    assertThat(Lines.wrap("two\nlines", 22)).containsExactly("two", "lines");
  }

  @Test
  void cutsAWordLongerThanALineAfterAHyphenOrWhereTheLineEnds() {
    assertThat(Lines.wrap("has met decision-maker-agrees", 16))
        .containsExactly("has met", "decision-maker-", "agrees");
    assertThat(Lines.wrap("abcdefghij", 4)).containsExactly("abcd", "efgh", "ij");
  }

  @Test
  void endsTheLastLineWithAnEllipsisWhenTheTextNeedsMoreLines() {
    assertThat(Lines.wrap("one two three four", 5, 2)).containsExactly("one", "two…");
    assertThat(Lines.wrap("one two three", 3, 2)).containsExactly("one", "tw…");
    assertThat(Lines.longest(Lines.wrap("one two three", 3, 2))).isEqualTo(3);
    assertThatThrownBy(() -> Lines.wrap("x", 1)).isInstanceOf(IllegalArgumentException.class);
  }
}
