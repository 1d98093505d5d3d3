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

  @Test
  void theModelDependsOnNothingOfJourneys() {
    noClasses()
        .that()
        .resideInAPackage("io.github.journeykit.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.github.journeykit.rules..",
            "io.github.journeykit.testkit..",
            "io.github.journeykit.examples..",
            "io.github.journeykit.bench..")
        .check(JOURNEY);
  }

  @Test
  void theRulesDependOnlyOnTheModel() {
    noClasses()
        .that()
        .resideInAPackage("io.github.journeykit.rules..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.github.journeykit.testkit..",
            "io.github.journeykit.examples..",
            "io.github.journeykit.bench..")
        .check(JOURNEY);
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
            "io.github.journeykit.testkit..")
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
