package io.chatdistress.topology;

/**
 * Optional short excerpts of the triggering message for escalation events. Off by default; when
 * on, digits and anything that looks like an e-mail address are masked, and the text is cut.
 */
public final class Excerpts {
    private Excerpts() {
    }

    public static String of(String text, int maxChars) {
        if (maxChars <= 0 || text == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(Math.min(text.length(), maxChars) + 1);
        String[] words = text.split("\\s+", 64);
        for (String w : words) {
            if (b.length() >= maxChars) {
                break;
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            if (w.indexOf('@') >= 0 || w.contains("://")) {
                b.append("[redacted]");
                continue;
            }
            w.codePoints().forEach(cp -> {
                if (Character.isDigit(cp)) {
                    b.append('#');
                } else if (!Character.isISOControl(cp)) {
                    b.appendCodePoint(cp);
                }
            });
        }
        if (b.length() > maxChars) {
            int end = maxChars;
            if (Character.isHighSurrogate(b.charAt(end - 1))) {
                end--;
            }
            b.setLength(end);
            b.append('…');
        }
        return b.toString();
    }
}
