package dev.b24kit.testportal.internal.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;

class UserDirectoryTest {

    private final UserDirectory users = UserDirectory.standard();

    @Test
    void userOneIsTheAdminAnnaSmirnova() {
        User admin = users.find(1);

        assertThat(admin.fullName()).isEqualTo("Анна Смирнова");
        assertThat(admin.admin()).isTrue();
        assertThat(users.all().stream().filter(User::admin)).hasSize(1);
    }

    @Test
    void isTheSameEveryTime() {
        assertThat(UserDirectory.standard().all()).isEqualTo(users.all());
    }

    @Test
    void hasMoreThanOnePageOfUsersWithConsecutiveIds() {
        assertThat(users.all()).hasSize(UserDirectory.SIZE).hasSizeGreaterThan(50);
        for (int i = 0; i < users.all().size(); i++) {
            assertThat(users.all().get(i).id()).isEqualTo(i + 1);
        }
        assertThat(users.find(0)).isNull();
        assertThat(users.find(UserDirectory.SIZE + 1)).isNull();
    }

    @Test
    void mixesRussianAndEnglishNames() {
        List<String> names = users.all().stream().map(User::name).toList();
        assertThat(names).anyMatch(name -> name.matches("[А-Яа-яЁё]+")).anyMatch(name -> name.matches("[A-Za-z]+"));
        assertThat(new HashSet<>(users.all().stream().map(User::fullName).toList())).hasSizeGreaterThan(50);
    }

    @Test
    void someUsersHaveLeft() {
        assertThat(users.all().stream().filter(user -> !user.active()).map(User::id)).containsExactly(12L, 28L, 44L, 60L);
    }

    @Test
    void emailsArePlainAscii() {
        assertThat(users.all()).allMatch(user -> user.email().matches("[a-z.]+@example\\.com"));
    }
}
