package dev.b24kit.testportal.internal.users;

import java.util.Locale;

/** Russian to Latin letters for generated e-mail addresses ({@code Кузнецов} → {@code kuznetsov}). */
final class Transliteration {

    private static final String CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
    private static final String[] LATIN = {"a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n",
        "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"};

    private Transliteration() {
    }

    static String of(String text) {
        StringBuilder out = new StringBuilder(text.length() + 4);
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            int index = CYRILLIC.indexOf(c);
            out.append(index >= 0 ? LATIN[index] : String.valueOf(c));
        }
        return out.toString();
    }
}
