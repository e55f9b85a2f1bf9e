package io.chatdistress.topology;

import io.chatdistress.model.ChatMessage;

/** Either a valid chat message or the dead letter that replaces an invalid one. */
record Parsed(ChatMessage message, DeadLetter deadLetter) {
    boolean valid() {
        return message != null;
    }
}
