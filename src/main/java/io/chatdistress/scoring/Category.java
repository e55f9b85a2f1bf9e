package io.chatdistress.scoring;

/**
 * What a lexicon phrase says about the writer. Distress categories are evidence that someone needs
 * help; context categories change how the session model reads the surrounding messages.
 */
public enum Category {
    /** Acute medical emergency: chest pain, cannot breathe, stroke signs, seizure, bleeding. */
    MEDICAL(true),
    /** Feeling unwell: dizzy, sick, faint, "I don't feel well". Weak alone. */
    UNWELL(true),
    /** Fell, cannot get up. */
    FALL(true),
    /** Suicidal intent or self-harm. */
    SELF_HARM(true),
    /** Vague hopelessness ("nothing matters any more"). Weak alone. */
    HOPELESS(true),
    /** Violence or threat from another person, intruder, fire. */
    DANGER(true),
    /** A call for help or an ambulance/police. */
    HELP(true),
    /** An agent asking whether the customer is all right or still there. */
    CHECK_IN(false),
    /** A system notice that the customer has been inactive or left. */
    INACTIVITY_NOTICE(false),
    /** The customer explains accidental typing ("sorry, my cat walked on the keyboard"). */
    EXPLANATION(false),
    /** The customer says they are fine. */
    REASSURANCE(false),
    /** Laughter ("haha", "mdr", "jajaja", "😂"). */
    LAUGHTER(false),
    /**
     * An agent saying they cannot read or follow the customer's last message ("sorry, I don't
     * understand", "could you repeat that?"): a careful reader's sign of degrading typing.
     */
    UNREADABLE_REPLY(false),
    /**
     * An agent asking whether the customer is all right ("are you ok?", "gaat het wel?", "ist etwas
     * passiert?"), as opposed to whether they are still there: the agent is worried by what they
     * just read. Such lines are also {@link #CHECK_IN}.
     */
    WELLBEING_CHECK(false),
    /**
     * An agent saying they are alerting emergency services or the police for the customer now, or
     * have done so ("I'm calling an ambulance", "the ambulance is on its way", "ik bel nu 112"): the
     * person reading the chat judged it an emergency. Not an offer ("shall I call an ambulance?")
     * and not advice ("call 112 if it gets worse").
     */
    AGENT_ALERT(false),
    /**
     * An agent pointing the customer to a suicide or crisis line ("you can call Samaritans on 116
     * 123", "die Telefonseelsorge ist rund um die Uhr erreichbar", "appelez le 3114"): the person
     * reading the chat took it for a crisis. Ordinary support never names these services.
     */
    CRISIS_REFERRAL(false),
    /**
     * An agent telling the customer, without a condition, to call emergency services now ("please
     * call 999 right now", "bitte rufen Sie sofort die 112 an", "bel direct 112", "appelez le 15
     * immédiatement", "llame al 112 ahora mismo"): the person reading the chat judged it an
     * emergency, and a customer who collapses cannot make that call. Not advice under a condition
     * ("if you are in danger, call 911 immediately", "bij brand bel je altijd 112"): a COND phrase in
     * its clause or the two clauses before it cancels it.
     */
    URGENT_ADVICE(false),
    /**
     * An agent asking whether the customer is in danger, hurt, or wants emergency services
     * called ("are you in danger?", "sind Sie verletzt?", "zal ik 112 bellen?", "voulez-vous que
     * j'appelle les secours ?", "¿quiere que llame a una ambulancia?"): a question whose bare
     * "yes" is an emergency. Not "do you need help?", which support asks about orders.
     */
    DANGER_QUESTION(false);

    private final boolean distress;

    Category(boolean distress) {
        this.distress = distress;
    }

    public boolean isDistress() {
        return distress;
    }
}
