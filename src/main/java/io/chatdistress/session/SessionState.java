package io.chatdistress.session;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the service remembers about one chat session. Mutable, owned by one stream task at a
 * time; written to the state store after every change. The session id is the store key and is not
 * repeated here.
 */
public final class SessionState {
    /** Evidence lists are bounded: a consumer needs a handful of message ids, not the chat. */
    static final int MAX_EVIDENCE = 6;
    private static final byte CODEC_VERSION = 1;

    String tenantId;
    String channel;
    String customerId;
    String lastMessageId;

    long firstEventTime;
    long lastEventTime;
    long lastCustomerTime;
    /** Time the risk value was last brought up to date; risk decays with event time. */
    long riskTime;

    int customerMessages;
    int coherentMessages;
    /** Coherent customer messages since the last signal. */
    int coherentSinceSignal;

    double risk;
    double maxGibberish;
    int mashMessages;
    int distressPhrases;
    int unansweredCheckIns;
    /** Customer mash messages since the last coherent one. */
    int mashStreak;
    /** Bit set of {@link io.chatdistress.scoring.Category} ordinals seen in the current episode window. */
    int categoryBits;
    boolean silenceFired;
    boolean sawStrongDistress;
    boolean thirdParty;

    /** Event time of the latest unanswered distress signal; 0 when none is open. */
    long signalTime;
    /** Event time of an agent check-in after a signal that the customer has not answered; 0 when none. */
    long checkInTime;
    /** Laughter or a joke makes mash until this time playful. */
    long playfulUntil;
    /** When the silence punctuator should look at this session; 0 when no timer is set. */
    long silenceDeadline;

    int episode;
    boolean open;
    Severity severity;
    int eventsInEpisode;

    final List<String> evidence = new ArrayList<>(MAX_EVIDENCE);

    public boolean isOpen() {
        return open;
    }

    public int episode() {
        return episode;
    }

    public long lastEventTime() {
        return lastEventTime;
    }

    public long silenceDeadline() {
        return silenceDeadline;
    }

    public double risk() {
        return risk;
    }

    public String lastMessageId() {
        return lastMessageId;
    }

    void addEvidence(String messageId) {
        if (evidence.contains(messageId)) {
            return;
        }
        if (evidence.size() == MAX_EVIDENCE) {
            // Keep the first piece of evidence (how it started) and the latest ones.
            evidence.remove(1);
        }
        evidence.add(messageId);
    }

    /** Clears the evidence window; keeps identity, baseline and episode counters. */
    void clearSignals() {
        risk = 0;
        maxGibberish = 0;
        mashMessages = 0;
        distressPhrases = 0;
        unansweredCheckIns = 0;
        mashStreak = 0;
        categoryBits = 0;
        signalTime = 0;
        checkInTime = 0;
        silenceDeadline = 0;
        silenceFired = false;
        sawStrongDistress = false;
        thirdParty = false;
        coherentSinceSignal = 0;
        evidence.clear();
    }

    public byte[] toBytes() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeByte(CODEC_VERSION);
            // First, at a fixed offset: the expiry scan reads only this.
            out.writeLong(lastEventTime);
            writeNullable(out, tenantId);
            writeNullable(out, channel);
            writeNullable(out, customerId);
            writeNullable(out, lastMessageId);
            out.writeLong(firstEventTime);
            out.writeLong(lastCustomerTime);
            out.writeLong(riskTime);
            out.writeInt(customerMessages);
            out.writeInt(coherentMessages);
            out.writeInt(coherentSinceSignal);
            out.writeFloat((float) risk);
            out.writeFloat((float) maxGibberish);
            out.writeShort(Math.min(mashMessages, Short.MAX_VALUE));
            out.writeShort(Math.min(distressPhrases, Short.MAX_VALUE));
            out.writeShort(Math.min(unansweredCheckIns, Short.MAX_VALUE));
            out.writeShort(Math.min(mashStreak, Short.MAX_VALUE));
            out.writeInt(categoryBits);
            int flags = (silenceFired ? 1 : 0) | (sawStrongDistress ? 2 : 0) | (thirdParty ? 4 : 0) | (open ? 8 : 0);
            out.writeByte(flags);
            out.writeLong(signalTime);
            out.writeLong(checkInTime);
            out.writeLong(playfulUntil);
            out.writeLong(silenceDeadline);
            out.writeInt(episode);
            out.writeByte(severity == null ? -1 : severity.ordinal());
            out.writeInt(eventsInEpisode);
            out.writeByte(evidence.size());
            for (String id : evidence) {
                out.writeUTF(id);
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SessionState fromBytes(byte[] data) {
        try {
            DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(data));
            byte version = in.readByte();
            if (version != CODEC_VERSION) {
                throw new IllegalArgumentException("unknown session state version " + version);
            }
            SessionState s = new SessionState();
            s.lastEventTime = in.readLong();
            s.tenantId = readNullable(in);
            s.channel = readNullable(in);
            s.customerId = readNullable(in);
            s.lastMessageId = readNullable(in);
            s.firstEventTime = in.readLong();
            s.lastCustomerTime = in.readLong();
            s.riskTime = in.readLong();
            s.customerMessages = in.readInt();
            s.coherentMessages = in.readInt();
            s.coherentSinceSignal = in.readInt();
            s.risk = in.readFloat();
            s.maxGibberish = in.readFloat();
            s.mashMessages = in.readShort();
            s.distressPhrases = in.readShort();
            s.unansweredCheckIns = in.readShort();
            s.mashStreak = in.readShort();
            s.categoryBits = in.readInt();
            int flags = in.readByte();
            s.silenceFired = (flags & 1) != 0;
            s.sawStrongDistress = (flags & 2) != 0;
            s.thirdParty = (flags & 4) != 0;
            s.open = (flags & 8) != 0;
            s.signalTime = in.readLong();
            s.checkInTime = in.readLong();
            s.playfulUntil = in.readLong();
            s.silenceDeadline = in.readLong();
            s.episode = in.readInt();
            int sev = in.readByte();
            s.severity = sev < 0 ? null : Severity.values()[sev];
            s.eventsInEpisode = in.readInt();
            int n = in.readByte();
            for (int i = 0; i < n; i++) {
                s.evidence.add(in.readUTF());
            }
            return s;
        } catch (IOException e) {
            throw new IllegalArgumentException("corrupt session state", e);
        }
    }

    /** Reads the last event time of an encoded state without decoding the rest. */
    public static long lastEventTimeOf(byte[] data) {
        if (data.length < 9 || data[0] != CODEC_VERSION) {
            return Long.MIN_VALUE;
        }
        long v = 0;
        for (int i = 1; i <= 8; i++) {
            v = (v << 8) | (data[i] & 0xFF);
        }
        return v;
    }

    private static void writeNullable(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            out.writeUTF(s);
        }
    }

    private static String readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }
}
