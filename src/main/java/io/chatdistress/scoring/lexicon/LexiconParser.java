package io.chatdistress.scoring.lexicon;

import io.chatdistress.scoring.Category;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parses the {@code .lex} line format (see docs/LEXICON.md) into expanded phrase lines.
 *
 * <p>A pattern is a space-separated sequence of words, groups {@code (a|b c|)} (an empty
 * alternative makes the group optional), macros {@code {NAME}} defined by {@code @define NAME
 * pattern} earlier in the same file, prefix words {@code suicid*}, exact-only words
 * {@code =word}, and the gap {@code ...} (up to three arbitrary words). Groups are expanded into
 * every combination at load time.
 */
final class LexiconParser {

    /** Refuse a line that expands into more phrases than this: it is a mistake in the file. */
    static final int MAX_EXPANSION = 100_000;
    static final String GAP = "...";

    /** One expanded phrase before interning. */
    record RawPhrase(Role role, Category category, boolean jokeProne, boolean solo, int negWindow,
                     List<String> tokens, String source) {
    }

    /** Marks a token that stands for a class of single words ({@code (cant|cannot|cnt)}). */
    static final char CLASS_MARK = '\u0001';

    private final Map<String, List<List<String>>> macros = new HashMap<>();
    private final List<List<String>> classes = new ArrayList<>();
    private final Map<List<String>, Integer> classIndex = new HashMap<>();
    private final List<RawPhrase> phrases = new ArrayList<>();

    List<RawPhrase> phrases() {
        return phrases;
    }

    /** Folded member words of each word class, by class index. */
    List<List<String>> classes() {
        return classes;
    }

    void parse(String name, String text) {
        macros.clear();
        String[] lines = text.split("\r?\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = stripComment(lines[n]).strip();
            if (line.isEmpty()) {
                continue;
            }
            String source = name + ":" + (n + 1);
            int sp = firstSpace(line);
            if (sp < 0) {
                throw new IllegalArgumentException("lexicon line without pattern at " + source);
            }
            String head = line.substring(0, sp);
            String body = line.substring(sp + 1).strip();
            if (head.equals("@define")) {
                int sp2 = firstSpace(body);
                if (sp2 < 0) {
                    throw new IllegalArgumentException("empty @define at " + source);
                }
                String macro = body.substring(0, sp2);
                macros.put(macro, expand(body.substring(sp2 + 1).strip(), source));
                continue;
            }
            parseEntry(head, body, source);
        }
    }

    private void parseEntry(String head, String body, String source) {
        String trimmed = body.strip();
        if (trimmed.endsWith("~") || trimmed.endsWith("!")) {
            // Folding would drop the mark silently and the line would lose its flag.
            throw new IllegalArgumentException("flags ~ and ! go right after the line head (MEDICAL~ ...), "
                    + "not at the end of the pattern, at " + source);
        }
        boolean joke = false;
        boolean solo = false;
        int window = 3;
        String roleName = head;
        int slash = roleName.indexOf('/');
        if (slash >= 0) {
            try {
                window = Integer.parseInt(roleName.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad window at " + source, e);
            }
            if (window < 0 || window > Lexicon.MAX_NEG_WINDOW) {
                throw new IllegalArgumentException("window out of range at " + source);
            }
            roleName = roleName.substring(0, slash);
        }
        while (roleName.endsWith("~") || roleName.endsWith("!")) {
            if (roleName.endsWith("~")) {
                joke = true;
            } else {
                solo = true;
            }
            roleName = roleName.substring(0, roleName.length() - 1);
        }
        Role role;
        Category category = null;
        try {
            role = Role.valueOf(roleName);
        } catch (IllegalArgumentException notRole) {
            try {
                category = Category.valueOf(roleName);
            } catch (IllegalArgumentException notCategory) {
                throw new IllegalArgumentException("unknown category or role at " + source, notCategory);
            }
            role = Role.CATEGORY;
        }
        if (role == Role.CATEGORY && category == null) {
            throw new IllegalArgumentException("CATEGORY is not a line head, use a category name at " + source);
        }
        for (List<String> raw : expand(body, source)) {
            List<String> tokens = foldTokens(raw, source);
            if (tokens.isEmpty()) {
                continue;
            }
            if (tokens.get(0).equals(GAP) || tokens.get(tokens.size() - 1).equals(GAP)) {
                throw new IllegalArgumentException("a pattern may not start or end with ... at " + source);
            }
            phrases.add(new RawPhrase(role, category, joke, solo, window, tokens, source));
        }
    }

    /** Folding is the costly step and the same words recur in thousands of expansions. */
    private final Map<String, String[]> foldCache = new HashMap<>();

    private List<String> foldTokens(List<String> raw, String source) {
        List<String> out = new ArrayList<>(raw.size() + 2);
        for (String word : raw) {
            String[] cached = foldCache.get(word);
            if (cached == null) {
                cached = foldWord(word, source).toArray(new String[0]);
                foldCache.put(word, cached);
            }
            for (String t : cached) {
                out.add(t);
            }
        }
        return out;
    }

    private static List<String> foldWord(String word, String source) {
        List<String> out = new ArrayList<>(2);
            if (word.equals(GAP) || word.charAt(0) == CLASS_MARK) {
                out.add(word);
                return out;
            }
            String marker = "";
            String w = word;
            if (w.startsWith("=")) {
                marker = "=";
                w = w.substring(1);
            }
            boolean prefix = w.endsWith("*") && w.length() > 1;
            if (prefix) {
                w = w.substring(0, w.length() - 1);
            }
            String folded = LexiconText.fold(w);
            if (folded.isEmpty()) {
                return out;
            }
            String[] parts = folded.split(" ");
            if (prefix && parts.length != 1) {
                throw new IllegalArgumentException("prefix word must fold to one token at " + source);
            }
            if (prefix && parts[0].length() < 3) {
                throw new IllegalArgumentException("prefix word shorter than 3 letters at " + source);
            }
            for (int i = 0; i < parts.length; i++) {
                String p = parts[i];
                if (prefix) {
                    p = p + "*";
                }
                out.add(marker + p);
            }
        return out;
    }

    // ---- pattern expansion -------------------------------------------------------------------

    private List<List<String>> expand(String pattern, String source) {
        int[] pos = {0};
        List<List<String>> result = parseAlternatives(pattern, pos, source, false);
        if (pos[0] != pattern.length()) {
            throw new IllegalArgumentException("unbalanced ) at " + source);
        }
        return result;
    }

    /** Parses {@code seq ('|' seq)*} up to a closing parenthesis (when nested) or the end. */
    private List<List<String>> parseAlternatives(String p, int[] pos, String source, boolean nested) {
        List<List<String>> all = new ArrayList<>();
        while (true) {
            all.addAll(parseSequence(p, pos, source));
            if (pos[0] >= p.length()) {
                if (nested) {
                    throw new IllegalArgumentException("unclosed ( at " + source);
                }
                return all;
            }
            char c = p.charAt(pos[0]);
            if (c == '|') {
                pos[0]++;
                continue;
            }
            if (c == ')') {
                if (!nested) {
                    return all;
                }
                pos[0]++;
                return asClass(all, source);
            }
        }
    }

    /**
     * A group whose alternatives are all single plain words (plus perhaps the empty one) becomes
     * one class token instead of one phrase per word: the trie then holds one path for the
     * group, which keeps loading fast and memory small.
     */
    private List<List<String>> asClass(List<List<String>> alternatives, String source) {
        boolean optional = false;
        java.util.TreeSet<String> members = new java.util.TreeSet<>();
        for (List<String> alt : alternatives) {
            if (alt.isEmpty()) {
                optional = true;
                continue;
            }
            if (alt.size() != 1) {
                return alternatives;
            }
            String w = alt.get(0);
            if (w.equals(GAP) || w.startsWith("=") || w.endsWith("*") || w.charAt(0) == CLASS_MARK) {
                return alternatives;
            }
            List<String> folded = foldTokens(List.of(w), source);
            if (folded.size() != 1) {
                return alternatives;
            }
            members.add(folded.get(0));
        }
        if (members.size() < 2) {
            return alternatives;
        }
        List<String> key = List.copyOf(members);
        Integer id = classIndex.get(key);
        if (id == null) {
            id = classes.size();
            classes.add(key);
            classIndex.put(key, id);
        }
        List<List<String>> out = new ArrayList<>(2);
        List<String> one = new ArrayList<>(1);
        one.add(CLASS_MARK + Integer.toString(id));
        out.add(one);
        if (optional) {
            out.add(new ArrayList<>());
        }
        return out;
    }

    private List<List<String>> parseSequence(String p, int[] pos, String source) {
        List<List<String>> acc = new ArrayList<>();
        acc.add(new ArrayList<>());
        StringBuilder word = new StringBuilder();
        while (pos[0] < p.length()) {
            char c = p.charAt(pos[0]);
            if (c == '|' || c == ')') {
                break;
            }
            if (Character.isWhitespace(c)) {
                acc = append(acc, word, source);
                pos[0]++;
            } else if (c == '(') {
                acc = append(acc, word, source);
                pos[0]++;
                acc = product(acc, parseAlternatives(p, pos, source, true), source);
            } else if (c == '{') {
                acc = append(acc, word, source);
                int close = p.indexOf('}', pos[0]);
                if (close < 0) {
                    throw new IllegalArgumentException("unclosed { at " + source);
                }
                String name = p.substring(pos[0] + 1, close);
                List<List<String>> macro = macros.get(name);
                if (macro == null) {
                    throw new IllegalArgumentException("undefined macro " + name + " at " + source);
                }
                acc = product(acc, macro, source);
                pos[0] = close + 1;
            } else {
                word.append(c);
                pos[0]++;
            }
        }
        return append(acc, word, source);
    }

    private static List<List<String>> append(List<List<String>> acc, StringBuilder word, String source) {
        if (word.length() == 0) {
            return acc;
        }
        String w = word.toString();
        word.setLength(0);
        for (List<String> seq : acc) {
            seq.add(w);
        }
        return acc;
    }

    private static List<List<String>> product(List<List<String>> left, List<List<String>> right, String source) {
        if ((long) left.size() * right.size() > MAX_EXPANSION) {
            throw new IllegalArgumentException("pattern expands to too many phrases at " + source);
        }
        List<List<String>> out = new ArrayList<>(left.size() * right.size());
        for (List<String> l : left) {
            for (List<String> r : right) {
                List<String> seq = new ArrayList<>(l.size() + r.size());
                seq.addAll(l);
                seq.addAll(r);
                out.add(seq);
            }
        }
        return out;
    }

    private static String stripComment(String line) {
        String t = line.strip();
        if (t.startsWith("#")) {
            return "";
        }
        int hash = line.indexOf(" #");
        return hash >= 0 ? line.substring(0, hash) : line;
    }

    private static int firstSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    static String describe(Role role, Category category) {
        return role == Role.CATEGORY ? category.name() : role.name().toLowerCase(Locale.ROOT);
    }
}
