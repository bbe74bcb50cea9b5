package dev.b24kit.changes.intake;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The CRM events the intake understands, and the entity each one is about. */
final class EventNames {

    private static final Pattern CRM = Pattern.compile("ONCRM(DEAL|LEAD|CONTACT|COMPANY)(ADD|UPDATE|DELETE)");

    private EventNames() {
    }

    /** The entity key ({@code deal}, …) an event name is about; empty for events the intake does not take. */
    static Optional<String> entity(String event) {
        Matcher m = CRM.matcher(event.toUpperCase(Locale.ROOT));
        return m.matches() ? Optional.of(m.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }
}
