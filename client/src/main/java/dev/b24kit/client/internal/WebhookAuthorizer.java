package dev.b24kit.client.internal;

import java.net.URI;
import java.util.List;

import dev.b24kit.client.Credentials;
import dev.b24kit.client.Params;

/** An incoming webhook: the secret is in the URL; nothing to renew. */
public final class WebhookAuthorizer implements Authorizer {

    private final Credentials.Webhook webhook;
    private final String secret;

    public WebhookAuthorizer(Credentials.Webhook webhook) {
        this.webhook = webhook;
        String[] path = webhook.base().getRawPath().split("/");
        this.secret = path[path.length - 1];
    }

    @Override
    public URI url(String method) {
        return webhook.base().resolve(method);
    }

    @Override
    public Signed sign(Params params) {
        return new Signed(params, "");
    }

    @Override
    public boolean renew(String used) {
        return false;
    }

    @Override
    public List<String> secrets() {
        return List.of(secret);
    }
}
