/**
 * The pages a person uses beside the gateway: the proposals page (observe mode's inbox: diffs, approve,
 * reject, receipts, the audit log, going live) and the trust page (what b24kit caught, per day and in
 * total, each number linked to its evidence). {@link dev.b24kit.gateway.page.Pages} is the Jetty handler;
 * {@link dev.b24kit.gateway.page.TrustReport} computes the trust numbers for the page, {@code /metrics} and
 * {@code b24kit trust}; {@link dev.b24kit.gateway.page.TrustRecording} records what the store would not
 * otherwise keep.
 */
package dev.b24kit.gateway.page;
