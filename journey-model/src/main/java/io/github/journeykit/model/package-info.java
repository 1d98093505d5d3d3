/**
 * The customer-journey vocabulary: a {@link io.github.journeykit.model.Journey} of ordered
 * {@link io.github.journeykit.model.Stage}s with its {@link io.github.journeykit.model.Transition}s,
 * {@link io.github.journeykit.model.Persona}s, {@link io.github.journeykit.model.Touchpoint}s and 5W
 * {@link io.github.journeykit.model.Message}s, and the customer side: a {@link
 * io.github.journeykit.model.Position} in a journey and the {@link io.github.journeykit.model.Event}s that
 * happen to a customer.
 *
 * <p>Everything here is an immutable value. Descriptive types with many optional attributes (stages,
 * touchpoints, personas, messages) are Immutables interfaces built through their nested {@code Builder};
 * the generated {@code Immutable*} classes are package-private and never part of the API. Events and
 * positions, which the engine creates by the million, are plain records: no builder, no copy of
 * unchanged collections. Absence is {@link io.vavr.control.Option}, collections are vavr persistent
 * collections, and no method takes or returns {@code null}.
 *
 * <p>Value types reject only programming errors ({@code null}, a negative purchase count) with an
 * exception. Everything a user can get wrong in the data of a journey (duplicate ids, blank names,
 * references to stages or personas that do not exist) is reported, all at once, by {@link
 * io.github.journeykit.model.Journey.Builder#build()} as a {@link io.vavr.control.Validation}.
 *
 * @since 0.1
 */
@NullMarked
@JourneyStyle
package io.github.journeykit.model;

import org.jspecify.annotations.NullMarked;
