package io.chatdistress.app;

import io.chatdistress.scoring.MessageScorer;
import io.chatdistress.session.SessionPolicy;
import io.chatdistress.session.SessionRiskModel;
import io.chatdistress.topology.DetectorMetrics;
import io.chatdistress.topology.DetectorSettings;
import io.chatdistress.topology.DetectorTopology;
import io.chatdistress.topology.EscalationEventFactory;
import io.chatdistress.topology.Topics;
import java.net.URI;
import java.util.function.UnaryOperator;
import org.apache.kafka.streams.Topology;

/** Builds the production topology from a configuration; shared by the service and offline modes. */
public final class Detector {
    private Detector() {
    }

    public static Topology topology(AppConfig config, MessageScorer scorer, DetectorMetrics metrics) {
        SessionPolicy policy = SessionPolicy.defaults()
                .withSessionGap(config.sessionGap())
                .withSilenceTimeout(config.silenceTimeout());
        UnaryOperator<String> refs = config.sessionRefs();
        EscalationEventFactory events = new EscalationEventFactory(URI.create(config.eventSource()), refs);
        DetectorSettings settings = DetectorSettings.defaults()
                .withPunctuateInterval(config.punctuateInterval())
                .withExcerptMaxChars(config.excerptMaxChars());
        return DetectorTopology.build(config.topics(), scorer, new SessionRiskModel(policy), events, metrics, settings);
    }
}
