package io.chatdistress.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Synthetic customer-service conversations in several languages for the benchmark workload: order
 * questions, pasted tracking codes and order ids, emoji, typos and the occasional laughing keysmash,
 * so the scorer meets the same kinds of text it meets in production. All of them are "normal"
 * sessions; the labelled distress sessions come from the evaluation set when it is present.
 */
final class GeneratedSessions {
    private record Language(String[] agentOpen, String[] customerAsk, String[] agentAsk, String[] customerDetail,
            String[] agentAnswer, String[] customerChat, String[] customerClose, String[] agentClose) {
    }

    private static final Language EN = new Language(
            new String[] {"Hello, you're chatting with Alex. How can I help you today?", "Hi! Thanks for reaching out to ParcelPoint support."},
            new String[] {"Hi, my parcel hasn't arrived yet and it was due on Monday", "I was charged twice for my last order, can you check?",
                "hello i want to change the delivery address for my order", "The jacket I got is the wrong size, how do I return it?"},
            new String[] {"Sorry about that! Could you give me the order number?", "Of course. What's the tracking code on your confirmation?",
                "Let me look into it. Which e-mail address did you order with?"},
            new String[] {"it's 3SABCD1234567NL", "order #A-448213-77", "jane.doe+shop@example.com", "ORD-2026-118734, thanks",
                "tracking is 1Z999AA10123456784"},
            new String[] {"Thanks, I can see the parcel is at the local depot and will go out tomorrow.",
                "I've refunded the duplicate payment, it should show in 3-5 working days.",
                "Done, the address is updated. You'll get a new confirmation e-mail."},
            new String[] {"ok great", "thx 👍", "that's quick, thank you!", "hmm ok, and if it doesn't come tomorrow?", "lol my neighbour will be happy",
                "hahaha finally", "oh wait, is the invoice sent too?"},
            new String[] {"thanks, that's all", "perfect, bye", "cheers 🙂"},
            new String[] {"You're welcome! Have a nice day.", "Glad I could help. Anything else?"});

    private static final Language DE = new Language(
            new String[] {"Guten Tag, hier ist Jana vom Kundenservice. Wie kann ich helfen?"},
            new String[] {"Hallo, mein Paket ist immer noch nicht da, obwohl es gestern kommen sollte", "Ich möchte meine Bestellung stornieren",
                "Die Rechnung stimmt nicht, es wurden 2 Artikel berechnet"},
            new String[] {"Das tut mir leid. Können Sie mir die Sendungsnummer nennen?", "Gern. Wie lautet Ihre Bestellnummer?"},
            new String[] {"00340434161094042557", "Bestellnummer 4471-2209-88", "DE89 3704 0044 0532 0130 00"},
            new String[] {"Danke, das Paket liegt im Verteilzentrum und wird morgen zugestellt.", "Die Stornierung ist erledigt, Sie erhalten eine Bestätigung."},
            new String[] {"ok danke", "super, vielen Dank 😊", "achso, und was ist mit der Rücksendung?", "hahaha ok", "grüße an die Kollegen"},
            new String[] {"danke, das wars", "tschüss"},
            new String[] {"Gern geschehen! Schönen Tag noch."});

    private static final Language NL = new Language(
            new String[] {"Hoi! Je spreekt met Sanne. Waarmee kan ik je helpen?"},
            new String[] {"Hallo, mijn pakket is niet aangekomen", "ik wil graag mijn adres wijzigen", "Mijn bestelling is beschadigd aangekomen"},
            new String[] {"Wat vervelend! Wat is je track & trace code?", "Kun je je ordernummer doorgeven?"},
            new String[] {"3SABCD7654321NL", "ordernummer 20261188442", "postcode 1012 AB"},
            new String[] {"Dank je, het pakket ligt bij het afhaalpunt om de hoek.", "Ik heb een nieuw exemplaar voor je klaargezet."},
            new String[] {"top, bedankt!", "oké 👍", "hahahaha eindelijk", "en wanneer komt het dan?"},
            new String[] {"dank je wel, fijne dag", "doei"},
            new String[] {"Graag gedaan, fijne dag nog!"});

    private static final Language FR = new Language(
            new String[] {"Bonjour, ici Camille du service client. Comment puis-je vous aider ?"},
            new String[] {"Bonjour, ma commande n'est toujours pas arrivée", "Je voudrais être remboursé, l'article est défectueux"},
            new String[] {"Je suis désolée. Pouvez-vous me donner le numéro de suivi ?", "Quel est votre numéro de commande ?"},
            new String[] {"6A12345678901", "commande n° FR-558712", "c'est marie.dupont@example.fr"},
            new String[] {"Merci, le colis sera livré demain avant 13 h.", "Le remboursement est lancé, comptez 5 jours ouvrés."},
            new String[] {"d'accord merci", "super 😀", "mdr enfin", "et si je ne suis pas là ?"},
            new String[] {"merci, bonne journée", "au revoir"},
            new String[] {"Avec plaisir, bonne journée !"});

    private static final Language ES = new Language(
            new String[] {"¡Hola! Soy Lucía, ¿en qué puedo ayudarte?"},
            new String[] {"Hola, mi pedido no ha llegado todavía", "Quiero cambiar la talla de unas zapatillas"},
            new String[] {"Lo siento mucho. ¿Me das el número de seguimiento?", "¿Cuál es tu número de pedido?"},
            new String[] {"ES-77120984", "pedido 2026-55871", "jajajaja perdón, es el 88127744"},
            new String[] {"Gracias, el paquete llegará mañana por la mañana.", "Listo, te enviamos la etiqueta de devolución por correo."},
            new String[] {"vale gracias", "perfecto 👌", "jajaja genial", "¿y cuánto tarda el reembolso?"},
            new String[] {"gracias, eso es todo", "adiós"},
            new String[] {"¡De nada! Que tengas un buen día."});

    private static final Language PL = new Language(
            new String[] {"Dzień dobry, tu Ola z obsługi klienta. W czym mogę pomóc?"},
            new String[] {"Dzień dobry, moja paczka jeszcze nie dotarła", "Chcę zwrócić zamówienie, bo przyszedł zły kolor"},
            new String[] {"Przykro mi. Proszę podać numer przesyłki.", "Jaki jest numer zamówienia?"},
            new String[] {"PL 6200 1234 5678", "zamówienie nr 55-1209-PL", "kod pocztowy 00-950"},
            new String[] {"Dziękuję, paczka będzie jutro w paczkomacie.", "Zwrot został przyjęty, etykieta jest w mailu."},
            new String[] {"ok dzięki", "super 🙂", "hahah no wreszcie", "a ile to potrwa?"},
            new String[] {"dziękuję, to wszystko", "do widzenia"},
            new String[] {"Nie ma sprawy, miłego dnia!"});

    private static final Language TR = new Language(
            new String[] {"Merhaba, ben Elif. Size nasıl yardımcı olabilirim?"},
            new String[] {"Merhaba, siparişim hâlâ gelmedi", "İade yapmak istiyorum, ürün kırık geldi"},
            new String[] {"Üzgünüm. Takip numaranızı paylaşır mısınız?", "Sipariş numaranız nedir?"},
            new String[] {"TR-99120044", "sipariş 2026-77110", "ayşe.yılmaz@example.com.tr"},
            new String[] {"Teşekkürler, kargonuz yarın teslim edilecek.", "İade talebiniz oluşturuldu."},
            new String[] {"tamam teşekkürler", "süper 👍", "sjsjsjsj tamam", "peki ne zaman gelir?"},
            new String[] {"teşekkürler, iyi günler", "görüşürüz"},
            new String[] {"Rica ederim, iyi günler!"});

    private static final Language[] LANGUAGES = {EN, EN, EN, DE, DE, NL, FR, ES, PL, TR};
    private static final String[] CHANNELS = {"webchat", "webchat", "webchat", "whatsapp", "app", "messenger"};

    private GeneratedSessions() {
    }

    /** @return {@code count} deterministic conversations of 4 to 20 messages */
    static List<Workload.Template> generate(int count, long seed) {
        Random rnd = new Random(seed);
        List<Workload.Template> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Language l = LANGUAGES[rnd.nextInt(LANGUAGES.length)];
            List<Workload.Line> lines = new ArrayList<>();
            lines.add(agent(pick(rnd, l.agentOpen)));
            lines.add(customer(maybeTypo(rnd, pick(rnd, l.customerAsk))));
            lines.add(agent(pick(rnd, l.agentAsk)));
            lines.add(customer(pick(rnd, l.customerDetail)));
            int extra = rnd.nextInt(8);
            for (int k = 0; k < extra; k++) {
                lines.add(agent(pick(rnd, l.agentAnswer)));
                lines.add(customer(maybeTypo(rnd, pick(rnd, l.customerChat))));
            }
            if (rnd.nextInt(10) < 7) {
                lines.add(customer(pick(rnd, l.customerClose)));
                lines.add(agent(pick(rnd, l.agentClose)));
            }
            out.add(new Workload.Template(CHANNELS[rnd.nextInt(CHANNELS.length)], List.copyOf(lines)));
        }
        return out;
    }

    private static Workload.Line agent(String text) {
        return new Workload.Line("AGENT", text);
    }

    private static Workload.Line customer(String text) {
        return new Workload.Line("CUSTOMER", text);
    }

    private static String pick(Random rnd, String[] options) {
        return options[rnd.nextInt(options.length)];
    }

    /** One message in five gets a swapped pair of letters, as people type in a hurry. */
    private static String maybeTypo(Random rnd, String text) {
        if (rnd.nextInt(5) != 0 || text.length() < 6) {
            return text;
        }
        int i = 1 + rnd.nextInt(text.length() - 3);
        char[] c = text.toCharArray();
        if (Character.isLetter(c[i]) && Character.isLetter(c[i + 1])) {
            char t = c[i];
            c[i] = c[i + 1];
            c[i + 1] = t;
        }
        return new String(c);
    }
}
