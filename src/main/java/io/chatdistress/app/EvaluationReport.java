package io.chatdistress.app;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Counts decisions against labels as shared/eval/FORMAT.md defines them: a distress session is
 * caught in time when its first escalation comes at a message index in [signalAt, escalateAt];
 * before signalAt it is premature (a false alarm with nothing to go on), after escalateAt late.
 * A normal session with any escalation is a false positive.
 */
public final class EvaluationReport {
    /** Counts for one slice of the data. */
    public static final class Counts {
        int distress;
        int timely;
        int premature;
        int late;
        int missed;
        int normal;
        int falsePositives;

        public double timelyRecall() {
            return distress == 0 ? Double.NaN : (double) timely / distress;
        }

        public double prematureRate() {
            return distress == 0 ? Double.NaN : (double) premature / distress;
        }

        public double falsePositiveRate() {
            return normal == 0 ? Double.NaN : (double) falsePositives / normal;
        }

        public int distress() {
            return distress;
        }

        public int normal() {
            return normal;
        }
    }

    /** The outcome of one session. */
    public enum Outcome { TIMELY, PREMATURE, LATE, MISSED, QUIET, FALSE_POSITIVE }

    private final Counts overall = new Counts();
    private final Map<String, Counts> byScenario = new TreeMap<>();
    private final Map<String, Counts> byLanguage = new TreeMap<>();
    private final Map<String, Outcome> outcomes = new HashMap<>();
    private final List<SessionFile.Session> sessions;

    public EvaluationReport(List<SessionFile.Session> sessions, List<OfflineEvaluator.Decision> decisions) {
        this.sessions = List.copyOf(sessions);
        Map<String, OfflineEvaluator.Decision> byId = new HashMap<>();
        decisions.forEach(d -> byId.put(d.sessionId(), d));
        for (SessionFile.Session s : sessions) {
            OfflineEvaluator.Decision d = byId.get(s.sessionId());
            Outcome o = outcome(s, d);
            outcomes.put(s.sessionId(), o);
            for (Counts c : List.of(overall, byScenario.computeIfAbsent(s.scenario(), k -> new Counts()),
                    byLanguage.computeIfAbsent(String.valueOf(s.lang()), k -> new Counts()))) {
                add(c, s, o);
            }
        }
    }

    public static Outcome outcome(SessionFile.Session s, OfflineEvaluator.Decision d) {
        boolean escalated = d != null && d.escalated();
        if (!s.distress()) {
            return escalated ? Outcome.FALSE_POSITIVE : Outcome.QUIET;
        }
        if (!escalated) {
            return Outcome.MISSED;
        }
        int index = indexOf(s, d.firstEscalationMessageId());
        if (index < s.signalAt()) {
            return Outcome.PREMATURE;
        }
        return index <= s.escalateAt() ? Outcome.TIMELY : Outcome.LATE;
    }

    private static int indexOf(SessionFile.Session s, String messageId) {
        for (int i = 0; i < s.messages().size(); i++) {
            if (s.messages().get(i).messageId().equals(messageId)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static void add(Counts c, SessionFile.Session s, Outcome o) {
        if (s.distress()) {
            c.distress++;
        } else {
            c.normal++;
        }
        switch (o) {
            case TIMELY -> c.timely++;
            case PREMATURE -> c.premature++;
            case LATE -> c.late++;
            case MISSED -> c.missed++;
            case FALSE_POSITIVE -> c.falsePositives++;
            case QUIET -> { }
        }
    }

    public Counts overall() {
        return overall;
    }

    public Map<String, Counts> byScenario() {
        return byScenario;
    }

    public Map<String, Outcome> outcomes() {
        return outcomes;
    }

    /** One line per distress session not caught in time and per false alarm, without reasons. */
    public String missesMarkdown() {
        return missesMarkdown(null);
    }

    /**
     * One line per distress session not caught in time and per false alarm, with what the scorer
     * and the session model saw when {@code scorer} is given.
     */
    public String missesMarkdown(io.chatdistress.scoring.MessageScorer scorer) {
        MissDiagnosis diagnosis = scorer == null ? null
                : new MissDiagnosis(scorer, io.chatdistress.session.SessionPolicy.defaults());
        StringBuilder b = new StringBuilder(diagnosis == null ? "| session | scenario | outcome |\n|---|---|---|\n"
                : "| session | scenario | outcome | why |\n|---|---|---|---|\n");
        int n = 0;
        for (SessionFile.Session s : sessions) {
            Outcome o = outcomes.get(s.sessionId());
            if (o != Outcome.TIMELY && o != Outcome.QUIET) {
                b.append("| ").append(s.sessionId()).append(" | ").append(s.scenario()).append(" | ")
                        .append(o.name().toLowerCase(Locale.ROOT).replace('_', ' '));
                if (diagnosis != null) {
                    b.append(" | ").append(diagnosis.explain(s, o));
                }
                b.append(" |\n");
                n++;
            }
        }
        return n == 0 ? "None.\n" : b.toString();
    }

    public String toMarkdown() {
        StringBuilder b = new StringBuilder();
        b.append("| slice | distress | timely recall | premature | late | missed | normal | false-positive rate |\n");
        b.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        row(b, "**all**", overall);
        b.append("\n**By scenario**\n\n");
        b.append("| scenario | distress | timely recall | premature | late | missed | normal | false-positive rate |\n");
        b.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        byScenario.forEach((k, v) -> row(b, k, v));
        b.append("\n**By language**\n\n");
        b.append("| language | distress | timely recall | premature | late | missed | normal | false-positive rate |\n");
        b.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        byLanguage.forEach((k, v) -> row(b, k, v));
        return b.toString();
    }

    private static void row(StringBuilder b, String name, Counts c) {
        Function<Double, String> pct = v -> v.isNaN() ? "–" : String.format(Locale.ROOT, "%.1f%%", v * 100);
        b.append("| ").append(name).append(" | ").append(c.distress).append(" | ").append(pct.apply(c.timelyRecall()))
                .append(" | ").append(c.premature).append(" | ").append(c.late).append(" | ").append(c.missed)
                .append(" | ").append(c.normal).append(" | ").append(pct.apply(c.falsePositiveRate())).append(" |\n");
    }
}
