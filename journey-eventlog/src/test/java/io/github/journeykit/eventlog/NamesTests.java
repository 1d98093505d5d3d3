package io.github.journeykit.eventlog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTests {

  @Test
  void numbersNamesInOrderOfFirstSightAndFindsThemAgain() {
    Names names = new Names();
    for (int i = 0; i < 50_000; i++) {
      assertThat(names.number("customer-" + i)).isEqualTo(i);
    }
    for (int i = 0; i < 50_000; i += 7) {
      char[] chars = ("x customer-" + i + " y").toCharArray();
      assertThat(names.find(chars, 2, chars.length - 2)).isEqualTo(i);
      assertThat(names.number(chars, 2, chars.length - 2)).isEqualTo(i);
      assertThat(names.name(i)).isEqualTo("customer-" + i);
    }
    assertThat(names.size()).isEqualTo(50_000);
    assertThat(names.find("customer-50000".toCharArray(), 0, 14)).isEqualTo(-1);
    assertThat(names.find("customer-1".toCharArray(), 0, 9)).isEqualTo(-1);
    assertThat(names.number("")).isEqualTo(50_000);
    assertThat(names.name(50_000)).isEmpty();
    assertThat(names.name(49_999)).isEqualTo("customer-49999");
  }

  @Test
  void tellsApartNamesOfEqualLengthAndEqualHashes() {
    Names names = new Names();
    assertThat(names.number("Aa")).isEqualTo(0);
    assertThat(names.number("BB")).as("same String hash as Aa").isEqualTo(1);
    assertThat(names.number("Ab")).isEqualTo(2);
    assertThat(names.number("Aa")).isEqualTo(0);
    assertThat(names.number("BB")).isEqualTo(1);
    assertThat(names.name(1)).isEqualTo("BB");
  }
}
