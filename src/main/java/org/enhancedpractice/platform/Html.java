package org.enhancedpractice.platform;

/** Escaping for text placed into HTML pages the tool renders itself (OWASP rule #1 and #2 contexts). */
public final class Html {
    private Html() {
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A complete, accessible page shell; {@code body} must already be escaped markup. */
    public static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(title) + " – Enhanced Practice Tool</title>"
                + "<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:48rem;line-height:1.5;color:#1b1b1b}"
                + "code{background:#f0f0f0;padding:0 .2em}.code{color:#555}button,.button{font-size:1rem;padding:.5rem 1rem;"
                + "margin:.25rem}</style></head><body><main>\n" + body + "\n</main></body></html>\n";
    }
}
