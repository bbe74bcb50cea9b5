package dev.b24kit.writes;

import java.util.Objects;

/**
 * On whose behalf a write is made. A portal's write policy governs an agent's writes (in observe mode
 * they become proposals); a person's own deliberate write goes straight through as a verified write.
 *
 * @param name  who: a person's name or login, or the agent's name; not blank
 * @param agent whether the write is made on behalf of an agent
 */
public record Actor(String name, boolean agent) {

    public Actor {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("an actor needs a name");
        }
        name = name.strip();
    }

    /** A person writing deliberately (at the keyboard, or approving a proposal). */
    public static Actor person(String name) {
        return new Actor(name, false);
    }

    /** An agent: its writes follow the portal's policy. */
    public static Actor agent(String name) {
        return new Actor(name, true);
    }

    /** How the audit log names it: the person's name, or {@code agent:<name>}. */
    public String audited() {
        return agent ? "agent:" + name : name;
    }
}
