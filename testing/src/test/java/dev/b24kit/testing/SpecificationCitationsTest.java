package dev.b24kit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The docs stand on their own in a clone: every §N cited in code or docs is a section of
 * {@code docs/bitrix24-behavior.md}, and every relative link in the docs leads to a file of the repository.
 */
class SpecificationCitationsTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Path SPEC = ROOT.resolve("docs/bitrix24-behavior.md");
    private static final Pattern CITATION = Pattern.compile("§ ?(\\d+(?:\\.\\d+)?)");
    private static final Pattern SECTION = Pattern.compile("(?m)^#{2,3} (\\d+(?:\\.\\d+)?)\\.? ");
    private static final Pattern RELATIVE_LINK = Pattern.compile("\\]\\((?!https?:|#)([^)#\\s]+)");

    @Test
    void everyCitedSectionExistsInTheSpecification() {
        Set<String> sections = matches(SECTION, read(SPEC));
        Set<String> missing = new TreeSet<>();
        for (Path file : sources()) {
            for (String cited : matches(CITATION, read(file))) {
                if (!sections.contains(cited)) {
                    missing.add("§" + cited + " in " + ROOT.relativize(file));
                }
            }
        }

        assertThat(sections).contains("1.1", "4.2", "9.3", "13");
        assertThat(missing).as("citations of sections docs/bitrix24-behavior.md does not have").isEmpty();
    }

    @Test
    void relativeLinksInTheDocsLeadToFilesOfTheRepository() {
        Set<String> broken = new TreeSet<>();
        for (Path file : sources()) {
            if (file.toString().endsWith(".md")) {
                for (String link : matches(RELATIVE_LINK, read(file))) {
                    if (!Files.exists(file.getParent().resolve(link).normalize())) {
                        broken.add(link + " in " + ROOT.relativize(file));
                    }
                }
            }
        }

        assertThat(broken).isEmpty();
    }

    /** The Java sources and Markdown files of the repository, without build output. */
    private static List<Path> sources() {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".md"))
                    .filter(f -> Stream.of("target", ".git").noneMatch(d -> ROOT.relativize(f).toString().contains(d + "/")))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> matches(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.results().map(r -> r.group(1)).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
