package dev.b24kit.testportal.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.b24kit.testportal.internal.php.PhpArrays;

class ScopesTest {

    @Test
    void parsesCommaSeparatedTextOrALists() {
        assertThat(Scopes.parse("scopes", " crm, USER ,", Set.of())).isEqualTo(Set.of("crm", "user"));
        assertThat(Scopes.parse("scopes", PhpArrays.listOf(List.of("crm", "task")), Set.of())).isEqualTo(Set.of("crm", "task"));
    }

    @Test
    void fallsBackWhenEmpty() {
        assertThat(Scopes.parse("scopes", null, Set.of("crm"))).isEqualTo(Set.of("crm"));
        assertThat(Scopes.parse("scopes", "", Set.of("crm"))).isEqualTo(Set.of("crm"));
    }

    @Test
    void refusesAnUnknownScopeNamingTheAcceptedOnes() {
        assertThatThrownBy(() -> Scopes.parse("scopes", "crm,payroll", Set.of()))
                .hasMessageStartingWith("scopes: 'payroll' is not a scope").hasMessageContaining("crm, department");
    }

    @Test
    void joinsSorted() {
        assertThat(Scopes.joined(Set.of("user", "crm", "task"))).isEqualTo("crm,task,user");
    }
}
