package dev.b24kit.testportal.internal.crm;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.b24kit.testportal.internal.php.PhpArrays;
import dev.b24kit.testportal.internal.rest.RestError;

/**
 * Applies a {@code LIST} of enumeration items (§7.5, {@code uf_enum_element}) to a field's items: an
 * element without {@code ID} is added (ignored when its {@code VALUE} is empty) with an ID from
 * {@link CrmStore#nextEnumItemId()}; with the {@code ID} of an item it changes that item, or deletes it
 * with {@code DEL=Y}. A missing {@code XML_ID} gets a generated 32-character one (the portal uses an
 * MD5); {@code XML_ID}s must be unique within the field. Only the first {@code DEF=Y} counts for a
 * single-value field. Items are kept ordered by {@code SORT}, then ID.
 */
final class EnumItems {

    private EnumItems() {
    }

    static List<EnumItem> apply(CrmStore store, String fieldName, boolean multiple, List<EnumItem> current,
                                Object list) {
        List<EnumItem> items = new ArrayList<>(current);
        for (Object element : PhpArrays.values(list)) {
            Map<String, Object> entry = PhpArrays.asArray(element);
            if (entry != null) {
                applyOne(store, fieldName, items, entry);
            }
        }
        if (!multiple) {
            keepFirstDefault(items);
        }
        Set<String> xmlIds = new HashSet<>();
        for (EnumItem item : items) {
            if (!xmlIds.add(item.xmlId())) {
                throw new RestError(400, "ERROR_CORE",
                        "Элемент списка со значением XML_ID='" + item.xmlId() + "' уже существует");
            }
        }
        items.sort(Comparator.comparingInt(EnumItem::sort).thenComparingLong(EnumItem::id));
        return List.copyOf(items);
    }

    private static void applyOne(CrmStore store, String fieldName, List<EnumItem> items, Map<String, Object> entry) {
        Object idValue = PhpArrays.getIgnoreCase(entry, "ID");
        long id = idValue == null ? 0 : parseLong(PhpArrays.string(idValue));
        int index = indexOf(items, id);
        String value = text(entry, "VALUE");
        if (index >= 0) {
            EnumItem old = items.get(index);
            if (yes(entry, "DEL")) {
                items.remove(index);
                return;
            }
            items.set(index, new EnumItem(old.id(), value == null || value.isEmpty() ? old.value() : value,
                    PhpArrays.containsIgnoreCase(entry, "DEF") ? yes(entry, "DEF")
                            : old.isDefault(),
                    sortOf(entry, old.sort()), xmlOr(entry, old.xmlId())));
            return;
        }
        if (value == null || value.isEmpty() || yes(entry, "DEL")) {
            return;
        }
        long newId = store.nextEnumItemId();
        String xmlId = xmlOr(entry, generatedXmlId(fieldName, newId, value));
        items.add(new EnumItem(newId, value, yes(entry, "DEF"), sortOf(entry, 0), xmlId));
    }

    private static void keepFirstDefault(List<EnumItem> items) {
        boolean seen = false;
        for (int i = 0; i < items.size(); i++) {
            EnumItem item = items.get(i);
            if (item.isDefault()) {
                if (seen) {
                    items.set(i, new EnumItem(item.id(), item.value(), false, item.sort(), item.xmlId()));
                }
                seen = true;
            }
        }
    }

    private static int indexOf(List<EnumItem> items, long id) {
        for (int i = 0; i < items.size() && id > 0; i++) {
            if (items.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    private static String text(Map<String, Object> entry, String key) {
        Object value = PhpArrays.getIgnoreCase(entry, key);
        return value == null ? null : PhpArrays.string(value);
    }

    private static boolean yes(Map<String, Object> entry, String key) {
        String value = text(entry, key);
        return value != null && (value.trim().toUpperCase(Locale.ROOT).equals("Y") || value.trim().equals("1"));
    }

    private static int sortOf(Map<String, Object> entry, int fallback) {
        String value = text(entry, "SORT");
        long sort = value == null ? fallback : parseLong(value);
        return sort < 0 ? fallback : (int) Math.min(sort, Integer.MAX_VALUE);
    }

    private static String xmlOr(Map<String, Object> entry, String fallback) {
        String value = text(entry, "XML_ID");
        return value == null || value.isEmpty() ? fallback : value;
    }

    private static long parseLong(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** A stable stand-in for the portal's random MD5 XML_ID. */
    private static String generatedXmlId(String fieldName, long id, String value) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            byte[] digest = md5.digest((fieldName + "|" + id + "|" + value).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is always available", e);
        }
    }
}
