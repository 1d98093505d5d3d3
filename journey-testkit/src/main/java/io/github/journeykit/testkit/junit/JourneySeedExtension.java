package io.github.journeykit.testkit.junit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.lang.reflect.AnnotatedElement;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Hands each test a {@link Seed} for its journey checks (random, or pinned with {@link
 * JourneySeed}), and when the test fails, says which seed it ran with and how to pin it.
 *
 * <p>It uses only API that JUnit Jupiter 5.10 and later and JUnit 6 have alike, so it runs in
 * projects on either (Spring Boot 3 projects use JUnit 5.11 to 5.14).
 *
 * <pre>{@code
 * @ExtendWith(JourneySeedExtension.class)
 * class MyJourneyTests {
 *   @Test
 *   void holds(Seed seed) {
 *     JourneyCheck.of(myPlaybook).seed(seed.value()).check(Invariants.standard()).assertHolds();
 *   }
 * }
 * }</pre>
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class JourneySeedExtension
    implements ParameterResolver, TestExecutionExceptionHandler {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(JourneySeedExtension.class);

  /** Creates the extension; JUnit does this. */
  public JourneySeedExtension() {}

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Seed.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return seedOf(context);
  }

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable failure)
      throws Throwable {
    Seed seed = context.getStore(NAMESPACE).get(key(context), Seed.class);
    if (seed == null) {
      throw failure;
    }
    AssertionError reported =
        new AssertionError(
            "journey check seed "
                + seed.value()
                + " (pin it with @JourneySeed("
                + seed.value()
                + "L))\n"
                + failure.getMessage(),
            failure);
    throw reported;
  }

  // getOrComputeIfAbsent is the one form of this call that JUnit 5.10 to 5.14 and JUnit 6 all
  // have, with the same erased signature: JUnit 6 deprecates it in favour of computeIfAbsent, which
  // 5.x lacks (a NoSuchMethodError on the JUnit 5.11 to 5.14 of Spring Boot 3 projects). The
  // consumer check in journey-examples runs this extension on JUnit 5 and on JUnit 6.
  @SuppressWarnings("deprecation")
  private static Seed seedOf(ExtensionContext context) {
    Seed seed =
        context
            .getStore(NAMESPACE)
            .getOrComputeIfAbsent(
                key(context),
                unused -> new Seed(pinned(context).orElseGet(() -> new Random().nextLong())),
                Seed.class);
    return Objects.requireNonNull(seed, "the store lost the seed");
  }

  private static Optional<Long> pinned(ExtensionContext context) {
    Optional<Long> onMethod = context.getTestMethod().flatMap(JourneySeedExtension::seedOn);
    return onMethod.isPresent()
        ? onMethod
        : context.getTestClass().flatMap(JourneySeedExtension::seedOn);
  }

  private static Optional<Long> seedOn(AnnotatedElement element) {
    return Optional.ofNullable(element.getAnnotation(JourneySeed.class)).map(JourneySeed::value);
  }

  private static String key(ExtensionContext context) {
    return context.getUniqueId();
  }
}
