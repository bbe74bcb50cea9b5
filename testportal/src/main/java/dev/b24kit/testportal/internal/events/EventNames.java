package dev.b24kit.testportal.internal.events;

import java.util.List;
import java.util.Set;

import dev.b24kit.testportal.internal.crm.CrmChange;
import dev.b24kit.testportal.internal.crm.EntityType;

/**
 * The event names a CRM change raises (§10.1): {@code ONCRMDEALUPDATE} for deals and the other three
 * legacy entities; {@code ONCRMDYNAMICITEMUPDATE} and the per-type {@code ONCRMDYNAMICITEMUPDATE_128}
 * for smart processes (never for leads, deals, contacts, companies).
 */
public final class EventNames {

    /** Every event name a handler may bind besides the per-type smart-process ones. */
    public static final Set<String> KNOWN = Set.of(
            "ONCRMLEADADD", "ONCRMLEADUPDATE", "ONCRMLEADDELETE",
            "ONCRMDEALADD", "ONCRMDEALUPDATE", "ONCRMDEALDELETE", "ONCRMDEALMOVETOCATEGORY",
            "ONCRMCONTACTADD", "ONCRMCONTACTUPDATE", "ONCRMCONTACTDELETE",
            "ONCRMCOMPANYADD", "ONCRMCOMPANYUPDATE", "ONCRMCOMPANYDELETE",
            "ONCRMDYNAMICITEMADD", "ONCRMDYNAMICITEMUPDATE", "ONCRMDYNAMICITEMDELETE",
            "ONCRMLEADUSERFIELDADD", "ONCRMLEADUSERFIELDUPDATE", "ONCRMLEADUSERFIELDDELETE", "ONCRMLEADUSERFIELDSETENUMVALUES",
            "ONCRMDEALUSERFIELDADD", "ONCRMDEALUSERFIELDUPDATE", "ONCRMDEALUSERFIELDDELETE", "ONCRMDEALUSERFIELDSETENUMVALUES",
            "ONCRMCONTACTUSERFIELDADD", "ONCRMCONTACTUSERFIELDUPDATE", "ONCRMCONTACTUSERFIELDDELETE",
            "ONCRMCONTACTUSERFIELDSETENUMVALUES",
            "ONCRMCOMPANYUSERFIELDADD", "ONCRMCOMPANYUSERFIELDUPDATE", "ONCRMCOMPANYUSERFIELDDELETE",
            "ONCRMCOMPANYUSERFIELDSETENUMVALUES",
            "ONAPPTEST", "ONAPPINSTALL", "ONAPPUNINSTALL", "ONOFFLINEEVENT");

    private EventNames() {
    }

    /** Whether {@code event.bind} accepts this (upper-case) name. */
    public static boolean isKnown(String name) {
        return KNOWN.contains(name) || name.matches("ONCRMDYNAMICITEM(ADD|UPDATE|DELETE)_\\d+");
    }

    /** The names a change raises. */
    public static List<String> of(CrmChange change) {
        String kind = change.kind().name();
        return switch (change.entityTypeId()) {
            case EntityType.LEAD -> List.of("ONCRMLEAD" + kind);
            case EntityType.DEAL -> List.of("ONCRMDEAL" + kind);
            case EntityType.CONTACT -> List.of("ONCRMCONTACT" + kind);
            case EntityType.COMPANY -> List.of("ONCRMCOMPANY" + kind);
            default -> List.of("ONCRMDYNAMICITEM" + kind, "ONCRMDYNAMICITEM" + kind + "_" + change.entityTypeId());
        };
    }

    /** The user-field event of an entity type ({@code ONCRMDEALUSERFIELDADD}), or null for smart processes. */
    public static String userField(int entityTypeId, String kind) {
        String entity = switch (entityTypeId) {
            case EntityType.LEAD -> "LEAD";
            case EntityType.DEAL -> "DEAL";
            case EntityType.CONTACT -> "CONTACT";
            case EntityType.COMPANY -> "COMPANY";
            default -> null;
        };
        return entity == null ? null : "ONCRM" + entity + "USERFIELD" + kind;
    }
}
