package io.chatdistress.scoring;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WordSaladTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "the the is a to I you", "ik ik ik ik ik ik ik", "ich bin der die die", "que no que no que no de la que",
        "je je suis pas la de la de", "I in the on to go is it ok I the"})
    void shouldReadLittleWordsWithoutGrammarAsWordSalad(String text) {
        assertTrue(WordSalad.matches(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // closed-class words in grammatical order, words repeated on purpose, content words
        "it is what it is", "no no no no", "ja ja ja ja", "ok ok ok ok", "I am on my way to the shop",
        "je suis là", "the parcel the parcel", "ich bin in der Küche", "que es lo que es",
        // too short, or too long to be taps
        "the the", ""})
    void shouldNotReadOrdinaryOrShortTextAsWordSalad(String text) {
        assertFalse(WordSalad.matches(text), text);
    }

    @org.junit.jupiter.api.Test
    void shouldNotReadANullOrLongTextAsWordSalad() {
        assertFalse(WordSalad.matches(null));
        assertFalse(WordSalad.matches("the the is a to I you ".repeat(10)));
    }
}
