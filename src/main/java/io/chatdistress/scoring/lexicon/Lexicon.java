package io.chatdistress.scoring.lexicon;

import io.chatdistress.scoring.Category;
import io.chatdistress.scoring.TextNormalizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    private static volatile Lexicon defaultInstance;

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
        Lexicon l = defaultInstance;
        if (l == null) {
            synchronized (Lexicon.class) {
                l = defaultInstance;
                if (l == null) {
                    Map<String, String> sources = new LinkedHashMap<>();
                    for (String lang : LANGUAGES) {
                        sources.put(lang + ".lex", readResource(lang + ".lex"));
                    }
                    l = of(sources);
                    defaultInstance = l;
                }
            }
        }
        return l;
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

    /** For tests and lexicon authors: the file:line of every phrase found, in order. */
    List<String> explain(String text) {
        List<String> out = new ArrayList<>();
        for (PhraseMatcher.Hit h : scanHits(text, null, null)) {
            out.add(h.entry().raw.source() + " " + h.start() + "-" + h.end() + (h.fuzzy() > 0 ? " fuzzy" : ""));
        }
        return out;
    }

    /** Linear time in text length. Never returns null; an empty text matches nothing. */
    public LexiconMatch match(String text) {
        List<PhraseMatcher.TokenSymbols> tokens = new ArrayList<>();
        List<Boolean> countsAsWord = new ArrayList<>();
        List<Integer> clauseOf = new ArrayList<>();
        List<PhraseMatcher.Hit> hits = scanHits(text, tokens, countsAsWord, clauseOf);
        int[] clause = clauseIds(clauseOf, hits);
        return decide(hits, tokens, clause, countsAsWord);
    }

    private List<PhraseMatcher.Hit> scanHits(String text, List<PhraseMatcher.TokenSymbols> tokensOut,
                                             List<Boolean> wordsOut) {
        return scanHits(text, tokensOut == null ? new ArrayList<>() : tokensOut,
                wordsOut == null ? new ArrayList<>() : wordsOut, new ArrayList<>());
    }

    private List<PhraseMatcher.Hit> scanHits(String text, List<PhraseMatcher.TokenSymbols> tokens,
                                             List<Boolean> countsAsWord, List<Integer> clauseOf) {
        List<String> clauses = TextNormalizer.foldClauses(text);
        for (int c = 0; c < clauses.size(); c++) {
            for (String t : clauses.get(c).split(" ")) {
                PhraseMatcher.TokenSymbols ts = matcher.symbolsOf(t);
                int split = ts.isEmpty() ? missedSpace(t) : -1;
                if (split > 0) {
                    // "feelbfeally": the thumb hit a key above the space bar; read two words,
                    // the second one costing a cheap typo more
                    tokens.add(matcher.symbolsOf(t.substring(0, split)));
                    clauseOf.add(c);
                    countsAsWord.add(true);
                    t = t.substring(split + 1);
                    ts = matcher.symbolsOf(t).plus(PhraseMatcher.CHEAP);
                }
                boolean laugh = isLaughter(t);
                if (laugh && laughterWord >= 0) {
                    ts = matcher.withWord(ts, laughterWord);
                }
                tokens.add(ts);
                clauseOf.add(c);
                countsAsWord.add(!laugh && Character.isLetterOrDigit(t.codePointAt(0)));
            }
        }
        return matcher.scan(tokens);
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
    private int missedSpace(String t) {
        if (t.length() > 2 * PhraseMatcher.MAX_FUZZY_LENGTH) {
            return -1;
        }
        for (int i = MISSED_SPACE_MIN_PART; i + MISSED_SPACE_MIN_PART < t.length(); i++) {
            if (SPACE_BAR_KEYS.indexOf(t.charAt(i)) < 0) {
                continue;
            }
            String left = t.substring(0, i);
            if (matcher.isWord(left) && !matcher.symbolsOf(t.substring(i + 1)).isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    private static int[] clauseIds(List<Integer> base, List<PhraseMatcher.Hit> hits) {
        int n = base.size();
        boolean[] breakAt = new boolean[n];
        for (PhraseMatcher.Hit h : hits) {
            if (h.entry().raw.role() == Role.BREAK) {
                breakAt[h.start()] = true;
            }
        }
        int[] ids = new int[n];
        int id = 0;
        for (int i = 0; i < n; i++) {
            if (i > 0 && (breakAt[i] || !base.get(i).equals(base.get(i - 1)))) {
                id++;
            }
            ids[i] = id;
        }
        return ids;
    }

    /** Hits indexed by the token they start and end on, so every check looks at a bounded window. */
    private static final class HitIndex {
        final List<List<PhraseMatcher.Hit>> byStart;
        final List<List<PhraseMatcher.Hit>> byEnd;
        final int maxSpan;

        HitIndex(List<PhraseMatcher.Hit> hits, int tokens) {
            byStart = new ArrayList<>(tokens);
            byEnd = new ArrayList<>(tokens);
            for (int i = 0; i < tokens; i++) {
                byStart.add(null);
                byEnd.add(null);
            }
            int span = 0;
            for (PhraseMatcher.Hit h : hits) {
                add(byStart, h.start(), h);
                add(byEnd, h.end(), h);
                span = Math.max(span, h.end() - h.start());
            }
            maxSpan = span;
        }

        private static void add(List<List<PhraseMatcher.Hit>> list, int pos, PhraseMatcher.Hit h) {
            List<PhraseMatcher.Hit> l = list.get(pos);
            if (l == null) {
                l = new ArrayList<>(2);
                list.set(pos, l);
            }
            l.add(h);
        }

        List<PhraseMatcher.Hit> startingAt(int pos) {
            return pos < 0 || pos >= byStart.size() || byStart.get(pos) == null ? List.of() : byStart.get(pos);
        }

        List<PhraseMatcher.Hit> endingAt(int pos) {
            return pos < 0 || pos >= byEnd.size() || byEnd.get(pos) == null ? List.of() : byEnd.get(pos);
        }

        /** Some hit of this role overlaps [start, end]. */
        boolean overlaps(PhraseMatcher.Hit h, Role role) {
            for (int p = h.start() - maxSpan; p <= h.end(); p++) {
                for (PhraseMatcher.Hit o : startingAt(p)) {
                    if (o.entry().raw.role() == role && o.overlaps(h)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    private LexiconMatch decide(List<PhraseMatcher.Hit> hits, List<PhraseMatcher.TokenSymbols> tokens,
                                int[] clause, List<Boolean> countsAsWord) {
        HitIndex index = new HitIndex(hits, tokens.size());
        int clauses = clause.length == 0 ? 0 : clause[clause.length - 1] + 1;
        boolean[] hypoClause = new boolean[clauses];
        boolean laughter = false;
        List<PhraseMatcher.Hit> cats = new ArrayList<>();
        for (PhraseMatcher.Hit h : hits) {
            Role role = h.entry().raw.role();
            if (role == Role.HYPO) {
                for (int i = h.start(); i <= h.end(); i++) {
                    hypoClause[clause[i]] = true;
                }
            } else if (role == Role.CATEGORY) {
                cats.add(h);
                if (h.entry().raw.category() == Category.LAUGHTER) {
                    laughter = true;
                }
            }
        }
        int words = 0;
        for (Boolean b : countsAsWord) {
            if (b) {
                words++;
            }
        }

        Set<Category> fired = EnumSet.noneOf(Category.class);
        Set<Category> cancelled = EnumSet.noneOf(Category.class);
        Set<String> reasons = new LinkedHashSet<>();
        boolean thirdParty = false;
        for (PhraseMatcher.Hit h : cats) {
            Category c = h.entry().raw.category();
            if (!c.isDistress() && insideLonger(h, index)) {
                continue;
            }
            String why = suppression(h, c, index, hypoClause, clause, tokens, laughter, words, countsAsWord);
            if (why != null) {
                cancelled.add(c);
                reasons.add(why + ":" + c.name());
                continue;
            }
            fired.add(c);
            reasons.add(c.name());
            if (THIRD_PARTY_CATEGORIES.contains(c) && near(h, Role.THIRD, index, clause)) {
                thirdParty = true;
                reasons.add("third-party:" + c.name());
            }
        }
        cancelled.removeAll(fired);
        return new LexiconMatch(fired, cancelled, thirdParty, new ArrayList<>(reasons));
    }

    private String suppression(PhraseMatcher.Hit h, Category c, HitIndex index, boolean[] hypoClause, int[] clause,
                               List<PhraseMatcher.TokenSymbols> tokens, boolean laughter, int words,
                               List<Boolean> countsAsWord) {
        boolean distress = c.isDistress();
        if ((distress || c == Category.REASSURANCE) && !h.entry().negativeForm
                && negated(h, index, clause, tokens)) {
            return "negated";
        }
        if (h.entry().raw.solo()) {
            int inside = 0;
            for (int i = h.start(); i <= h.end(); i++) {
                if (countsAsWord.get(i)) {
                    inside++;
                }
            }
            if (words - inside > SOLO_MAX_OTHER_TOKENS
                    && !(c == Category.HELP && words <= SHORT_MESSAGE_WORDS && endsMessage(h, countsAsWord))) {
                return distress ? "benign" : "context";
            }
        }
        if (!distress) {
            return null;
        }
        if (index.overlaps(h, Role.BENIGN) || near(h, Role.OBJECT, index, clause)) {
            return "benign";
        }
        if (index.overlaps(h, Role.HYPERBOLE) || (laughter && h.entry().raw.jokeProne())) {
            return "hyperbole";
        }
        if (hypoClause[clause[h.start()]] || hypoClause[clause[h.end()]]) {
            return "hypothetical";
        }
        return null;
    }

    /** No word follows the phrase in the message (emoji and punctuation may). */
    private static boolean endsMessage(PhraseMatcher.Hit h, List<Boolean> countsAsWord) {
        for (int i = h.end() + 1; i < countsAsWord.size(); i++) {
            if (countsAsWord.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** A negation cue ends before the phrase, in its clause, with only filler words between. */
    private boolean negated(PhraseMatcher.Hit h, HitIndex index, int[] clause,
                            List<PhraseMatcher.TokenSymbols> tokens) {
        for (int end = h.start() - 1; end >= 0 && end >= h.start() - 1 - MAX_NEG_WINDOW; end--) {
            if (clause[end] != clause[h.start()]) {
                return false;
            }
            for (PhraseMatcher.Hit n : index.endingAt(end)) {
                if (n.entry().raw.role() != Role.NEG) {
                    continue;
                }
                int between = h.start() - end - 1;
                if (between > n.entry().raw.negWindow()) {
                    continue;
                }
                boolean allFill = true;
                for (int i = end + 1; i < h.start() && allFill; i++) {
                    allFill = isFill(tokens.get(i));
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
        for (int end = h.start() - 1 - SUBJECT_WINDOW; end <= h.end(); end++) {
            for (PhraseMatcher.Hit s : index.endingAt(end)) {
                if (s.entry().raw.role() != role) {
                    continue;
                }
                boolean inside = s.start() >= h.start() && s.end() <= h.end();
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
        for (int p = h.end() - index.maxSpan; p <= h.start(); p++) {
            for (PhraseMatcher.Hit o : index.startingAt(p)) {
                if (o.entry().raw.role() == Role.CATEGORY && o.entry().raw.category() != h.entry().raw.category()
                        && o.start() <= h.start() && o.end() >= h.end()
                        && (o.end() - o.start()) > (h.end() - h.start())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Laughter written as repeated syllables: "hahaha", "ahahah", "hehe", "hihihi", "jajaja",
     * "jejeje", including sloppy runs ("hahahha"). Needs four letters, two of each kind.
     */
    static boolean isLaughter(String t) {
        if (t.length() < 4) {
            return false;
        }
        int h = 0;
        int vowel = 0;
        char cons = 0;
        char vow = 0;
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (ch == 'h' || ch == 'j') {
                if (cons != 0 && cons != ch) {
                    return false;
                }
                cons = ch;
                h++;
            } else if (ch == 'a' || ch == 'e' || ch == 'i' || ch == 'o') {
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
}
