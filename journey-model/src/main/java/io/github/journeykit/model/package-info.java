/**
 * The customer-journey vocabulary: a {@link io.github.journeykit.model.Journey} of ordered {@link
 * io.github.journeykit.model.Stage}s with its {@link io.github.journeykit.model.Transition}s,
 * {@link io.github.journeykit.model.Persona}s, {@link io.github.journeykit.model.Touchpoint}s and
 * 5W {@link io.github.journeykit.model.Message}s, and the customer side: a {@link
 * io.github.journeykit.model.Position} in a journey (whose customer and journey are one shared
 * {@link io.github.journeykit.model.Enrolment}), what the journey remembers about the customer (the
 * {@link io.github.journeykit.model.Facts} it declares as {@link
 * io.github.journeykit.model.Fact}s), and the {@link io.github.journeykit.model.Event}s that happen
 * to a customer, of the {@link io.github.journeykit.model.EventType}s the journey declares with
 * their typed {@link io.github.journeykit.model.Attribute}s. A journey has a version, and the
 * {@link io.github.journeykit.model.Migration}s of a newer version carry the positions an older one
 * decided over to it ({@link io.github.journeykit.model.Journey#migrate}). Its {@link
 * io.github.journeykit.model.Parameter}s name the numbers its rules and messages use, each marked
 * as given by the source or as an assumption to tune.
 *
 * <p>Everything here is an immutable value. Descriptive types with many optional attributes
 * (stages, touchpoints, personas, messages, questionnaire responses, parameters) are Immutables
 * interfaces built through their nested {@code Builder}; the generated {@code Immutable*} classes
 * are package-private and never part of the API. Small values with a fixed handful of attributes
 * (transitions, criteria, channels, changes, audiences, timings, problems, attributes, fact
 * declarations) and the values the engine creates by the million (events and positions) are
 * records: no builder, no generated class, no copy of unchanged collections. An event type and the
 * facts of a position are hand-written classes: an event type makes events of its own kind, and
 * facts keep one slot per declared fact for the engine. This is a departure from "Immutables for
 * every value" in the style guide, taken for readability and speed. The journey itself is a
 * hand-written class, because building it validates the whole map at once. Absence is {@link
 * io.vavr.control.Option}, collections are vavr persistent collections, and no method takes or
 * returns {@code null}.
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
