/** Benchmarks against the test portal: JMH micro-benchmarks and wall-clock scenarios. */
package dev.b24kit.bench;
