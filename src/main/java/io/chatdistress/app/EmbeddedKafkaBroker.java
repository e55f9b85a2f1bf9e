package io.chatdistress.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node KRaft Kafka broker (combined broker and controller) running inside this JVM, for
 * the {@code broker}, {@code run} and {@code demo} commands and for integration tests.
 *
 * <p>It takes the same path as {@code kafka-storage.sh format} followed by
 * {@code kafka-server-start.sh}: the log directory is formatted with Kafka's {@link Formatter}
 * (only when it carries no {@code meta.properties} yet, so a persistent directory keeps its data
 * and cluster id) and then a {@link KafkaRaftServer} is started. Both classes are internal Kafka
 * APIs: this wrapper is pinned to the project's {@code kafka.version} and kept small on purpose.
 *
 * <p>Every listener (the PLAINTEXT broker listener, the controller listener and any extra client
 * listener, such as a SASL_SSL one for security tests) binds 127.0.0.1 only; the node is never
 * reachable from other hosts.
 *
 * <p><b>Fatal faults.</b> On a fatal fault (for example the metadata log directory failing) Kafka
 * calls {@code Exit.halt}, i.e. {@code Runtime.halt}, which would kill the whole JVM without
 * running shutdown hooks: in a test run this looks like the JVM silently vanishing, and in the
 * service it would skip the orderly shutdown of Kafka Streams. Every {@link #start} therefore
 * replaces Kafka's process-wide exit and halt procedures, and they stay replaced for the life of
 * the JVM (Kafka's own "reset" would install procedures that throw, not the defaults). The
 * replacement logs the request at ERROR, marks every running embedded broker as failed
 * ({@link #hasFailed()}) and hands the request to the {@link FatalFaultHandler} set with
 * {@link #setFatalFaultHandler}. The default handler only logs: the JVM stays up and the caller
 * decides (the service's CLI can install a handler that stops the application and exits non-zero
 * from its own thread). One exception: Kafka also reports a failed start, such as a port taken
 * between our choice and its bind, as a fatal fault on the starting thread; that request is
 * logged at WARN and {@link #start} retries or throws instead.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    /** Receives Kafka's requests to terminate the JVM. Called on a Kafka thread: do not block. */
    @FunctionalInterface
    public interface FatalFaultHandler {
        /**
         * @param halt       true for {@code Exit.halt} (Kafka wanted {@code Runtime.halt}), false for
         *                   {@code Exit.exit} ({@code System.exit})
         * @param statusCode the status code Kafka asked for
         * @param message    Kafka's message, possibly null
         */
        void onFatalFault(boolean halt, int statusCode, String message);
    }

    /**
     * An additional broker listener on 127.0.0.1, for example a {@code SASL_SSL} listener that
     * requires client certificates. Inter-broker and controller traffic stay on the PLAINTEXT
     * listeners; this one only serves clients.
     *
     * @param name             listener name, upper case letters, digits and underscores, not
     *                         {@code PLAINTEXT} or {@code CONTROLLER} (e.g. {@code SECURE})
     * @param securityProtocol one of Kafka's security protocols: {@code PLAINTEXT}, {@code SSL},
     *                         {@code SASL_PLAINTEXT}, {@code SASL_SSL}
     * @param settings         broker settings for this listener only, without prefix (for example
     *                         {@code ssl.keystore.location}, {@code ssl.client.auth},
     *                         {@code sasl.enabled.mechanisms}, {@code scram-sha-512.sasl.jaas.config});
     *                         each is set as {@code listener.name.<name lower case>.<setting>}
     */
    public record ExtraListener(String name, String securityProtocol, Map<String, String> settings) {
        public ExtraListener {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(securityProtocol, "securityProtocol");
            if (!name.matches("[A-Z][A-Z0-9_]*") || name.equals(BROKER_LISTENER) || name.equals(CONTROLLER_LISTENER)) {
                throw new IllegalArgumentException("Listener name must be upper case letters, digits and "
                    + "underscores and not " + BROKER_LISTENER + " or " + CONTROLLER_LISTENER + ", was " + name);
            }
            if (!SecurityProtocol.names().contains(securityProtocol)) {
                throw new IllegalArgumentException("Unknown security protocol " + securityProtocol
                    + "; expected one of " + SecurityProtocol.names());
            }
            settings = settings == null ? Map.of() : Map.copyOf(settings);
        }

        /** Prefix of this listener's settings in the broker configuration. */
        String configPrefix() {
            return "listener.name." + name.toLowerCase(Locale.ROOT) + ".";
        }

        /** Never prints the settings: they hold passwords. */
        @Override
        public String toString() {
            return "ExtraListener[" + name + ", " + securityProtocol + ", settings " + settings.keySet() + "]";
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);

    private static final String LOOPBACK = "127.0.0.1";
    private static final String BROKER_LISTENER = "PLAINTEXT";
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    /** Sub-directory of a caller's data dir; Kafka treats every sub-directory of a log dir as a partition. */
    private static final String LOG_DIR_NAME = "kraft-combined-logs";
    /**
     * Held for the broker's lifetime. Kafka's own {@code .lock} is taken by the log manager only
     * after the controller has started on the shared metadata log, so a second node on the same
     * directory would otherwise write to that log before being refused.
     */
    private static final String DATA_DIR_LOCK_NAME = "embedded-broker.lock";
    private static final int NODE_ID = 1;
    private static final int MAX_BIND_ATTEMPTS = 5;
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration TOPIC_READY_TIMEOUT = Duration.ofSeconds(30);
    private static final long POLL_INTERVAL_MS = 50;

    private static final FatalFaultHandler LOG_ONLY = (halt, statusCode, message) -> { };
    private static final AtomicReference<FatalFaultHandler> FATAL_FAULT_HANDLER = new AtomicReference<>(LOG_ONLY);
    private static final Set<EmbeddedKafkaBroker> RUNNING = new CopyOnWriteArraySet<>();
    /**
     * Set while this thread runs {@code KafkaRaftServer.startup()}: Kafka reports a failed start
     * (a port taken between our probe and its bind, for one) as a fatal fault, calling halt on the
     * starting thread and then throwing. That is a start-up failure to retry or report, not a
     * fault of the brokers already running.
     */
    private static final ThreadLocal<Boolean> STARTING_ON_THIS_THREAD = ThreadLocal.withInitial(() -> false);

    private final KafkaRaftServer server;
    private final Path logDir;
    private final Path tempRoot;
    private final FileChannel dataDirLock;
    private final String bootstrapServers;
    /** Bootstrap address by extra listener name, in the order given. */
    private final Map<String, String> extraBootstrapServers;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile boolean failed;

    private EmbeddedKafkaBroker(KafkaRaftServer server, Path logDir, Path tempRoot, FileChannel dataDirLock,
            int brokerPort, Map<String, Integer> extraPorts) {
        this.server = server;
        this.logDir = logDir;
        this.tempRoot = tempRoot;
        this.dataDirLock = dataDirLock;
        this.bootstrapServers = LOOPBACK + ":" + brokerPort;
        Map<String, String> extra = new LinkedHashMap<>();
        extraPorts.forEach((name, p) -> extra.put(name, LOOPBACK + ":" + p));
        this.extraBootstrapServers = java.util.Collections.unmodifiableMap(extra);
    }

    /**
     * Formats (if new) and starts a combined broker+controller KRaft node bound to 127.0.0.1.
     *
     * @param dataDir null for a temporary directory deleted on close; otherwise a persistent
     *                directory (a restart on the same directory keeps data and cluster id)
     * @param port    0 for a free port; otherwise the broker listens on 127.0.0.1:port
     * @throws BindException if {@code port} is taken, or no free ports were found
     * @throws IOException   if the directory cannot be prepared or the node does not start
     */
    public static EmbeddedKafkaBroker start(Path dataDir, int port) throws IOException {
        return start(dataDir, port, List.of(), EmbeddedKafkaBroker::freeLoopbackPort);
    }

    /**
     * Like {@link #start(Path, int)}, with additional client listeners (each on a free 127.0.0.1
     * port, see {@link #bootstrapServers(String)}). The PLAINTEXT listener stays, for inter-broker
     * traffic and for administration.
     *
     * @throws IllegalArgumentException if two extra listeners share a name
     */
    public static EmbeddedKafkaBroker start(Path dataDir, int port, List<ExtraListener> extraListeners)
            throws IOException {
        return start(dataDir, port, extraListeners, EmbeddedKafkaBroker::freeLoopbackPort);
    }

    /** Source of candidate ports; replaceable so tests can provoke a port clash. */
    @FunctionalInterface
    interface PortPicker {
        int next() throws IOException;
    }

    static EmbeddedKafkaBroker start(Path dataDir, int port, PortPicker ports) throws IOException {
        return start(dataDir, port, List.of(), ports);
    }

    static EmbeddedKafkaBroker start(Path dataDir, int port, List<ExtraListener> extraListeners, PortPicker ports)
            throws IOException {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0 (any free port) or 1-65535, was " + port);
        }
        Objects.requireNonNull(extraListeners, "extraListeners");
        if (extraListeners.stream().map(ExtraListener::name).distinct().count() != extraListeners.size()) {
            throw new IllegalArgumentException("Extra listener names must be unique");
        }
        installExitProcedures();
        long startNanos = System.nanoTime();
        Path tempRoot = dataDir == null ? Files.createTempDirectory("embedded-kafka-") : null;
        Path root = (dataDir == null ? tempRoot : dataDir).toAbsolutePath();
        Path logDir = root.resolve(LOG_DIR_NAME);
        FileChannel lock = null;
        try {
            Files.createDirectories(logDir);
            lock = lockDataDir(root);
            if (port != 0) {
                ensurePortFree(port);
            }
            String clusterId = formatIfNeeded(logDir);
            EmbeddedKafkaBroker broker = startWithFreshPorts(logDir, tempRoot, lock, port, extraListeners, ports);
            RUNNING.add(broker);
            LOG.info("Embedded Kafka broker started on {}{} (cluster {}, data {}) in {} ms",
                broker.bootstrapServers,
                broker.extraBootstrapServers.isEmpty() ? "" : " and " + broker.extraBootstrapServers, clusterId, dataDir == null ? "temporary" : logDir,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos));
            return broker;
        } catch (IOException | RuntimeException e) {
            closeQuietly(lock);
            if (tempRoot != null) {
                deleteRecursively(tempRoot);
            }
            throw e;
        }
    }

    /** Bootstrap address of the broker listener, e.g. {@code 127.0.0.1:39092}. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /**
     * Bootstrap address of an extra listener given to {@link #start(Path, int, List)}, e.g.
     * {@code "SECURE"} → {@code 127.0.0.1:40123}; {@code "PLAINTEXT"} gives {@link #bootstrapServers()}.
     *
     * @throws IllegalArgumentException if the broker has no listener of that name
     */
    public String bootstrapServers(String listenerName) {
        if (BROKER_LISTENER.equals(listenerName)) {
            return bootstrapServers;
        }
        String address = extraBootstrapServers.get(listenerName);
        if (address == null) {
            throw new IllegalArgumentException("No listener " + listenerName + "; extra listeners: "
                + extraBootstrapServers.keySet());
        }
        return address;
    }

    /**
     * True once Kafka has reported a fatal fault (a halt or exit request) while this broker was
     * running. Kafka does not say which node failed, so every running embedded broker is marked.
     */
    public boolean hasFailed() {
        return failed;
    }

    /**
     * Sets who decides what happens when Kafka asks to halt or exit the JVM. The request is always
     * logged at ERROR first. Process-wide; {@code null} restores the default (log only).
     */
    public static void setFatalFaultHandler(FatalFaultHandler handler) {
        FATAL_FAULT_HANDLER.set(handler == null ? LOG_ONLY : handler);
    }

    /**
     * Creates the topics that do not exist yet (replication factor 1) and waits until every
     * partition of every listed topic has a leader. Existing topics are left as they are; a
     * different partition count is logged at WARN.
     *
     * @throws IllegalStateException if the broker is closed, a topic cannot be created or is not
     *                               usable within 30 s
     */
    public void createTopics(Map<String, Integer> partitionsByTopic) {
        Objects.requireNonNull(partitionsByTopic, "partitionsByTopic");
        if (closed.get()) {
            throw new IllegalStateException("Embedded Kafka broker is closed");
        }
        if (partitionsByTopic.isEmpty()) {
            return;
        }
        List<NewTopic> newTopics = new ArrayList<>();
        partitionsByTopic.forEach((name, partitions) -> {
            if (partitions == null || partitions < 1) {
                throw new IllegalArgumentException("Topic " + name + " needs at least one partition");
            }
            newTopics.add(new NewTopic(name, partitions, (short) 1));
        });
        try (Admin admin = Admin.create(adminConfig())) {
            admin.createTopics(newTopics).values().forEach((name, future) -> {
                try {
                    future.get(TOPIC_READY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                    LOG.info("Created topic {} with {} partition(s)", name, partitionsByTopic.get(name));
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("Could not create topic " + name, e.getCause());
                    }
                } catch (TimeoutException e) {
                    throw new IllegalStateException("Timed out creating topic " + name, e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while creating topic " + name, e);
                }
            });
            awaitLeaders(admin, partitionsByTopic);
        }
    }

    /** Shuts the node down (normally well under a second); idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        long startNanos = System.nanoTime();
        try {
            server.shutdown();
            server.awaitShutdown();
        } catch (RuntimeException e) {
            LOG.warn("Embedded Kafka broker on {} did not shut down cleanly", bootstrapServers, e);
        } finally {
            RUNNING.remove(this);
            closeQuietly(dataDirLock);
            if (tempRoot != null) {
                deleteRecursively(tempRoot);
            }
        }
        LOG.info("Embedded Kafka broker on {} stopped in {} ms", bootstrapServers,
            TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos));
    }

    @Override
    public String toString() {
        return "EmbeddedKafkaBroker[" + bootstrapServers + ", " + logDir + "]";
    }

    // ---------------------------------------------------------------- start-up

    private static EmbeddedKafkaBroker startWithFreshPorts(Path logDir, Path tempRoot, FileChannel lock,
            int fixedPort, List<ExtraListener> extraListeners, PortPicker ports) throws IOException {
        IOException lastBindFailure = null;
        for (int attempt = 1; attempt <= MAX_BIND_ATTEMPTS; attempt++) {
            // The controller port must be known before start-up (controller.quorum.voters) and the
            // server does not report bound ports, so free ports are chosen here; another process
            // can take one before Kafka binds it, hence the retry.
            int brokerPort = fixedPort != 0 ? fixedPort : ports.next();
            int controllerPort = ports.next();
            while (controllerPort == brokerPort) {
                controllerPort = ports.next();
            }
            Set<Integer> usedPorts = new java.util.HashSet<>(List.of(brokerPort, controllerPort));
            Map<String, Integer> extraPorts = new LinkedHashMap<>();
            for (ExtraListener listener : extraListeners) {
                int extraPort = ports.next();
                while (!usedPorts.add(extraPort)) {
                    extraPort = ports.next();
                }
                extraPorts.put(listener.name(), extraPort);
            }
            KafkaRaftServer server = null;
            STARTING_ON_THIS_THREAD.set(true);
            try {
                server = new KafkaRaftServer(
                    new KafkaConfig(brokerConfig(logDir, brokerPort, controllerPort, extraListeners, extraPorts), false),
                    Time.SYSTEM);
                server.startup();
                return new EmbeddedKafkaBroker(server, logDir, tempRoot, lock, brokerPort, extraPorts);
            } catch (RuntimeException e) {
                if (server != null) {
                    shutdownQuietly(server);
                }
                BindException bind = findBindException(e);
                if (bind == null) {
                    throw new IOException("Embedded Kafka broker failed to start", e);
                }
                if (fixedPort != 0 && mentionsPort(e, fixedPort)) {
                    BindException taken = new BindException("Port " + fixedPort + " on " + LOOPBACK + " is not available");
                    taken.initCause(e);
                    throw taken;
                }
                LOG.warn("Port clash on start-up attempt {} of {} (broker {}, controller {}, extra {}), retrying",
                    attempt, MAX_BIND_ATTEMPTS, brokerPort, controllerPort, extraPorts);
                lastBindFailure = bind;
            } finally {
                STARTING_ON_THIS_THREAD.remove();
            }
        }
        BindException failure = new BindException(
            "No free loopback ports after " + MAX_BIND_ATTEMPTS + " attempts");
        failure.initCause(lastBindFailure);
        throw failure;
    }

    static Map<String, Object> brokerConfig(Path logDir, int brokerPort, int controllerPort) {
        return brokerConfig(logDir, brokerPort, controllerPort, List.of(), Map.of());
    }

    static Map<String, Object> brokerConfig(Path logDir, int brokerPort, int controllerPort,
            List<ExtraListener> extraListeners, Map<String, Integer> extraPorts) {
        Map<String, Object> c = new HashMap<>();
        c.put("process.roles", "broker,controller");
        c.put("node.id", NODE_ID);
        StringBuilder listeners = new StringBuilder(BROKER_LISTENER + "://" + LOOPBACK + ":" + brokerPort + ","
            + CONTROLLER_LISTENER + "://" + LOOPBACK + ":" + controllerPort);
        StringBuilder advertised = new StringBuilder(BROKER_LISTENER + "://" + LOOPBACK + ":" + brokerPort);
        StringBuilder protocols = new StringBuilder(BROKER_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        for (ExtraListener listener : extraListeners) {
            String endpoint = "," + listener.name() + "://" + LOOPBACK + ":" + extraPorts.get(listener.name());
            listeners.append(endpoint);
            advertised.append(endpoint);
            protocols.append(',').append(listener.name()).append(':').append(listener.securityProtocol());
        }
        // Static voters (kraft.version 0): the controller port may change between restarts of a
        // persistent directory, which a dynamic quorum (voters stored in the log) would not allow.
        c.put("controller.quorum.voters", NODE_ID + "@" + LOOPBACK + ":" + controllerPort);
        c.put("listeners", listeners.toString());
        c.put("advertised.listeners", advertised.toString());
        c.put("listener.security.protocol.map", protocols.toString());
        c.put("controller.listener.names", CONTROLLER_LISTENER);
        c.put("inter.broker.listener.name", BROKER_LISTENER);
        c.put("log.dirs", logDir.toString());
        c.put("metadata.log.dir", logDir.toString());
        c.put("server.max.startup.time.ms", STARTUP_TIMEOUT.toMillis());

        // One node: every internal topic must live with a single replica, or transactions time out
        // and consumer groups never get partitions (defaults are RF 3 / min.isr 2).
        c.put("offsets.topic.replication.factor", 1);
        c.put("transaction.state.log.replication.factor", 1);
        c.put("transaction.state.log.min.isr", 1);
        c.put("share.coordinator.state.topic.replication.factor", 1);
        c.put("share.coordinator.state.topic.min.isr", 1);
        c.put("default.replication.factor", 1);
        c.put("min.insync.replicas", 1);
        // Fewer coordinator partitions than the 50 defaults: the first group join and the first
        // transactional producer otherwise wait for 50 partitions to be created and loaded.
        c.put("offsets.topic.num.partitions", 5);
        c.put("transaction.state.log.num.partitions", 5);
        c.put("share.coordinator.state.topic.num.partitions", 5);
        c.put("group.initial.rebalance.delay.ms", 0);
        c.put("auto.create.topics.enable", false);
        c.put("num.partitions", 1);

        // A long-running dev broker on a laptop: bounded disk, segments small enough to be deleted.
        c.put("log.retention.hours", 24);
        c.put("log.retention.bytes", 256L * 1024 * 1024);
        c.put("log.segment.bytes", 32 * 1024 * 1024);
        c.put("log.retention.check.interval.ms", 60_000L);
        // The cleaner allocates its dedupe buffer eagerly (128 MiB by default).
        c.put("log.cleaner.dedupe.buffer.size", 16L * 1024 * 1024);

        // Threads sized for a small machine shared with Kafka Streams.
        c.put("num.network.threads", 2);
        c.put("num.io.threads", 4);
        c.put("background.threads", 4);
        c.put("num.recovery.threads.per.data.dir", 1);

        for (ExtraListener listener : extraListeners) {
            listener.settings().forEach((key, value) -> c.put(listener.configPrefix() + key, value));
        }
        // Strings parse for every config type (SHORT and INT settings reject a Long, for example).
        c.replaceAll((key, value) -> String.valueOf(value));
        return c;
    }

    /** Formats the log directory unless it already holds meta.properties; returns the cluster id. */
    private static String formatIfNeeded(Path logDir) throws IOException {
        Path metaProperties = logDir.resolve("meta.properties");
        if (Files.exists(metaProperties)) {
            java.util.Properties props = new java.util.Properties();
            try (var in = Files.newInputStream(metaProperties)) {
                props.load(in);
            }
            return props.getProperty("cluster.id", "?");
        }
        String clusterId = Uuid.randomUuid().toString();
        Formatter formatter = new Formatter()
            .setPrintStream(new PrintStream(new DebugLogStream(), false, StandardCharsets.UTF_8))
            .setNodeId(NODE_ID)
            .setClusterId(clusterId)
            .setControllerListenerName(CONTROLLER_LISTENER)
            .setMetadataLogDirectory(logDir.toString())
            .addDirectory(logDir.toString());
        try {
            formatter.run();
        } catch (Exception e) {
            throw new IOException("Could not format Kafka log directory " + logDir, e);
        }
        return clusterId;
    }

    private static FileChannel lockDataDir(Path root) throws IOException {
        FileChannel channel = FileChannel.open(root.resolve(DATA_DIR_LOCK_NAME),
            StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            if (channel.tryLock() != null) {
                return channel;
            }
        } catch (OverlappingFileLockException e) {
            // held by another embedded broker in this JVM
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
        closeQuietly(channel);
        throw new IOException("Kafka data directory " + root + " is in use by another broker");
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            LOG.debug("Ignoring failure to close {}", channel, e);
        }
    }

    private static void ensurePortFree(int port) throws BindException {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(InetAddress.getByName(LOOPBACK), port));
        } catch (IOException e) {
            BindException bind = new BindException("Port " + port + " on " + LOOPBACK + " is not available");
            bind.initCause(e);
            throw bind;
        }
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            return socket.getLocalPort();
        }
    }

    private static BindException findBindException(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BindException) {
                return (BindException) t;
            }
        }
        return null;
    }

    /** Kafka names the address in its bind failure: "Socket server failed to bind to host:port: ...". */
    private static boolean mentionsPort(Throwable e, int port) {
        String address = LOOPBACK + ":" + port + ":";
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(address)) {
                return true;
            }
        }
        return false;
    }

    private static void shutdownQuietly(KafkaRaftServer server) {
        try {
            server.shutdown();
            server.awaitShutdown();
        } catch (RuntimeException e) {
            LOG.debug("Ignoring failure while cleaning up a failed start-up", e);
        }
    }

    // ---------------------------------------------------------------- fatal faults

    /** Installed on every start, in case something else in this JVM replaced them in between. */
    private static void installExitProcedures() {
        Exit.setHaltProcedure((statusCode, message) -> onFatalFault(true, statusCode, message));
        Exit.setExitProcedure((statusCode, message) -> onFatalFault(false, statusCode, message));
    }

    private static void onFatalFault(boolean halt, int statusCode, String message) {
        if (STARTING_ON_THIS_THREAD.get()) {
            LOG.warn("Kafka requested {}({}) while the embedded broker was starting; handled as a "
                + "start-up failure", halt ? "Runtime.halt" : "System.exit", statusCode);
            return;
        }
        LOG.error("Kafka requested {}({}){}; the JVM is kept running and the embedded broker is "
                + "probably unusable. See the preceding Kafka ERROR lines for the cause.",
            halt ? "Runtime.halt" : "System.exit", statusCode, message == null ? "" : ": " + message,
            new IllegalStateException("Fatal Kafka fault requested by this call stack"));
        RUNNING.forEach(broker -> broker.failed = true);
        try {
            FATAL_FAULT_HANDLER.get().onFatalFault(halt, statusCode, message);
        } catch (RuntimeException e) {
            LOG.error("Fatal fault handler failed", e);
        }
    }

    // ---------------------------------------------------------------- topics

    private Map<String, Object> adminConfig() {
        Map<String, Object> c = new HashMap<>();
        c.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        c.put(AdminClientConfig.CLIENT_ID_CONFIG, "embedded-broker-admin");
        c.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        c.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 20_000);
        return c;
    }

    private void awaitLeaders(Admin admin, Map<String, Integer> partitionsByTopic) {
        long deadline = System.nanoTime() + TOPIC_READY_TIMEOUT.toNanos();
        Map<String, Integer> pending = new HashMap<>(partitionsByTopic);
        while (true) {
            try {
                Map<String, TopicDescription> descriptions =
                    admin.describeTopics(pending.keySet()).allTopicNames().get(10, TimeUnit.SECONDS);
                for (TopicDescription d : descriptions.values()) {
                    List<TopicPartitionInfo> partitions = d.partitions();
                    boolean ready = !partitions.isEmpty()
                        && partitions.stream().allMatch(p -> p.leader() != null && !p.leader().isEmpty());
                    if (ready) {
                        int wanted = pending.remove(d.name());
                        if (partitions.size() != wanted) {
                            LOG.warn("Topic {} already exists with {} partition(s), not the {} requested; left as is",
                                d.name(), partitions.size(), wanted);
                        }
                    }
                }
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                    throw new IllegalStateException("Could not describe topics " + pending.keySet(), e.getCause());
                }
            } catch (TimeoutException e) {
                // fall through to the deadline check
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for topics " + pending.keySet(), e);
            }
            if (pending.isEmpty()) {
                return;
            }
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("Topics " + pending.keySet() + " have no leader after "
                    + TOPIC_READY_TIMEOUT.toSeconds() + " s");
            }
            try {
                Thread.sleep(POLL_INTERVAL_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for topics " + pending.keySet(), e);
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    private static void deleteRecursively(Path root) {
        try {
            FileTrees.deleteRecursively(root);
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Could not delete temporary Kafka directory {}", root, e);
        }
    }

    /** Sends the Formatter's console output to this class's logger at DEBUG, one line per entry. */
    private static final class DebugLogStream extends OutputStream {
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        @Override
        public synchronized void write(int b) {
            if (b == '\n') {
                flushLine();
            } else if (b != '\r') {
                line.write(b);
            }
        }

        /** Flushes only at line ends ({@link PrintStream} flushes mid-line too). */
        @Override
        public synchronized void close() {
            flushLine();
        }

        private void flushLine() {
            if (line.size() > 0) {
                if (LOG.isDebugEnabled()) {
                    LOG.debug("kafka-storage format: {}", line.toString(StandardCharsets.UTF_8));
                }
                line.reset();
            }
        }
    }
}
