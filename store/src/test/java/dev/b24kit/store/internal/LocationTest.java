package dev.b24kit.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class LocationTest {

    @Test
    void aPathOrAJdbcSqliteUrlIsASqliteFile() {
        Path absolute = Path.of("data/b24kit.db").toAbsolutePath();

        assertThat(Location.parse("data/b24kit.db")).isEqualTo(new Location.SqliteFile(absolute, "data/b24kit.db"));
        assertThat(Location.parse("jdbc:sqlite:/var/b24kit/b24kit.db"))
                .extracting(l -> ((Location.SqliteFile) l).path()).isEqualTo(Path.of("/var/b24kit/b24kit.db"));
        assertThat(Location.parse("jdbc:sqlite:file:///var/b24kit/b24kit.db"))
                .extracting(l -> ((Location.SqliteFile) l).path()).isEqualTo(Path.of("/var/b24kit/b24kit.db"));
    }

    @Test
    void aPasswordInThePostgresUrlTravelsAsAPropertyNotInTheUrl() {
        Location parsed = Location.parse("jdbc:postgresql://db:5432/b24kit?user=app&password=s%26cret&currentSchema=b24kit");

        assertThat(parsed).isEqualTo(new Location.Postgres("jdbc:postgresql://db:5432/b24kit?user=app&currentSchema=b24kit",
                null, "s&cret", "jdbc:postgresql://db:5432/b24kit?user=app&password=****&currentSchema=b24kit"));
        assertThat(parsed.toString()).doesNotContain("cret");
    }

    @Test
    void userInfoInAPostgresUrlBecomesUserAndPassword() {
        assertThat(Location.parse("postgresql://app:s3cret@db/b24kit"))
                .isEqualTo(new Location.Postgres("jdbc:postgresql://db/b24kit", "app", "s3cret", "postgresql://app:****@db/b24kit"));
        assertThat(Location.parse("jdbc:postgresql://app@db/b24kit"))
                .isEqualTo(new Location.Postgres("jdbc:postgresql://db/b24kit", "app", null, "jdbc:postgresql://app@db/b24kit"));
    }

    @Test
    void redactionHidesEveryPasswordFormAndLeavesTheRestReadable() {
        assertThat(Redaction.redact("jdbc:postgresql://u:p4ss@h:5432/d?password=p4ss&sslpassword=k3y&user=u"))
                .isEqualTo("jdbc:postgresql://u:****@h:5432/d?password=****&sslpassword=****&user=u");
        assertThat(Redaction.redact("jdbc:postgresql://h/d?PASSWORD=x;user=u")).isEqualTo("jdbc:postgresql://h/d?PASSWORD=****;user=u");
        assertThat(Redaction.redact("./.b24kit/b24kit.db")).isEqualTo("./.b24kit/b24kit.db");
        assertThat(Redaction.redact(null)).isEmpty();
    }
}
