package dev.b24kit.gateway.tools.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** The proposals each session's agent made, for {@code proposal_status} without an id. Thread-safe. */
public final class Sessions {

    private final Map<String, List<String>> proposals = new ConcurrentHashMap<>();

    void proposed(String session, String proposalId) {
        proposals.computeIfAbsent(session, s -> new CopyOnWriteArrayList<>()).add(proposalId);
    }

    List<String> proposals(String session) {
        return List.copyOf(proposals.getOrDefault(session, List.of()));
    }
}
