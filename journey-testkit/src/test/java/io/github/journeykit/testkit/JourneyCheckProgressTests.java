package io.github.journeykit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.journeykit.rules.Playbook;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A check tells a listener how many customers it has checked, and its result stays the same. */
class JourneyCheckProgressTests {

  static final Playbook EVERY_KIND = EveryKind.playbook();

  static final Invariant ALWAYS = Invariant.of("nothing is ever wrong", history -> Option.none());

  /** Breaks for a customer with five events or more: some customer of a few dozen has them. */
  static final Invariant FEW_EVENTS =
      Invariant.of(
          "a customer has fewer than five events",
          history ->
              history.events().size() >= 5
                  ? Option.some(new Violation(4, "five events"))
                  : Option.none());

  JourneyCheck check() {
    return JourneyCheck.of(EVERY_KIND).customers(300).seed(11);
  }

  @Test
  void theListenerIsToldEachCustomerCheckedInOrderUpToAll() {
    List<Long> told = new ArrayList<>();
    CheckResult result = check().onProgress(told::add).check(ALWAYS);
    assertThat(told).hasSize(300).startsWith(1L, 2L, 3L).endsWith(299L, 300L);
    for (int i = 0; i < told.size(); i++) {
      assertThat(told.get(i)).isEqualTo(i + 1L);
    }
    assertThat(result).isEqualTo(check().check(ALWAYS));
  }

  @Test
  void onAFailureTheListenerStopsAtTheCustomerWhoBrokeTheInvariant() {
    List<Long> told = new ArrayList<>();
    CheckResult result = check().onProgress(told::add).check(FEW_EVENTS);
    assertThat(result.counterexample().isDefined()).isTrue();
    assertThat(result.customers()).isLessThan(300);
    assertThat(told).hasSize(result.customers()).endsWith((long) result.customers());
    assertThat(result)
        .as("the same result without a listener")
        .isEqualTo(check().check(FEW_EVENTS));
  }

  @Test
  void theListenerIsKeptByTheOtherSettingsAndCannotBeNull() {
    List<Long> told = new ArrayList<>();
    check()
        .onProgress(told::add)
        .customers(20)
        .seed(3)
        .maxEvents(10)
        .requireCoverage(CoverageMode.OFF)
        .check(ALWAYS);
    assertThat(told).hasSize(20).endsWith(20L);
    assertThatThrownBy(() -> check().onProgress(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("listener is null");
  }
}
