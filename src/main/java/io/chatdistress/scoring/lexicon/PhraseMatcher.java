package io.chatdistress.scoring.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Token-level phrase matcher: a trie over word symbols walked with a bounded set of active
 * states, so the work per input token is bounded by constants (states, symbols per token, word
 * length caps) and a whole text is matched in linear time.
 *
 * <p>Each input token is mapped to a small set of symbols: its exact vocabulary word; failing
 * that, vocabulary words equal to it once doubled letters are squeezed ("mooeilijk"→"moeilijk");
 * failing that, vocabulary words at one edit (deletion, insertion, substitution or adjacent
 * transposition) found through a deletion index built at load time ("nivht"→"nicht",
 * "feappe"→"frappe"). Prefix words ({@code suicid*}) match any token that starts with them.
 */
final class PhraseMatcher {

    static final int GAP_SYMBOL = -1;
    static final int MAX_GAP = 3;
    /** Tokens longer than this are only looked up exactly (no fuzzy or prefix work). */
    static final int MAX_FUZZY_LENGTH = 32;
    static final int MIN_FUZZY_INPUT = 4;
    /** A vocabulary word must be at least this long to be reached by deletion/substitution. */
    static final int MIN_FUZZY_WORD = 5;
    static final int MAX_CANDIDATES = 6;
    static final int MAX_ACTIVE_STATES = 4096;
    /** A one-word phrase is read through a typo only when the word is at least this long. */
    static final int SINGLE_WORD_FUZZY_LENGTH = 9;

    /** One phrase ready to match. */
    static final class Entry {
        final LexiconParser.RawPhrase raw;
        final int[] symbols;
        final int literalCount;
        final int maxLiteralLength;
        final int index;
        boolean negativeForm;

        Entry(LexiconParser.RawPhrase raw, int[] symbols, int literalCount, int maxLiteralLength, int index) {
            this.raw = raw;
            this.symbols = symbols;
            this.literalCount = literalCount;
            this.maxLiteralLength = maxLiteralLength;
            this.index = index;
        }

        /** Fuzzy tokens tolerated in one match of this phrase. */
        int fuzzyAllowance() {
            Role role = raw.role();
            if (role == Role.OBJECT || role == Role.NEG || role == Role.FILL || role == Role.BREAK) {
                // a typo must never turn a person into a pet or add a negation: that would hide distress
                return 0;
            }
            if (role == Role.BENIGN || role == Role.HYPERBOLE || role == Role.HYPO) {
                return literalCount >= 3 ? 1 : 0;
            }
            if (literalCount == 1) {
                return maxLiteralLength >= SINGLE_WORD_FUZZY_LENGTH ? 1 : 0;
            }
            return literalCount >= 4 ? 2 : 1;
        }
    }

    /** A phrase found at tokens [start, end]. */
    record Hit(Entry entry, int start, int end, int fuzzy) {
        boolean overlaps(Hit o) {
            return start <= o.end && o.start <= end;
        }
    }

    private static final class Node {
        final int id;
        Map<Integer, Node> children;
        Node gap;
        List<Entry> outputs;

        Node(int id) {
            this.id = id;
        }
    }

    // vocabulary
    private final Map<String, Integer> words = new HashMap<>();
    private final Map<String, Integer> prefixes = new HashMap<>();
    private final List<String> wordList = new ArrayList<>();
    private final Map<String, int[]> squeezed = new HashMap<>();
    private final Map<String, int[]> deletions = new HashMap<>();
    private final boolean[] noFuzzyWord;
    /** Words listed on KNOWN lines: real words that are never re-read as typos of others. */
    private final boolean[] knownWord;
    private int classBase;
    private int[][] classMembers;
    /** For each word id, the class symbols it belongs to. */
    private int[][] wordClasses;
    private int minPrefix = Integer.MAX_VALUE;
    private int maxPrefix = 0;

    private final Node root;
    private int nodeCount;
    private final List<Entry> entries = new ArrayList<>();

    PhraseMatcher(List<LexiconParser.RawPhrase> phrases) {
        this(phrases, List.of());
    }

    PhraseMatcher(List<LexiconParser.RawPhrase> phrases, List<List<String>> classes) {
        // First pass: intern words (including KNOWN ones, which only serve to block fuzzy reads).
        Map<String, Boolean> exactOnly = new LinkedHashMap<>();
        java.util.Set<String> knownWords = new java.util.HashSet<>();
        for (List<String> cls : classes) {
            for (String w : cls) {
                exactOnly.merge(w, false, (a, b) -> a || b);
            }
        }
        for (LexiconParser.RawPhrase p : phrases) {
            for (String t : p.tokens()) {
                if (t.equals(LexiconParser.GAP)) {
                    continue;
                }
                if (t.charAt(0) == LexiconParser.CLASS_MARK) {
                    for (String w : classes.get(Integer.parseInt(t.substring(1)))) {
                        exactOnly.merge(w, false, (a, b) -> a || b);
                        if (p.role() == Role.KNOWN) {
                            knownWords.add(w);
                        }
                    }
                    continue;
                }
                boolean exact = t.startsWith("=");
                String w = t.startsWith("=") ? t.substring(1) : t;
                if (w.endsWith("*")) {
                    String pre = w.substring(0, w.length() - 1);
                    if (!prefixes.containsKey(pre)) {
                        prefixes.put(pre, -1);
                        minPrefix = Math.min(minPrefix, pre.length());
                        maxPrefix = Math.max(maxPrefix, pre.length());
                    }
                    continue;
                }
                exactOnly.merge(w, exact, (a, b) -> a || b);
                if (p.role() == Role.KNOWN) {
                    knownWords.add(w);
                }
            }
        }
        for (String w : exactOnly.keySet()) {
            words.put(w, wordList.size());
            wordList.add(w);
        }
        noFuzzyWord = new boolean[wordList.size()];
        knownWord = new boolean[wordList.size()];
        for (String k : knownWords) {
            knownWord[words.get(k)] = true;
        }
        int i = 0;
        for (Map.Entry<String, Boolean> e : exactOnly.entrySet()) {
            noFuzzyWord[i++] = e.getValue();
        }
        int next = wordList.size();
        for (Map.Entry<String, Integer> e : prefixes.entrySet()) {
            e.setValue(next++);
        }
        buildFuzzyIndexes();
        classBase = next;
        classMembers = new int[classes.size()][];
        List<List<Integer>> ofWord = new ArrayList<>();
        for (int w = 0; w < wordList.size(); w++) {
            ofWord.add(null);
        }
        for (int c = 0; c < classes.size(); c++) {
            List<String> members = classes.get(c);
            classMembers[c] = new int[members.size()];
            for (int m = 0; m < members.size(); m++) {
                int w = words.get(members.get(m));
                classMembers[c][m] = w;
                if (ofWord.get(w) == null) {
                    ofWord.set(w, new ArrayList<>(2));
                }
                ofWord.get(w).add(classBase + c);
            }
        }
        wordClasses = new int[wordList.size()][];
        for (int w = 0; w < wordList.size(); w++) {
            List<Integer> l = ofWord.get(w);
            wordClasses[w] = l == null ? new int[0] : l.stream().mapToInt(Integer::intValue).toArray();
        }

        root = new Node(nodeCount++);
        for (LexiconParser.RawPhrase p : phrases) {
            if (p.role() == Role.KNOWN) {
                continue;
            }
            int[] symbols = new int[p.tokens().size()];
            int literals = 0;
            int maxLen = 0;
            for (int k = 0; k < symbols.length; k++) {
                String t = p.tokens().get(k);
                if (t.equals(LexiconParser.GAP)) {
                    symbols[k] = GAP_SYMBOL;
                    continue;
                }
                String w = t.startsWith("=") ? t.substring(1) : t;
                literals++;
                if (w.charAt(0) == LexiconParser.CLASS_MARK) {
                    int c = Integer.parseInt(w.substring(1));
                    symbols[k] = classBase + c;
                    // judge typo tolerance by the shortest member: "(fever|feverish)" must not read "never"
                    int shortest = Integer.MAX_VALUE;
                    for (String m : classes.get(c)) {
                        shortest = Math.min(shortest, m.length());
                    }
                    maxLen = Math.max(maxLen, shortest);
                } else if (w.endsWith("*")) {
                    symbols[k] = prefixes.get(w.substring(0, w.length() - 1));
                    maxLen = Math.max(maxLen, w.length() - 1);
                } else {
                    symbols[k] = words.get(w);
                    maxLen = Math.max(maxLen, w.length());
                }
            }
            Entry entry = new Entry(p, symbols, literals, maxLen, entries.size());
            entries.add(entry);
            insert(entry);
        }
    }

    List<Entry> entries() {
        return entries;
    }

    /** The word ids a phrase symbol stands for: itself for a word, the members for a class. */
    int[] wordsOfSymbol(int symbol) {
        if (symbol >= classBase && symbol - classBase < classMembers.length) {
            return classMembers[symbol - classBase];
        }
        return new int[] {symbol};
    }

    /** Adds a word (and its classes) to a token's symbols, e.g. the laughter word for "hahahha". */
    TokenSymbols withWord(TokenSymbols ts, int word) {
        int[] cls = word < wordClasses.length ? wordClasses[word] : new int[0];
        int[] s = Arrays.copyOf(ts.symbols(), ts.symbols().length + 1 + cls.length);
        boolean[] f = Arrays.copyOf(ts.fuzzy(), s.length);
        int n = ts.symbols().length;
        s[n++] = word;
        for (int c : cls) {
            s[n++] = c;
        }
        return new TokenSymbols(s, f);
    }

    /** The vocabulary id of a word, or -1. */
    int wordId(String word) {
        Integer id = words.get(word);
        return id == null ? -1 : id;
    }

    private void buildFuzzyIndexes() {
        Map<String, List<Integer>> sq = new HashMap<>();
        Map<String, List<Integer>> del = new HashMap<>();
        for (int id = 0; id < wordList.size(); id++) {
            if (noFuzzyWord[id]) {
                continue;
            }
            String w = wordList.get(id);
            String s = squeezeAll(w);
            sq.computeIfAbsent(s, k -> new ArrayList<>()).add(id);
            if (w.length() >= MIN_FUZZY_WORD - 1 && w.length() <= MAX_FUZZY_LENGTH) {
                int[] cps = w.codePoints().toArray();
                for (int k = 0; k < cps.length; k++) {
                    if (k > 0 && cps[k] == cps[k - 1]) {
                        continue;
                    }
                    del.computeIfAbsent(deleteAt(cps, k), x -> new ArrayList<>()).add(id);
                }
            }
        }
        sq.forEach((k, v) -> squeezed.put(k, toArray(v)));
        del.forEach((k, v) -> deletions.put(k, toArray(v)));
    }

    private static int[] toArray(List<Integer> list) {
        return list.stream().distinct().mapToInt(Integer::intValue).toArray();
    }

    private static String deleteAt(int[] cps, int k) {
        StringBuilder b = new StringBuilder(cps.length);
        for (int j = 0; j < cps.length; j++) {
            if (j != k) {
                b.appendCodePoint(cps[j]);
            }
        }
        return b.toString();
    }

    static String squeezeAll(String w) {
        StringBuilder b = new StringBuilder(w.length());
        int prev = -1;
        for (int k = 0; k < w.length(); ) {
            int cp = w.codePointAt(k);
            k += Character.charCount(cp);
            if (cp != prev || Character.isDigit(cp)) {
                b.appendCodePoint(cp);
            }
            prev = cp;
        }
        return b.toString();
    }

    private void insert(Entry e) {
        Node n = root;
        for (int s : e.symbols) {
            if (s == GAP_SYMBOL) {
                if (n.gap == null) {
                    n.gap = new Node(nodeCount++);
                }
                n = n.gap;
            } else {
                if (n.children == null) {
                    n.children = new HashMap<>();
                }
                n = n.children.computeIfAbsent(s, k -> new Node(nodeCount++));
            }
        }
        if (n.outputs == null) {
            n.outputs = new ArrayList<>(1);
        }
        n.outputs.add(e);
    }

    // ---- input side ------------------------------------------------------------------------

    /** Symbols of one input token; {@code fuzzy[i]} marks a symbol reached through a typo edit. */
    record TokenSymbols(int[] symbols, boolean[] fuzzy) {
    }

    TokenSymbols symbolsOf(String token) {
        int[] out = new int[MAX_CANDIDATES + 8];
        boolean[] fz = new boolean[out.length];
        int n = 0;
        Integer exact = words.get(token);
        int len = token.length();
        if (exact != null) {
            out[n++] = exact;
            if (len >= MIN_FUZZY_WORD && len <= MAX_FUZZY_LENGTH && !knownWord[exact]) {
                // the exact word may itself be a typo variant listed for one phrase; other
                // phrases still deserve the fuzzy reading
                n = fuzzyCandidates(token, out, fz, n);
            }
            if (len <= 2) {
                // two-letter words are the most mistyped ("kn elkaar", "mr"): also read neighbours
                n = keyboardNeighbours(token, out, fz, n);
            }
        } else if (len <= MAX_FUZZY_LENGTH) {
            int[] sq = squeezed.get(squeezeAll(token));
            if (sq != null) {
                for (int id : sq) {
                    if (n < MAX_CANDIDATES) {
                        out[n++] = id;
                    }
                }
            }
            if (n == 0 && len >= MIN_FUZZY_INPUT - 1) {
                n = fuzzyCandidates(token, out, fz);
                String sqz = squeezeAll(token);
                if (n == 0 && !sqz.equals(token) && sqz.length() >= MIN_FUZZY_INPUT - 1) {
                    n = fuzzyCandidates(sqz, out, fz);
                }
            }
            if (len >= 2 && len <= 4) {
                n = keyboardNeighbours(token, out, fz, n);
            }
            if (n == 0) {
                n = digitTypos(token, out, fz);
            }
            if (n == 0 && len >= GLUED_MIN_LENGTH) {
                n = gluedPrefix(token, out, fz);
            }
        }
        if (!prefixes.isEmpty() && len >= minPrefix) {
            int upto = Math.min(len, Math.min(maxPrefix, MAX_FUZZY_LENGTH));
            for (int k = minPrefix; k <= upto && n < out.length; k++) {
                Integer p = prefixes.get(token.substring(0, k));
                if (p != null) {
                    out[n++] = p;
                }
            }
        }
        int extra = 0;
        for (int k = 0; k < n; k++) {
            if (out[k] < wordClasses.length) {
                extra += wordClasses[out[k]].length;
            }
        }
        int[] sy = Arrays.copyOf(out, n + extra);
        boolean[] fy = Arrays.copyOf(fz, n + extra);
        int m = n;
        for (int k = 0; k < n; k++) {
            if (out[k] < wordClasses.length) {
                for (int c : wordClasses[out[k]]) {
                    sy[m] = c;
                    fy[m++] = fz[k];
                }
            }
        }
        return new TokenSymbols(sy, fy);
    }

    /** Tokens at least this long may be a word with keyboard mash glued on ("bewegencvxxx"). */
    static final int GLUED_MIN_LENGTH = 9;
    private static final String[] KEY_ROWS = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};
    private static final String[] NEIGHBOURS = buildNeighbours();

    /** Keys next to each letter on QWERTY, plus the AZERTY/QWERTZ swaps (a-q, z-w, y-z). */
    private static String[] buildNeighbours() {
        String[] nb = new String[26];
        for (int r = 0; r < KEY_ROWS.length; r++) {
            String row = KEY_ROWS[r];
            for (int i = 0; i < row.length(); i++) {
                StringBuilder b = new StringBuilder();
                if (i > 0) {
                    b.append(row.charAt(i - 1));
                }
                if (i + 1 < row.length()) {
                    b.append(row.charAt(i + 1));
                }
                if (r > 0) {
                    String up = KEY_ROWS[r - 1];
                    b.append(up.charAt(i));
                    if (i + 1 < up.length()) {
                        b.append(up.charAt(i + 1));
                    }
                }
                if (r + 1 < KEY_ROWS.length) {
                    String down = KEY_ROWS[r + 1];
                    if (i - 1 >= 0 && i - 1 < down.length()) {
                        b.append(down.charAt(i - 1));
                    }
                    if (i < down.length()) {
                        b.append(down.charAt(i));
                    }
                }
                nb[row.charAt(i) - 'a'] = b.toString();
            }
        }
        nb['a' - 'a'] += "q";
        nb['q' - 'a'] += "a";
        nb['z' - 'a'] += "wy";
        nb['w' - 'a'] += "z";
        nb['y' - 'a'] += "z";
        return nb;
    }

    /** Short tokens: one letter replaced by a neighbouring key ("idt"->"ist", "ziw"->"zie"). */
    private int keyboardNeighbours(String token, int[] out, boolean[] fz, int start) {
        int n = start;
        char[] cs = token.toCharArray();
        for (int i = 0; i < cs.length && n < MAX_CANDIDATES; i++) {
            char orig = cs[i];
            if (orig < 'a' || orig > 'z') {
                continue;
            }
            for (char c : NEIGHBOURS[orig - 'a'].toCharArray()) {
                cs[i] = c;
                Integer w = words.get(new String(cs));
                if (w != null && !noFuzzyWord[w] && !contains(out, n, w) && n < MAX_CANDIDATES) {
                    out[n] = w;
                    fz[n++] = true;
                }
            }
            cs[i] = orig;
        }
        return n;
    }

    /** Letters with one or two stray digits: "hav3" -> "have"/"hav", "mi8" -> "mi". */
    private int digitTypos(String token, int[] out, boolean[] fz) {
        int digits = 0;
        int letters = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (Character.isLetter(c)) {
                letters++;
            }
        }
        if (digits == 0 || digits > 2 || letters < 2) {
            return 0;
        }
        StringBuilder stripped = new StringBuilder();
        StringBuilder leet = new StringBuilder();
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c >= '0' && c <= '9') {
                leet.append("oizeasgtbo".charAt(c - '0'));
            } else {
                stripped.append(c);
                leet.append(c);
            }
        }
        int n = 0;
        // a stray digit is a slip on the top row: the stripped word counts as an exact read
        Integer plain = words.get(stripped.toString());
        if (plain != null) {
            out[n++] = plain;
        }
        Integer w = words.get(leet.toString());
        if (w != null && !noFuzzyWord[w] && !contains(out, n, w)) {
            out[n] = w;
            fz[n++] = true;
        }
        return n;
    }

    /** A long unknown token that starts with a vocabulary word of five letters or more. */
    private int gluedPrefix(String token, int[] out, boolean[] fz) {
        int upto = Math.min(token.length() - 3, MAX_FUZZY_LENGTH);
        for (int k = upto; k >= MIN_FUZZY_WORD; k--) {
            Integer w = words.get(token.substring(0, k));
            if (w != null && !noFuzzyWord[w]) {
                out[0] = w;
                fz[0] = true;
                return 1;
            }
        }
        return 0;
    }

    private int fuzzyCandidates(String token, int[] out, boolean[] fz) {
        return fuzzyCandidates(token, out, fz, 0);
    }

    private int fuzzyCandidates(String token, int[] out, boolean[] fz, int start) {
        int n = start;
        int len = token.codePointCount(0, token.length());
        // token is a vocabulary word with one letter deleted (the typist dropped a letter)
        n = addCandidates(deletions.get(token), len + 1, MIN_FUZZY_WORD - 1, out, fz, n);
        int[] cps = token.codePoints().toArray();
        for (int k = 0; k < cps.length && n < MAX_CANDIDATES; k++) {
            if (k > 0 && cps[k] == cps[k - 1]) {
                continue;
            }
            String d = deleteAt(cps, k);
            // the typist inserted one letter
            Integer w = words.get(d);
            if (w != null && !noFuzzyWord[w] && d.length() >= MIN_FUZZY_WORD - 1 && !contains(out, n, w)) {
                out[n] = w;
                fz[n++] = true;
            }
            // the typist replaced or swapped a letter
            n = addCandidates(deletions.get(d), len, MIN_FUZZY_WORD, out, fz, n);
        }
        // adjacent transposition in short words too ("cnat" -> "cant", "hepl" -> "help")
        for (int k = 0; k + 1 < cps.length && n < MAX_CANDIDATES; k++) {
            if (cps[k] == cps[k + 1]) {
                continue;
            }
            int[] sw = cps.clone();
            sw[k] = cps[k + 1];
            sw[k + 1] = cps[k];
            Integer w = words.get(new String(sw, 0, sw.length));
            if (w != null && !noFuzzyWord[w] && !contains(out, n, w)) {
                out[n] = w;
                fz[n++] = true;
            }
        }
        return n;
    }

    private int addCandidates(int[] ids, int wantedLength, int minLength, int[] out, boolean[] fz, int n) {
        if (ids == null) {
            return n;
        }
        for (int id : ids) {
            if (n >= MAX_CANDIDATES) {
                break;
            }
            String w = wordList.get(id);
            int wl = w.codePointCount(0, w.length());
            if (wl == wantedLength && wl >= minLength && !contains(out, n, id)) {
                out[n] = id;
                fz[n++] = true;
            }
        }
        return n;
    }

    private static boolean contains(int[] a, int n, int v) {
        for (int i = 0; i < n; i++) {
            if (a[i] == v) {
                return true;
            }
        }
        return false;
    }

    private record State(Node node, int gapLeft, int start, int fuzzy) {
    }

    private record StateKey(int node, int gapLeft, int start) {
    }

    /** Finds every phrase occurrence in the token sequence; linear in the number of tokens. */
    List<Hit> scan(List<TokenSymbols> tokens) {
        List<Hit> hits = new ArrayList<>();
        List<State> active = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            TokenSymbols ts = tokens.get(i);
            Map<StateKey, Integer> seen = new HashMap<>();
            List<State> next = new ArrayList<>();
            active.add(new State(root, -1, i, 0));
            for (State st : active) {
                Node node = st.node();
                if (node.children != null) {
                    for (int k = 0; k < ts.symbols().length; k++) {
                        Node child = node.children.get(ts.symbols()[k]);
                        if (child == null) {
                            continue;
                        }
                        int fuzzy = st.fuzzy() + (ts.fuzzy()[k] ? 1 : 0);
                        advance(child, st.start(), fuzzy, i, next, seen, hits);
                    }
                }
                if (st.gapLeft() > 0) {
                    push(next, seen, new State(node, st.gapLeft() - 1, st.start(), st.fuzzy()));
                }
            }
            active = next;
        }
        return hits;
    }

    private static void advance(Node child, int start, int fuzzy, int i, List<State> next,
                                Map<StateKey, Integer> seen, List<Hit> hits) {
        if (child.outputs != null) {
            for (Entry e : child.outputs) {
                if (fuzzy <= e.fuzzyAllowance()) {
                    hits.add(new Hit(e, start, i, fuzzy));
                }
            }
        }
        if (child.children != null) {
            push(next, seen, new State(child, -1, start, fuzzy));
        }
        if (child.gap != null) {
            push(next, seen, new State(child.gap, MAX_GAP, start, fuzzy));
        }
    }

    private static void push(List<State> next, Map<StateKey, Integer> seen, State st) {
        StateKey key = new StateKey(st.node().id, st.gapLeft(), st.start());
        Integer idx = seen.get(key);
        if (idx != null) {
            if (next.get(idx).fuzzy() > st.fuzzy()) {
                next.set(idx, st);
            }
            return;
        }
        if (next.size() >= MAX_ACTIVE_STATES) {
            return;
        }
        seen.put(key, next.size());
        next.add(st);
    }
}
