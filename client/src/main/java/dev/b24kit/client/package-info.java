/**
 * The Bitrix24 REST client: transport, credentials, request pipeline, rate limiting, retries,
 * {@code batch} and keyset listing. Its types arrive with the client issues.
 */
package dev.b24kit.client;
