package dev.b24kit.testportal.internal.users;

import java.util.List;
import java.util.Map;

/** Deterministic names for the generated part of the {@link UserDirectory}: Russian, every fifth English. */
final class GeneratedPeople {

    private static final List<String> MALE = List.of("Александр", "Михаил", "Николай", "Андрей", "Владимир", "Игорь",
            "Роман", "Максим", "Артём", "Георгий", "Константин", "Виктор");
    private static final List<String> FEMALE = List.of("Мария", "Елена", "Татьяна", "Ирина", "Светлана", "Юлия",
            "Анастасия", "Ксения", "Дарья", "Полина", "Вера", "Алина");
    private static final List<String> SURNAMES = List.of("Кузнецов", "Васильев", "Петров", "Михайлов", "Фёдоров",
            "Алексеев", "Семёнов", "Павлов", "Степанов", "Николаев", "Орлов", "Андреев", "Макаров", "Никитин",
            "Захаров", "Зайцев", "Соловьёв", "Борисов", "Яковлев", "Григорьев", "Романов", "Воробьёв", "Сергеев");
    private static final List<String> MALE_PATRONYMICS = List.of("Иванович", "Петрович", "Сергеевич", "Алексеевич");
    private static final List<String> FEMALE_PATRONYMICS = List.of("Ивановна", "Петровна", "Сергеевна", "Алексеевна");
    private static final List<String> ENGLISH_MALE = List.of("James", "Robert", "Michael", "David", "Thomas", "Daniel");
    private static final List<String> ENGLISH_FEMALE = List.of("Sarah", "Laura", "Emma", "Olivia", "Sophie", "Grace");
    private static final List<String> ENGLISH_SURNAMES = List.of("Johnson", "Brown", "Wilson", "Taylor", "Anderson",
            "White", "Harris", "Martin", "Thompson", "Moore", "Walker", "Young");
    private static final long[] DEPARTMENTS = {2, 2, 2, 3, 4, 5, 4, 2, 6};
    private static final Map<Long, String[]> POSITIONS = Map.of(
            2L, new String[] {"Менеджер по продажам", "Sales Manager"},
            3L, new String[] {"Маркетолог", "Marketing Specialist"},
            4L, new String[] {"Специалист поддержки", "Support Specialist"},
            5L, new String[] {"Бухгалтер", "Accountant"},
            6L, new String[] {"Логист", "Logistics Coordinator"});
    private static final List<String> CITIES = List.of("Москва", "Санкт-Петербург", "Казань", "Екатеринбург",
            "Новосибирск", "Москва");

    private GeneratedPeople() {
    }

    static User user(long id) {
        int k = (int) id - 13;
        boolean female = k % 2 == 1;
        boolean english = k % 5 == 4;
        long department = DEPARTMENTS[k % DEPARTMENTS.length];
        String position = POSITIONS.get(department)[english ? 1 : 0];
        boolean active = k % 16 != 15;
        if (english) {
            String name = (female ? ENGLISH_FEMALE : ENGLISH_MALE).get((k * 5) % 6);
            String last = ENGLISH_SURNAMES.get((k * 7) % ENGLISH_SURNAMES.size());
            return UserDirectory.user(id, name, last, "", female ? "F" : "M",
                    (name + "." + last).toLowerCase(java.util.Locale.ROOT), position, department, "London", active);
        }
        String name = (female ? FEMALE : MALE).get((k * 7) % 12);
        String surname = SURNAMES.get((k * 5) % SURNAMES.size());
        String last = female ? surname + "а" : surname;
        String patronymic = (female ? FEMALE_PATRONYMICS : MALE_PATRONYMICS).get(k % 4);
        String mailbox = Transliteration.of(name).charAt(0) + "." + Transliteration.of(last);
        return UserDirectory.user(id, name, last, patronymic, female ? "F" : "M", mailbox, position, department,
                CITIES.get(k % CITIES.size()), active);
    }
}
