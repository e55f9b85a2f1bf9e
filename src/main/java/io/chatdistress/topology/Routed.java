package io.chatdistress.topology;

/** A serialised output record and where it goes. */
record Routed(byte[] value, boolean deadLetter) {
}
