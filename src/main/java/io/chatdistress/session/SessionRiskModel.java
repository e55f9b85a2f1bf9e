package io.chatdistress.session;

import io.chatdistress.model.ChatMessage;
import io.chatdistress.scoring.Category;
import io.chatdistress.scoring.MessageScore;
import io.chatdistress.scoring.MessageScorer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads one chat session message by message and decides when to escalate. Pure logic: the caller
 * loads the {@link SessionState}, calls {@link #onMessage} or {@link #onSilenceCheck}, stores the
 * state again and publishes what is returned.
 *
 * <p>Evidence accumulates as a risk value measured in "keyboard-mash messages": one mash message is
 * 1, answering an agent's "are you ok?" with mash or not at all adds 1, "I don't feel well" is 1.5,
 * explicit emergency language is enough on its own. Evidence decays with event time and with
 * coherent customer messages; laughter makes nearby mash count for little, and an explanation
 * ("sorry, my cat walked on the keyboard") clears it. While the customer types, an escalation needs
 * {@code triggerRisk}; once the customer has gone silent after a signal, {@code silenceRisk} is
 * enough, because silence after mash is what a collapse looks like.
 */
public final class SessionRiskModel {
    /** Laughter makes mash within this window count as playful. */
    static final long PLAYFUL_WINDOW_MS = 120_000;
    /** Longer wellbeing remarks come with a request ("I'm ill today, can you redeliver"). */
    static final int BARE_STATEMENT_MAX_WORDS = 8;
    /** Gibberish scores at or above this are unmistakable mash. */
    static final double CONFIDENT_MASH = 0.85;
    /** Weight factor for mash that might be a typo-ridden sentence. */
    static final double UNSURE_MASH_FACTOR = 0.7;
    /** Consecutive mash messages (nothing coherent between) that trigger whatever their scores. */
    static final int MASH_STREAK = 3;
    /**
     * Below this gibberish score a message that is not mash still reads as typing: it counts as the
     * customer writing coherently again. Between this and the mash threshold it is half-legible:
     * while a signal is open it does not explain earlier mash away and adds
     * {@link #UNREADABLE_WEIGHT}.
     */
    public static final double COHERENT_BELOW = 0.25;
    /** Mash that cuts off a sentence: at least this many characters of it, and confident. */
    static final int BREAK_OFF_MIN_MASH_CHARS = 6;
    /** A break-off also needs some sentence before it: at most this share of the message is mash. */
    static final double BREAK_OFF_MAX_MASH_SHARE = 0.8;
    /**
     * Evidence added when the agent says they cannot read the customer's last line: half a mash
     * message, so it never triggers alone but makes a following garbled line or silence count.
     */
    static final double UNREADABLE_WEIGHT = 0.5;
    private static final Set<Category> STRONG = EnumSet.of(Category.MEDICAL, Category.FALL, Category.SELF_HARM,
            Category.DANGER, Category.HELP);
    private static final Set<Category> WEAK = EnumSet.of(Category.UNWELL, Category.HOPELESS);
    private static final int WEAK_BITS = bits(WEAK);
    /** A bare plea counts as a support chat's opening among the customer's first this many lines. */
    static final int PLEA_OPENING_MESSAGES = 2;
    /** Longer than this is more than a bare plea, whatever its words. */
    static final int BARE_PLEA_MAX_CHARS = 80;
    /**
     * Categories that weigh as feeling ill next to mash: the weak ones, and HELP, which stays set
     * without the episode being strong only after a bare plea ({@link #isBarePlea}).
     */
    private static final int ILL_OR_PLEA_BITS = WEAK_BITS | (1 << Category.HELP.ordinal());
    /**
     * The one word of a bare plea. Only the words support chats open with: "help", "SOS", and the
     * urgency of a blocked card or a late parcel ("c'est urgent", "schnell bitte", "oui vite svp"). The
     * cries "au secours", "socorro" and "auxilio" are not how anyone asks about a parcel, so they
     * stay strong.
     */
    private static final Set<String> PLEA_WORDS = Set.of("help", "hulp", "hilfe", "aide", "ayuda", "ayudame",
            "ayudeme", "ayudenme", "urgent", "urgente", "dringend", "vite", "schnell", "snel", "rapido", "hurry",
            "quick", "asap", "sos");
    /** Everything else a bare plea may hold: greetings, "I need", "please", "me", "some". */
    private static final Set<String> PLEA_FILLERS = Set.of(
            "hi", "hey", "hello", "hallo", "hoi", "hola", "bonjour", "salut", "moin", "servus",
            "i", "ik", "ich", "je", "j", "yo", "me", "mij", "mir", "moi", "mi",
            "need", "needed", "some", "a", "little", "heb", "nodig", "even", "brauche", "besoin", "ai", "d", "de",
            "un", "peu", "necesito", "poco", "una", "por", "favor", "porfavor", "porfa", "porfis", "pf", "xfa", "xfavor",
            "please", "pls", "plz", "plse", "plis", "pliz", "bitte", "alsjeblieft", "alstublieft", "aub", "asb",
            "svp", "stp",
            "oui", "yes", "yeah", "ja", "si", "ok", "okay", "c", "est", "es", "its", "it", "is", "this", "das",
            "ist", "het", "very", "tres", "muy", "sehr", "heel", "erg", "really", "so", "bien");
    /** Reason of an episode in which the agent said they are alerting emergency services. */
    static final String AGENT_ALERT_REASON = "agent-alerted-emergency-services";
    /** Reason of the event raised when an agent points the customer to a suicide or crisis line. */
    static final String CRISIS_REFERRAL_REASON = "agent-referred-to-crisis-line";
    /** Reason of the event raised when an agent tells the customer to call emergency services now. */
    static final String URGENT_ADVICE_REASON = "agent-urged-emergency-call";

    private final SessionPolicy policy;

    public SessionRiskModel(SessionPolicy policy) {
        this.policy = policy;
    }

    public SessionPolicy policy() {
        return policy;
    }

    /** True when the session has been idle longer than the session gap at {@code now}. */
    public boolean isExpired(SessionState s, long now) {
        return s.lastEventTime > 0 && now - s.lastEventTime > policy.sessionGap().toMillis();
    }

    public List<Escalation> onMessage(String sessionId, SessionState s, ChatMessage m, MessageScore score) {
        long t = m.timestamp();
        if (isExpired(s, t)) {
            startNewWindow(s);
        }
        if (s.firstEventTime == 0) {
            s.firstEventTime = t;
        }
        if (m.tenantId() != null) {
            s.tenantId = m.tenantId();
        }
        if (m.channel() != null) {
            s.channel = m.channel();
        }
        if (m.customerId() != null) {
            s.customerId = m.customerId();
        }
        s.lastEventTime = Math.max(s.lastEventTime, t);
        s.lastMessageId = m.messageId();
        decay(s, t);
        List<Escalation> out = new ArrayList<>(1);
        switch (m.sender()) {
            case CUSTOMER -> onCustomer(sessionId, s, m, score, t, out);
            case AGENT, BOT -> onAgent(sessionId, s, score, t, out);
            case SYSTEM -> {
                if (score.has(Category.INACTIVITY_NOTICE) && awaitingCustomer(s)) {
                    silence(sessionId, s, t, "inactivity-notice", out);
                }
            }
        }
        return out;
    }

    /**
     * Called by the wall-clock punctuator. Escalates a session whose customer went silent after a
     * signal, without waiting for another message.
     */
    public List<Escalation> onSilenceCheck(String sessionId, SessionState s, long now) {
        if (s.silenceDeadline == 0 || now < s.silenceDeadline || s.silenceFired) {
            return List.of();
        }
        List<Escalation> out = new ArrayList<>(1);
        // The deadline, not the wall clock, is the event time: a replay decides the same way.
        long t = s.silenceDeadline;
        // No decay here: silence after a signal makes the signal worse, not older.
        silence(sessionId, s, t, s.checkInTime > 0 ? "unanswered-check-in" : "silence-after-signal", out);
        return out;
    }

    private void onCustomer(String sessionId, SessionState s, ChatMessage m, MessageScore score, long t,
            List<Escalation> out) {
        s.customerMessages++;
        s.lastCustomerTime = t;
        boolean laughter = score.has(Category.LAUGHTER);
        boolean mash = score.mash() && !score.structured();
        int newStrong = 0;
        boolean weak = false;
        for (Category c : score.categories()) {
            if (STRONG.contains(c)) {
                newStrong++;
            } else if (WEAK.contains(c)) {
                weak = true;
            }
        }
        List<String> reasons = new ArrayList<>(4);
        // "help", "hilfe bitte", "necesito ayuda" as one of the first two lines is how many people
        // open a support chat, so there it weighs like "I don't feel well" said in passing: it
        // escalates with mash, or when the customer then leaves a check-in unanswered, not alone.
        // Later in a chat, out of the blue, it is a cry for help; anything more ("help fire",
        // "help he is back"), a second plea, or any earlier signal keeps it strong too.
        // An emergency number typed alone ("112", "911") is as often the answer to a bot's or an
        // agent's question for a number (an order, a house, a flight, a menu choice) anywhere in a
        // chat: it weighs like a bare plea too. Typed twice, or with any word, it stays strong.
        if (newStrong == 1 && score.has(Category.HELP) && !mash
                && s.signalTime == 0 && !s.sawStrongDistress && s.categoryBits == 0
                && ((s.customerMessages <= PLEA_OPENING_MESSAGES && isBarePlea(m.text()))
                        || isBareEmergencyNumber(m.text()))) {
            newStrong = 0;
            weak = true;
            reasons.add("bare-plea");
        }
        // "Are you in danger?", "shall I call an ambulance?" answered "yes": an emergency in the
        // customer's own word, however short.
        boolean dangerAsked = s.dangerAsked;
        s.dangerAsked = false;
        if (dangerAsked && !mash && isBareYes(m.text())) {
            newStrong++;
            reasons.add("affirmed-danger-question");
        }
        boolean distress = newStrong > 0 || weak;
        boolean checkInPending = s.checkInTime > 0;
        // "Are you ok?" answered "no", "nee", "non": the customer says they are not all right.
        // (Not "shall I call an ambulance?": there "no" says nothing either way.)
        boolean notOk = !distress && !mash && checkInPending && s.agentConcern && !dangerAsked
                && isBareNo(m.text());
        if (notOk) {
            distress = true;
            reasons.add("not-ok-answer");
        }
        s.checkInTime = 0;

        if (laughter) {
            s.playfulUntil = t + PLAYFUL_WINDOW_MS;
            if (!s.open && s.distressPhrases == 0) {
                // Laughter right after mash says the mash was a joke.
                s.risk *= policy.playfulMashWeight();
            }
        }
        // Remembered for the agent's next line: a worried "are you ok?" right after it is a signal.
        // (the scorer only names an odd ending on a line that is neither mash nor a pasted code)
        s.lastLineOdd = !laughter && t > s.playfulUntil && score.signals().contains(MessageScorer.ODD_ENDING);
        boolean explains = score.has(Category.EXPLANATION)
                || (score.has(Category.REASSURANCE) && !s.sawStrongDistress);
        if (explains && !distress) {
            if (s.open && !s.sawStrongDistress) {
                resolve(sessionId, s, t, score.has(Category.EXPLANATION) ? "explanation" : "reassurance", out);
            }
            if (!s.sawStrongDistress) {
                s.clearSignals();
            }
            s.playfulUntil = t + PLAYFUL_WINDOW_MS;
            s.silenceDeadline = 0;
            return;
        }

        int categoriesBefore = s.categoryBits;
        if (mash) {
            boolean playful = laughter || t <= s.playfulUntil;
            // A typo-ridden sentence can score as mash; unmistakable mash scores near 1.
            double confidence = score.gibberish() >= CONFIDENT_MASH ? 1.0 : UNSURE_MASH_FACTOR;
            boolean breakOff = !playful && isBreakOff(score);
            double w = playful ? policy.playfulMashWeight() : policy.mashWeight() * confidence;
            reasons.add(playful ? "playful-mash" : breakOff ? "sentence-broke-off" : "keyboard-mash");
            if (checkInPending && !playful) {
                w += policy.unansweredWeight();
                s.unansweredCheckIns++;
                reasons.add("mash-after-check-in");
            }
            s.risk += w;
            if (!playful) {
                s.mashMessages++;
                s.mashStreak++;
            }
            s.maxGibberish = Math.max(s.maxGibberish, score.gibberish());
            s.addEvidence(m.messageId());
        }
        if (distress) {
            for (Category c : score.categories()) {
                if (c.isDistress()) {
                    s.categoryBits |= 1 << c.ordinal();
                    reasons.add("lexicon:" + c.name());
                }
            }
            s.distressPhrases++;
            s.risk += newStrong > 0 ? policy.strongDistressWeight() : policy.weakDistressWeight();
            s.sawStrongDistress |= newStrong > 0;
            s.thirdParty |= score.thirdParty();
            if (score.thirdParty()) {
                reasons.add("third-party");
            }
            s.addEvidence(m.messageId());
        }
        boolean signalOpen = s.signalTime > 0;
        // While a signal is open, a pasted code or a garbled line is not the customer typing
        // normally again: a code can be mash that happens to look like one, and a half-legible
        // line is what degrading typing looks like.
        boolean unclear = signalOpen && !mash && !distress && !laughter
                && (score.structured() || score.gibberish() >= COHERENT_BELOW);
        boolean neutral = !mash && !distress && !laughter && (isContentless(m.text()) || unclear);
        if (unclear && !score.structured()) {
            s.risk += UNREADABLE_WEIGHT;
        }
        if (neutral && !(unclear && checkInPending && s.mashMessages > 0)) {
            // "??", "ok", "V v", an emoji: says nothing either way. It neither explains earlier
            // mash away nor counts as the customer talking again.
            if (checkInPending) {
                s.checkInTime = t;
            }
            return;
        }
        if (checkInPending && !mash && !laughter && s.mashMessages > 0) {
            // The agent asked "are you ok?" after mash and the answer is neither mash nor "yes,
            // sorry": a person who is fine says so. A garbled or off-topic reply is not an answer.
            s.risk += policy.unansweredWeight();
            s.unansweredCheckIns++;
            reasons.add("no-reassurance-after-check-in");
            s.addEvidence(m.messageId());
            s.signalTime = t;
            s.silenceDeadline = t + policy.silenceTimeout().toMillis();
            s.silenceFired = false;
            // An answer that is not an answer weighs like no answer: the silence threshold applies.
            decide(sessionId, s, t, reasons, categoriesBefore,
                    isCoherentReply(score) ? policy.triggerRisk() : policy.silenceRisk(), out);
            return;
        }
        if (mash || distress) {
            s.signalTime = t;
            s.coherentSinceSignal = 0;
            s.silenceDeadline = t + policy.silenceTimeout().toMillis();
            s.silenceFired = false;
        } else {
            // The customer is typing coherently: whatever they do next, they are not silent now.
            s.silenceDeadline = 0;
            s.mashStreak = 0;
            if (!laughter) {
                s.coherentMessages++;
                if (s.signalTime > 0) {
                    s.coherentSinceSignal++;
                    // Coherent typing explains away mash, not what the customer said about themselves.
                    if (!s.sawStrongDistress && (s.categoryBits & WEAK_BITS) == 0) {
                        s.risk *= policy.coherentDecay();
                    }
                    boolean mashOnly = !s.sawStrongDistress && (s.categoryBits & WEAK_BITS) == 0;
                    // Typing on stands down an URGENT episode, not an EMERGENCY one (mash that met an
                    // unanswered check-in or the silence): "fell", "on the stairs hip" and "ma bouche
                    // fait bizarre" read as coherent because the lexicon has no words for them. An
                    // EMERGENCY needs an explanation, a reassurance or a person.
                    boolean emergency = s.open && s.severity == Severity.EMERGENCY;
                    if (s.coherentSinceSignal >= policy.coherentToResolve() && mashOnly && !emergency) {
                        if (s.open) {
                            resolve(sessionId, s, t, "coherent-return", out);
                        }
                        s.clearSignals();
                    }
                }
            }
            return;
        }
        // Feeling ill and typing mash is the real case this service exists for: enough on its own.
        // (a bare plea for help counts as feeling ill here: "help" then mash is the same case)
        boolean illAndMash = (s.categoryBits & ILL_OR_PLEA_BITS) != 0 && s.mashMessages > 0;
        // So is a message that says nothing but that the customer is unwell: in a service chat,
        // "my head is spinning" on its own is a person in trouble, not a remark on the side.
        // Only a complaint about feeling ill: a bare "ist mir egal" or "da igual" (HOPELESS) is as
        // often the answer to "morning or afternoon?".
        boolean bareComplaint = score.has(Category.UNWELL) && newStrong == 0 && !mash && isBareStatement(m.text());
        if (bareComplaint) {
            reasons.add("bare-complaint");
        }
        boolean streak = s.mashStreak >= MASH_STREAK;
        decide(sessionId, s, t, reasons, categoriesBefore,
                illAndMash || bareComplaint || notOk || streak ? 0 : policy.triggerRisk(), out);
    }

    /** Confident mash after a sentence start: typing that stopped mid-sentence. */
    static boolean isBreakOff(MessageScore score) {
        return score.gibberish() >= CONFIDENT_MASH && score.signals().contains("mash-tail")
                && score.mashFraction() <= BREAK_OFF_MAX_MASH_SHARE
                && score.mashFraction() * score.analysedChars() >= BREAK_OFF_MIN_MASH_CHARS;
    }

    /** A reply that reads as normal typing, even if it does not say "I'm fine". */
    private static boolean isCoherentReply(MessageScore score) {
        return !score.structured() && score.gibberish() < COHERENT_BELOW;
    }

    /** Fewer than three letters or digits: punctuation, emoji, "ok", "V v". */
    static boolean isContentless(String text) {
        int n = 0;
        for (int i = 0; i < text.length() && n < 3; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                n++;
            }
        }
        return n < 3;
    }

    /** Bare answers that say "no" or "not really", folded (Locale.ROOT, no accents). */
    private static final Set<String> BARE_NO = Set.of("no", "nope", "nah", "noo", "not really",
            "nee", "neen", "nee niet echt", "niet echt", "nein", "ne", "no mucho", "no realmente",
            "nicht wirklich", "nein nicht wirklich", "non", "non pas vraiment", "pas vraiment", "nan",
            "no no", "nee nee", "nein nein", "non non");

    /** Bare answers that say "yes", folded like {@link #BARE_NO}. */
    private static final Set<String> BARE_YES = Set.of("yes", "yess", "yeah", "yep", "yup", "y", "yes please",
            "please", "yes pls", "ja", "jaa", "jawohl", "jep", "ja bitte", "bitte", "ja bitte schnell",
            "ja graag", "ja alstublieft", "ja alsjeblieft", "ja aub", "graag", "oui", "ouais", "ouii",
            "oui svp", "oui stp", "oui s il vous plait", "svp", "si", "sii", "si por favor", "por favor",
            "si porfa", "yes yes", "ja ja", "oui oui", "si si");

    /** Whether the message is only a "yes" ("yes", "ja bitte", "oui svp", "sí"), in any case and punctuation. */
    static boolean isBareYes(String text) {
        // "Oui. Ce soir je pense.": the answer is the first sentence
        int end = 0;
        while (end < text.length() && ".!?\n".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return BARE_YES.contains(foldAnswer(text)) || BARE_YES.contains(foldAnswer(text.substring(0, end)));
    }

    /** Whether the message is only a "no" ("no", "nee...", "nein!", "pas vraiment"), in any case and punctuation. */
    static boolean isBareNo(String text) {
        return BARE_NO.contains(foldAnswer(text));
    }

    /** A short answer folded for the sets above: {@link #foldedWords}, runs of three letters cut to two. */
    private static String foldAnswer(String text) {
        if (text.length() > 40) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length());
        for (String w : foldedWords(text)) {
            if (b.length() > 0) {
                b.append(' ');
            }
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (i < 2 || c != w.charAt(i - 1) || c != w.charAt(i - 2)) {
                    b.append(c);
                }
            }
        }
        return b.toString();
    }

    /** The emergency numbers of the HELP lexicon, typed on their own. */
    private static final Set<String> EMERGENCY_NUMBERS = Set.of("112", "911", "999");

    /** Whether the message is one emergency number and nothing else but spaces and punctuation. */
    static boolean isBareEmergencyNumber(String text) {
        StringBuilder digits = new StringBuilder(4);
        boolean ended = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (ended || digits.length() == 3) {
                    return false;
                }
                digits.append(c);
            } else if (Character.isLetter(c) || Character.isSurrogate(c)) {
                return false;
            } else {
                ended = digits.length() > 0;
            }
        }
        return EMERGENCY_NUMBERS.contains(digits.toString());
    }

    /**
     * A message that is nothing but one plea for help, with at most greetings, "I need", "please"
     * and the like around it, in any case and with any punctuation or emoji: "Help!", "hilfe bitte",
     * "ik heb hulp nodig", "necesito ayuda por favor", "j'ai besoin d'aide svp". Not "help help"
     * (said twice is not how a support question starts) and not anything with another word in it.
     */
    static boolean isBarePlea(String text) {
        if (text.length() > BARE_PLEA_MAX_CHARS) {
            return false;
        }
        int pleas = 0;
        for (String w : foldedWords(text)) {
            if (PLEA_WORDS.contains(w)) {
                if (++pleas > 1) {
                    return false;
                }
            } else if (!PLEA_FILLERS.contains(w)) {
                return false;
            }
        }
        return pleas == 1;
    }

    /** The words (letters and digits) of a short text: NFD without marks, Locale.ROOT lower case. */
    private static List<String> foldedWords(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>(4);
        int i = 0;
        int n = folded.length();
        while (i < n) {
            int c = folded.codePointAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i += Character.charCount(c);
                continue;
            }
            StringBuilder word = new StringBuilder();
            while (i < n) {
                c = folded.codePointAt(i);
                if (Character.getType(c) == Character.NON_SPACING_MARK) {
                    i += Character.charCount(c);
                    continue;
                }
                if (!Character.isLetterOrDigit(c)) {
                    break;
                }
                word.appendCodePoint(c);
                i += Character.charCount(c);
            }
            words.add(word.toString());
        }
        return words;
    }

    /** A short message with no question in it: the complaint is the whole message. */
    static boolean isBareStatement(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '?' || c == '¿') {
                return false;
            }
            boolean letter = Character.isLetterOrDigit(c);
            if (letter && !inWord && ++words > BARE_STATEMENT_MAX_WORDS) {
                return false;
            }
            inWord = letter;
        }
        return words > 0;
    }

    private void onAgent(String sessionId, SessionState s, MessageScore score, long t, List<Escalation> out) {
        if (s.lastCustomerTime > 0) {
            // The person reading the chat is alerting emergency services ("I'm calling an
            // ambulance"), pointing the customer to a crisis line, or telling them to call 112
            // now: an emergency by their judgement, whatever the scorer made of the customer's
            // lines (and a customer who is collapsing cannot make that call).
            boolean alert = score.has(Category.AGENT_ALERT) && !s.agentAlerted;
            String judged = alert ? AGENT_ALERT_REASON
                    : score.has(Category.CRISIS_REFERRAL) ? CRISIS_REFERRAL_REASON
                    : score.has(Category.URGENT_ADVICE) ? URGENT_ADVICE_REASON : null;
            if (judged != null) {
                s.agentAlerted |= alert;
                agentJudgedEmergency(sessionId, s, t, judged, out);
            }
        }
        boolean wellbeing = score.has(Category.WELLBEING_CHECK);
        if (s.lastCustomerTime > 0 && score.has(Category.DANGER_QUESTION)) {
            s.dangerAsked = true;
        }
        if (s.lastCustomerTime > 0 && !s.open) {
            // The agent, a careful reader, says they cannot read the last line ("sorry, I don't
            // follow") or asks whether the customer is all right ("gaat het wel?"). Either opens a
            // signal; the question weighs only when the line gave it a reason ("dus ik moet 9io"),
            // otherwise it just waits for an answer (see silence: an inactivity notice counts).
            boolean cannotRead = score.has(Category.UNREADABLE_REPLY);
            if (cannotRead || (wellbeing && s.signalTime == 0)) {
                if (cannotRead || s.lastLineOdd) {
                    s.risk += UNREADABLE_WEIGHT;
                }
                if (s.signalTime == 0) {
                    s.signalTime = s.lastCustomerTime;
                    if (s.lastLineOdd) {
                        // The line itself now counts as a half-legible line while a signal is open.
                        s.risk += UNREADABLE_WEIGHT;
                    }
                }
                s.agentConcern = true;
            }
        }
        if ((score.has(Category.CHECK_IN) || wellbeing) && s.signalTime > 0 && s.lastCustomerTime <= t) {
            s.checkInTime = t;
            long deadline = t + policy.silenceTimeout().toMillis();
            // A pending silence deadline stays: the agent asking does not give the customer more time.
            s.silenceDeadline = s.silenceDeadline > 0 && !s.silenceFired ? Math.min(s.silenceDeadline, deadline)
                    : deadline;
            s.silenceFired = false;
        }
    }

    /** Like explicit distress language: EMERGENCY, and never stood down automatically (a person does that). */
    private void agentJudgedEmergency(String sessionId, SessionState s, long t, String reason, List<Escalation> out) {
        s.sawStrongDistress = true;
        List<String> reasons = new ArrayList<>(1);
        reasons.add(reason);
        decide(sessionId, s, t, reasons, s.categoryBits, policy.triggerRisk(), out);
    }

    /** A signal is open and the customer has said nothing since it (or since the check-in after it). */
    private static boolean awaitingCustomer(SessionState s) {
        return s.signalTime > 0 && s.lastCustomerTime <= Math.max(s.signalTime, s.checkInTime);
    }

    private void silence(String sessionId, SessionState s, long t, String reason, List<Escalation> out) {
        if (!awaitingCustomer(s)) {
            s.silenceDeadline = 0;
            return;
        }
        List<String> reasons = new ArrayList<>(2);
        reasons.add(reason);
        boolean notice = "inactivity-notice".equals(reason);
        if (s.checkInTime > 0 || (notice && !s.silenceFired)) {
            s.unansweredCheckIns++;
            s.risk += policy.unansweredWeight();
            s.checkInTime = 0;
        } else if (notice && s.agentConcern && !s.concernNoticed) {
            // The platform confirms the customer never answered the agent's "are you ok?".
            s.unansweredCheckIns++;
            s.risk += policy.unansweredWeight();
            s.concernNoticed = true;
        }
        s.silenceFired = true;
        s.silenceDeadline = 0;
        decide(sessionId, s, t, reasons, s.categoryBits, policy.silenceRisk(), out);
    }

    private void decide(String sessionId, SessionState s, long t, List<String> reasons, int categoriesBefore,
            double threshold, List<Escalation> out) {
        Severity severity = severityOf(s);
        if (!s.open) {
            if (s.risk >= threshold || s.sawStrongDistress) {
                s.open = true;
                s.episode++;
                s.eventsInEpisode = 0;
                s.severity = severity;
                out.add(emit(sessionId, s, Action.TRIGGER, t, reasons));
            }
        } else if (severity.ordinal() > s.severity.ordinal() || (s.categoryBits & ~categoriesBefore) != 0) {
            s.severity = severity.ordinal() > s.severity.ordinal() ? severity : s.severity;
            out.add(emit(sessionId, s, Action.UPDATE, t, reasons));
        }
    }

    private static Severity severityOf(SessionState s) {
        boolean weak = (s.categoryBits & ILL_OR_PLEA_BITS) != 0;
        if (s.sawStrongDistress || (weak && s.mashMessages > 0) || (s.unansweredCheckIns > 0 && s.mashMessages > 0)
                || (s.silenceFired && s.mashMessages >= 2)) {
            return Severity.EMERGENCY;
        }
        return Severity.URGENT;
    }

    private void resolve(String sessionId, SessionState s, long t, String reason, List<Escalation> out) {
        out.add(emit(sessionId, s, Action.RESOLVE, t, List.of(reason)));
        s.open = false;
    }

    private Escalation emit(String sessionId, SessionState s, Action action, long t, List<String> eventReasons) {
        long silenceSeconds = s.lastCustomerTime > 0 && t > s.lastCustomerTime ? (t - s.lastCustomerTime) / 1000 : 0;
        var scores = new Escalation.Scores(round(s.risk), round(s.maxGibberish), s.mashMessages, s.distressPhrases,
                s.unansweredCheckIns, silenceSeconds);
        List<String> reasons = action == Action.RESOLVE ? eventReasons : episodeReasons(s, eventReasons);
        return new Escalation(action, s.severity == null ? Severity.URGENT : s.severity, sessionId,
                s.episode, s.eventsInEpisode++, t, s.lastMessageId, s.evidence, reasons, scores,
                Summaries.describe(action, scores, s.categoryBits, reasons), s.tenantId, s.channel, s.customerId);
    }

    /** Everything that speaks for the episode so far, then what this event adds. */
    private static List<String> episodeReasons(SessionState s, List<String> eventReasons) {
        List<String> reasons = new ArrayList<>(8);
        if (s.mashMessages > 0) {
            reasons.add("keyboard-mash");
        }
        for (Category c : Category.values()) {
            if ((s.categoryBits & (1 << c.ordinal())) != 0) {
                reasons.add("lexicon:" + c.name());
            }
        }
        if (s.unansweredCheckIns > 0) {
            reasons.add("unanswered-check-in");
        }
        if (s.agentConcern) {
            reasons.add("agent-concern");
        }
        if (s.agentAlerted) {
            reasons.add(AGENT_ALERT_REASON);
        }
        if (s.thirdParty) {
            reasons.add("third-party");
        }
        for (String r : eventReasons) {
            if (!reasons.contains(r)) {
                reasons.add(r);
            }
        }
        return reasons;
    }

    private void decay(SessionState s, long t) {
        if (s.riskTime > 0 && t > s.riskTime && s.risk > 0) {
            double halfLives = (double) (t - s.riskTime) / policy.riskHalfLife().toMillis();
            s.risk *= Math.pow(0.5, halfLives);
        }
        s.riskTime = Math.max(s.riskTime, t);
    }

    private static void startNewWindow(SessionState s) {
        s.clearSignals();
        s.open = false;
        s.firstEventTime = 0;
        s.customerMessages = 0;
        s.coherentMessages = 0;
        s.playfulUntil = 0;
        s.severity = null;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static int bits(Set<Category> categories) {
        int b = 0;
        for (Category c : categories) {
            b |= 1 << c.ordinal();
        }
        return b;
    }
}
