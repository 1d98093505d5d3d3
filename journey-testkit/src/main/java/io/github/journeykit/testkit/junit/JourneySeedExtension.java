package io.github.journeykit.testkit.junit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.lang.reflect.AnnotatedElement;
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

  private static Seed seedOf(ExtensionContext context) {
    return context
        .getStore(NAMESPACE)
        .computeIfAbsent(
            key(context),
            unused -> new Seed(pinned(context).orElseGet(() -> new Random().nextLong())),
            Seed.class);
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
