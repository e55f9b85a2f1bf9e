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
 * Typing that breaks down further is read too, each read with a cost in half edits that a phrase
 * must afford (see {@link Entry#fuzzyAllowance()}): neighbouring keys are cheap, doubled keys
 * with one slip, stray digits with one slip, and two slips in a long word cost more. None of
 * these newer reads ever produces a negation word.
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
    /** Typo cost of a read, in half edits: a neighbouring key or a fat-finger extra letter. */
    static final int CHEAP = 1;
    /** Typo cost of an ordinary one-edit read. */
    static final int FULL = 2;
    /** Typo cost of a two-edit read of a long word. */
    static final int TWO_EDITS = 4;
    /** A vocabulary word must be at least this long to be read through two edits. */
    static final int MIN_TWO_EDIT_WORD = 8;
    /** Longer tokens are not read through two edits (bounds the work on keyboard mash). */
    static final int MAX_TWO_EDIT_INPUT = 14;

    /** One phrase ready to match. */
    static final class Entry {
        final LexiconParser.RawPhrase raw;
        final int[] symbols;
        final int literalCount;
        final int maxLiteralLength;
        final int index;
        /** {@link #fuzzyAllowance()}, fixed at construction. */
        final int allowance;
        boolean negativeForm;

        Entry(LexiconParser.RawPhrase raw, int[] symbols, int literalCount, int maxLiteralLength, int index) {
            this.raw = raw;
            this.symbols = symbols;
            this.literalCount = literalCount;
            this.maxLiteralLength = maxLiteralLength;
            this.index = index;
            this.allowance = fuzzyAllowance();
        }

        /**
         * Typo cost tolerated in one match of this phrase, in half edits: one ordinary edit
         * ({@link #FULL}) per phrase, plus one cheap edit (a neighbouring key) or a two-edit read of
         * a long word in phrases of two words or more; two edits plus a cheap one in phrases of
         * four words or more.
         */
        int fuzzyAllowance() {
            Role role = raw.role();
            if (role == Role.OBJECT || role == Role.NEG || role == Role.FILL || role == Role.BREAK
                    || role == Role.COND) {
                // a typo must never turn a person into a pet or add a negation or a condition:
                // that would hide distress
                return 0;
            }
            if (role == Role.BENIGN || role == Role.HYPERBOLE || role == Role.HYPO) {
                return literalCount >= 3 ? FULL : 0;
            }
            if (literalCount == 1) {
                return maxLiteralLength >= SINGLE_WORD_FUZZY_LENGTH ? FULL : 0;
            }
            return literalCount >= 4 ? 2 * FULL + CHEAP : FULL + CHEAP;
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
    /** One-letter deletions of squeezed vocabulary words ("lekker" -> "leker" -> "lker", "leer"...). */
    private final Map<String, int[]> squeezedDeletions = new HashMap<>();
    /** Two-letter deletions of long vocabulary words, for two-edit reads. */
    private final Map<String, int[]> twoDeletions = new HashMap<>();
    /** Words of NEG lines: a new kind of typo read never produces a negation. */
    private final boolean[] negWord;
    private final boolean[] noFuzzyWord;
    /** Words listed on KNOWN lines: real words that are never re-read as typos of others. */
    private final boolean[] knownWord;
    private int classBase;
    private int[][] classMembers;
    /** For each word id, the class symbols it belongs to. */
    private int[][] wordClasses;
    private int minPrefix = Integer.MAX_VALUE;
    private int maxPrefix = 0;

    /** The trie while it is built; flattened into {@link #nodeData} and dropped at the end of construction. */
    private Node root;
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
        negWord = new boolean[wordList.size()];
        for (LexiconParser.RawPhrase p : phrases) {
            if (p.role() != Role.NEG) {
                continue;
            }
            for (String t : p.tokens()) {
                if (t.equals(LexiconParser.GAP)) {
                    continue;
                }
                if (t.charAt(0) == LexiconParser.CLASS_MARK) {
                    for (String w : classes.get(Integer.parseInt(t.substring(1)))) {
                        negWord[words.get(w)] = true;
                    }
                } else {
                    Integer id = words.get(t.startsWith("=") ? t.substring(1) : t);
                    if (id != null) {
                        negWord[id] = true;
                    }
                }
            }
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
        buildFastPath();
        root = null;
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
        int[] cost = Arrays.copyOf(ts.cost(), s.length);
        int n = ts.symbols().length;
        s[n++] = word;
        for (int c : cls) {
            s[n++] = c;
        }
        return new TokenSymbols(s, f, cost);
    }

    int vocabularySize() {
        return wordList.size();
    }

    String word(int id) {
        return wordList.get(id);
    }

    /** The vocabulary id of a word, or -1. */
    int wordId(String word) {
        Integer id = words.get(word);
        return id == null ? -1 : id;
    }

    private void buildFuzzyIndexes() {
        Map<String, List<Integer>> sq = new HashMap<>();
        Map<String, List<Integer>> del = new HashMap<>();
        Map<String, List<Integer>> sqDel = new HashMap<>();
        Map<String, List<Integer>> del2 = new HashMap<>();
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
            if (negWord[id] || !isLetters(w)) {
                continue;
            }
            if (s.length() >= MIN_FUZZY_WORD - 1 && s.length() <= MAX_FUZZY_LENGTH) {
                int[] scp = s.codePoints().toArray();
                for (int k = 0; k < scp.length; k++) {
                    sqDel.computeIfAbsent(deleteAt(scp, k), x -> new ArrayList<>()).add(id);
                }
            }
            if (w.length() >= MIN_TWO_EDIT_WORD && w.length() <= MAX_FUZZY_LENGTH) {
                int[] cps = w.codePoints().toArray();
                for (int a = 0; a < cps.length; a++) {
                    int[] one = deleteAt(cps, a).codePoints().toArray();
                    for (int b = a; b < one.length; b++) {
                        del2.computeIfAbsent(deleteAt(one, b), x -> new ArrayList<>()).add(id);
                    }
                }
            }
        }
        sq.forEach((k, v) -> squeezed.put(k, toArray(v)));
        del.forEach((k, v) -> deletions.put(k, toArray(v)));
        sqDel.forEach((k, v) -> squeezedDeletions.put(k, toArray(v)));
        del2.forEach((k, v) -> twoDeletions.put(k, toArray(v)));
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

    private static boolean isLetters(String w) {
        for (int k = 0; k < w.length(); k++) {
            if (!Character.isLetter(w.charAt(k))) {
                return false;
            }
        }
        return true;
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

    /**
     * Symbols of one input token; {@code fuzzy[i]} marks a symbol reached through a typo edit and
     * {@code cost[i]} its typo cost in half edits ({@link #CHEAP}, {@link #FULL}, {@link #TWO_EDITS}).
     */
    record TokenSymbols(int[] symbols, boolean[] fuzzy, int[] cost, long[] bits, long signature) {
        /** {@code bits} are the {@link #symbolBit} of each symbol, {@code signature} their union. */
        TokenSymbols(int[] symbols, boolean[] fuzzy, int[] cost) {
            this(symbols, fuzzy, cost, bitsOf(symbols));
        }

        private TokenSymbols(int[] symbols, boolean[] fuzzy, int[] cost, long[] bits) {
            this(symbols, fuzzy, cost, bits, union(bits));
        }

        private static long[] bitsOf(int[] symbols) {
            long[] b = new long[symbols.length];
            for (int k = 0; k < symbols.length; k++) {
                b[k] = symbolBit(symbols[k]);
            }
            return b;
        }

        private static long union(long[] bits) {
            long u = 0;
            for (long b : bits) {
                u |= b;
            }
            return u;
        }

        /** The same symbols, each costing at least {@code extra} more (a word split off a longer token). */
        TokenSymbols plus(int extra) {
            int[] c = cost.clone();
            boolean[] f = fuzzy.clone();
            for (int k = 0; k < c.length; k++) {
                c[k] += extra;
                f[k] = true;
            }
            return new TokenSymbols(symbols, f, c, bits, signature);
        }

        boolean isEmpty() {
            return symbols.length == 0;
        }
    }

    TokenSymbols symbolsOf(String token) {
        int[] out = new int[MAX_CANDIDATES + 8];
        boolean[] fz = new boolean[out.length];
        int[] cost = new int[out.length];
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
            if (len == 2) {
                n = swappedPair(token, out, fz, n);
            }
            setCosts(token, out, fz, cost, 0, n, false);
        } else if (len <= MAX_FUZZY_LENGTH) {
            int[] sq = squeezed.get(squeezeAll(token));
            if (sq != null) {
                for (int id : sq) {
                    int missing = wordList.get(id).length() - len;
                    if (n < MAX_CANDIDATES && (missing < 2 || wordList.get(id).length() >= MIN_FUZZY_WORD)) {
                        // extra doubled keys are free ("heeelp"); a missing doubled letter is a
                        // real typo ("wen" for "ween")
                        fz[n] = missing >= 1;
                        out[n++] = id;
                    }
                }
            }
            int plain = n;
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
            if (len == 2) {
                n = swappedPair(token, out, fz, n);
            }
            if (n == 0 && len == MIN_FUZZY_INPUT) {
                n = fatFingerShort(token, out, fz);
            }
            setCosts(token, out, fz, cost, plain, n, true);
            if (n == 0) {
                n = squeezedFuzzy(token, out, fz, cost);
            }
            if (n == 0) {
                n = digitTypos(token, out, fz, cost);
            }
            if (n == 0) {
                n = numberWithStrayLetter(token, out, fz, cost);
            }
            if (n == 0 && len >= GLUED_MIN_LENGTH) {
                n = gluedPrefix(token, out, fz, cost);
            }
            if (n == 0) {
                n = strippedDigitsFuzzy(token, out, fz, cost);
            }
            if (n == 0 && len >= MIN_TWO_EDIT_WORD - 2 && len <= MAX_TWO_EDIT_INPUT) {
                n = twoEditCandidates(token, out, fz, cost);
            }
        }
        for (int k = 0; k < n; k++) {
            if (fz[k] && cost[k] == 0) {
                cost[k] = FULL;
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
        int[] cy = Arrays.copyOf(cost, n + extra);
        int m = n;
        for (int k = 0; k < n; k++) {
            if (out[k] < wordClasses.length) {
                for (int c : wordClasses[out[k]]) {
                    sy[m] = c;
                    cy[m] = cost[k];
                    fy[m++] = fz[k];
                }
            }
        }
        return new TokenSymbols(sy, fy, cy);
    }

    /** Two swapped keys in a two-letter token ("em" -> "me"): a full edit, never a negation. */
    private int swappedPair(String token, int[] out, boolean[] fz, int n) {
        if (token.charAt(0) == token.charAt(1) || n >= MAX_CANDIDATES) {
            return n;
        }
        Integer w = words.get(new String(new char[] {token.charAt(1), token.charAt(0)}));
        if (w != null && !noFuzzyWord[w] && !negWord[w] && !contains(out, n, w)) {
            out[n] = w;
            fz[n++] = true;
        }
        return n;
    }

    /** True when this token is a vocabulary word (read exactly). */
    boolean isWord(String token) {
        return words.containsKey(token);
    }

    /**
     * Costs of the typo reads in out[from, to): an edit made on a neighbouring key (substitution,
     * or an extra letter next to its neighbour) is cheap when the token is not a word of its own
     * and is at least three letters long; the rest costs a full edit. Negation words are never cheap.
     */
    private void setCosts(String token, int[] out, boolean[] fz, int[] cost, int from, int to, boolean unknown) {
        for (int k = from; k < to; k++) {
            if (!fz[k]) {
                continue;
            }
            int w = out[k];
            boolean cheap = unknown && token.length() >= 3 && w < wordList.size() && !negWord[w]
                    && neighbourEdit(token, wordList.get(w));
            cost[k] = cheap ? CHEAP : FULL;
        }
    }

    /** The token is the word with one letter replaced by a neighbouring key, or one neighbouring key added. */
    static boolean neighbourEdit(String token, String word) {
        if (token.length() == word.length()) {
            int diff = -1;
            for (int i = 0; i < token.length(); i++) {
                if (token.charAt(i) != word.charAt(i)) {
                    if (diff >= 0) {
                        return false;
                    }
                    diff = i;
                }
            }
            return diff >= 0 && isNeighbour(token.charAt(diff), word.charAt(diff));
        }
        if (token.length() == word.length() + 1) {
            for (int i = 0; i < token.length(); i++) {
                if ((token.substring(0, i) + token.substring(i + 1)).equals(word)) {
                    char c = token.charAt(i);
                    boolean left = i > 0 && isNeighbour(c, token.charAt(i - 1));
                    boolean right = i + 1 < token.length() && isNeighbour(c, token.charAt(i + 1));
                    if (left || right) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    static boolean isNeighbour(char a, char b) {
        return a >= 'a' && a <= 'z' && b >= 'a' && b <= 'z' && NEIGHBOURS[a - 'a'].indexOf(b) >= 0;
    }

    /**
     * A four-letter unknown token that is a three-letter word with a neighbouring key pressed
     * inside it ("isat" -> "ist"); never at the word's edges, never a negation.
     */
    private int fatFingerShort(String token, int[] out, boolean[] fz) {
        int n = 0;
        for (int i = 1; i + 1 < token.length() && n < MAX_CANDIDATES; i++) {
            char c = token.charAt(i);
            if (!isNeighbour(c, token.charAt(i - 1)) && !isNeighbour(c, token.charAt(i + 1))) {
                continue;
            }
            Integer w = words.get(token.substring(0, i) + token.substring(i + 1));
            if (w != null && !noFuzzyWord[w] && !negWord[w] && !contains(out, n, w)) {
                out[n] = w;
                fz[n++] = true;
            }
        }
        return n;
    }

    /**
     * One edit once doubled letters are squeezed on both sides ("leekkee" -> "leke" -> "leker" ->
     * "lekker"): doubled keys and one slip together.
     */
    private int squeezedFuzzy(String token, int[] out, boolean[] fz, int[] cost) {
        String s = squeezeAll(token);
        if (s.length() < MIN_FUZZY_INPUT || s.length() > MAX_FUZZY_LENGTH || !isLetters(s)) {
            return 0;
        }
        int n = addSqueezed(squeezedDeletions.get(s), s.length() + 1, out, fz, cost, 0);
        int[] cps = s.codePoints().toArray();
        for (int k = 0; k < cps.length && n < MAX_CANDIDATES; k++) {
            String d = deleteAt(cps, k);
            n = addSqueezed(squeezed.get(d), d.length(), out, fz, cost, n);
            n = addSqueezed(squeezedDeletions.get(d), s.length(), out, fz, cost, n);
        }
        return n;
    }

    private int addSqueezed(int[] ids, int squeezedLength, int[] out, boolean[] fz, int[] cost, int n) {
        if (ids == null) {
            return n;
        }
        for (int id : ids) {
            if (n >= MAX_CANDIDATES) {
                break;
            }
            String sw = squeezeAll(wordList.get(id));
            if (sw.length() == squeezedLength && sw.length() >= MIN_FUZZY_WORD - 1 && !negWord[id]
                    && !noFuzzyWord[id] && !contains(out, n, id)) {
                out[n] = id;
                fz[n] = true;
                cost[n++] = FULL;
            }
        }
        return n;
    }

    /**
     * Letters with one or two stray digits and one slip in the letters ("lev3em" -> "leven"),
     * checked by edit distance.
     */
    private int strippedDigitsFuzzy(String token, int[] out, boolean[] fz, int[] cost) {
        StringBuilder b = new StringBuilder();
        int digits = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else {
                b.append(c);
            }
        }
        String stripped = b.toString();
        if (digits == 0 || digits > 2 || stripped.length() < MIN_FUZZY_INPUT || !isLetters(stripped)) {
            return 0;
        }
        int[] o = new int[out.length];
        boolean[] f = new boolean[out.length];
        int m = fuzzyCandidates(stripped, o, f);
        int n = 0;
        for (int k = 0; k < m; k++) {
            if (!negWord[o[k]] && osaDistance(stripped, wordList.get(o[k])) <= 1) {
                out[n] = o[k];
                fz[n] = true;
                cost[n++] = FULL;
            }
        }
        return n == 0 ? squeezedFuzzy(stripped, out, fz, cost) : n;
    }

    /** A number with one stray letter typed after it ("15u" -> "15"): a cheap read. */
    private int numberWithStrayLetter(String token, int[] out, boolean[] fz, int[] cost) {
        int last = token.length() - 1;
        if (last < 1 || !Character.isLetter(token.charAt(last))) {
            return 0;
        }
        for (int i = 0; i < last; i++) {
            if (token.charAt(i) < '0' || token.charAt(i) > '9') {
                return 0;
            }
        }
        Integer w = words.get(token.substring(0, last));
        if (w == null || noFuzzyWord[w]) {
            return 0;
        }
        out[0] = w;
        fz[0] = true;
        cost[0] = CHEAP;
        return 1;
    }

    /**
     * Long vocabulary words (eight letters or more) read through two edits ("ciendo" ->
     * "haciendo"), verified with the optimal string alignment distance. Never a negation or a
     * KNOWN word.
     */
    private int twoEditCandidates(String token, int[] out, boolean[] fz, int[] cost) {
        if (!isLetters(token) || token.length() > MAX_FUZZY_LENGTH) {
            return 0;
        }
        int n = 0;
        java.util.Set<String> keys = new java.util.HashSet<>();
        keys.add(token);
        int[] cps = token.codePoints().toArray();
        for (int a = 0; a < cps.length; a++) {
            String one = deleteAt(cps, a);
            keys.add(one);
            int[] ocp = one.codePoints().toArray();
            for (int b = a; b < ocp.length; b++) {
                keys.add(deleteAt(ocp, b));
            }
        }
        for (String k : keys) {
            n = addTwoEdit(token, twoDeletions.get(k), out, fz, cost, n);
            n = addTwoEdit(token, deletions.get(k), out, fz, cost, n);
            Integer w = words.get(k);
            if (w != null) {
                n = addTwoEdit(token, new int[] {w}, out, fz, cost, n);
            }
            if (n >= MAX_CANDIDATES) {
                break;
            }
        }
        return n;
    }

    private int addTwoEdit(String token, int[] ids, int[] out, boolean[] fz, int[] cost, int n) {
        if (ids == null) {
            return n;
        }
        for (int id : ids) {
            if (n >= MAX_CANDIDATES) {
                break;
            }
            String w = wordList.get(id);
            if (w.length() < MIN_TWO_EDIT_WORD || negWord[id] || noFuzzyWord[id]
                    || contains(out, n, id) || osaDistance(token, w) > 2) {
                continue;
            }
            out[n] = id;
            fz[n] = true;
            cost[n++] = TWO_EDITS;
        }
        return n;
    }

    /** Optimal string alignment distance (edits and adjacent swaps), for short words only. */
    static int osaDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int sub = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + sub);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[a.length()][b.length()];
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
    private int digitTypos(String token, int[] out, boolean[] fz, int[] cost) {
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
            cost[n] = FULL;
            fz[n++] = true;
        }
        return n;
    }

    /** A long unknown token that starts with a vocabulary word of five letters or more. */
    private int gluedPrefix(String token, int[] out, boolean[] fz, int[] cost) {
        int upto = Math.min(token.length() - 3, MAX_FUZZY_LENGTH);
        for (int k = upto; k >= MIN_FUZZY_WORD; k--) {
            String head = token.substring(0, k);
            Integer w = words.get(head);
            if (w != null && !noFuzzyWord[w]) {
                out[0] = w;
                fz[0] = true;
                cost[0] = FULL;
                return 1;
            }
            // doubled keys in the head too ("lveen" + mash -> "lven")
            String sq = squeezeAll(head);
            int[] ids = sq.equals(head) || !isLetters(head) ? null : squeezed.get(sq);
            if (ids != null && ids.length > 0 && !noFuzzyWord[ids[0]] && !negWord[ids[0]]
                    && wordList.get(ids[0]).length() >= MIN_FUZZY_WORD - 1) {
                out[0] = ids[0];
                fz[0] = true;
                cost[0] = FULL;
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

    // ---- fast input side: char ranges, hashes, no strings --------------------------------------

    /** Per-thread buffers for {@link #symbolsAt} and {@link #scan}; never shared between threads. */
    static final class Scratch {
        long[] hashes = new long[64];
        final char[] squeezedToken = new char[MAX_FUZZY_LENGTH + 1];
        final long[] squeezedHashes = new long[MAX_FUZZY_LENGTH + 2];
        final int[] squeezedLengthAt = new int[MAX_FUZZY_LENGTH + 2];
        final char[] stripped = new char[MAX_FUZZY_LENGTH + 1];
        final long[] strippedHashes = new long[MAX_FUZZY_LENGTH + 2];
        final char[] squeezedStripped = new char[MAX_FUZZY_LENGTH + 1];
        final long[] squeezedStrippedHashes = new long[MAX_FUZZY_LENGTH + 2];

        // scan states: the active list and the next one, struct-of-arrays
        int[] actNode = new int[64];
        int[] actGap = new int[64];
        int[] actStart = new int[64];
        int[] actFuzzy = new int[64];
        int[] nextNode = new int[64];
        int[] nextGap = new int[64];
        int[] nextStart = new int[64];
        int[] nextFuzzy = new int[64];
        int nNext;
        // states seen in the current step: open addressing stamped with the step number
        // (sized to the states of a step, usually a handful, so that it stays in L1)
        long[] seenKey = new long[64];
        int[] seenIdx = new int[64];
        int[] seenStamp = new int[64];
        int stamp;

        /** Hits of the last scan; valid until the next one. */
        final List<Hit> hits = new ArrayList<>();

        long[] hashes(int n) {
            if (hashes.length < n + 1) {
                hashes = new long[Math.max(n + 1, 2 * hashes.length)];
            }
            return hashes;
        }

        void nextStep() {
            nNext = 0;
            if (++stamp == Integer.MAX_VALUE) {
                java.util.Arrays.fill(seenStamp, 0);
                stamp = 1;
            }
        }

        void ensureActive(int n) {
            if (actNode.length < n) {
                int size = Math.max(n, 2 * actNode.length);
                actNode = Arrays.copyOf(actNode, size);
                actGap = Arrays.copyOf(actGap, size);
                actStart = Arrays.copyOf(actStart, size);
                actFuzzy = Arrays.copyOf(actFuzzy, size);
            }
        }

        void ensureNext(int n) {
            if (nextNode.length < n) {
                int size = Math.max(n, 2 * nextNode.length);
                nextNode = Arrays.copyOf(nextNode, size);
                nextGap = Arrays.copyOf(nextGap, size);
                nextStart = Arrays.copyOf(nextStart, size);
                nextFuzzy = Arrays.copyOf(nextFuzzy, size);
            }
        }

        void swap() {
            int[] t = actNode;
            actNode = nextNode;
            nextNode = t;
            t = actGap;
            actGap = nextGap;
            nextGap = t;
            t = actStart;
            actStart = nextStart;
            nextStart = t;
            t = actFuzzy;
            actFuzzy = nextFuzzy;
            nextFuzzy = t;
        }
    }

    static final TokenSymbols NO_SYMBOLS = new TokenSymbols(new int[0], new boolean[0], new int[0]);

    /** Vocabulary words by char range. */
    private CharHash.Table wordTable;
    /** Prefix words ({@code suicid*}) by char range, and the symbol of each. */
    private CharHash.Table prefixTable;
    private int[] prefixSymbol;
    /** Every key of the vocabulary and of the typo indexes: a token none of whose edits is here reads as nothing. */
    private CharHash.KeySet fuzzyKeys;
    /** Keys through which a two-edit read can reach a word ({@link #twoEditCandidates}). */
    private CharHash.KeySet twoEditKeys;
    /** {@link #symbolsOf} of each vocabulary word, filled on first use (immutable values, benign race). */
    private TokenSymbols[] exactSymbols;

    // the trie, flattened: node ids as in Node.id; the root's children by symbol, every other
    // node's children as a run of (symbol, child) pairs sorted by symbol
    /**
     * Per node, on one cache line: first child pair, gap node (or -1), first output, and a
     * 64-bit signature of the child symbols (one bit per symbol, {@link #symbolBit}) in two ints;
     * a sentinel node closes the last ranges.
     */
    private int[] nodeData;
    private static final int STRIDE = 8;
    /** The root's children by symbol (-1: none). */
    private int[] rootChild;
    /** Children of every node as (symbol, node) pairs, sorted by symbol within a node. */
    private int[] children;
    /** Phrases ending at each node, with their typo allowance alongside. */
    private Entry[] outputs;
    private int[] outputAllowance;
    /**
     * Per edge (index as in {@link #children}) and per root symbol: the child's signature when
     * the child has neither outputs nor a gap node, so that entering it does nothing but wait
     * for the next token, else {@link #KEEP}. A scan skips such a child when the next token has
     * no symbol in that signature.
     */
    private long[] edgeSig;
    private long[] rootSig;
    private static final long KEEP = -1L;

    private void buildFastPath() {
        wordTable = new CharHash.Table(wordList);
        List<String> prefixList = new ArrayList<>(prefixes.keySet());
        prefixSymbol = new int[prefixList.size()];
        for (int k = 0; k < prefixList.size(); k++) {
            prefixSymbol[k] = prefixes.get(prefixList.get(k));
        }
        prefixTable = new CharHash.Table(prefixList);
        List<String> keys = new ArrayList<>(wordList);
        keys.addAll(squeezed.keySet());
        keys.addAll(deletions.keySet());
        keys.addAll(squeezedDeletions.keySet());
        keys.addAll(twoDeletions.keySet());
        fuzzyKeys = new CharHash.KeySet(keys);
        List<String> two = new ArrayList<>(twoDeletions.keySet());
        for (Map.Entry<String, int[]> e : deletions.entrySet()) {
            for (int id : e.getValue()) {
                if (twoEditTarget(id)) {
                    two.add(e.getKey());
                    break;
                }
            }
        }
        for (int id = 0; id < wordList.size(); id++) {
            if (twoEditTarget(id)) {
                two.add(wordList.get(id));
            }
        }
        twoEditKeys = new CharHash.KeySet(two);
        exactSymbols = new TokenSymbols[wordList.size()];

        // number nodes breadth first: the root's children, visited at every token, sit together
        List<Node> order = new ArrayList<>(nodeCount);
        int[] newId = new int[nodeCount];
        order.add(root);
        newId[root.id] = 0;
        int edges = 0;
        int outs = 0;
        for (int q = 0; q < order.size(); q++) {
            Node n = order.get(q);
            if (n.children != null) {
                edges += n.children.size();
                int[] syms = n.children.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
                for (int sym : syms) {
                    Node c = n.children.get(sym);
                    newId[c.id] = order.size();
                    order.add(c);
                }
            }
            if (n.gap != null) {
                newId[n.gap.id] = order.size();
                order.add(n.gap);
            }
            if (n.outputs != null) {
                outs += n.outputs.size();
            }
        }
        int nodes = order.size();
        rootChild = new int[classBase + classMembers.length];
        Arrays.fill(rootChild, -1);
        nodeData = new int[STRIDE * (nodes + 1)];
        children = new int[2 * edges];
        outputs = new Entry[outs];
        outputAllowance = new int[outs];
        int e = 0;
        int o = 0;
        for (int id = 0; id < nodes; id++) {
            Node n = order.get(id);
            nodeData[STRIDE * id] = e;
            nodeData[STRIDE * id + 1] = n.gap == null ? -1 : newId[n.gap.id];
            nodeData[STRIDE * id + 2] = o;
            if (n.outputs != null) {
                for (Entry x : n.outputs) {
                    outputs[o] = x;
                    outputAllowance[o++] = x.allowance;
                }
            }
            if (n.children != null) {
                int[] syms = n.children.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
                long sig = 0;
                for (int sym : syms) {
                    int c = newId[n.children.get(sym).id];
                    children[2 * e] = sym;
                    children[2 * e + 1] = c;
                    e++;
                    sig |= symbolBit(sym);
                    if (id == 0) {
                        rootChild[sym] = c;
                    }
                }
                nodeData[STRIDE * id + 3] = (int) sig;
                nodeData[STRIDE * id + 4] = (int) (sig >>> 32);
            }
        }
        nodeData[STRIDE * nodes] = e;
        nodeData[STRIDE * nodes + 1] = -1;
        nodeData[STRIDE * nodes + 2] = o;
        edgeSig = new long[edges];
        for (int k = 0; k < edges; k++) {
            edgeSig[k] = waitSignature(children[2 * k + 1]);
        }
        rootSig = new long[rootChild.length];
        for (int sym = 0; sym < rootChild.length; sym++) {
            rootSig[sym] = rootChild[sym] < 0 ? KEEP : waitSignature(rootChild[sym]);
        }
    }

    /** {@link #edgeSig} of a node. */
    private long waitSignature(int node) {
        int base = STRIDE * node;
        boolean quiet = nodeData[base + 1] < 0 && nodeData[base + 2] == nodeData[base + STRIDE + 2];
        return quiet ? (nodeData[base + 3] & 0xFFFFFFFFL) | ((long) nodeData[base + 4] << 32) : KEEP;
    }

    /** One of 64 bits for a symbol: a node whose signature lacks it has no child for it. */
    static long symbolBit(int symbol) {
        return 1L << ((symbol * 0x9E3779B9) >>> 26);
    }

    /** Nodes with at most this many children are searched linearly, others by bisection. */
    private static final int LINEAR_CHILDREN = 8;

    /** The edge of this symbol among pairs [from, end), or -1. */
    private int findEdge(int from, int end, int symbol) {
        int lo = from;
        int hi = end - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int v = children[2 * mid];
            if (v < symbol) {
                lo = mid + 1;
            } else if (v > symbol) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    private boolean twoEditTarget(int id) {
        return wordList.get(id).length() >= MIN_TWO_EDIT_WORD && !negWord[id] && !noFuzzyWord[id];
    }

    /** True when {@code a[from, to)} is a vocabulary word as typed. */
    boolean isWord(char[] a, int from, int to) {
        return wordTable.get(a, from, to) >= 0;
    }

    /**
     * Same as {@link #symbolsOf(String)} for the token {@code a[from, to)}, without building
     * strings for the common cases: a vocabulary word answers from a cache, and a token none of
     * whose typo reads can reach any index key answers with its prefix words alone. Anything
     * else goes through {@link #symbolsOf(String)} itself.
     */
    TokenSymbols symbolsAt(char[] a, int from, int to, Scratch s) {
        int len = to - from;
        for (int i = from; i < to; i++) {
            if (Character.isSurrogate(a[i])) {
                // emoji: code-point edits, left to symbolsOf through the cache
                return readCache.get(a, from, to, CharHash.of(a, from, to), this, null);
            }
        }
        long[] p = s.hashes(len);
        CharHash.prefixes(a, from, len, p);
        int w = wordTable.get(a, from, to, p[len]);
        if (w >= 0) {
            TokenSymbols ts = exactSymbols[w];
            if (ts == null) {
                ts = symbolsOf(wordList.get(w));
                exactSymbols[w] = ts;
            }
            return ts;
        }
        if (len > MAX_FUZZY_LENGTH) {
            return prefixSymbols(a, from, len, p);
        }
        return readCache.get(a, from, to, p[len], this, s);
    }

    /** {@link #symbolsOf} of a BMP token that is not a vocabulary word, skipping it when the filter allows. */
    private TokenSymbols readUnknown(char[] a, int from, int to, Scratch s) {
        int len = to - from;
        long[] p = s.hashes(len);
        CharHash.prefixes(a, from, len, p);
        if (mayRead(a, from, len, p, s)) {
            return symbolsOf(new String(a, from, len));
        }
        return prefixSymbols(a, from, len, p);
    }

    /**
     * Readings of recently seen non-vocabulary tokens: {@link #symbolsOf} is a pure function of
     * the token, costs microseconds on such tokens (the filter alone a few hundred nanoseconds),
     * and chat repeats its words. Two-way set-associative (fewer evictions of a word by another
     * that hashes to the same slot), so bounded; entries are immutable, so a race only costs a
     * recomputation.
     */
    static final class ReadCache {
        static final int SIZE = 1 << 15;

        private static final class Slot {
            final char[] token;
            final long hash;
            final TokenSymbols symbols;

            Slot(char[] token, long hash, TokenSymbols symbols) {
                this.token = token;
                this.hash = hash;
                this.symbols = symbols;
            }

            boolean holds(char[] a, int from, int to, long h) {
                return hash == h && CharHash.sameChars(token, 0, token.length, a, from, to);
            }
        }

        private final Slot[] slots = new Slot[SIZE];

        /** The reading of {@code a[from, to)} (hash {@code hash}); scratch null means: no filter, read as a string. */
        TokenSymbols get(char[] a, int from, int to, long hash, PhraseMatcher m, Scratch s) {
            // two-way: a token lives in slot i or its neighbour i ^ 1, the newer one in i
            int i = (int) CharHash.mix(hash) & (SIZE - 1);
            Slot slot = slots[i];
            if (slot != null && slot.holds(a, from, to, hash)) {
                return slot.symbols;
            }
            Slot other = slots[i ^ 1];
            if (other != null && other.holds(a, from, to, hash)) {
                return other.symbols;
            }
            TokenSymbols ts = s == null ? m.symbolsOf(new String(a, from, to - from)) : m.readUnknown(a, from, to, s);
            if (slot != null) {
                slots[i ^ 1] = slot;
            }
            slots[i] = new Slot(Arrays.copyOfRange(a, from, to), hash, ts);
            return ts;
        }
    }

    private final ReadCache readCache = new ReadCache();

    /** The prefix words of a token that no other reading covers, as {@link #symbolsOf} appends them. */
    private TokenSymbols prefixSymbols(char[] a, int from, int len, long[] p) {
        if (prefixSymbol.length == 0 || len < minPrefix) {
            return NO_SYMBOLS;
        }
        int[] out = null;
        int n = 0;
        int upto = Math.min(len, Math.min(maxPrefix, MAX_FUZZY_LENGTH));
        int cap = MAX_CANDIDATES + 8;
        for (int k = minPrefix; k <= upto && n < cap; k++) {
            int id = prefixTable.get(a, from, from + k, p[k]);
            if (id >= 0) {
                if (out == null) {
                    out = new int[cap];
                }
                out[n++] = prefixSymbol[id];
            }
        }
        if (n == 0) {
            return NO_SYMBOLS;
        }
        return new TokenSymbols(Arrays.copyOf(out, n), new boolean[n], new int[n]);
    }

    /**
     * Whether {@link #symbolsOf} could find any typo reading of this non-vocabulary token: a
     * dry run of its unknown-token branch in which every map lookup is replaced by a probe of
     * the key's hash. When no probe hits, every lookup of the real run misses and it reads
     * nothing but prefix words. Probes are made for a superset of the real lookups.
     */
    boolean mayRead(char[] a, int from, int len, long[] p, Scratch s) {
        // doubled keys: squeezed.get(squeezeAll(token)), and squeezeAll of every prefix for gluedPrefix
        char[] sq = s.squeezedToken;
        int[] sqAt = s.squeezedLengthAt;
        int sn = 0;
        int prev = -1;
        boolean letters = true;
        int digits = 0;
        int letterCount = 0;
        for (int i = 0; i < len; i++) {
            char c = a[from + i];
            if (c != prev || Character.isDigit(c)) {
                sq[sn++] = c;
            }
            prev = c;
            sqAt[i + 1] = sn;
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (Character.isLetter(c)) {
                letterCount++;
            }
            if (!Character.isLetter(c)) {
                letters = false;
            }
        }
        long[] sp = s.squeezedHashes;
        CharHash.prefixes(sq, 0, sn, sp);
        if (fuzzyKeys.mayContain(sp[sn], sn)) {
            return true;
        }
        // fuzzyCandidates on the token and on its squeezed form (squeezedFuzzy probes a subset)
        if (len >= MIN_FUZZY_INPUT - 1) {
            if (oneEditMay(a, from, len, p)) {
                return true;
            }
            if (sn != len && sn >= MIN_FUZZY_INPUT - 1 && oneEditMay(sq, 0, sn, sp)) {
                return true;
            }
        }
        long h = p[len];
        // keyboardNeighbours and swappedPair (fatFingerShort probes deletions, done above)
        if (len >= 2 && len <= 4) {
            for (int i = 0; i < len; i++) {
                char orig = a[from + i];
                if (orig < 'a' || orig > 'z') {
                    continue;
                }
                String nb = NEIGHBOURS[orig - 'a'];
                for (int j = 0; j < nb.length(); j++) {
                    if (fuzzyKeys.mayContain(CharHash.replace(h, len, i, orig, nb.charAt(j)), len)) {
                        return true;
                    }
                }
            }
        }
        if (len == 2 && a[from] != a[from + 1]
                && fuzzyKeys.mayContain(CharHash.swap(h, len, 0, a[from], a[from + 1]), len)) {
            return true;
        }
        // digitTypos: stripped and leet forms; strippedDigitsFuzzy: one edit of the stripped form
        if (digits >= 1 && digits <= 2) {
            char[] st = s.stripped;
            int tn = 0;
            long leet = 0;
            for (int i = 0; i < len; i++) {
                char c = a[from + i];
                if (c >= '0' && c <= '9') {
                    leet = leet * CharHash.B + "oizeasgtbo".charAt(c - '0');
                } else {
                    st[tn++] = c;
                    leet = leet * CharHash.B + c;
                }
            }
            long[] tp = s.strippedHashes;
            CharHash.prefixes(st, 0, tn, tp);
            if (letterCount >= 2 && (fuzzyKeys.mayContain(tp[tn], tn) || fuzzyKeys.mayContain(leet, len))) {
                return true;
            }
            boolean strippedLetters = true;
            for (int i = 0; i < tn; i++) {
                strippedLetters &= Character.isLetter(st[i]);
            }
            if (tn >= MIN_FUZZY_INPUT && strippedLetters) {
                if (oneEditMay(st, 0, tn, tp)) {
                    return true;
                }
                char[] ss = s.squeezedStripped;
                int ssn = 0;
                int pv = -1;
                for (int i = 0; i < tn; i++) {
                    if (st[i] != pv || Character.isDigit(st[i])) {
                        ss[ssn++] = st[i];
                    }
                    pv = st[i];
                }
                long[] ssp = s.squeezedStrippedHashes;
                CharHash.prefixes(ss, 0, ssn, ssp);
                if (ssn >= MIN_FUZZY_INPUT && oneEditMay(ss, 0, ssn, ssp)) {
                    return true;
                }
            }
        }
        // numberWithStrayLetter
        int last = len - 1;
        if (last >= 1 && Character.isLetter(a[from + last])) {
            boolean number = true;
            for (int i = 0; i < last && number; i++) {
                number = a[from + i] >= '0' && a[from + i] <= '9';
            }
            if (number && fuzzyKeys.mayContain(p[last], last)) {
                return true;
            }
        }
        // gluedPrefix
        if (len >= GLUED_MIN_LENGTH) {
            for (int k = Math.min(len - 3, MAX_FUZZY_LENGTH); k >= MIN_FUZZY_WORD; k--) {
                if (fuzzyKeys.mayContain(p[k], k) || fuzzyKeys.mayContain(sp[sqAt[k]], sqAt[k])) {
                    return true;
                }
            }
        }
        // twoEditCandidates: the token and its one-letter deletions were probed above; keys
        // shorter than MIN_TWO_EDIT_WORD - 2 reach no word of MIN_TWO_EDIT_WORD letters
        if (letters && len >= MIN_TWO_EDIT_WORD - 2 && len <= MAX_TWO_EDIT_INPUT
                && len - 2 >= MIN_TWO_EDIT_WORD - 2) {
            for (int i = 0; i < len; i++) {
                for (int j = i + 1; j < len; j++) {
                    if (twoEditKeys.mayContain(CharHash.deleteTwo(p, len, i, j), len - 2)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Probes of {@link #fuzzyCandidates}: the string, its one-letter deletions and adjacent swaps. */
    private boolean oneEditMay(char[] c, int off, int n, long[] p) {
        long h = p[n];
        if (fuzzyKeys.mayContain(h, n)) {
            return true;
        }
        for (int k = 0; k < n; k++) {
            if (fuzzyKeys.mayContain(CharHash.deleteAt(p, n, k), n - 1)) {
                return true;
            }
        }
        for (int k = 0; k + 1 < n; k++) {
            char x = c[off + k];
            char y = c[off + k + 1];
            if (x != y && fuzzyKeys.mayContain(CharHash.swap(h, n, k, x, y), n)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Finds every phrase occurrence in the token sequence; linear in the number of tokens. The
     * list returned belongs to the scratch and is reused by its next scan.
     */
    List<Hit> scan(TokenSymbols[] tokens, int count, Scratch s) {
        if (!scan(tokens, count, s, true)) {
            // a step came near the state cap, where skipped states could change which ones are
            // dropped: redo without skipping (at most twice the work, still linear)
            scan(tokens, count, s, false);
        }
        return s.hits;
    }

    /**
     * One scan into {@code s.hits}. With {@code skip}, a child state that can do nothing at the
     * next token (no outputs, no gap node, no child for any of its symbols) is not entered;
     * returns false when that may have changed which states the cap dropped.
     */
    private boolean scan(TokenSymbols[] tokens, int count, Scratch s, boolean skip) {
        List<Hit> hits = s.hits;
        hits.clear();
        int nAct = 0;
        for (int i = 0; i < count; i++) {
            TokenSymbols ts = tokens[i];
            int[] sym = ts.symbols();
            int[] cost = ts.cost();
            s.nextStep();
            long[] bits = ts.bits();
            long tokenSig = ts.signature();
            // symbols of the next token; nothing can be skipped when skipping is off
            long nextSig = !skip ? KEEP : i + 1 < count ? tokens[i + 1].signature() : 0;
            int skipped = 0;
            s.ensureActive(nAct + 1);
            s.actNode[nAct] = 0;
            s.actGap[nAct] = -1;
            s.actStart[nAct] = i;
            s.actFuzzy[nAct] = 0;
            nAct++;
            for (int a = 0; a < nAct; a++) {
                int node = s.actNode[a];
                int start = s.actStart[a];
                int fz = s.actFuzzy[a];
                if (node == 0) {
                    for (int k = 0; k < sym.length; k++) {
                        int sk = sym[k];
                        int c = sk < rootChild.length ? rootChild[sk] : -1;
                        if (c >= 0) {
                            long w = rootSig[sk];
                            if (w != KEEP && (w & nextSig) == 0) {
                                skipped++;
                            } else {
                                advance(c, start, fz + cost[k], i, s, hits);
                            }
                        }
                    }
                } else {
                    int base = STRIDE * node;
                    long sig = (nodeData[base + 3] & 0xFFFFFFFFL) | ((long) nodeData[base + 4] << 32);
                    if ((sig & tokenSig) != 0) {
                        int from = nodeData[base];
                        int end = nodeData[base + STRIDE];
                        boolean linear = end - from <= LINEAR_CHILDREN;
                        for (int k = 0; k < sym.length; k++) {
                            if ((sig & bits[k]) == 0) {
                                continue;
                            }
                            int sk = sym[k];
                            int e = -1;
                            if (linear) {
                                for (int x = from; x < end; x++) {
                                    if (children[2 * x] == sk) {
                                        e = x;
                                        break;
                                    }
                                }
                            } else {
                                e = findEdge(from, end, sk);
                            }
                            if (e >= 0) {
                                long w = edgeSig[e];
                                if (w != KEEP && (w & nextSig) == 0) {
                                    skipped++;
                                } else {
                                    advance(children[2 * e + 1], start, fz + cost[k], i, s, hits);
                                }
                            }
                        }
                    }
                }
                int gap = s.actGap[a];
                if (gap > 0) {
                    push(s, node, gap - 1, start, fz);
                }
            }
            if (skipped > 0 && s.nNext + skipped >= MAX_ACTIVE_STATES) {
                return false;
            }
            s.swap();
            nAct = s.nNext;
        }
        return true;
    }

    private void advance(int child, int start, int fuzzy, int i, Scratch s, List<Hit> hits) {
        int base = STRIDE * child;
        for (int o = nodeData[base + 2], end = nodeData[base + STRIDE + 2]; o < end; o++) {
            if (fuzzy <= outputAllowance[o]) {
                hits.add(new Hit(outputs[o], start, i, fuzzy));
            }
        }
        if (nodeData[base + STRIDE] > nodeData[base]) {
            push(s, child, -1, start, fuzzy);
        }
        int g = nodeData[base + 1];
        if (g >= 0) {
            push(s, g, MAX_GAP, start, fuzzy);
        }
    }

    private static long stateKey(int node, int gapLeft, int start) {
        return ((long) node << 35) | ((long) (gapLeft + 1) << 32) | (start & 0xFFFFFFFFL);
    }

    private static void push(Scratch s, int node, int gapLeft, int start, int fuzzy) {
        long key = stateKey(node, gapLeft, start);
        int mask = s.seenKey.length - 1;
        int slot = (int) CharHash.mix(key) & mask;
        while (s.seenStamp[slot] == s.stamp) {
            if (s.seenKey[slot] == key) {
                int idx = s.seenIdx[slot];
                if (s.nextFuzzy[idx] > fuzzy) {
                    s.nextFuzzy[idx] = fuzzy;
                }
                return;
            }
            slot = (slot + 1) & mask;
        }
        if (s.nNext >= MAX_ACTIVE_STATES) {
            return;
        }
        s.ensureNext(s.nNext + 1);
        int n = s.nNext++;
        s.nextNode[n] = node;
        s.nextGap[n] = gapLeft;
        s.nextStart[n] = start;
        s.nextFuzzy[n] = fuzzy;
        if (2 * s.nNext > s.seenKey.length) {
            growSeen(s);
        } else {
            s.seenStamp[slot] = s.stamp;
            s.seenKey[slot] = key;
            s.seenIdx[slot] = n;
        }
    }

    /** Doubles the table of states seen in this step and re-enters the states pushed so far. */
    private static void growSeen(Scratch s) {
        int size = 2 * s.seenKey.length;
        s.seenKey = new long[size];
        s.seenIdx = new int[size];
        s.seenStamp = new int[size];
        s.stamp = 1;
        int mask = size - 1;
        for (int n = 0; n < s.nNext; n++) {
            long key = stateKey(s.nextNode[n], s.nextGap[n], s.nextStart[n]);
            int slot = (int) CharHash.mix(key) & mask;
            while (s.seenStamp[slot] == s.stamp) {
                slot = (slot + 1) & mask;
            }
            s.seenStamp[slot] = s.stamp;
            s.seenKey[slot] = key;
            s.seenIdx[slot] = n;
        }
    }
}
