/**
 * The gateway's CRM tools as plain Java: JSON arguments in, JSON results out, usable without MCP (the
 * integration eval runs its scenarios through {@link dev.b24kit.gateway.tools.Tools} directly). Labels in,
 * labels out; raw codes accepted too. A refusal is a result the caller can correct from, never an exception.
 */
package dev.b24kit.gateway.tools;
