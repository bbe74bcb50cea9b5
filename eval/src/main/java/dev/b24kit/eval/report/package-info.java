/**
 * The eval's reports: a summary table for the terminal, and in a report folder {@code report.html} (one
 * self-contained page with inline SVG charts), {@code report.json} and {@code junit.xml}. Start with
 * {@link dev.b24kit.eval.report.Reports}.
 */
package dev.b24kit.eval.report;
