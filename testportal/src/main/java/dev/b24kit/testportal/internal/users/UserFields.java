package dev.b24kit.testportal.internal.users;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.b24kit.testportal.internal.php.PhpJson;
import dev.b24kit.testportal.internal.rest.Caller;
import dev.b24kit.testportal.internal.rest.Envelope;

/**
 * How a {@link User} is rendered by {@code user.current} and {@code user.get} (§11, docs
 * {@code user-current.md}, {@code user-get.md}, {@code user-scope.md}). Fields depend on the caller's
 * version of the user scope: {@code user_brief} hides e-mail and phones, {@code user_basic} also
 * {@code LAST_LOGIN} and {@code PERSONAL_WWW}, {@code user} shows all. Dates mix formats as the portal
 * does: {@code LAST_LOGIN} is ISO-8601 with offset, date-only fields are midnight UTC shown in the
 * portal's offset (§12.5), and {@code LAST_ACTIVITY_DATE}/{@code TIMESTAMP_X} are
 * {@code Y-m-d H:i:s} in {@code user.current} but an empty object {@code {}} in {@code user.get}
 * (the docs' sample: a PHP DateTime object that {@code json_encode} cannot see into).
 */
final class UserFields {

    /** Which method renders: they differ in the two activity dates. */
    enum Style { CURRENT, LIST }

    /** The caller's version of the user scope. */
    enum Version {
        BRIEF, BASIC, FULL;

        static Version of(Caller caller) {
            if (caller.kind() == Caller.Kind.INTERNAL || caller.scopes().contains("user")) {
                return FULL;
            }
            return caller.scopes().contains("user_basic") ? BASIC : BRIEF;
        }
    }

    static final List<String> ALL = List.of("ID", "ACTIVE", "NAME", "LAST_NAME", "SECOND_NAME", "EMAIL", "LAST_LOGIN",
            "DATE_REGISTER", "TIME_ZONE", "IS_ONLINE", "TIMESTAMP_X", "LAST_ACTIVITY_DATE", "PERSONAL_GENDER",
            "PERSONAL_WWW", "PERSONAL_BIRTHDAY", "PERSONAL_MOBILE", "PERSONAL_CITY", "WORK_PHONE", "WORK_POSITION",
            "UF_PHONE_INNER", "UF_EMPLOYMENT_DATE", "UF_DEPARTMENT", "USER_TYPE");

    private static final Set<String> BASIC_FIELDS = Set.of("EMAIL", "PERSONAL_MOBILE", "WORK_PHONE");
    private static final Set<String> FULL_FIELDS = Set.of("LAST_LOGIN", "PERSONAL_WWW");
    private static final DateTimeFormatter PLAIN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private UserFields() {
    }

    static boolean visible(String field, Version version) {
        if (FULL_FIELDS.contains(field)) {
            return version == Version.FULL;
        }
        return !BASIC_FIELDS.contains(field) || version != Version.BRIEF;
    }

    /** The user as a result row; {@code select} null means every visible field. */
    static Map<String, Object> render(User user, Version version, Style style, Set<String> select, ZoneId zone) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (String field : ALL) {
            if (visible(field, version) && (select == null || select.contains(field) || field.equals("ID"))) {
                row.put(field, value(user, field, style, zone));
            }
        }
        return row;
    }

    private static Object value(User user, String field, Style style, ZoneId zone) {
        return switch (field) {
            case "ID" -> Long.toString(user.id());
            case "LAST_LOGIN" -> Envelope.PHP_DATE_C.format(user.lastLogin().atZone(zone));
            case "DATE_REGISTER" -> dateOnly(user.registered(), zone);
            case "PERSONAL_BIRTHDAY" -> user.birthday() == null ? "" : dateOnly(user.birthday(), zone);
            case "TIMESTAMP_X" -> style == Style.LIST ? new PhpJson.Raw("{}") : plain(user.registered().atStartOfDay(zone).toInstant(), zone);
            case "LAST_ACTIVITY_DATE" -> style == Style.LIST ? new PhpJson.Raw("{}") : plain(user.lastActivity(), zone);
            case "UF_DEPARTMENT" -> user.departments();
            default -> raw(user, field);
        };
    }

    /** The value a filter or sort compares: strings, a Long id, or the department list. */
    static Object raw(User user, String field) {
        return switch (field) {
            case "ID" -> user.id();
            case "ACTIVE" -> user.active();
            case "NAME" -> user.name();
            case "LAST_NAME" -> user.lastName();
            case "SECOND_NAME" -> user.secondName();
            case "EMAIL" -> user.email();
            case "LAST_LOGIN" -> user.lastLogin().toString();
            case "DATE_REGISTER" -> user.registered().toString();
            case "IS_ONLINE" -> user.online() ? "Y" : "N";
            case "PERSONAL_GENDER" -> user.gender();
            case "PERSONAL_BIRTHDAY" -> user.birthday() == null ? "" : user.birthday().toString();
            case "PERSONAL_MOBILE" -> user.mobile();
            case "PERSONAL_CITY" -> user.city();
            case "WORK_POSITION" -> user.position();
            case "UF_PHONE_INNER" -> user.innerPhone();
            case "UF_DEPARTMENT" -> user.departments();
            case "USER_TYPE" -> "employee";
            default -> ""; // TIME_ZONE, PERSONAL_WWW, WORK_PHONE, UF_EMPLOYMENT_DATE: not filled in
        };
    }

    private static String dateOnly(LocalDate date, ZoneId zone) {
        return Envelope.PHP_DATE_C.format(date.atStartOfDay(ZoneOffset.UTC).withZoneSameInstant(zone));
    }

    private static String plain(Instant instant, ZoneId zone) {
        return PLAIN.format(instant.atZone(zone));
    }
}
