/**
 * Playbooks as data: a journey with its rules and gates read from YAML or JSON and written back, so
 * that a team can keep its journeys in files, check them, version them and let an admin page edit
 * them.
 *
 * <p>{@link io.github.journeykit.definition.Definitions} is the entry point: {@code read} reports
 * every mistake of a definition at once, each a {@link
 * io.github.journeykit.definition.DefinitionProblem} with its file, line, column and path (such as
 * {@code rules[3].when.all[1].atLeast}), and builds nothing when there is one; {@code write} gives
 * the definition of a playbook, which reads back as an equal playbook. A condition written in Java
 * ({@code Condition.of} with a lambda) has no form as data, and the writer names the rules that
 * have one. A definition carries the journey's version and the migrations that carry the customers
 * of older versions over, and its parameters: the numbers its rules and messages use, named with
 * {@code $} where they are used, each said to come from a source or to be an assumption, and set to
 * other values when read to tune the journey without editing it.
 *
 * <p>{@link io.github.journeykit.definition.JourneyJson} writes and reads the values a CRM stores
 * and sends: positions, events, decisions and messages to send, one JSON line each, in a
 * documented, versioned format; read back, each equals the value written.
 *
 * @since 0.1
 */
@NullMarked
package io.github.journeykit.definition;

import org.jspecify.annotations.NullMarked;
