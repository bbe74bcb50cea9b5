package dev.b24kit.store.internal;

import java.util.regex.Pattern;

/** Removes passwords from a store location before it is shown anywhere (messages, logs, {@code toString}). */
public final class Redaction {

    /** {@code password=…} and {@code sslpassword=…} up to the next parameter. */
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password=)[^&;\\s]*");
    /** {@code //user:secret@host}. */
    private static final Pattern USER_INFO = Pattern.compile("(//[^/:@\\s]*):[^@/\\s]*@");

    private Redaction() {
    }

    /** The location with every password replaced by {@code ****}; {@code ""} for {@code null}. */
    public static String redact(String location) {
        if (location == null) {
            return "";
        }
        String clean = PASSWORD_PARAMETER.matcher(location).replaceAll("$1****");
        return USER_INFO.matcher(clean).replaceAll("$1:****@");
    }
}
