/** The gateway's plumbing: the MCP adapter, the HTTP endpoints and their guard. Not for use outside the gateway. */
package dev.b24kit.gateway.internal;
