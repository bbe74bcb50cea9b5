/**
 * The Bitrix24 REST client. {@link dev.b24kit.client.Bitrix24Client} is the entry point: built once
 * per portal and credential, thread-safe, blocking and cheap on virtual threads. It stays inside the
 * portal's limits (a leaky bucket mirroring the plan, an operating-time tracker per method), retries
 * only what is safe to repeat, packs concurrent single calls into {@code batch} requests, and lists
 * large tables by keyset chains inside {@code batch}. Errors are unchecked and rooted in
 * {@link dev.b24kit.client.Bitrix24Exception}.
 */
package dev.b24kit.client;
