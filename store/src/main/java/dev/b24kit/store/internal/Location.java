package dev.b24kit.store.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.b24kit.store.InvalidLocation;

/** Where the store is, parsed from a {@code --db} value: a SQLite file or a PostgreSQL server. */
sealed interface Location {

    /** The location as given, passwords replaced by {@code ****}. */
    String redacted();

    /** A SQLite database file. */
    record SqliteFile(Path path, String redacted) implements Location {
    }

    /**
     * A PostgreSQL database. {@code jdbcUrl} holds neither user info nor {@code password}: those travel
     * as connection properties, so the pool never logs them.
     *
     * @param user {@code null} when the URL does not name one outside its parameters
     * @param password {@code null} when none was given
     */
    record Postgres(String jdbcUrl, String user, String password, String redacted) implements Location {

        @Override
        public String toString() {
            return "Postgres[" + redacted + "]";
        }
    }

    /** A URL of some other kind ({@code mysql://}, {@code https://}); a Windows drive letter is not one. */
    Pattern URL = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://");
    Pattern USER_INFO = Pattern.compile("^//([^@/]*)@(.*)$", Pattern.DOTALL);

    static Location parse(String location) {
        String given = location.strip();
        String redacted = Redaction.redact(given);
        String lower = given.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:sqlite:")) {
            return sqlite(given.substring("jdbc:sqlite:".length()), redacted);
        }
        if (lower.startsWith("jdbc:postgresql:")) {
            return postgres(given.substring("jdbc:postgresql:".length()), redacted);
        }
        if (lower.startsWith("postgresql://") || lower.startsWith("postgres://")) {
            return postgres(given.substring(given.indexOf(':') + 1), redacted);
        }
        if (lower.startsWith("jdbc:") || URL.matcher(given).find()) {
            throw invalid(redacted, "is not a database the store supports");
        }
        return file(given, redacted);
    }

    private static SqliteFile sqlite(String rest, String redacted) {
        String path = rest.startsWith("file:") ? rest.substring("file:".length()) : rest;
        if (path.startsWith("///")) {
            path = path.substring(2);
        }
        if (path.contains("?")) {
            throw invalid(redacted, "has parameters; the store sets WAL, synchronous=FULL and its busy timeout itself, "
                    + "so give the file path alone");
        }
        return file(path, redacted);
    }

    private static SqliteFile file(String path, String redacted) {
        if (path.isBlank() || path.equals(":memory:")) {
            throw invalid(redacted, "names an in-memory database, which loses every write at exit");
        }
        try {
            return new SqliteFile(Path.of(path).toAbsolutePath().normalize(), redacted);
        } catch (InvalidPathException e) {
            throw invalid(redacted, "is not a valid file path (" + e.getReason() + ")");
        }
    }

    /** {@code rest} is what follows {@code jdbc:postgresql:}: {@code //[user[:password]@]host[:port]/db[?params]} or {@code db}. */
    private static Postgres postgres(String rest, String redacted) {
        String user = null;
        String password = null;
        Matcher userInfo = USER_INFO.matcher(rest);
        if (userInfo.matches()) {
            String[] parts = userInfo.group(1).split(":", 2);
            user = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : null;
            rest = "//" + userInfo.group(2);
        }
        int query = rest.indexOf('?');
        if (query < 0) {
            return new Postgres("jdbc:postgresql:" + rest, user, password, redacted);
        }
        List<String> kept = new ArrayList<>();
        for (String parameter : rest.substring(query + 1).split("&")) {
            if (parameter.startsWith("password=")) {
                password = decode(parameter.substring("password=".length()));
            } else if (!parameter.isEmpty()) {
                kept.add(parameter);
            }
        }
        String url = "jdbc:postgresql:" + rest.substring(0, query) + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
        return new Postgres(url, user, password, redacted);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static InvalidLocation invalid(String redacted, String problem) {
        return new InvalidLocation("the store location '" + redacted + "' " + problem + ". Give --db (or B24KIT_DB) "
                + "a file path such as ./.b24kit/b24kit.db, or a jdbc:postgresql://host:5432/db?user=... URL", redacted, null);
    }
}
