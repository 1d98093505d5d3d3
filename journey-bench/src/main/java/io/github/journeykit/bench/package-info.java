/**
 * JMH benchmarks of Journey; each benchmark's Javadoc says what it measures, on what data, and the
 * command that runs it.
 */
package io.github.journeykit.bench;
