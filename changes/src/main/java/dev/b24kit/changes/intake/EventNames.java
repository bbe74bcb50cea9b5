package dev.b24kit.changes.intake;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CRM events the intake understands, and the entity each one is about (docs/bitrix24-behavior.md
 * §10.1, §10.2): {@code ONCRM{DEAL,LEAD,CONTACT,COMPANY}{ADD,UPDATE,DELETE}}, and for smart processes
 * {@code ONCRMDYNAMICITEM{ADD,UPDATE,DELETE}} and the per-type {@code ONCRMDYNAMICITEMUPDATE_1030}, whose
 * {@code data[FIELDS][ENTITY_TYPE_ID]} names the type ({@code item:1030}).
 */
final class EventNames {

    /** What the 400 answer lists. */
    static final String ACCEPTED = "ONCRM{DEAL,LEAD,CONTACT,COMPANY}{ADD,UPDATE,DELETE}, ONCRMDYNAMICITEM{ADD,UPDATE,DELETE}[_ENTITYTYPEID]";

    private static final Pattern CRM = Pattern.compile("ONCRM(DEAL|LEAD|CONTACT|COMPANY)(ADD|UPDATE|DELETE)");
    private static final Pattern DYNAMIC = Pattern.compile("ONCRMDYNAMICITEM(ADD|UPDATE|DELETE)(?:_(\\d{1,9}))?");
    private static final Pattern TYPE_ID = Pattern.compile("\\d{1,9}");

    private EventNames() {
    }

    /**
     * The entity key ({@code deal}, …, {@code item:1030}) an event is about.
     *
     * @param event        the {@code event} member
     * @param entityTypeId {@code data[FIELDS][ENTITY_TYPE_ID]}, null when absent
     * @throws IllegalArgumentException an event the intake does not take, or a smart-process event without
     *                                  a valid entity type (or with one that contradicts its name); the
     *                                  message is the 400 answer's reason
     */
    static String entity(String event, String entityTypeId) {
        String name = event.toUpperCase(Locale.ROOT);
        Matcher crm = CRM.matcher(name);
        if (crm.matches()) {
            return crm.group(1).toLowerCase(Locale.ROOT);
        }
        Matcher dynamic = DYNAMIC.matcher(name);
        if (!dynamic.matches()) {
            throw new IllegalArgumentException("event '" + printable(event) + "' is not one the intake takes (" + ACCEPTED + ")");
        }
        String given = entityTypeId == null ? "" : entityTypeId.strip();
        if (!given.isEmpty() && !TYPE_ID.matcher(given).matches()) {
            throw new IllegalArgumentException("data[FIELDS][ENTITY_TYPE_ID] must be a smart process's entityTypeId");
        }
        String suffix = dynamic.group(2);
        if (suffix != null && !given.isEmpty() && Integer.parseInt(suffix) != Integer.parseInt(given)) {
            throw new IllegalArgumentException("data[FIELDS][ENTITY_TYPE_ID] " + given + " contradicts the event's type " + suffix);
        }
        String typeId = given.isEmpty() ? suffix : given;
        if (typeId == null) {
            throw new IllegalArgumentException("data[FIELDS][ENTITY_TYPE_ID] must name the smart process's entityTypeId");
        }
        int id = Integer.parseInt(typeId);
        if (id <= 4) {
            throw new IllegalArgumentException("data[FIELDS][ENTITY_TYPE_ID] must be a smart process's entityTypeId, not " + id
                    + " (leads, deals, contacts and companies raise ONCRM{LEAD,DEAL,CONTACT,COMPANY}… events)");
        }
        return "item:" + id;
    }

    static String printable(String text) {
        String cut = text.length() > 64 ? text.substring(0, 64) + "…" : text;
        return cut.replaceAll("[^\\p{Alnum}_.:-]", "?");
    }
}
