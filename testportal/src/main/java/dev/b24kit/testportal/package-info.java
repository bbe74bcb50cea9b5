/** The test portal: a stateful Bitrix24 emulator over real HTTP. */
package dev.b24kit.testportal;
