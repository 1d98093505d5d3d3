package io.github.journeykit.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the model's value types.
 *
 * <p>Generated {@code Immutable*} classes are package-private: users see the value interface, its
 * static factories and its nested {@code Builder}, never the generated class. Attribute defaults
 * are marked {@code @Value.Default}: that is how vavr collections and options get their empty
 * values; other default methods (such as {@link Message#missing()}) are derived, not attributes.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    // Only @Override may be added from the class path: no @Generated annotations, whose class files
    // users would not have and javac would warn about when they compile against the model.
    allowedClasspathAnnotations = {Override.class},
    headerComments = false)
@interface JourneyStyle {}
