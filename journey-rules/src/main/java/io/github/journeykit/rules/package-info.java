/**
 * What runs on a journey: named, composable {@link io.github.journeykit.rules.Rule}s with their
 * {@link io.github.journeykit.rules.Condition}s and {@link io.github.journeykit.rules.Effect}s,
 * stage {@link io.github.journeykit.rules.Gate}s, the {@link io.github.journeykit.rules.Playbook}
 * that puts a journey and its rules together, and the {@link io.github.journeykit.rules.Engine}
 * that decides, for a customer's {@link io.github.journeykit.model.Position} and one {@link
 * io.github.journeykit.model.Event}, what happens and why.
 *
 * @since 0.1
 */
@NullMarked
package io.github.journeykit.rules;

import org.jspecify.annotations.NullMarked;
