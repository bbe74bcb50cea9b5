package dev.b24kit.bench.client;

import java.util.Locale;

/** Prints benchmark lines: {@code [name] text}. */
final class Line {

    private Line() {
    }

    static void print(String name, String format, Object... args) {
        System.out.println("[" + name + "] " + String.format(Locale.ROOT, format, args));
        System.out.flush();
    }
}
