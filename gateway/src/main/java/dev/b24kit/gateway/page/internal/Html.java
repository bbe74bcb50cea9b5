package dev.b24kit.gateway.page.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * HTML text: escaping for element content and attribute values, and the page around a body. Pages carry their
 * style inline (no external assets) and no script; the {@link #CONTENT_SECURITY_POLICY} allows exactly that style.
 */
public final class Html {

    private static final String STYLE = """
            body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#1d232a;background:#f6f7f9}
            header{background:#1d3557;color:#fff;padding:.6em 1.2em;display:flex;gap:1.2em;align-items:center}
            header a{color:#fff}header .who{margin-left:auto}main{padding:1em 1.2em;max-width:72em}
            section{background:#fff;border:1px solid #d8dde3;border-radius:6px;padding:.8em 1em;margin:0 0 1em}
            table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.3em .5em;border-bottom:1px solid #e5e8ec;vertical-align:top}
            .was{color:#9b2226;text-decoration:line-through}.now{color:#2a7d3f;font-weight:600}
            .kind{font-weight:700;text-transform:uppercase}.confirmed,.adopted{color:#2a7d3f}.drifted,.unknown,.refused{color:#9b2226}
            button{padding:.35em .9em;border-radius:4px;border:1px solid #888;background:#fff;cursor:pointer}
            button.approve{background:#2a7d3f;color:#fff;border-color:#2a7d3f}button.reject{background:#fff;color:#9b2226}
            form.inline{display:inline}.muted{color:#5c6670}.error{color:#9b2226;font-weight:600}
            td.n a{font-weight:600}code{font-size:90%;word-break:break-all}
            """;

    /** The response header that allows the inline style above and nothing else from anywhere. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'sha256-" + sha256(STYLE)
            + "'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private Html() {
    }

    /** Text made safe for element content and double-quoted attribute values; {@code null} reads as empty. */
    public static String escape(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A whole page: {@code title} (escaped here), the header with the signed-in person, and {@code body} (HTML). */
    public static String page(String title, String person, String csrf, String body) {
        StringBuilder html = new StringBuilder(body.length() + 2048);
        html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
                .append("<title>").append(escape(title)).append(" · b24kit</title><style>").append(STYLE)
                .append("</style></head><body><header><strong>b24kit</strong>");
        if (person != null) {
            html.append("<a href=\"/proposals\">Proposals</a><a href=\"/trust\">Trust</a><span class=\"who\">")
                    .append(escape(person)).append("</span>")
                    .append(form("/logout", csrf, "<button type=\"submit\">Sign out</button>"));
        }
        html.append("</header><main><h1>").append(escape(title)).append("</h1>").append(body)
                .append("</main></body></html>");
        return html.toString();
    }

    /** A POST form to {@code action} (a path of ours) carrying the session's CSRF token. */
    public static String form(String action, String csrf, String inner) {
        return "<form class=\"inline\" method=\"post\" action=\"" + escape(action) + "\">"
                + "<input type=\"hidden\" name=\"csrf\" value=\"" + escape(csrf) + "\">" + inner + "</form>";
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
