package dev.b24kit.eval.internal;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

/**
 * Keeps secrets out of every text the eval emits: the incoming webhook's secret and any application token
 * learnt during the run are replaced by {@code ****}. Thread-safe.
 */
final class Redaction {

    private final Set<String> secrets = new CopyOnWriteArraySet<>();

    /** Redacts the secret of {@code webhookUrl} ({@code …/rest/USER/SECRET/}). */
    Redaction(String webhookUrl) {
        try {
            String[] path = URI.create(webhookUrl.strip()).getPath().split("/");
            for (int i = 0; i + 2 < path.length; i++) {
                if (path[i].equals("rest")) {
                    hide(path[i + 2]);
                }
            }
        } catch (IllegalArgumentException e) {
            // not a URL: the client refuses it with its own message, which never shows the value
        }
    }

    /** Hides {@code secret} from now on. */
    void hide(String secret) {
        if (secret != null && secret.length() >= 4) {
            secrets.add(secret);
        }
    }

    String apply(String text) {
        String result = text;
        for (String secret : secrets) {
            result = result.replace(secret, "****");
        }
        return result;
    }

    List<String> apply(List<String> lines) {
        return lines.stream().map(this::apply).toList();
    }
}
