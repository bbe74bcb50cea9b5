/**
 * The test portal: a stateful Bitrix24 emulator over real HTTP. What it models is in
 * {@code docs/testportal.md}; the Bitrix24 behaviour it emulates is {@code docs/bitrix24-behavior.md},
 * whose sections the comments here and in {@code internal} cite as §N.
 */
package dev.b24kit.testportal;
