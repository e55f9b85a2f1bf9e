package io.chatdistress.scoring.gibberish;

import java.util.Locale;

/**
 * Recognisers for things people paste on purpose: codes with public check digits (IBAN mod-97,
 * Luhn, UPU S10, SSCC/GS1 mod-10, UPS 1Z), URLs, e-mail addresses, UUIDs, hashes and hex ids, IP
 * and MAC addresses, numbers, dates, file names, and random-looking alphanumeric ids. All scans are
 * hand-written single passes: no regular expressions, nothing super-linear.
 *
 * <p>Each method takes one whitespace-free token already stripped of surrounding punctuation and
 * returns a kebab-case kind (used in signal names) or {@code null}.
 */
final class StructuredTokens {

    private StructuredTokens() {
    }

    /** Kind of a single token or {@code null} when it is not a recognisably structured token. */
    static String kindOf(String t) {
        int n = t.length();
        if (n == 0) {
            return null;
        }
        if (isEmail(t)) {
            return "email";
        }
        if (isUrl(t)) {
            return "url";
        }
        if (isUuid(t)) {
            return "uuid";
        }
        if (isMac(t)) {
            return "mac";
        }
        if (isIpv4(t) || isIpv6(t)) {
            return "ip";
        }
        String compact = alnumUpper(t);
        if (compact.length() >= 15 && compact.length() <= 34 && ibanValid(compact)) {
            return "iban";
        }
        if (isS10(compact)) {
            return "s10";
        }
        if (compact.startsWith("1Z") && compact.length() == 18 && allAlnum(compact)) {
            return "ups";
        }
        if (isHex(t)) {
            return "hex";
        }
        if (isNumberLike(t)) {
            int digits = countDigits(t);
            if (digits >= 12 && luhnValid(t)) {
                return "luhn";
            }
            if ((digits == 18 || digits == 20) && gs1Valid(t)) {
                return "sscc";
            }
            return "number";
        }
        if (isFileName(t)) {
            return "filename";
        }
        if (isMaskedNumber(t)) {
            return "masked";
        }
        return null;
    }

    /** True for random-looking alphanumeric ids (both letters and several digits, no held key). */
    static boolean isAlnumCode(String t) {
        int letters = 0;
        int digits = 0;
        int digitGroups = 0;
        boolean prevDigit = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
                if (!prevDigit) {
                    digitGroups++;
                }
                prevDigit = true;
            } else if (isAsciiLetter(c)) {
                letters++;
                prevDigit = false;
            } else if (c == '-' || c == '_' || c == '/' || c == '.' || c == '#' || c == ':' || c == '+'
                    || c == '=') {
                prevDigit = false;
            } else {
                return false;
            }
        }
        return letters >= 1 && digits >= 2 && letters + digits >= 5;
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isEmail(String t) {
        int at = t.indexOf('@');
        if (at <= 0 || at != t.lastIndexOf('@') || at == t.length() - 1) {
            return false;
        }
        for (int i = 0; i < at; i++) {
            char c = t.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-' || c == '+' || c == '%')) {
                return false;
            }
        }
        return isHostName(t, at + 1, t.length());
    }

    private static boolean isHostName(String t, int from, int to) {
        int dots = 0;
        int lastDot = -1;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c == '.') {
                if (i == from || i - 1 == lastDot) {
                    return false;
                }
                dots++;
                lastDot = i;
            } else if (!(Character.isLetterOrDigit(c) || c == '-')) {
                return false;
            }
        }
        if (dots == 0 || lastDot >= to - 2) {
            return false;
        }
        for (int i = lastDot + 1; i < to; i++) {
            if (!Character.isLetter(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isUrl(String t) {
        String l = t.toLowerCase(Locale.ROOT);
        if (l.startsWith("http://") || l.startsWith("https://") || l.startsWith("www.") || l.startsWith("ftp://")) {
            return t.length() > 8;
        }
        int scheme = l.indexOf("://");
        if (scheme > 0) {
            return true;
        }
        int slash = t.indexOf('/');
        int end = slash < 0 ? t.length() : slash;
        if (end < 4 || !isHostName(t, 0, end)) {
            return false;
        }
        // a bare host needs a path or a well-known top-level domain, otherwise "end.Then" would match
        if (slash > 0) {
            return true;
        }
        String tld = l.substring(l.lastIndexOf('.') + 1);
        return switch (tld) {
            case "com", "net", "org", "nl", "de", "be", "fr", "es", "it", "ch", "at", "uk", "eu", "io", "me",
                    "info", "co", "pt", "se", "no", "dk", "fi", "pl", "ru", "tr", "ly", "gl", "app", "dev" -> true;
            default -> false;
        };
    }

    static boolean isUuid(String t) {
        if (t.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = t.charAt(i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : Character.digit(c, 16) < 0) {
                return false;
            }
        }
        return true;
    }

    static boolean isMac(String t) {
        if (t.length() != 17) {
            return false;
        }
        char sep = t.charAt(2);
        if (sep != ':' && sep != '-') {
            return false;
        }
        for (int i = 0; i < 17; i++) {
            char c = t.charAt(i);
            if (i % 3 == 2 ? c != sep : Character.digit(c, 16) < 0) {
                return false;
            }
        }
        return true;
    }

    static boolean isIpv4(String t) {
        int parts = 0;
        int value = 0;
        int len = 0;
        for (int i = 0; i <= t.length(); i++) {
            char c = i < t.length() ? t.charAt(i) : '.';
            if (c == '.') {
                if (len == 0 || value > 255) {
                    return false;
                }
                parts++;
                value = 0;
                len = 0;
            } else if (c >= '0' && c <= '9' && len < 3) {
                value = value * 10 + (c - '0');
                len++;
            } else {
                return false;
            }
        }
        return parts == 4;
    }

    static boolean isIpv6(String t) {
        int colons = 0;
        int hex = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ':') {
                colons++;
            } else if (Character.digit(c, 16) >= 0 && c < 128) {
                hex++;
            } else {
                return false;
            }
        }
        return colons >= 3 && hex >= 4;
    }

    static boolean isHex(String t) {
        int from = 0;
        if (t.length() > 2 && t.charAt(0) == '0' && (t.charAt(1) == 'x' || t.charAt(1) == 'X')) {
            from = 2;
        }
        int digits = 0;
        int letters = 0;
        for (int i = from; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')) {
                letters++;
            } else {
                return false;
            }
        }
        int n = digits + letters;
        if (from == 2) {
            return n >= 4;
        }
        return n >= 8 && digits >= 2 && letters >= 1;
    }

    /** Digits with optional separators (. - / : , + ( ) and spaces removed by the caller). */
    static boolean isNumberLike(String t) {
        int digits = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (!(c == '.' || c == '-' || c == '/' || c == ':' || c == ',' || c == '+' || c == '('
                    || c == ')')) {
                return false;
            }
        }
        return digits >= 1;
    }

    static boolean isFileName(String t) {
        int dot = t.lastIndexOf('.');
        if (dot <= 0 || t.length() - dot - 1 < 2 || t.length() - dot - 1 > 4) {
            return false;
        }
        String ext = t.substring(dot + 1).toLowerCase(Locale.ROOT);
        return switch (ext) {
            case "pdf", "jpg", "jpeg", "png", "gif", "heic", "doc", "docx", "xls", "xlsx", "csv", "txt", "zip",
                    "mp4", "mov", "log", "json", "xml", "html", "sh", "py", "java", "js", "eml", "webp" -> true;
            default -> false;
        };
    }

    static boolean isMaskedNumber(String t) {
        int masks = 0;
        int digits = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '*' || c == 'X' || c == 'x' || c == '•') {
                masks++;
            } else if (c >= '0' && c <= '9') {
                digits++;
            } else if (c != '-' && c != ' ') {
                return false;
            }
        }
        return masks >= 3 && digits >= 2;
    }

    static int countDigits(String t) {
        int d = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                d++;
            }
        }
        return d;
    }

    private static boolean allAlnum(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))) {
                return false;
            }
        }
        return true;
    }

    /** ASCII letters (upper-cased) and digits of a token, everything else dropped. */
    static String alnumUpper(String t) {
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                b.append(c);
            } else if (c >= 'a' && c <= 'z') {
                b.append((char) (c - 32));
            } else if (c >= 'A' && c <= 'Z') {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** ISO 13616 IBAN check: two letters, two check digits, BBAN; mod 97 of the rearranged number is 1. */
    static boolean ibanValid(String compactUpper) {
        int n = compactUpper.length();
        if (n < 15 || n > 34 || !isUpper(compactUpper.charAt(0)) || !isUpper(compactUpper.charAt(1))
                || !isDigit(compactUpper.charAt(2)) || !isDigit(compactUpper.charAt(3))) {
            return false;
        }
        int mod = 0;
        for (int k = 0; k < n; k++) {
            char c = compactUpper.charAt((k + 4) % n);
            if (isDigit(c)) {
                mod = (mod * 10 + (c - '0')) % 97;
            } else if (isUpper(c)) {
                int v = c - 'A' + 10;
                mod = (mod * 100 + v) % 97;
            } else {
                return false;
            }
        }
        return mod == 1;
    }

    /** Luhn (ISO/IEC 7812) over the digits of a token: payment cards, IMEI, many ICCIDs. */
    static boolean luhnValid(String t) {
        int sum = 0;
        boolean dbl = false;
        int digits = 0;
        for (int i = t.length() - 1; i >= 0; i--) {
            char c = t.charAt(i);
            if (!isDigit(c)) {
                continue;
            }
            int d = c - '0';
            if (dbl) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            dbl = !dbl;
            digits++;
        }
        return digits >= 2 && sum % 10 == 0;
    }

    /** GS1 mod-10 (SSCC, GTIN, EAN): weights 3,1,3... from the right, check digit last. */
    static boolean gs1Valid(String t) {
        int sum = 0;
        int pos = 0;
        int check = -1;
        for (int i = t.length() - 1; i >= 0; i--) {
            char c = t.charAt(i);
            if (!isDigit(c)) {
                continue;
            }
            if (check < 0) {
                check = c - '0';
                continue;
            }
            sum += (c - '0') * (pos % 2 == 0 ? 3 : 1);
            pos++;
        }
        return check >= 0 && (10 - sum % 10) % 10 == check;
    }

    /** UPU S10 item id: two letters, eight serial digits, a mod-11 check digit, two-letter country. */
    static boolean isS10(String c) {
        if (c.length() != 13 || !isUpper(c.charAt(0)) || !isUpper(c.charAt(1)) || !isUpper(c.charAt(11))
                || !isUpper(c.charAt(12))) {
            return false;
        }
        int[] w = {8, 6, 4, 2, 3, 5, 9, 7};
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char d = c.charAt(2 + i);
            if (!isDigit(d)) {
                return false;
            }
            sum += (d - '0') * w[i];
        }
        char cd = c.charAt(10);
        if (!isDigit(cd)) {
            return false;
        }
        int check = 11 - sum % 11;
        if (check == 10) {
            check = 0;
        } else if (check == 11) {
            check = 5;
        }
        return check == cd - '0';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
