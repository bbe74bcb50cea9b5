package dev.b24kit.gateway.tools;

import java.util.Objects;

/**
 * Who calls a tool: the agent's client name (from the MCP client's {@code clientInfo}) and its session.
 * An agent's writes are made on its behalf, so in observe mode they become proposals naming it; the session
 * scopes {@code proposal_status} without an id. Immutable.
 *
 * @param client  the agent's client name; not blank
 * @param session the session's id (the MCP session, or any stable name for a run); not blank
 */
public record Caller(String client, String session) {

    public Caller {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(session, "session");
        client = client.isBlank() ? "unnamed-agent" : client.strip();
        if (session.isBlank()) {
            throw new IllegalArgumentException("a caller needs a session id");
        }
    }
}
