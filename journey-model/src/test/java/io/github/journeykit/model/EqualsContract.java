package io.github.journeykit.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The equality contract of a value type, tested once and reused: implement the three factories.
 *
 * @param <T> the value type
 */
interface EqualsContract<T> {

  /** Returns a value. */
  T createValue();

  /** Returns a value equal to {@link #createValue()} but built separately. */
  T createEqualValue();

  /** Returns a value that differs from {@link #createValue()} in one attribute. */
  T createNotEqualValue();

  @Test
  default void valueIsEqualToItself() {
    T value = createValue();
    assertThat(value.equals(value)).as("reflexive").isTrue();
  }

  @Test
  default void valueIsEqualToAnEqualValueAndHashesTheSame() {
    T value = createValue();
    T equal = createEqualValue();
    assertThat(value).isNotSameAs(equal).isEqualTo(equal).hasSameHashCodeAs(equal);
    assertThat(equal).isEqualTo(value);
    assertThat(value).hasToString(equal.toString());
  }

  @Test
  default void valueIsNotEqualToADifferentValue() {
    assertThat(createValue()).isNotEqualTo(createNotEqualValue());
    assertThat(createNotEqualValue()).isNotEqualTo(createValue());
  }

  @Test
  default void valueIsNotEqualToNullOrAnotherType() {
    assertThat(createValue()).isNotEqualTo(null).isNotEqualTo(new Object());
  }
}
