package dev.b24kit.client.internal;

import java.util.List;
import java.util.function.Supplier;

/** Removes secrets (the webhook secret, tokens, the client secret) from text that may be shown. */
public final class Redactor {

    private final Supplier<List<String>> secrets;

    public Redactor(Supplier<List<String>> secrets) {
        this.secrets = secrets;
    }

    public String redact(String text) {
        if (text == null) {
            return "";
        }
        String clean = text;
        for (String secret : secrets.get()) {
            if (secret != null && secret.length() >= 4) {
                clean = clean.replace(secret, "****");
            }
        }
        return clean;
    }

    /** {@code ConnectException: Connection refused}, redacted. */
    public String describe(Throwable failure) {
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null ? "" : ": " + redact(message));
    }
}
