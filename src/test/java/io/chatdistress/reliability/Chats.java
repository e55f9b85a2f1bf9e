package io.chatdistress.reliability;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chatdistress.serde.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Chat sessions written for the reliability tests, with outcomes nobody can argue about: a
 * customer who writes "I have chest pain and can't breathe" (one trigger), one who types three
 * keyboard-mash messages in a row (one trigger, on the third), and polite multilingual support
 * chats (nothing). Every session is split in two parts so a test can crash, bounce or rebalance
 * between them; a mash session's third mash is in the second part, so it only triggers if the
 * state written by the first part survived.
 *
 * <p>Event times are {@code base + i s} for the i-th message of a session, whatever the wall clock
 * says when it is sent: evidence decay (half-life five minutes of event time) then never depends
 * on how long a test waited between the parts.
 */
final class Chats {

    enum Kind {
        /** Explicit emergency language: one trigger, on that message. */
        STRONG,
        /** Three mash messages, two before the split and one after: one trigger, on the third. */
        MASH,
        /** Ordinary support chat in several languages: no event at all. */
        NORMAL
    }

    record Line(String sessionId, String messageId, String sender, String text, long timestamp) {
        String json() {
            ObjectNode n = Json.mapper().createObjectNode();
            n.put("messageId", messageId);
            n.put("sessionId", sessionId);
            n.put("sender", sender);
            n.put("text", text);
            n.put("timestamp", Instant.ofEpochMilli(timestamp).toString());
            n.put("channel", "webchat");
            return n.toString();
        }
    }

    record Chat(String sessionId, Kind kind, List<Line> firstPart, List<Line> secondPart) {
        boolean distress() {
            return kind != Kind.NORMAL;
        }

        List<Line> all() {
            List<Line> all = new ArrayList<>(firstPart);
            all.addAll(secondPart);
            return all;
        }
    }

    static final String CHEST_PAIN = "I have chest pain and can't breathe";
    static final List<String> MASH = List.of(
            "hjjjjjjjjjjjjjjjjjjjjkl", "fgjkdlsñ vbnmcxhgfd", "asdfghjklöä qwertzuiopü", "жщфывапролдж",
            "qwrtzpsdfghjklyxcvbnm", "ñlkjhgfdsaqwxzvbnmç");
    static final List<String> CUSTOMER_NORMAL = List.of(
            "Hallo, ich möchte meine Bestellung ändern", "Où est mon colis ? Merci beaucoup",
            "¿Puedo cambiar la dirección de envío?", "Danke, schönen Tag noch", "Спасибо, всё понятно",
            "ありがとうございます、確認します", "ok, bis später 👋");
    static final List<String> AGENT_NORMAL = List.of(
            "Gern, welche Bestellnummer?", "Einen Moment bitte, ich schaue nach.",
            "Il arrive demain, je vérifie le suivi.");

    private Chats() {
    }

    /**
     * {@code count} sessions named {@code prefix-00000...}: every fifth is STRONG, every fifth
     * (offset one) is MASH, the rest NORMAL. STRONG sessions alternate between the first and the
     * second part, so both parts carry triggers.
     */
    static List<Chat> generate(String prefix, int count, long baseTime) {
        List<Chat> chats = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String id = String.format(Locale.ROOT, "%s-%05d", prefix, i);
            Kind kind = switch (i % 5) {
                case 0 -> Kind.STRONG;
                case 1 -> Kind.MASH;
                default -> Kind.NORMAL;
            };
            chats.add(chat(id, kind, i, baseTime));
        }
        return chats;
    }

    static Chat chat(String id, Kind kind, int variant, long baseTime) {
        List<Line> lines = new ArrayList<>();
        String greeting = CUSTOMER_NORMAL.get(variant % CUSTOMER_NORMAL.size());
        String agent = AGENT_NORMAL.get(variant % AGENT_NORMAL.size());
        int split;
        switch (kind) {
            case STRONG -> {
                lines.add(line(id, lines.size(), "CUSTOMER", greeting, baseTime));
                lines.add(line(id, lines.size(), "AGENT", agent, baseTime));
                lines.add(line(id, lines.size(), "CUSTOMER", CHEST_PAIN, baseTime));
                split = variant % 2 == 0 ? lines.size() : 0;
            }
            case MASH -> {
                lines.add(line(id, lines.size(), "CUSTOMER", greeting, baseTime));
                lines.add(line(id, lines.size(), "CUSTOMER", MASH.get(variant % MASH.size()), baseTime));
                lines.add(line(id, lines.size(), "CUSTOMER", MASH.get((variant + 1) % MASH.size()), baseTime));
                lines.add(line(id, lines.size(), "AGENT", agent, baseTime));
                split = lines.size();
                lines.add(line(id, lines.size(), "CUSTOMER", MASH.get((variant + 2) % MASH.size()), baseTime));
            }
            default -> {
                lines.add(line(id, lines.size(), "CUSTOMER", greeting, baseTime));
                lines.add(line(id, lines.size(), "AGENT", agent, baseTime));
                split = lines.size();
                lines.add(line(id, lines.size(), "CUSTOMER",
                        CUSTOMER_NORMAL.get((variant + 3) % CUSTOMER_NORMAL.size()), baseTime));
                lines.add(line(id, lines.size(), "AGENT", AGENT_NORMAL.get((variant + 1) % AGENT_NORMAL.size()),
                        baseTime));
            }
        }
        return new Chat(id, kind, List.copyOf(lines.subList(0, split)), List.copyOf(lines.subList(split, lines.size())));
    }

    private static Line line(String sessionId, int index, String sender, String text, long baseTime) {
        return new Line(sessionId, sessionId + "-m" + index, sender, text, baseTime + index * 1000L);
    }

    static List<Line> firstParts(List<Chat> chats) {
        return chats.stream().flatMap(c -> c.firstPart().stream()).toList();
    }

    static List<Line> secondParts(List<Chat> chats) {
        return chats.stream().flatMap(c -> c.secondPart().stream()).toList();
    }

    static List<String> distressIds(List<Chat> chats) {
        return chats.stream().filter(Chat::distress).map(Chat::sessionId).sorted().toList();
    }

    static List<String> allTexts() {
        List<String> texts = new ArrayList<>();
        texts.add(CHEST_PAIN);
        texts.addAll(MASH);
        texts.addAll(CUSTOMER_NORMAL);
        texts.addAll(AGENT_NORMAL);
        return texts;
    }
}
