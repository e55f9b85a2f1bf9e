package io.chatdistress.scoring.lexicon;

import io.chatdistress.scoring.Category;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Multilingual distress lexicon: finds distress and context phrases in a chat message and
 * cancels those that are negated ("no chest pain"), hyperbolic ("dying of laughter"),
 * hypothetical or past ("what if I had a heart attack", "last year"), or about a pet or object
 * ("my dog is sick"). Phrases about a person present ("my husband collapsed") still fire and set
 * {@link LexiconMatch#thirdParty()}.
 *
 * <p>All shipped languages are matched at once, since customers switch language mid-chat.
 * Immutable and thread-safe once built. See docs/LEXICON.md for the file format.
 */
public final class Lexicon {

    /** Language files shipped in {@code src/main/resources/io/chatdistress/scoring/lexicon/}. */
    public static final List<String> LANGUAGES =
            List.of("en", "de", "nl", "fr", "es", "it", "pt", "pl", "tr", "ar", "common");

    /** A solo phrase ("help", "Hilfe") fires only when the message has at most this many other words. */
    static final int SOLO_MAX_OTHER_TOKENS = 3;
    /** A solo HELP word that ends a message of at most this many words still fires ("je me sens mal hilfe"). */
    static final int SHORT_MESSAGE_WORDS = 6;
    /** How many words a person ("my husband") may stand before the phrase about them. */
    static final int SUBJECT_WINDOW = 4;
    /** Longest negation window a NEG line may declare ({@code NEG/5}). */
    static final int MAX_NEG_WINDOW = 5;

    private static final Set<Category> THIRD_PARTY_CATEGORIES =
            EnumSet.of(Category.MEDICAL, Category.UNWELL, Category.FALL, Category.SELF_HARM);

    /** Phrase lines that only matter in customer text; agent and system lines never need them. */
    private static final java.util.regex.Pattern CUSTOMER_ONLY_LINE = java.util.regex.Pattern.compile(
            "^(MEDICAL|UNWELL|FALL|SELF_HARM|HOPELESS|DANGER|HELP|EXPLANATION|LAUGHTER)[!~]*\\s.*$",
            java.util.regex.Pattern.MULTILINE);

    private final PhraseMatcher matcher;
    private final boolean[] fillWord;
    private final int laughterWord;

    private Lexicon(PhraseMatcher matcher) {
        this.matcher = matcher;
        Set<Integer> negWords = new java.util.HashSet<>();
        List<Integer> fills = new ArrayList<>();
        int maxId = 0;
        for (PhraseMatcher.Entry e : matcher.entries()) {
            for (int s : e.symbols) {
                maxId = Math.max(maxId, s);
            }
            if (e.raw.role() == Role.NEG && e.symbols.length == 1) {
                for (int w : matcher.wordsOfSymbol(e.symbols[0])) {
                    negWords.add(w);
                }
            }
            if (e.raw.role() == Role.FILL) {
                for (int s : e.symbols) {
                    for (int w : matcher.wordsOfSymbol(s)) {
                        fills.add(w);
                        maxId = Math.max(maxId, w);
                    }
                }
            }
        }
        fillWord = new boolean[maxId + 1];
        for (int f : fills) {
            if (f >= 0) {
                fillWord[f] = true;
            }
        }
        for (PhraseMatcher.Entry e : matcher.entries()) {
            if (e.raw.role() == Role.CATEGORY) {
                for (int s : e.symbols) {
                    for (int w : matcher.wordsOfSymbol(s)) {
                        if (negWords.contains(w)) {
                            e.negativeForm = true;
                            break;
                        }
                    }
                }
            }
        }
        laughterWord = matcher.wordId("haha");
    }

    /** Loads every shipped language file once; immutable and thread-safe afterwards. */
    public static Lexicon loadDefault() {
        return Shipped.ALL;
    }

    /**
     * The lexicon for agent, bot and system lines: the same files without the phrases that only
     * matter when a customer writes them (distress, explanations, laughter), so the context
     * categories (check-ins, "cannot read", inactivity notices, reassurance) are found at a fraction
     * of the cost. Modifier lines and macros are kept. Shared and thread-safe.
     */
    public static Lexicon loadContext() {
        return Shipped.CONTEXT;
    }

    /** Built on first use of each field (holder idiom: the JVM makes the initialisation thread-safe). */
    private static final class Shipped {
        static final Lexicon ALL = fromResources(UnaryOperator.identity());
        // Blank the lines rather than delete them, so error messages keep line numbers.
        static final Lexicon CONTEXT = fromResources(text -> CUSTOMER_ONLY_LINE.matcher(text).replaceAll(""));
    }

    private static Lexicon fromResources(UnaryOperator<String> filter) {
        Map<String, String> sources = new LinkedHashMap<>();
        for (String lang : LANGUAGES) {
            sources.put(lang + ".lex", filter.apply(readResource(lang + ".lex")));
        }
        return of(sources);
    }

    /**
     * Builds a lexicon from file contents keyed by a name used in error messages.
     *
     * @throws IllegalArgumentException when a line is malformed (the message names file and line)
     */
    public static Lexicon of(Map<String, String> namedSources) {
        LexiconParser parser = new LexiconParser();
        namedSources.forEach(parser::parse);
        return new Lexicon(new PhraseMatcher(parser.phrases(), parser.classes()));
    }

    private static String readResource(String file) {
        try (InputStream in = Lexicon.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon resource " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon resource " + file, e);
        }
    }

    /** Per-thread buffers, so that matching allocates little beyond its result. */
    private static final class Work {
        final LexiconText.Tokens text = new LexiconText.Tokens();
        final PhraseMatcher.Scratch scratch = new PhraseMatcher.Scratch();
        final HitIndex index = new HitIndex();
        PhraseMatcher.TokenSymbols[] tokens = new PhraseMatcher.TokenSymbols[32];
        boolean[] countsAsWord = new boolean[32];
        int[] clauseOf = new int[32];
        int count;

        void add(PhraseMatcher.TokenSymbols ts, int clause, boolean word) {
            if (count == tokens.length) {
                int n = 2 * count;
                tokens = Arrays.copyOf(tokens, n);
                countsAsWord = Arrays.copyOf(countsAsWord, n);
                clauseOf = Arrays.copyOf(clauseOf, n);
            }
            tokens[count] = ts;
            countsAsWord[count] = word;
            clauseOf[count] = clause;
            count++;
        }
    }

    private static final ThreadLocal<Work> WORK = ThreadLocal.withInitial(Work::new);

    private static final LexiconMatch NOTHING = new LexiconMatch(Set.of(), Set.of(), false, List.of());

    PhraseMatcher matcher() {
        return matcher;
    }

    /** For tests and lexicon authors: the file:line of every phrase found, in order. */
    List<String> explain(String text) {
        Work w = WORK.get();
        List<String> out = new ArrayList<>();
        for (PhraseMatcher.Hit h : scanHits(text, w)) {
            out.add(h.entry().raw.source() + " " + h.start() + "-" + h.end() + (h.fuzzy() > 0 ? " fuzzy" : ""));
        }
        return out;
    }

    /** Linear time in text length. Never returns null; an empty text matches nothing. */
    public LexiconMatch match(String text) {
        Work w = WORK.get();
        List<PhraseMatcher.Hit> hits = scanHits(text, w);
        boolean category = false;
        for (int i = 0; i < hits.size() && !category; i++) {
            category = hits.get(i).entry().raw.role() == Role.CATEGORY;
        }
        if (!category) {
            return NOTHING;
        }
        int[] clause = clauseIds(w.clauseOf, w.count, hits);
        return decide(hits, w.tokens, clause, w.countsAsWord, w.count);
    }

    private List<PhraseMatcher.Hit> scanHits(String text, Work w) {
        LexiconText.Tokens t = w.text;
        LexiconText.tokenize(text, t);
        PhraseMatcher.Scratch s = w.scratch;
        char[] b = t.buf;
        w.count = 0;
        for (int k = 0; k < t.count; k++) {
            int from = t.start[k];
            int to = t.end[k];
            int c = t.clause[k];
            PhraseMatcher.TokenSymbols ts = matcher.symbolsAt(b, from, to, s);
            int split = ts.isEmpty() ? missedSpace(b, from, to, s) : -1;
            if (split > 0) {
                // "feelbfeally": the thumb hit a key above the space bar; read two words,
                // the second one costing a cheap typo more
                w.add(matcher.symbolsAt(b, from, from + split, s), c, true);
                from += split + 1;
                ts = matcher.symbolsAt(b, from, to, s).plus(PhraseMatcher.CHEAP);
            }
            boolean laugh = isLaughter(b, from, to);
            if (laugh && laughterWord >= 0) {
                ts = matcher.withWord(ts, laughterWord);
            }
            w.add(ts, c, !laugh && Character.isLetterOrDigit(Character.codePointAt(b, from, to)));
        }
        return matcher.scan(w.tokens, w.count, s);
    }

    /** Keys just above the space bar, hit instead of it by a slipping thumb. */
    private static final String SPACE_BAR_KEYS = "cvbnm";
    /** Each side of a missed space must be at least this long. */
    static final int MISSED_SPACE_MIN_PART = 3;

    /**
     * Position of a key above the space bar typed instead of a space, in a token no reading
     * covers: the left part is a vocabulary word as typed, the right part reads as some word.
     * -1 when there is none.
     */
    private int missedSpace(char[] b, int from, int to, PhraseMatcher.Scratch s) {
        int len = to - from;
        if (len > 2 * PhraseMatcher.MAX_FUZZY_LENGTH) {
            return -1;
        }
        for (int i = MISSED_SPACE_MIN_PART; i + MISSED_SPACE_MIN_PART < len; i++) {
            if (SPACE_BAR_KEYS.indexOf(b[from + i]) < 0) {
                continue;
            }
            if (matcher.isWord(b, from, from + i) && !matcher.symbolsAt(b, from + i + 1, to, s).isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    private static int[] clauseIds(int[] base, int n, List<PhraseMatcher.Hit> hits) {
        boolean[] breakAt = new boolean[n];
        for (PhraseMatcher.Hit h : hits) {
            if (h.entry().raw.role() == Role.BREAK) {
                breakAt[h.start()] = true;
            }
        }
        int[] ids = new int[n];
        int id = 0;
        for (int i = 0; i < n; i++) {
            if (i > 0 && (breakAt[i] || base[i] != base[i - 1])) {
                id++;
            }
            ids[i] = id;
        }
        return ids;
    }

    /**
     * Hits indexed by the token they start and end on, so every check looks at a bounded window.
     * Each position chains its hits in scan order. Reused per thread.
     */
    private static final class HitIndex {
        PhraseMatcher.Hit[] hits = new PhraseMatcher.Hit[32];
        int[] nextByStart = new int[32];
        int[] nextByEnd = new int[32];
        int[] startHead = new int[32];
        int[] startTail = new int[32];
        int[] endHead = new int[32];
        int[] endTail = new int[32];
        int tokens;
        int maxSpan;

        void reset(List<PhraseMatcher.Hit> list, int n) {
            int count = list.size();
            if (hits.length < count) {
                hits = new PhraseMatcher.Hit[Math.max(count, 2 * hits.length)];
                nextByStart = new int[hits.length];
                nextByEnd = new int[hits.length];
            }
            if (startHead.length < n) {
                int size = Math.max(n, 2 * startHead.length);
                startHead = new int[size];
                startTail = new int[size];
                endHead = new int[size];
                endTail = new int[size];
            }
            Arrays.fill(startHead, 0, n, -1);
            Arrays.fill(endHead, 0, n, -1);
            tokens = n;
            int span = 0;
            for (int q = 0; q < count; q++) {
                PhraseMatcher.Hit h = list.get(q);
                hits[q] = h;
                nextByStart[q] = -1;
                nextByEnd[q] = -1;
                int st = h.start();
                if (startHead[st] < 0) {
                    startHead[st] = q;
                } else {
                    nextByStart[startTail[st]] = q;
                }
                startTail[st] = q;
                int en = h.end();
                if (endHead[en] < 0) {
                    endHead[en] = q;
                } else {
                    nextByEnd[endTail[en]] = q;
                }
                endTail[en] = q;
                span = Math.max(span, h.end() - h.start());
            }
            maxSpan = span;
        }

        /** First hit starting at this token (then follow nextByStart), or -1. */
        int startingAt(int pos) {
            return pos < 0 || pos >= tokens ? -1 : startHead[pos];
        }

        /** First hit ending at this token (then follow nextByEnd), or -1. */
        int endingAt(int pos) {
            return pos < 0 || pos >= tokens ? -1 : endHead[pos];
        }

        /** Some hit of this role overlaps [start, end]. */
        boolean overlaps(PhraseMatcher.Hit h, Role role) {
            return overlaps(h, role, false);
        }

        /**
         * Whether a hit of {@code role} overlaps {@code h}; with {@code unlessInside}, hits lying
         * strictly inside {@code h} do not count ("i think im dying" is more than "im dying").
         */
        boolean overlaps(PhraseMatcher.Hit h, Role role, boolean unlessInside) {
            for (int p = h.start() - maxSpan; p <= h.end(); p++) {
                for (int q = startingAt(p); q >= 0; q = nextByStart[q]) {
                    PhraseMatcher.Hit o = hits[q];
                    if (o.entry().raw.role() == role && o.overlaps(h) && !(unlessInside && strictlyInside(o, h))) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static boolean strictlyInside(PhraseMatcher.Hit inner, PhraseMatcher.Hit outer) {
            return outer.start() <= inner.start() && inner.end() <= outer.end()
                    && (outer.start() < inner.start() || inner.end() < outer.end());
        }
    }

    private LexiconMatch decide(List<PhraseMatcher.Hit> hits, PhraseMatcher.TokenSymbols[] tokens,
                                int[] clause, boolean[] countsAsWord, int n) {
        HitIndex index = WORK.get().index;
        index.reset(hits, n);
        boolean laughter = false;
        List<PhraseMatcher.Hit> cats = new ArrayList<>();
        List<PhraseMatcher.Hit> hypos = null;
        List<PhraseMatcher.Hit> conds = null;
        for (PhraseMatcher.Hit h : hits) {
            Role role = h.entry().raw.role();
            if (role == Role.HYPO) {
                if (hypos == null) {
                    hypos = new ArrayList<>(2);
                }
                hypos.add(h);
            } else if (role == Role.COND) {
                if (conds == null) {
                    conds = new ArrayList<>(2);
                }
                conds.add(h);
            } else if (role == Role.CATEGORY) {
                cats.add(h);
                if (h.entry().raw.category() == Category.LAUGHTER) {
                    laughter = true;
                }
            }
        }
        int words = 0;
        for (int i = 0; i < n; i++) {
            if (countsAsWord[i]) {
                words++;
            }
        }

        Set<Category> fired = EnumSet.noneOf(Category.class);
        Set<Category> cancelled = EnumSet.noneOf(Category.class);
        Set<String> reasons = new LinkedHashSet<>();
        boolean thirdParty = false;
        boolean hypotheticalSelfHarm = false;
        for (PhraseMatcher.Hit h : cats) {
            Category c = h.entry().raw.category();
            if (!c.isDistress() && insideLonger(h, index)) {
                continue;
            }
            String why = c == Category.URGENT_ADVICE && conditioned(h, conds, clause) ? HYPOTHETICAL
                    : suppression(h, c, index, hypos, clause, tokens, laughter, words, countsAsWord, n);
            if (why != null) {
                if (c == Category.SELF_HARM && HYPOTHETICAL.equals(why)) {
                    hypotheticalSelfHarm = true;
                }
                cancelled.add(c);
                reasons.add(reason(why, c));
                continue;
            }
            fired.add(c);
            reasons.add(c.name());
            if (THIRD_PARTY_CATEGORIES.contains(c) && near(h, Role.THIRD, index, clause)) {
                thirdParty = true;
                reasons.add(reason(THIRD_PARTY, c));
            }
        }
        if (hypotheticalSelfHarm && (fired.contains(Category.HOPELESS) || fired.contains(Category.SELF_HARM))) {
            // A question about suicide next to a statement of hopelessness ("zahlt die auch bei
            // suizid? ist eh bald vorbei") is not hypothetical.
            fired.add(Category.SELF_HARM);
            reasons.add(Category.SELF_HARM.name());
        }
        cancelled.removeAll(fired);
        return new LexiconMatch(immutable(fired), immutable(cancelled), thirdParty, List.copyOf(reasons));
    }

    /**
     * Whether a HYPO phrase frames the clause where {@code h} starts or ends. Not one inside
     * {@code h}: a distress phrase that contains the cue was written with it ("better off with the
     * insurance money than with me"), as a gap-free phrase that names its own object is about that
     * object. Nor, for DANGER, the writer's own condition: "he'll kill me if I leave" is a threat.
     */
    private static boolean framedOutside(PhraseMatcher.Hit h, List<PhraseMatcher.Hit> hypos, int[] clause,
                                         boolean danger) {
        if (hypos == null) {
            return false;
        }
        int first = clause[h.start()];
        int last = clause[h.end()];
        for (PhraseMatcher.Hit q : hypos) {
            if (q.start() >= h.start() && q.end() <= h.end()) {
                continue;
            }
            if (danger && WRITERS_CONDITIONS.contains(q.entry().raw.tokens())) {
                continue;
            }
            for (int i = q.start(); i <= q.end(); i++) {
                if (clause[i] == first || clause[i] == last) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether advice is given under a condition: a COND phrase in its clause or the two clauses
     * before it ("if you are in danger, call 911 immediately"; "call 112 now if you feel
     * threatened"). Two, because a condition may hold a clause break of its own: the merged
     * lexicons read Spanish "más" as the Portuguese BREAK "mas".
     */
    private static boolean conditioned(PhraseMatcher.Hit h, List<PhraseMatcher.Hit> conds, int[] clause) {
        if (conds == null) {
            return false;
        }
        int from = clause[h.start()] - 2;
        int to = clause[h.end()];
        for (PhraseMatcher.Hit q : conds) {
            if (clause[q.end()] >= from && clause[q.start()] <= to) {
                return true;
            }
        }
        return false;
    }

    /**
     * Hypothetical cues that are the writer's own condition. A threat is conditional by nature
     * ("er bringt mich um, wenn ich gehe"), so these do not make DANGER hypothetical; they still
     * frame every other category ("if I fall, ...").
     */
    private static final Set<List<String>> WRITERS_CONDITIONS = Set.of(
            List.of("if", "i"), List.of("wenn", "ich"), List.of("falls", "ich"), List.of("als", "ik"),
            List.of("si", "je"), List.of("si", "j"), List.of("si", "yo"), List.of("si", "me"));

    private static final String THIRD_PARTY = "third-party";
    private static final String HYPOTHETICAL = "hypothetical";
    private static final List<String> REASON_KINDS =
            List.of("negated", "benign", "context", "hyperbole", HYPOTHETICAL, THIRD_PARTY);
    /** "kind:CATEGORY" strings built once, so that a hit costs no string building or hashing. */
    private static final String[][] REASONS = new String[REASON_KINDS.size()][];

    static {
        Category[] cats = Category.values();
        for (int k = 0; k < REASON_KINDS.size(); k++) {
            REASONS[k] = new String[cats.length];
            for (Category c : cats) {
                REASONS[k][c.ordinal()] = REASON_KINDS.get(k) + ":" + c.name();
            }
        }
    }

    private static String reason(String kind, Category c) {
        int k = REASON_KINDS.indexOf(kind);
        return k >= 0 ? REASONS[k][c.ordinal()] : kind + ":" + c.name();
    }

    /** An unmodifiable copy, which {@link LexiconMatch} then keeps as it is instead of copying again. */
    private static Set<Category> immutable(Set<Category> s) {
        switch (s.size()) {
            case 0:
                return Set.of();
            case 1:
                return Set.of(s.iterator().next());
            default:
                return Set.copyOf(s);
        }
    }

    private String suppression(PhraseMatcher.Hit h, Category c, HitIndex index, List<PhraseMatcher.Hit> hypos, int[] clause,
                               PhraseMatcher.TokenSymbols[] tokens, boolean laughter, int words,
                               boolean[] countsAsWord, int n) {
        boolean distress = c.isDistress();
        if ((distress || c == Category.REASSURANCE) && !h.entry().negativeForm
                && negated(h, index, clause, tokens)) {
            return "negated";
        }
        if (h.entry().raw.solo()) {
            int inside = 0;
            for (int i = h.start(); i <= h.end(); i++) {
                if (countsAsWord[i]) {
                    inside++;
                }
            }
            if (words - inside > SOLO_MAX_OTHER_TOKENS
                    && !(c == Category.HELP && words <= SHORT_MESSAGE_WORDS && endsMessage(h, countsAsWord, n))) {
                return distress ? "benign" : "context";
            }
        }
        if (!distress) {
            return null;
        }
        if (index.overlaps(h, Role.BENIGN)
                || near(h, Role.OBJECT, index, clause, h.entry().raw.tokens().contains(LexiconParser.GAP))) {
            return "benign";
        }
        // A distress phrase that wraps a whole idiom says more than the idiom ("i think im dying"
        // around "im dying"); laughter still cancels it when the line is joke-prone.
        if (index.overlaps(h, Role.HYPERBOLE, true) || (laughter && h.entry().raw.jokeProne())) {
            return "hyperbole";
        }
        if (framedOutside(h, hypos, clause, c == Category.DANGER)) {
            return HYPOTHETICAL;
        }
        return null;
    }

    /** No word follows the phrase in the message (emoji and punctuation may). */
    private static boolean endsMessage(PhraseMatcher.Hit h, boolean[] countsAsWord, int n) {
        for (int i = h.end() + 1; i < n; i++) {
            if (countsAsWord[i]) {
                return false;
            }
        }
        return true;
    }

    /** A negation cue ends before the phrase, in its clause, with only filler words between. */
    private boolean negated(PhraseMatcher.Hit h, HitIndex index, int[] clause,
                            PhraseMatcher.TokenSymbols[] tokens) {
        for (int end = h.start() - 1; end >= 0 && end >= h.start() - 1 - MAX_NEG_WINDOW; end--) {
            if (clause[end] != clause[h.start()]) {
                return false;
            }
            for (int q = index.endingAt(end); q >= 0; q = index.nextByEnd[q]) {
                PhraseMatcher.Hit n = index.hits[q];
                // a cue inside a benign idiom is none: French "en plus", "de plus en plus"
                if (n.entry().raw.role() != Role.NEG || index.overlaps(n, Role.BENIGN)) {
                    continue;
                }
                int between = h.start() - end - 1;
                if (between > n.entry().raw.negWindow()) {
                    continue;
                }
                boolean allFill = true;
                for (int i = end + 1; i < h.start() && allFill; i++) {
                    allFill = isFill(tokens[i]);
                }
                if (allFill) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean isFill(PhraseMatcher.TokenSymbols ts) {
        for (int k = 0; k < ts.symbols().length; k++) {
            int s = ts.symbols()[k];
            if (!ts.fuzzy()[k] && s >= 0 && s < fillWord.length && fillWord[s]) {
                return true;
            }
        }
        return false;
    }

    /** A subject of this role (person or object) stands just before the phrase, or inside it, in its clause. */
    private static boolean near(PhraseMatcher.Hit h, Role role, HitIndex index, int[] clause) {
        return near(h, role, index, clause, true);
    }

    /**
     * A {@code role} phrase before {@code h} in its clause (within {@link #SUBJECT_WINDOW} words),
     * or, with {@code countInside}, within it. An object that a gap-free distress phrase names
     * itself ("das paket brauche ich eh nicht mehr") is what the phrase is about, so OBJECT looks
     * inside only phrases with a gap, which can swallow one by accident ("el pedido con un
     * cuchillo", where "el" is read as "he").
     */
    private static boolean near(PhraseMatcher.Hit h, Role role, HitIndex index, int[] clause, boolean countInside) {
        for (int end = h.start() - 1 - SUBJECT_WINDOW; end <= h.end(); end++) {
            for (int q = index.endingAt(end); q >= 0; q = index.nextByEnd[q]) {
                PhraseMatcher.Hit s = index.hits[q];
                if (s.entry().raw.role() != role) {
                    continue;
                }
                boolean inside = countInside && s.start() >= h.start() && s.end() <= h.end();
                boolean before = s.end() < h.start() && clause[s.end()] == clause[h.start()];
                if (inside || before) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A context phrase inside a longer phrase of another category ("estoy bien" in "no estoy bien"). */
    private static boolean insideLonger(PhraseMatcher.Hit h, HitIndex index) {
        if (index.maxSpan <= h.end() - h.start()) {
            return false;
        }
        for (int p = h.end() - index.maxSpan; p <= h.start(); p++) {
            for (int q = index.startingAt(p); q >= 0; q = index.nextByStart[q]) {
                PhraseMatcher.Hit o = index.hits[q];
                if (o.entry().raw.role() == Role.CATEGORY && o.entry().raw.category() != h.entry().raw.category()
                        && o.start() <= h.start() && o.end() >= h.end()
                        && (o.end() - o.start()) > (h.end() - h.start())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@link #isLaughter(String)} for the token {@code b[from, to)}. */
    private static boolean isLaughter(char[] b, int from, int to) {
        if (to - from < 4) {
            return false;
        }
        if (to - from > LAUGH_OPENING && laughsFirst(b, from)) {
            // laughing into the keyboard: "hahahahsjdkshahaha", "jajajsjsjaja"
            return true;
        }
        int h = 0;
        int vowel = 0;
        char cons = 0;
        char vow = 0;
        for (int i = from; i < to; i++) {
            char ch = b[i];
            if (ch == 'h' || ch == 'j' || ch == '\u03C7' || ch == '\u0445') { // Greek chi, Cyrillic ha
                if (cons != 0 && cons != ch) {
                    return false;
                }
                cons = ch;
                h++;
            } else if (ch == 'a' || ch == 'e' || ch == 'i' || ch == 'o' || ch == '\u03B1' || ch == '\u03B5'
                    || ch == '\u03B9' || ch == '\u0430' || ch == '\u0435' || ch == '\u0438') {
                if (vow != 0 && vow != ch) {
                    return false;
                }
                vow = ch;
                vowel++;
            } else {
                return false;
            }
        }
        if (cons == 'j' && vow == 'o') {
            return false;
        }
        return h >= 2 && vowel >= 2;
    }

    /** Characters of "hahaha" that make a longer token laughter whatever follows. */
    private static final int LAUGH_OPENING = 6;

    /** The token opens with three alternations of one laughing consonant and one vowel. */
    private static boolean laughsFirst(char[] b, int from) {
        char cons = b[from];
        char vow = b[from + 1];
        if ((cons != 'h' && cons != 'j') || "aeio".indexOf(vow) < 0 || (cons == 'j' && vow == 'o')) {
            return false;
        }
        for (int i = 0; i < LAUGH_OPENING; i++) {
            if (b[from + i] != (i % 2 == 0 ? cons : vow)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Laughter written as repeated syllables: "hahaha", "ahahah", "hehe", "hihihi", "jajaja",
     * "jejeje", Greek "χαχαχα", Russian "хахаха", including sloppy runs ("hahahha"). Needs four
     * letters, two of each kind; a longer token that opens with "hahaha" or "jajaja" is laughter
     * typed into the keyboard whatever follows ("hahahahsjdks").
     */
    static boolean isLaughter(String t) {
        return isLaughter(t.toCharArray(), 0, t.length());
    }
}
