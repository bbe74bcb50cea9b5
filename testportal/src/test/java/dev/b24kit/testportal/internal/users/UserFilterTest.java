package dev.b24kit.testportal.internal.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.b24kit.testportal.internal.php.PhpArrays;

class UserFilterTest {

    private final UserDirectory users = UserDirectory.standard();

    private List<Long> ids(Object... keysAndValues) {
        return ids(UserFields.Version.FULL, keysAndValues);
    }

    private List<Long> ids(UserFields.Version version, Object... keysAndValues) {
        Map<String, Object> filter = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            filter.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        UserFilter userFilter = UserFilter.of(filter, version);
        return users.all().stream().filter(userFilter::matches).map(User::id).toList();
    }

    @Test
    void comparesIdsAsNumbers() {
        assertThat(ids(">=ID", "58")).containsExactly(58L, 59L, 60L);
        assertThat(ids(">ID", "9", "<ID", "11")).containsExactly(10L);
        assertThat(ids("<=ID", 2L)).containsExactly(1L, 2L);
        assertThat(ids("ID", "3")).containsExactly(3L);
        assertThat(ids("=ID", "3")).containsExactly(3L);
    }

    @Test
    void aListMeansAnyOfAndNotInExcludesThem() {
        assertThat(ids("ID", PhpArrays.listOf(List.of("1", "3")))).containsExactly(1L, 3L);
        assertThat(ids("@ID", PhpArrays.listOf(List.of(2, 4)))).containsExactly(2L, 4L);
        assertThat(ids("!@ID", PhpArrays.listOf(List.of(1, 2)), "<ID", 5)).containsExactly(3L, 4L);
        assertThat(ids("!ID", 1, "<ID", 3)).containsExactly(2L);
        assertThat(ids("!=ID", 1, "<ID", 3)).containsExactly(2L);
    }

    @Test
    void matchesStringsIgnoringCaseWithLikePatterns() {
        assertThat(ids("NAME", "анна")).containsExactly(1L);
        assertThat(ids("NAME", "Ан%", "<ID", 13)).containsExactly(1L);
        assertThat(ids("%LAST_NAME", "ОВА", "<ID", 8)).containsExactly(1L, 4L, 7L);
        assertThat(ids("!%LAST_NAME", "ов", "<ID", 10)).containsExactly(3L, 6L, 9L);
        assertThat(ids("=%EMAIL", "%.clark@%")).containsExactly(6L);
        assertThat(ids("%=EMAIL", "john%")).containsExactly(3L);
        assertThat(ids("!=%EMAIL", "%@example.com")).isEmpty();
        assertThat(ids("!%=NAME", "_нна", "<ID", 3)).containsExactly(2L);
    }

    @Test
    void matchesAnyDepartment() {
        assertThat(ids("UF_DEPARTMENT", 1)).contains(1L, 11L).doesNotContain(2L);
    }

    @Test
    void takesActiveAsYesNoOrBoolean() {
        assertThat(ids("ACTIVE", "N")).containsExactly(12L, 28L, 44L, 60L);
        assertThat(ids("ACTIVE", false)).containsExactly(12L, 28L, 44L, 60L);
        assertThat(ids("ACTIVE", "true")).hasSize(56);
    }

    @Test
    void searchesNamesEmailAndPositionWithNameSearch() {
        assertThat(ids("NAME_SEARCH", "смирн")).containsExactly(1L);
        assertThat(ids("FIND", "бухгалтер")).contains(10L);
    }

    @Test
    void ignoresUnknownFieldsUnknownOperatorsAndHiddenFields() {
        assertThat(ids("NO_SUCH_FIELD", "x")).hasSize(60);
        assertThat(ids("<>ID", "1")).hasSize(60);
        assertThat(ids(UserFields.Version.BRIEF, "EMAIL", "nobody")).hasSize(60);
        assertThat(ids(UserFields.Version.BASIC, "EMAIL", "nobody")).isEmpty();
        assertThat(ids("bx24_request_id", "abc")).hasSize(60);
    }

    @Test
    void lowerCaseFieldNamesWork() {
        assertThat(ids("id", "7")).containsExactly(7L);
    }
}
