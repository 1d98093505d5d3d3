package io.github.journeykit.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The architecture the design promises, checked on the compiled classes of every module. */
class ArchitectureTests {

  static final JavaClasses JOURNEY =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.github.journeykit");

  static final Set<String> JAVA_UTIL_COLLECTIONS =
      Set.of(
          "java.util.List",
          "java.util.Set",
          "java.util.Map",
          "java.util.Collection",
          "java.util.SortedSet",
          "java.util.SortedMap");

  /**
   * Journey's modules, each by its packages. The arrows point down this list only: the model at the
   * bottom, the rule engine on it, the definitions, the event logs, the report and the testkit
   * beside each other on the engine, the catalogue on the engine, the definitions and the testkit,
   * the Kafka Streams adapter and the JDBC store on the engine and the definitions, the examples
   * and the benchmarks on everything.
   */
  static final List<String> MODULES =
      List.of(
          "model",
          "rules",
          "definition",
          "eventlog",
          "report",
          "testkit",
          "catalogue",
          "kafka",
          "jdbc",
          "examples",
          "bench");

  /**
   * The packages of every module but these.
   *
   * @param allowed the module itself and the modules it may depend on
   */
  static String[] packagesOfModulesOtherThan(String... allowed) {
    Set<String> keep = Set.of(allowed);
    return MODULES.stream()
        .filter(module -> !keep.contains(module))
        .map(module -> "io.github.journeykit." + module + "..")
        .toArray(String[]::new);
  }

  private static void dependsOnlyOn(String module, String... below) {
    String[] allowed = new String[below.length + 1];
    allowed[0] = module;
    System.arraycopy(below, 0, allowed, 1, below.length);
    noClasses()
        .that()
        .resideInAPackage("io.github.journeykit." + module + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(packagesOfModulesOtherThan(allowed))
        .check(JOURNEY);
  }

  @Test
  void theModelDependsOnNothingOfJourneys() {
    dependsOnlyOn("model");
  }

  @Test
  void theRulesDependOnlyOnTheModel() {
    dependsOnlyOn("rules", "model");
  }

  @Test
  void theDefinitionsDependOnlyOnTheRulesAndTheModel() {
    dependsOnlyOn("definition", "rules", "model");
  }

  @Test
  void theEventLogsDependOnlyOnTheRulesAndTheModel() {
    dependsOnlyOn("eventlog", "rules", "model");
  }

  /**
   * The report's one sideways arrow: Csv.field and EventLog.REALISTIC_WEIGHTS of the event logs.
   */
  @Test
  void theReportDependsOnlyOnTheRulesTheModelAndTheEventLogs() {
    dependsOnlyOn("report", "rules", "model", "eventlog");
  }

  /** The testkit's one sideways arrow: Counterexample.csv and the realistic weights of the logs. */
  @Test
  void theTestkitDependsOnlyOnTheRulesTheModelAndTheEventLogs() {
    dependsOnlyOn("testkit", "rules", "model", "eventlog");
  }

  /**
   * The catalogue's two sideways arrows: the definitions, whose reader reads the ready-made
   * journeys from their definition files, and the testkit, whose generic invariants (moves of at
   * most one stage, purchases that never decrease, what a customer has from a stage on) make up the
   * invariants of each ready-made journey in CatalogueInvariants.
   */
  @Test
  void theCatalogueDependsOnlyOnTheRulesTheModelTheDefinitionsAndTheTestkit() {
    dependsOnlyOn("catalogue", "rules", "model", "definition", "testkit");
  }

  /** The adapter's one sideways arrow: the definitions, whose JSON is its serdes' format. */
  @Test
  void theKafkaStreamsAdapterDependsOnlyOnTheRulesTheModelAndTheDefinitions() {
    dependsOnlyOn("kafka", "rules", "model", "definition");
  }

  /** The store's one sideways arrow: the definitions, whose JourneyJson is the stored format. */
  @Test
  void theJdbcStoreDependsOnlyOnTheRulesTheModelAndTheDefinitions() {
    dependsOnlyOn("jdbc", "rules", "model", "definition");
  }

  @Test
  void nothingDependsOnTheExamplesOrTheBenchmarks() {
    noClasses()
        .that()
        .resideOutsideOfPackages("io.github.journeykit.examples..", "io.github.journeykit.bench..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.github.journeykit.examples..", "io.github.journeykit.bench..")
        .check(JOURNEY);
  }

  @Test
  void publicMethodsOfTheLibraryUseVavrCollectionsNotJavaUtilOnes() {
    methods()
        .that()
        .arePublic()
        .and()
        .areDeclaredInClassesThat()
        .resideInAnyPackage(
            "io.github.journeykit.model..",
            "io.github.journeykit.rules..",
            "io.github.journeykit.eventlog..",
            "io.github.journeykit.report..",
            "io.github.journeykit.testkit..",
            "io.github.journeykit.catalogue..",
            "io.github.journeykit.kafka..",
            "io.github.journeykit.jdbc..")
        .and(declaredInPublicType())
        .should(notUse(JAVA_UTIL_COLLECTIONS, "java.util collections"))
        .check(JOURNEY);
  }

  @Test
  void generatedImmutableTypesStayOutOfPublicSignatures() {
    methods()
        .that()
        .arePublic()
        .and()
        .areDeclaredInClassesThat()
        .resideInAPackage("io.github.journeykit..")
        .and(declaredInPublicType())
        .should(notUseImmutables())
        .check(JOURNEY);
  }

  private static DescribedPredicate<JavaMethod> declaredInPublicType() {
    return DescribedPredicate.describe(
        "declared in a public type",
        method ->
            method.getOwner().getModifiers().contains(JavaModifier.PUBLIC)
                && !method.getOwner().getSimpleName().startsWith("Immutable"));
  }

  private static ArchCondition<JavaMethod> notUse(Set<String> types, String what) {
    return new ArchCondition<>("not take or return " + what) {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        boolean returns = types.contains(method.getRawReturnType().getName());
        boolean takes =
            method.getRawParameterTypes().stream().anyMatch(type -> types.contains(type.getName()));
        if (returns || takes) {
          events.add(
              SimpleConditionEvent.violated(
                  method, method.getFullName() + " uses " + what + "; use vavr's"));
        }
      }
    };
  }

  private static ArchCondition<JavaMethod> notUseImmutables() {
    return new ArchCondition<>("not take or return generated Immutable* types") {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        boolean generated =
            isGenerated(method.getRawReturnType())
                || method.getRawParameterTypes().stream().anyMatch(ArchitectureTests::isGenerated);
        if (generated) {
          events.add(
              SimpleConditionEvent.violated(
                  method, method.getFullName() + " shows a generated Immutable* type"));
        }
      }
    };
  }

  static boolean isGenerated(JavaClass type) {
    return type.getSimpleName().startsWith("Immutable")
        && type.getPackageName().startsWith("io.github.journeykit");
  }
}
