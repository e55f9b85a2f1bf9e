package io.chatdistress.scoring.gibberish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StructuredTokensTest {

    @ParameterizedTest
    @ValueSource(strings = {"GB82WEST12345698765432", "DE89370400440532013000", "NL91ABNA0417164300",
        "FR1420041010050500013M02606", "BE68539007547034", "CH9300762011623852957"})
    void shouldAcceptIbanWhenMod97CheckHolds(String iban) {
        assertTrue(StructuredTokens.ibanValid(iban));
        assertEquals("iban", StructuredTokens.kindOf(iban));
    }

    @ParameterizedTest
    @ValueSource(strings = {"GB82WEST12345698765433", "DE89370400440532013001", "NL91ABNA0417164301"})
    void shouldRejectIbanWhenOneDigitIsWrong(String iban) {
        assertFalse(StructuredTokens.ibanValid(iban));
    }

    @ParameterizedTest
    @ValueSource(strings = {"4111111111111111", "5500-0000-0000-0004", "490154203237518", "79927398713"})
    void shouldAcceptLuhnWhenCheckDigitHolds(String number) {
        assertTrue(StructuredTokens.luhnValid(number));
    }

    @ParameterizedTest
    @ValueSource(strings = {"4111111111111112", "79927398710"})
    void shouldRejectLuhnWhenCheckDigitIsWrong(String number) {
        assertFalse(StructuredTokens.luhnValid(number));
    }

    @ParameterizedTest
    @ValueSource(strings = {"RR123456785NL", "EE123456785DE", "CP123456785FR"})
    void shouldAcceptUpuS10WhenMod11CheckHolds(String id) {
        assertTrue(StructuredTokens.isS10(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"RR123456784NL", "R1234567856NL", "RR12345678NL"})
    void shouldRejectUpuS10WhenMalformed(String id) {
        assertFalse(StructuredTokens.isS10(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"00340434161094022115", "4006381333931"})
    void shouldAcceptGs1WhenMod10CheckHolds(String id) {
        assertTrue(StructuredTokens.gs1Valid(id));
    }

    @ParameterizedTest
    @CsvSource({
        "jan.de.vries@example.nl, email", "müller@straße.de, email", "https://amzn.eu/d/xRGE28, url",
        "www.bol.com, url", "postnl.nl/track, url", "3f2504e0-4f89-11d3-9a0c-0305e82c3301, uuid",
        "00:1A:2B:3C:4D:5E, mac", "ef-b4-90-0f-d8-5d, mac", "192.168.178.1, ip", "2a02:065d:fd85:4700::d, ip",
        "0x3DEF3F59, hex", "da34e0111f6730dd0d17b8b6295e76a1, hex", "28-3-2026, number",
        "scan1506.pdf, filename", "XXXX-XXXX-XXXX-1179, masked", "1Z999AA10123456784, ups"})
    void shouldRecogniseKindWhenTokenIsStructured(String token, String kind) {
        assertEquals(kind, StructuredTokens.kindOf(token));
    }

    @ParameterizedTest
    @ValueSource(strings = {"asdfghjkl", "Straße", "hello", "end.Then", "qwerty@", "...", "jjjjjjj", "größer"})
    void shouldNotRecogniseWhenTokenIsWordOrMash(String token) {
        assertNull(StructuredTokens.kindOf(token));
    }
}
