package io.chatdistress.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chatdistress.scoring.MessageScorer;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Whole conversations written for the project's tests (src/test/resources/sessions), not taken
 * from ../shared/eval, so that they run everywhere: distress in en, de, nl, fr and es that must be
 * caught in time, and normal conversations with look-alikes (hyperbole, laughter, medical
 * products, delivery arrangements) that must stay quiet. Every session is judged on its own.
 */
class WrittenSessionsTest {
    /**
     * Sessions whose outcome is known to differ, with why; each is still checked to be exactly
     * this, so a change in either direction shows.
     */
    private static final Map<String, EvaluationReport.Outcome> KNOWN = Map.ofEntries(
            // Two mash lines 18 s apart, then the agent's "gaat alles goed?" and silence. The model
            // waits for the silence timeout or a third line; the author would call at the second.
            Map.entry("h4-nl-03", EvaluationReport.Outcome.LATE),
            // Dizzy, then confused ("bin auf der bank vorm laden glaub ich"): one UNWELL line and a
            // confused one weigh less than the trigger; the second complaint comes a line later.
            Map.entry("h5-de-04", EvaluationReport.Outcome.LATE),
            // A man circling "mn auto" and pulling the door: "mn auto" reads as an OBJECT before the
            // danger phrase (as in "my car died"), so it waits for "hij staat tegen mn raam".
            Map.entry("h5-nl-03", EvaluationReport.Outcome.LATE),
            // Feeling "a bit weird", then mash twice around "are you ok?": weak evidence each time;
            // the silence escalation comes after the author's call.
            Map.entry("h6-en-03", EvaluationReport.Outcome.LATE),
            // Laughing mash a line earlier, then "asdfghjkl i cant breathe 😭😭": crying emoji are
            // not read as laughter, so "cant breathe" stands.
            Map.entry("h6-en-04", EvaluationReport.Outcome.FALSE_POSITIVE),
            // "le traitement contre les crises d'épilepsie de mon chien": the plural "crises" is read
            // as the seizure phrase and the benign treatment line does not cover it.
            Map.entry("h6-fr-05", EvaluationReport.Outcome.FALSE_POSITIVE),
            // "sie ist grad im sessel zusammengesackt": the armchair between the words breaks the
            // phrase; caught a line later at "atmet so komisch röchelnd".
            Map.entry("h7-de-10", EvaluationReport.Outcome.LATE),
            // "mijn zoon heeft epilepsie, al jaren geen aanval": the reassurance is in the next
            // clause, out of the hypothetical cue's reach.
            Map.entry("h7-nl-01", EvaluationReport.Outcome.FALSE_POSITIVE),
            // Two mash lines, then the agent's question answered by silence: the model waits for
            // the silence timeout; the author would call at the second line.
            Map.entry("h7-fr-02", EvaluationReport.Outcome.LATE),
            // Eighth and ninth batches (sixth session), written by two more authors and run before
            // the fixes they prompted (README, "Evaluation").
            // Mash, "are you ok?", and the explanation ("the cat walked across the laptop", "mein
            // Enkel", "el celular ... en el bolsillo") two minutes later: the check-in's 60 s ran out
            // first, so an URGENT went out and was stood down by the explanation. A collapse looks
            // the same for those two minutes.
            Map.entry("h8-en-10", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h8-de-10", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h8-es-08", EvaluationReport.Outcome.FALSE_POSITIVE),
            // Two mash lines 53 s apart: the model waits for silence or a third line (as h4-nl-03).
            Map.entry("h8-nl-01", EvaluationReport.Outcome.LATE),
            // "just not gonna be around after this week" (HOPELESS, weak), then "im just done fr",
            // which reads as nothing: the escalation waits for the agent's crisis-line referral.
            Map.entry("h9-en-03", EvaluationReport.Outcome.LATE),
            // "hes literally outside rn", then "banging on the door wtf wtf" without a subject: the
            // danger phrase fires a line later at "says hell kick it in".
            Map.entry("h9-en-04", EvaluationReport.Outcome.LATE),
            // Shaky and "mein zucker is im keller" (UNWELL), then "jdjs fkfk sjsj a": its "sjsj"
            // reads as the Spanish laughter "jsjs", so the mash counts as playful. Caught late, when
            // the agent writes "Bitte ruf sofort die 112 an" (URGENT_ADVICE).
            Map.entry("h9-de-02", EvaluationReport.Outcome.LATE),
            // "ik ga dood" on its own after ordering a dress three times: dark humour that reads as
            // a medical emergency, like h7-nl-01.
            Map.entry("h9-nl-06", EvaluationReport.Outcome.FALSE_POSITIVE),
            // Tenth and eleventh batches (seventh session), run before the fixes they prompted.
            // A hypoglycaemia ("my hand is shaking ... i am diabetic", then typing that slips) and a
            // heatstroke ("estoy fatal, me da vueltas todo"): two weak complaints reach the silence
            // bar, but the next line came within the 60 s, and typing needs more.
            Map.entry("h10-en-02", EvaluationReport.Outcome.LATE),
            Map.entry("h10-es-01", EvaluationReport.Outcome.LATE),
            // Closing an account "to leave it tidy for my son", a letter written, "everything laid out
            // in the shed tonight": a plan told without a single self-harm word.
            Map.entry("h10-nl-05", EvaluationReport.Outcome.LATE),
            // AZERTY mash after "jpp" (slang read as laughter), then held "mmmm" and silence: the
            // playful reading holds until the silence check.
            Map.entry("h11-fr-04", EvaluationReport.Outcome.LATE),
            // "me quiero morir, se han agotado las entradas 😭" and "je me jette par la fenêtre avec
            // la box mdr": dark humour in the very words of a plea.
            Map.entry("h11-es-10", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h11-fr-10", EvaluationReport.Outcome.FALSE_POSITIVE),
            // Twelfth batch (understatement and politeness, seventh session): before its fixes
            // 4/25 were caught in time. Carbon monoxide told as a yellow boiler flame and the whole
            // family's headaches: nothing the lexicon can read without knowing what they add up to.
            Map.entry("h12-en-01", EvaluationReport.Outcome.MISSED),
            Map.entry("h12-nl-02", EvaluationReport.Outcome.LATE),
            Map.entry("h12-es-02", EvaluationReport.Outcome.LATE),
            // "a bit of a tumble ... not finding it terribly easy to get up", "my hip is rather sore
            // and my leg looks a bit odd": a broken hip in the politest words. Caught late since the
            // ninth session, at the agent's "I'm going to get you help right now" (AGENT_ALERT).
            Map.entry("h12-en-02", EvaluationReport.Outcome.LATE),
            // Settling affairs: a beneficiary changed, the car insured no more, "j'ai déjà trouvé
            // quelqu'un pour le chat", mother's pills on the table; no self-harm word until asked.
            Map.entry("h12-de-03", EvaluationReport.Outcome.LATE),
            Map.entry("h12-fr-04", EvaluationReport.Outcome.LATE),
            // Weak complaints that come too quickly after one another for the silence bar and stay
            // under the typing bar: sepsis ("liege seit gestern mit Fieber", "wer sind sie
            // nochmal"), heart failure at night ("gaat even niet zo lekker", legs swollen), a hypo
            // ("un petit coup de barre", "je voix un peu flou").
            Map.entry("h12-de-02", EvaluationReport.Outcome.LATE),
            Map.entry("h12-nl-01", EvaluationReport.Outcome.LATE),
            Map.entry("h12-fr-05", EvaluationReport.Outcome.LATE),
            // One or two mash lines, then silence or a line within the minute: as h4-nl-03.
            Map.entry("h12-nl-04", EvaluationReport.Outcome.LATE),
            Map.entry("h12-es-05", EvaluationReport.Outcome.LATE),
            // "ma main droite fait n'importe quoi" after "un peti coup de mou": the stroke line waits
            // for "bras droit lour. bouche bizare".
            Map.entry("h12-fr-03", EvaluationReport.Outcome.LATE),
            // "me caí ... bueno, no me caí", "el ojo no lo puedo abrir bien", "que no vengan con
            // sirena": violence denied while it is disclosed; caught at the last of these.
            // "l'an dernier j'ai fait un petit malaise vagal ..., je suis tombé dans les pommes":
            // the past is named in the clause before the faint.
            Map.entry("h12-fr-09", EvaluationReport.Outcome.FALSE_POSITIVE),
            // Thirteenth batch (people writing about someone else, mixed languages): before its fixes
            // 15/25 in time and 11/25 false alarms. "no me contesta ... no me mira" is also how a
            // courier who does not answer is described; caught at "no reacciona".
            Map.entry("h13-es-01", EvaluationReport.Outcome.LATE),
            // "salgo de una guardia ..., hemos tenido dos infartos, un apuñalado y una parada": each
            // comma starts a clause, so the shift no longer frames "un apuñalado".
            Map.entry("h13-es-06", EvaluationReport.Outcome.FALSE_POSITIVE),
            // Fourteenth batch (accidents and hazards outside the home; 11/25 in time and 4/25 false
            // alarms before its fixes). "been in a smash", "the lady is still in it": the crash is
            // told before anyone is said to be hurt; caught at "bleeding alot from her head".
            Map.entry("h14-en-01", EvaluationReport.Outcome.LATE),
            // Heat exhaustion: "niet zo lekker, beetje misselijk", "zie sterretjes", then mash, each
            // within the minute (as h10-en-02).
            Map.entry("h14-nl-04", EvaluationReport.Outcome.LATE),
            // Stranded at -31 °C, "jsens pu mes doigts", then silence: one weak line, and the
            // silence escalation comes after the author's call.
            Map.entry("h14-fr-01", EvaluationReport.Outcome.LATE),
            // "sonó la alarma de incendio ... y fui yo, se me quemaron las milanesas": the
            // explanation follows the alarm in the same line but not in the same phrase.
            Map.entry("h14-es-08", EvaluationReport.Outcome.FALSE_POSITIVE),
            // Fifteenth batch (the original case and its look-alikes), run after all of this
            // session's other fixes: 21/25 in time, 3/25 false alarms. "not ok" then a head on the
            // keys; "Mal", "Fue hija ll"; "Borst", "Doet zeer" after autocorrected mash: the
            // escalation comes one or two lines after the author's call.
            Map.entry("h15-en-05", EvaluationReport.Outcome.LATE),
            Map.entry("h15-es-04", EvaluationReport.Outcome.LATE),
            Map.entry("h15-nl-04", EvaluationReport.Outcome.LATE),
            // Fans and gamers screaming in mash, then "ich sterbe" / "im literally dying i cant
            // breathe 😭": crying emoji are not laughter, so the phrase stands (as h6-en-04).
            Map.entry("h15-de-10", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h15-en-07", EvaluationReport.Outcome.FALSE_POSITIVE),
            // Phone-in-pocket mash explained 75 s later: the silence bar ran out first (as h8-en-10).
            Map.entry("h15-fr-10", EvaluationReport.Outcome.FALSE_POSITIVE),
            // Sixteenth batch (eighth session: crises told indirectly or in code; 7/25 in time and
            // 10/25 false alarms before its fixes). A plan told through errands with no word of harm:
            // a parcel redirected "i wont need it", a beneficiary changed "heute noch", a contract
            // ended and things shared out, a coat given away; caught later at the agent's referral.
            Map.entry("h16-en-01", EvaluationReport.Outcome.LATE),
            Map.entry("h16-de-01", EvaluationReport.Outcome.LATE),
            Map.entry("h16-nl-01", EvaluationReport.Outcome.LATE),
            Map.entry("h16-es-01", EvaluationReport.Outcome.LATE),
            // Domestic violence in code: "repondez moi juste sur le colis", "mi marido esta al lado
            // mirando": watched, not yet threatened in words.
            Map.entry("h16-fr-03", EvaluationReport.Outcome.MISSED),
            Map.entry("h16-es-03", EvaluationReport.Outcome.LATE),
            // "i want to die ... lol", "jvais me jeter par la fenetre" over a game: self-harm in the
            // words of a joke (as h11-es-10); "help", "HELP" typed to a bot (twice a plea).
            Map.entry("h16-en-06", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h16-fr-09", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h16-nl-09", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h16-es-07", EvaluationReport.Outcome.FALSE_POSITIVE),
            // Cat, toddler and pocket mash explained after the check-in's minute ran out (as h8-en-10).
            Map.entry("h16-de-07", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h16-fr-10", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h16-es-10", EvaluationReport.Outcome.FALSE_POSITIVE),
            // Seventeenth batch (eighth session: typing that degrades in a medical episode, and calm
            // talk of conditions; 12/25 in time, 1 premature and 14/25 false alarms before its fixes).
            // A hypo or a stroke never named, words that drop out or come out wrong ("fridge" for
            // guide): nothing for the lexicon, and the typing stays too legible for the mash detector.
            Map.entry("h17-de-02", EvaluationReport.Outcome.LATE),
            Map.entry("h17-de-03", EvaluationReport.Outcome.MISSED),
            Map.entry("h17-es-01", EvaluationReport.Outcome.MISSED),
            Map.entry("h17-fr-03", EvaluationReport.Outcome.LATE),
            Map.entry("h17-nl-05", EvaluationReport.Outcome.LATE),
            // An allergic reaction told in weak complaints within the minute (as h10-en-02).
            Map.entry("h17-fr-05", EvaluationReport.Outcome.LATE),
            // "hab mein Handy gestern bei nem Anfall fallen lassen": yesterday does not frame a
            // seizure (a fall yesterday may still have the writer on the floor).
            Map.entry("h17-de-05", EvaluationReport.Outcome.PREMATURE),
            Map.entry("h17-nl-07", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h17-nl-10", EvaluationReport.Outcome.FALSE_POSITIVE),
            // Voice-to-text "I can't breathe" corrected a line later; a baby "schopte tegen m'n arm";
            // "je suis tombée dessus" during an old seizure; lying on the cool floor with 😂.
            Map.entry("h17-en-08", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h17-nl-06", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h17-fr-09", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h17-es-07", EvaluationReport.Outcome.FALSE_POSITIVE),
            // Toddler, cat and cat-on-AZERTY mash explained after the minute (as h8-en-10).
            Map.entry("h17-en-06", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h17-de-06", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h17-fr-06", EvaluationReport.Outcome.FALSE_POSITIVE),
            // Eighteenth batch (eighth session: emoji, voice notes and fragments; 8/25 in time and 8/25
            // false alarms before its fixes). A voice note of thumping, "tomate" for a TAN, "blut",
            // "viel", "arm" one word a line, "😵‍💫" then mash, "💊💊💊💊": nothing a phrase can hold.
            Map.entry("h18-en-04", EvaluationReport.Outcome.LATE),
            Map.entry("h18-en-05", EvaluationReport.Outcome.LATE),
            Map.entry("h18-de-01", EvaluationReport.Outcome.LATE),
            Map.entry("h18-de-02", EvaluationReport.Outcome.LATE),
            Map.entry("h18-fr-04", EvaluationReport.Outcome.LATE),
            Map.entry("h18-es-02", EvaluationReport.Outcome.LATE),
            Map.entry("h18-es-03", EvaluationReport.Outcome.LATE),
            Map.entry("h18-de-05", EvaluationReport.Outcome.MISSED),
            Map.entry("h18-nl-03", EvaluationReport.Outcome.LATE),
            // "SOS" with a second plea at a chat's start ("hilfeee paket weg", "help help help",
            // "AYUDAAA"), "ich sterbe 😭" over a parcel on the garage roof, a flatmate who "cant
            // breathe" laughing.
            Map.entry("h18-en-06", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h18-de-06", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h18-de-09", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h18-nl-09", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h18-es-09", EvaluationReport.Outcome.FALSE_POSITIVE),
            // Nineteenth batch (eighth session: fear without an emergency against real danger; 7/25
            // in time, 2 premature and 6/25 false alarms before its fixes). A partner "on his way"
            // despite a court order, a flood at a neighbour's window, carbon monoxide felt as a
            // headache blamed on stress: the threat is told before anything happens.
            Map.entry("h19-de-04", EvaluationReport.Outcome.LATE),
            Map.entry("h19-nl-04", EvaluationReport.Outcome.LATE),
            Map.entry("h19-fr-05", EvaluationReport.Outcome.LATE),
            Map.entry("h19-nl-02", EvaluationReport.Outcome.LATE),
            // Shaking after a scam, a racing heart in a power cut, "aidez moi svp" about money, a
            // rear-end collision with nobody hurt, a neighbour banging on the door at night.
            Map.entry("h19-en-07", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h19-de-06", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h19-nl-10", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h19-fr-08", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h19-fr-09", EvaluationReport.Outcome.FALSE_POSITIVE),
            // Twentieth batch (eighth session: distress inside chatbot flows; 17/25 in time and 14/25
            // false alarms before its fixes). One mash line, then the bot's canned menu: nobody asks
            // "are you ok?", so the model waits for a second line or the silence (as h4-nl-03). The
            // suicide plan told as a beneficiary change ("als ge het zelf doet"), the pills laid
            // out, and "mei mund hengt" are caught since the ninth session's lexicon lines.
            Map.entry("h20-en-02", EvaluationReport.Outcome.LATE),
            Map.entry("h20-nl-01", EvaluationReport.Outcome.LATE),
            Map.entry("h20-fr-02", EvaluationReport.Outcome.LATE),
            Map.entry("h20-es-05", EvaluationReport.Outcome.LATE),
            // Rage or pocket mash at a bot, then a human's "are you ok?" answered late; "ik ga dood
            // hier" at a bot; a past concussion "aber es ist vorbei" answered to a bot's yes/no.
            Map.entry("h20-en-09", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h20-de-09", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h20-de-10", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h20-nl-06", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h20-fr-08", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h20-es-08", EvaluationReport.Outcome.FALSE_POSITIVE),
            // Twenty-first batch (eighth session: phone typing, autocorrect turning taps into little
            // words; 11/25 in time and 10/25 false alarms before its fixes). Word salad is now mash,
            // but some collapses show only swipe slips ("kaum Lust" for "kaum Luft") or one line.
            // Two of them (h21-en-02, h21-en-04) are caught late, when the agent urges the
            // customer to call 999 now (URGENT_ADVICE, ninth session); so are h19-nl-02,
            // h23-de-03, h23-nl-04 and h23-nl-05.
            Map.entry("h21-en-02", EvaluationReport.Outcome.LATE),
            Map.entry("h21-en-04", EvaluationReport.Outcome.LATE),
            Map.entry("h21-en-05", EvaluationReport.Outcome.LATE),
            Map.entry("h21-de-04", EvaluationReport.Outcome.LATE),
            Map.entry("h21-nl-03", EvaluationReport.Outcome.MISSED),
            Map.entry("h21-fr-03", EvaluationReport.Outcome.MISSED),
            Map.entry("h21-de-03", EvaluationReport.Outcome.LATE),
            Map.entry("h21-de-05", EvaluationReport.Outcome.LATE),
            Map.entry("h21-fr-04", EvaluationReport.Outcome.LATE),
            Map.entry("h21-fr-05", EvaluationReport.Outcome.LATE),
            Map.entry("h21-es-04", EvaluationReport.Outcome.LATE),
            // Autocorrect that writes "Notarzt", "gedood" or "ich bin nicht mehr da", a child typing
            // "help", a real small cut or burn, word salad from a pocket while running.
            Map.entry("h21-en-10", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h21-de-06", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h21-de-07", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h21-de-10", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h21-nl-07", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h21-nl-10", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h21-fr-07", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h21-es-07", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h21-es-09", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h21-es-10", EvaluationReport.Outcome.FALSE_POSITIVE),
            // Twenty-second batch (eighth session: customers writing in a second language; 16/25 in
            // time and 4/25 false alarms before its fixes). Cries in the writer's own language
            // inside a longer line ("kinder wachen nicht richtig auf yardım edin", "pomocy!!! ich
            // weiss nicht nummer hier") are solo HELP phrases and do not fire there; carbon monoxide
            // told as a family's headaches; a threat or a plan told before the words of harm.
            Map.entry("h22-de-01", EvaluationReport.Outcome.LATE),
            Map.entry("h22-de-02", EvaluationReport.Outcome.LATE),
            Map.entry("h22-de-03", EvaluationReport.Outcome.LATE),
            Map.entry("h22-fr-03", EvaluationReport.Outcome.LATE),
            Map.entry("h22-es-03", EvaluationReport.Outcome.LATE),
            Map.entry("h22-es-05", EvaluationReport.Outcome.LATE),
            // Twenty-third batch (eighth session: conditions that worsen slowly over a long chat;
            // 10/25 in time, 2 premature and 10/25 false alarms before its fixes). Each complaint
            // alone is mild (UNWELL), and the model needs more than two within the minute or a
            // silence; a cold, period pain, a hangover, a self-treated hypo told in its words.
            Map.entry("h23-en-04", EvaluationReport.Outcome.LATE),
            Map.entry("h23-en-06", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h23-en-07", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h23-de-03", EvaluationReport.Outcome.LATE),
            Map.entry("h23-de-04", EvaluationReport.Outcome.LATE),
            Map.entry("h23-de-05", EvaluationReport.Outcome.LATE),
            Map.entry("h23-de-08", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h23-de-10", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h23-nl-04", EvaluationReport.Outcome.LATE),
            Map.entry("h23-nl-05", EvaluationReport.Outcome.LATE),
            Map.entry("h23-nl-06", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h23-nl-10", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h23-fr-05", EvaluationReport.Outcome.LATE),
            Map.entry("h23-fr-10", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h23-es-01", EvaluationReport.Outcome.LATE),
            Map.entry("h23-es-02", EvaluationReport.Outcome.PREMATURE),
            Map.entry("h23-es-07", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h23-es-09", EvaluationReport.Outcome.FALSE_POSITIVE),
            // Twenty-fifth batch (ninth session: someone else in danger, told by the customer; 12/25
            // in time and 11/25 false alarms before its fixes, 5 missed at the session's start and
            // 1 after URGENT_ADVICE alone). Carbon monoxide told as the family's headaches and
            // sickness after the agent asks; a neighbour who does not open while the gas smell
            // grows: caught a line late, when the customer sees someone lying down.
            Map.entry("h25-en-04", EvaluationReport.Outcome.LATE),
            Map.entry("h25-nl-02", EvaluationReport.Outcome.LATE),
            // A collapse told in the past or already handled by paramedics, or listed as what a
            // first-aid course's videos show, in a clause of its own; a fall from a bunk bed
            // "gisteravond"; a toddler's mash before "ist bei Ihnen alles in Ordnung?".
            Map.entry("h25-en-07", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h25-en-10", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h25-de-10", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h25-nl-08", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h25-fr-06", EvaluationReport.Outcome.FALSE_POSITIVE),
            // Twenty-fourth batch (ninth session: odd typing explained or not, and who is typing;
            // 21/25 in time, 1 premature and 22/25 false alarms before its fixes). The look-alikes
            // are built to match the emergencies up to the explanation: mash, "are you ok?", minutes
            // of silence, then "my toddler grabbed the phone". The model raises the alarm at the
            // silence, as it must for the collapses, and stands it down on the explanation (15 of
            // these 21; the others explain in words the lexicon does not know, and a person
            // stands them down). A partner who takes over the chat, a confused "wer sind sie", "ik
            // ben zo moe" and pills told as "ge nomen": caught a line or two late.
            Map.entry("h24-de-04", EvaluationReport.Outcome.LATE),
            Map.entry("h24-de-05", EvaluationReport.Outcome.LATE),
            Map.entry("h24-nl-03", EvaluationReport.Outcome.LATE),
            Map.entry("h24-en-06", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h24-en-07", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h24-en-08", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h24-en-09", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h24-en-10", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h24-de-06", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h24-de-07", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h24-de-08", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h24-de-09", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h24-nl-06", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h24-nl-08", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h24-nl-09", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h24-fr-06", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h24-fr-07", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h24-fr-08", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h24-fr-09", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h24-fr-10", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h24-es-06", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h24-es-07", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h24-es-08", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h24-es-09", EvaluationReport.Outcome.FALSE_POSITIVE),
            // Twenty-sixth batch (ninth session: customers who type unusually every day, with dictation,
            // eye gaze, a tremor or aphasia; 15/25 in time, 5 premature and 8/25 false alarms before
            // its fixes, most of them a stroke or a wheelchair told as why the customer types so).
            // Typing that gets worse than the customer's own normal ("words worse than usual"), a
            // carer who does not come, a ventilator alarm: nothing a phrase lexicon can compare; the
            // dictated "ik wil er een eind aan maken" about a TV package and a child's dictated
            // "ik krijg geen lucht" stay false alarms.
            Map.entry("h26-en-05", EvaluationReport.Outcome.LATE),
            Map.entry("h26-de-03", EvaluationReport.Outcome.LATE),
            Map.entry("h26-de-04", EvaluationReport.Outcome.LATE),
            Map.entry("h26-nl-04", EvaluationReport.Outcome.LATE),
            Map.entry("h26-fr-02", EvaluationReport.Outcome.LATE),
            Map.entry("h26-fr-05", EvaluationReport.Outcome.LATE),
            Map.entry("h26-es-01", EvaluationReport.Outcome.LATE),
            Map.entry("h26-es-03", EvaluationReport.Outcome.LATE),
            Map.entry("h26-nl-05", EvaluationReport.Outcome.MISSED),
            Map.entry("h26-de-07", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h26-nl-06", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h26-nl-10", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h26-fr-07", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h26-es-09", EvaluationReport.Outcome.FALSE_POSITIVE),
            // Twenty-seventh batch (ninth session: children and teenagers; 13/25 in time and 11/25
            // false alarms before its fixes). Children wrote "mama wacht nich auf", "papa is gevalen",
            // "voll rauch" (caught now: bare "mama", "papa" are subjects); a stranger at the school
            // gate and a teenager's plan told slowly come late; toddler mash with "are you ok?" and
            // first-aid homework stay false alarms.
            Map.entry("h27-en-04", EvaluationReport.Outcome.LATE),
            Map.entry("h27-de-02", EvaluationReport.Outcome.LATE),
            Map.entry("h27-nl-02", EvaluationReport.Outcome.LATE),
            Map.entry("h27-fr-03", EvaluationReport.Outcome.LATE),
            Map.entry("h27-fr-04", EvaluationReport.Outcome.LATE),
            Map.entry("h27-es-04", EvaluationReport.Outcome.LATE),
            Map.entry("h27-nl-04", EvaluationReport.Outcome.MISSED),
            Map.entry("h27-en-07", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h27-en-08", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h27-de-06", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h27-de-07", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h27-nl-07", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h27-fr-07", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h27-fr-10", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h27-es-07", EvaluationReport.Outcome.FALSE_POSITIVE),
            Map.entry("h27-es-10", EvaluationReport.Outcome.FALSE_POSITIVE));

    private static List<SessionFile.Session> sessions;
    private static EvaluationReport report;

    @BeforeAll
    static void evaluate() throws Exception {
        sessions = SessionFile.read(resource("/sessions/written.sessions.jsonl"));
        List<OfflineEvaluator.Decision> decisions =
                new OfflineEvaluator(AppConfig.defaults(), MessageScorer.loadDefault()).evaluate(sessions);
        report = new EvaluationReport(sessions, decisions);
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(WrittenSessionsTest.class.getResource(name).toURI());
    }

    @Test
    void shouldCoverEveryRequiredLanguageWithBothLabels() {
        for (String lang : List.of("en", "de", "nl", "fr", "es")) {
            assertTrue(sessions.stream().anyMatch(s -> s.lang().equals(lang) && s.distress()), lang);
            assertTrue(sessions.stream().anyMatch(s -> s.lang().equals(lang) && !s.distress()), lang);
        }
    }

    @Test
    void shouldCatchEveryDistressSessionInTimeAndLeaveEveryNormalOneQuietSaveTheKnownExceptions() {
        List<String> wrong = new ArrayList<>();
        Map<String, EvaluationReport.Outcome> outcomes = report.outcomes();
        for (SessionFile.Session s : sessions) {
            EvaluationReport.Outcome o = outcomes.get(s.sessionId());
            EvaluationReport.Outcome want = KNOWN.getOrDefault(s.sessionId(),
                    s.distress() ? EvaluationReport.Outcome.TIMELY : EvaluationReport.Outcome.QUIET);
            if (o != want) {
                wrong.add(s.sessionId() + " (" + s.scenario() + "): " + o);
            }
        }
        assertEquals(List.of(), wrong, report::missesMarkdown);
    }
}
