package io.chatdistress.model;

/** Who wrote a chat message. Only the customer can signal distress; the others are context. */
public enum Sender {
    CUSTOMER,
    AGENT,
    BOT,
    SYSTEM
}
