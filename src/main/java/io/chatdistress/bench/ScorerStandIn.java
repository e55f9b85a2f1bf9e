package io.chatdistress.bench;

import io.chatdistress.app.AppConfig;
import io.chatdistress.scoring.MessageScore;
import io.chatdistress.scoring.MessageScorer;
import io.chatdistress.session.SessionPolicy;
import io.chatdistress.session.SessionRiskModel;
import io.chatdistress.topology.DetectorMetrics;
import io.chatdistress.topology.DetectorSettings;
import io.chatdistress.topology.DetectorTopology;
import io.chatdistress.topology.EscalationEventFactory;
import io.chatdistress.topology.Scoring;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.streams.Topology;

/**
 * Measurement only: scorer stand-ins that make scoring nearly free, so a run measures what the
 * service's topology costs besides the scorer. Never used by the service itself.
 *
 * <ul>
 *   <li>{@code memo}: the real scorer's result for every line of the workload, computed once before
 *       the run and looked up by text (one hash of the text per message). Decisions and events are
 *       those of the real scorer.</li>
 *   <li>{@code constant}: the same empty score for every message (no signal, nothing escalates).</li>
 * </ul>
 */
final class ScorerStandIn {
    static final String REAL = "real";
    static final String MEMO = "memo";
    static final String CONSTANT = "constant";

    private ScorerStandIn() {
    }

    static Scoring of(String mode, MessageScorer real, List<Workload> workloads) {
        return switch (mode) {
            case REAL -> Scoring.of(real);
            case MEMO -> memo(real, workloads);
            case CONSTANT -> constant();
            default -> throw new IllegalArgumentException("unknown scorer stand-in: " + mode);
        };
    }

    static Scoring constant() {
        MessageScore empty = new MessageScore(0, false, 0, false, Set.of(), false, List.of(), 0);
        return new Scoring() {
            @Override
            public MessageScore score(String text) {
                return empty;
            }

            @Override
            public MessageScore scoreContext(String text) {
                return empty;
            }
        };
    }

    static Scoring memo(MessageScorer real, List<Workload> workloads) {
        Map<String, MessageScore> customer = new HashMap<>();
        Map<String, MessageScore> context = new HashMap<>();
        for (Workload w : workloads) {
            for (Workload.Template t : w.templates()) {
                for (Workload.Line line : t.lines()) {
                    if (line.sender().trim().equalsIgnoreCase("customer")) {
                        customer.computeIfAbsent(line.text(), real::score);
                    } else {
                        context.computeIfAbsent(line.text(), real::scoreContext);
                    }
                }
            }
        }
        return new Scoring() {
            @Override
            public MessageScore score(String text) {
                MessageScore s = customer.get(text);
                return s != null ? s : real.score(text);
            }

            @Override
            public MessageScore scoreContext(String text) {
                MessageScore s = context.get(text);
                return s != null ? s : real.scoreContext(text);
            }
        };
    }

    /** The production topology exactly as {@code Detector.topology} builds it, with {@code scoring} as scorer. */
    static Topology serviceTopology(AppConfig config, Scoring scoring, DetectorMetrics metrics) {
        SessionPolicy policy = SessionPolicy.defaults()
                .withSessionGap(config.sessionGap())
                .withSilenceTimeout(config.silenceTimeout());
        EscalationEventFactory events = new EscalationEventFactory(URI.create(config.eventSource()), config.sessionRefs());
        DetectorSettings settings = DetectorSettings.defaults()
                .withPunctuateInterval(config.punctuateInterval())
                .withExcerptMaxChars(config.excerptMaxChars());
        return DetectorTopology.build(config.topics(), scoring, new SessionRiskModel(policy), events, metrics, settings);
    }
}
