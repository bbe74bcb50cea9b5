/**
 * The portal contract suite: behaviour that must hold for the test portal and for a real cloud portal,
 * written once ({@link dev.b24kit.testing.contract.PortalContract}). Comments cite the Bitrix24
 * behaviour each test pins down as §N of {@code docs/bitrix24-behavior.md}.
 */
package dev.b24kit.testing.contract;
