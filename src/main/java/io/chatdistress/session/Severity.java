package io.chatdistress.session;

/** How urgently a human should look. */
public enum Severity {
    /** Strong signs that something is wrong (a burst of keyboard mash); check on the customer now. */
    URGENT,
    /** A person probably needs help now: explicit emergency language, or mash with illness or silence. */
    EMERGENCY
}
