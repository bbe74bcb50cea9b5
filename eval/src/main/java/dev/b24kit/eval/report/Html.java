package dev.b24kit.eval.report;

/** Escaping for HTML and XML text and attributes. */
final class Html {

    private Html() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // XML 1.0 forbids most control characters; evidence may quote a portal's raw text
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                        out.append('?');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
