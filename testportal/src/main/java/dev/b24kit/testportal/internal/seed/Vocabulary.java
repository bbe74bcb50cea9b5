package dev.b24kit.testportal.internal.seed;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The words seeded data is made of: realistic Russian and English names, companies, products and
 * deal titles, so that label lookups, search and sorting meet the text they meet on real portals
 * (Cyrillic, mixed case, punctuation).
 */
final class Vocabulary {

    static final List<String> FIRST_NAMES_RU = List.of("Анна", "Иван", "Мария", "Дмитрий", "Елена", "Сергей", "Ольга",
            "Алексей", "Татьяна", "Николай", "Наталья", "Михаил", "Екатерина", "Андрей", "Юлия", "Павел", "Светлана",
            "Артём", "Ксения", "Владимир");
    static final List<String> LAST_NAMES_RU = List.of("Смирнов", "Иванов", "Кузнецов", "Попов", "Васильев", "Петров",
            "Соколов", "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов",
            "Егоров", "Павлов", "Козлов", "Степанов", "Николаев");
    static final List<String> FIRST_NAMES_EN = List.of("James", "Emma", "Oliver", "Sophia", "Liam", "Olivia", "Noah",
            "Ava", "Lucas", "Mia", "Ethan", "Chloe");
    static final List<String> LAST_NAMES_EN = List.of("Smith", "Johnson", "Brown", "Taylor", "Wilson", "Davies",
            "O'Connor", "Miller", "Clarke", "Walker", "Wright", "Thompson");
    static final List<String> COMPANY_CORES = List.of("Вектор", "Альфа-Строй", "ТехноПарк", "Северный ветер", "Грань",
            "Сфера", "Ромашка", "Меридиан", "Горизонт", "Импульс", "Nordic Logistics", "Blue Harbor", "Acme & Sons",
            "Zenith Labs", "Orion Trade");
    static final List<String> COMPANY_FORMS_RU = List.of("ООО", "АО", "ИП", "ПАО");
    static final List<String> PRODUCTS = List.of("CRM-внедрение", "Лицензии 1С", "Поставка серверов", "Аудит безопасности",
            "Техподдержка", "Обучение персонала", "Cloud migration", "Data warehouse", "Мобильное приложение",
            "Интеграция с сайтом");
    static final List<String> DEAL_VERBS = List.of("Поставка", "Внедрение", "Продление", "Расширение", "Пилот",
            "Renewal", "Upsell");
    static final List<String> CITIES = List.of("Москва", "Санкт-Петербург", "Казань", "Новосибирск", "Екатеринбург",
            "Нижний Новгород", "London", "Berlin");
    static final List<String> EMAIL_DOMAINS = List.of("mail.ru", "yandex.ru", "gmail.com", "bk.ru", "example.com",
            "corp.example.org");
    static final List<String> LEAD_TITLES = List.of("Заявка с сайта", "Звонок", "Запрос КП", "Форма обратной связи",
            "Webinar signup", "Выставка", "Рекомендация партнёра");

    private Vocabulary() {
    }

    static <T> T pick(RandomGenerator random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** A Latin transliteration for e-mail addresses. */
    static String latin(String text) {
        String from = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
        String[] to = {"a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
                "t", "u", "f", "h", "ts", "ch", "sh", "sch", "", "y", "", "e", "yu", "ya"};
        StringBuilder out = new StringBuilder();
        for (char c : text.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            int index = from.indexOf(c);
            if (index >= 0) {
                out.append(to[index]);
            } else if (Character.isLetterOrDigit(c) && c < 128) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
