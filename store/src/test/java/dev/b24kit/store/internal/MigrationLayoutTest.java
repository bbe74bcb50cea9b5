package dev.b24kit.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The rule that keeps one schema on two databases: a version is either one file in {@code common/} or
 * one file in each dialect folder, and versions run 1, 2, 3… without gaps.
 */
class MigrationLayoutTest {

    private static final Pattern NAME = Pattern.compile("V(\\d+)__[a-z0-9_]+\\.sql");

    @Test
    void everyVersionIsInCommonOrInEveryDialectAndVersionsHaveNoGaps() throws Exception {
        Set<Integer> common = versions("common");
        Set<Integer> sqlite = versions("sqlite");
        Set<Integer> postgresql = versions("postgresql");

        assertThat(sqlite).as("dialect versions are in both dialect folders").isEqualTo(postgresql);
        assertThat(common).as("a version is in common or in the dialect folders, not both").doesNotContainAnyElementsOf(sqlite);
        Set<Integer> all = new TreeSet<>(common);
        all.addAll(sqlite);
        assertThat(all).containsExactlyElementsOf(IntStream.rangeClosed(1, all.size()).boxed().toList());
    }

    private static Set<Integer> versions(String folder) throws IOException, URISyntaxException {
        Path path = Path.of(MigrationLayoutTest.class.getClassLoader().getResource(Migrations.ROOT + "/" + folder).toURI());
        Set<Integer> versions = new TreeSet<>();
        try (Stream<Path> files = Files.list(path)) {
            for (Path file : files.toList()) {
                Matcher name = NAME.matcher(file.getFileName().toString());
                assertThat(name.matches()).as("%s is named V<n>__<words>.sql", file.getFileName()).isTrue();
                assertThat(versions.add(Integer.parseInt(name.group(1)))).as("one file per version in %s", folder).isTrue();
            }
        }
        return versions;
    }

    @Test
    void eachBackendReadsCommonAndItsOwnFolder() {
        assertThat(List.of(Migrations.locations(dev.b24kit.store.Backend.SQLITE))).containsExactly(
                "classpath:dev/b24kit/store/migration/common", "classpath:dev/b24kit/store/migration/sqlite");
        assertThat(List.of(Migrations.locations(dev.b24kit.store.Backend.POSTGRESQL))).containsExactly(
                "classpath:dev/b24kit/store/migration/common", "classpath:dev/b24kit/store/migration/postgresql");
    }
}
