package io.chatdistress.model;

/**
 * A record that cannot be read as a chat message. The message says what is wrong with the record's
 * shape and never repeats any of its content.
 */
public final class InvalidMessageException extends Exception {
    private static final long serialVersionUID = 1L;

    public InvalidMessageException(String reason) {
        super(reason);
    }
}
