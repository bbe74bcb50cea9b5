package dev.b24kit.testportal.internal.users;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The portal's employees: a fixed, deterministic directory of {@value #SIZE} users, the same in every
 * test portal (it does not depend on the seed, so other parts may rely on it). User 1, Анна Смирнова,
 * is the admin and owns the default webhook; users 2-12 are hand-written, Russian and English names
 * mixed; the rest are generated from name lists. Users 12, 28, 44 and 60 have left (inactive).
 * Departments: 1 company, 2 sales, 3 marketing, 4 support, 5 accounting, 6 logistics. Immutable.
 */
public final class UserDirectory {

    /** How many users every test portal has: more than one page of {@code user.get} (50). */
    public static final int SIZE = 60;

    private static final Instant ACTIVITY_REFERENCE = Instant.parse("2025-06-02T09:00:00Z");

    private final List<User> users;

    private UserDirectory(List<User> users) {
        this.users = List.copyOf(users);
    }

    /** The standard directory. */
    public static UserDirectory standard() {
        List<User> users = new ArrayList<>(SIZE);
        String[][] people = {
            {"Анна", "Смирнова", "Сергеевна", "F", "a.smirnova", "Генеральный директор", "1", "Москва"},
            {"Дмитрий", "Козлов", "Андреевич", "M", "d.kozlov", "Руководитель отдела продаж", "2", "Москва"},
            {"John", "Miller", "", "M", "john.miller", "Sales Manager", "2", "London"},
            {"Екатерина", "Волкова", "Игоревна", "F", "e.volkova", "Менеджер по продажам", "2", "Москва"},
            {"Сергей", "Новиков", "Павлович", "M", "s.novikov", "Менеджер по продажам", "2", "Санкт-Петербург"},
            {"Emily", "Clark", "", "F", "emily.clark", "Account Manager", "2", "London"},
            {"Ольга", "Морозова", "Викторовна", "F", "o.morozova", "Маркетолог", "3", "Москва"},
            {"Алексей", "Попов", "Дмитриевич", "M", "a.popov", "Руководитель службы поддержки", "4", "Казань"},
            {"Maria", "Garcia", "", "F", "maria.garcia", "Customer Success Manager", "4", "Madrid"},
            {"Иван", "Лебедев", "Олегович", "M", "i.lebedev", "Главный бухгалтер", "5", "Москва"},
            {"Наталья", "Соколова", "Александровна", "F", "n.sokolova", "HR-менеджер", "1", "Москва"},
            {"Павел", "Егоров", "Николаевич", "M", "p.egorov", "Менеджер по продажам", "2", "Новосибирск"},
        };
        for (int i = 0; i < people.length; i++) {
            String[] p = people[i];
            long id = i + 1;
            users.add(user(id, p[0], p[1], p[2], p[3], p[4], p[5], Long.parseLong(p[6]), p[7], id != 12));
        }
        for (long id = people.length + 1; id <= SIZE; id++) {
            users.add(GeneratedPeople.user(id));
        }
        return new UserDirectory(users);
    }

    static User user(long id, String name, String lastName, String secondName, String gender, String mailbox,
                     String position, long department, String city, boolean active) {
        int k = (int) id;
        LocalDate birthday = k % 3 == 2 ? null : LocalDate.of(1975 + (k * 7) % 25, 1 + (k * 5) % 12, 1 + (k * 11) % 28);
        String mobile = k % 4 == 3 ? "" : String.format("+7 9%02d %03d-%02d-%02d", 10 + (k * 37) % 90,
                (k * 7919) % 1000, (k * 31) % 100, (k * 17) % 100);
        Instant lastLogin = ACTIVITY_REFERENCE.minusSeconds(k * 97L * 60 + k * 13L);
        return new User(id, name, lastName, secondName, mailbox + "@example.com", gender, position, List.of(department),
                city, mobile, active, id == 1, active && k % 3 == 1, birthday, LocalDate.of(2019, 3, 1).plusDays(k * 23L),
                lastLogin);
    }

    public List<User> all() {
        return users;
    }

    /** The user with this id, or null. */
    public User find(long id) {
        return id >= 1 && id <= users.size() ? users.get((int) id - 1) : null;
    }

    /** Department names by id, for documentation and the admin API. */
    public static Map<Long, String> departments() {
        return Map.of(1L, "Компания", 2L, "Отдел продаж", 3L, "Маркетинг", 4L, "Служба поддержки",
                5L, "Бухгалтерия", 6L, "Логистика");
    }
}
