package io.chatdistress.session;

import java.io.EOFException;
import java.io.UTFDataFormatException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
    /** The customer's last line read as typing but ended in a word that on its own reads as mash. */
    boolean lastLineOdd;
    /** The agent said they could not read the customer, or asked whether they are all right. */
    boolean agentConcern;
    /** An inactivity notice after the agent's worried question has been counted. */
    boolean concernNoticed;
    /** An agent said they are alerting emergency services in this episode. */
    boolean agentAlerted;
    /**
     * The agent's last line asked whether the customer is in danger or needs an ambulance, and
     * the customer has not written since: a bare "yes" then is an emergency.
     */
    boolean dangerAsked;

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

    /** Whether the agent's last line asked if the customer is in danger, unanswered so far. */
    public boolean dangerAsked() {
        return dangerAsked;
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
        agentConcern = false;
        concernNoticed = false;
        agentAlerted = false;
        coherentSinceSignal = 0;
        evidence.clear();
    }

    /*
     * Codec version 1, big-endian, as java.io.DataOutput would write it (strings in its modified
     * UTF-8 with an unsigned 16-bit length): version byte, lastEventTime, four nullable strings
     * (presence byte, then the string), firstEventTime, lastCustomerTime, riskTime, three ints,
     * risk and maxGibberish as floats, four shorts, categoryBits, a flags byte, four longs, episode,
     * severity ordinal byte (-1 for none), eventsInEpisode, evidence count byte and the evidence
     * ids, then, only when one of its flags is set, a second flags byte (since the ninth session:
     * states without it are the version-1 bytes as before, and an older reader ignores it).
     * Written and read by hand, without streams, because it runs twice per message.
     */

    public byte[] toBytes() {
        int size = 1 + 8 + nullableSize(tenantId) + nullableSize(channel) + nullableSize(customerId)
                + nullableSize(lastMessageId) + 3 * 8 + 3 * 4 + 2 * 4 + 4 * 2 + 4 + 1 + 4 * 8 + 4 + 1 + 4 + 1
                + (dangerAsked ? 1 : 0);
        for (String id : evidence) {
            size += utfSize(id);
        }
        Writer out = new Writer(new byte[size]);
        out.writeByte(CODEC_VERSION);
        // First, at a fixed offset: the expiry scan reads only this.
        out.writeLong(lastEventTime);
        out.writeNullable(tenantId);
        out.writeNullable(channel);
        out.writeNullable(customerId);
        out.writeNullable(lastMessageId);
        out.writeLong(firstEventTime);
        out.writeLong(lastCustomerTime);
        out.writeLong(riskTime);
        out.writeInt(customerMessages);
        out.writeInt(coherentMessages);
        out.writeInt(coherentSinceSignal);
        out.writeInt(Float.floatToIntBits((float) risk));
        out.writeInt(Float.floatToIntBits((float) maxGibberish));
        out.writeShort(Math.min(mashMessages, Short.MAX_VALUE));
        out.writeShort(Math.min(distressPhrases, Short.MAX_VALUE));
        out.writeShort(Math.min(unansweredCheckIns, Short.MAX_VALUE));
        out.writeShort(Math.min(mashStreak, Short.MAX_VALUE));
        out.writeInt(categoryBits);
        int flags = (silenceFired ? 1 : 0) | (sawStrongDistress ? 2 : 0) | (thirdParty ? 4 : 0) | (open ? 8 : 0)
                | (lastLineOdd ? 16 : 0) | (agentConcern ? 32 : 0)
                | (concernNoticed ? 64 : 0) | (agentAlerted ? 128 : 0);
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
            out.writeUtf(id);
        }
        if (dangerAsked) {
            out.writeByte(1);
        }
        return out.buf;
    }

    public static SessionState fromBytes(byte[] data) {
        Reader in = new Reader(data);
        byte version = in.readByte();
        if (version != CODEC_VERSION) {
            throw new IllegalArgumentException("unknown session state version " + version);
        }
        SessionState s = new SessionState();
        s.lastEventTime = in.readLong();
        s.tenantId = in.readNullable();
        s.channel = in.readNullable();
        s.customerId = in.readNullable();
        s.lastMessageId = in.readNullable();
        s.firstEventTime = in.readLong();
        s.lastCustomerTime = in.readLong();
        s.riskTime = in.readLong();
        s.customerMessages = in.readInt();
        s.coherentMessages = in.readInt();
        s.coherentSinceSignal = in.readInt();
        s.risk = Float.intBitsToFloat(in.readInt());
        s.maxGibberish = Float.intBitsToFloat(in.readInt());
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
        s.lastLineOdd = (flags & 16) != 0;
        s.agentConcern = (flags & 32) != 0;
        s.concernNoticed = (flags & 64) != 0;
        s.agentAlerted = (flags & 128) != 0;
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
            s.evidence.add(in.readUtf());
        }
        if (in.remaining() > 0) {
            int flags2 = in.readByte();
            s.dangerAsked = (flags2 & 1) != 0;
        }
        return s;
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

    /**
     * Reads the silence deadline of an encoded state without decoding the rest; -1 when the bytes
     * are not a readable version-1 state.
     */
    public static long silenceDeadlineOf(byte[] data) {
        try {
            Reader in = new Reader(data);
            if (in.readByte() != CODEC_VERSION) {
                return -1;
            }
            in.skip(8);
            for (int i = 0; i < 4; i++) {
                if (in.readByte() != 0) {
                    in.skip(in.readShort() & 0xFFFF);
                }
            }
            // first/last customer/risk times, three ints, two floats, four shorts, category bits,
            // flags, then signal, check-in and playful times.
            in.skip(3 * 8 + 3 * 4 + 2 * 4 + 4 * 2 + 4 + 1 + 3 * 8);
            return in.readLong();
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    private static int nullableSize(String s) {
        return s == null ? 1 : 1 + utfSize(s);
    }

    /** Bytes of {@code s} as DataOutput.writeUTF writes it, length prefix included. */
    private static int utfSize(String s) {
        int n = s.length();
        int bytes = n;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80 || c == 0) {
                bytes += c >= 0x800 ? 2 : 1;
            }
        }
        if (bytes > 65535) {
            throw new UncheckedIOException(new UTFDataFormatException("encoded string too long: " + bytes + " bytes"));
        }
        return 2 + bytes;
    }

    /** Fills an array sized in advance. */
    private static final class Writer {
        final byte[] buf;
        private int pos;

        Writer(byte[] buf) {
            this.buf = buf;
        }

        void writeByte(int v) {
            buf[pos++] = (byte) v;
        }

        void writeShort(int v) {
            buf[pos++] = (byte) (v >>> 8);
            buf[pos++] = (byte) v;
        }

        void writeInt(int v) {
            buf[pos++] = (byte) (v >>> 24);
            buf[pos++] = (byte) (v >>> 16);
            buf[pos++] = (byte) (v >>> 8);
            buf[pos++] = (byte) v;
        }

        void writeLong(long v) {
            writeInt((int) (v >>> 32));
            writeInt((int) v);
        }

        void writeNullable(String s) {
            writeByte(s != null ? 1 : 0);
            if (s != null) {
                writeUtf(s);
            }
        }

        /** DataOutput.writeUTF's format: modified UTF-8 (NUL as two bytes, surrogates one by one). */
        void writeUtf(String s) {
            int lengthAt = pos;
            pos += 2;
            for (int i = 0, n = s.length(); i < n; i++) {
                char c = s.charAt(i);
                if (c >= 1 && c < 0x80) {
                    buf[pos++] = (byte) c;
                } else if (c < 0x800) {
                    buf[pos++] = (byte) (0xC0 | (c >> 6));
                    buf[pos++] = (byte) (0x80 | (c & 0x3F));
                } else {
                    buf[pos++] = (byte) (0xE0 | (c >> 12));
                    buf[pos++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                    buf[pos++] = (byte) (0x80 | (c & 0x3F));
                }
            }
            int length = pos - lengthAt - 2;
            buf[lengthAt] = (byte) (length >>> 8);
            buf[lengthAt + 1] = (byte) length;
        }
    }

    /** Reads what {@link Writer} wrote; anything truncated or malformed is an IllegalArgumentException. */
    private static final class Reader {
        private final byte[] buf;
        private int pos;

        Reader(byte[] buf) {
            this.buf = buf;
        }

        private int need(int n) {
            if (buf.length - pos < n) {
                throw new IllegalArgumentException("corrupt session state", new EOFException());
            }
            int at = pos;
            pos += n;
            return at;
        }

        byte readByte() {
            return buf[need(1)];
        }

        int remaining() {
            return buf.length - pos;
        }

        void skip(int n) {
            need(n);
        }

        short readShort() {
            int at = need(2);
            return (short) (((buf[at] & 0xFF) << 8) | (buf[at + 1] & 0xFF));
        }

        int readInt() {
            int at = need(4);
            return ((buf[at] & 0xFF) << 24) | ((buf[at + 1] & 0xFF) << 16) | ((buf[at + 2] & 0xFF) << 8)
                    | (buf[at + 3] & 0xFF);
        }

        long readLong() {
            return ((long) readInt() << 32) | (readInt() & 0xFFFFFFFFL);
        }

        String readNullable() {
            return readByte() != 0 ? readUtf() : null;
        }

        String readUtf() {
            int at = need(2);
            int length = ((buf[at] & 0xFF) << 8) | (buf[at + 1] & 0xFF);
            int start = need(length);
            int end = start + length;
            int i = start;
            while (i < end && buf[i] > 0) {
                i++;
            }
            if (i == end) {
                return new String(buf, start, length, StandardCharsets.ISO_8859_1);
            }
            char[] chars = new char[length];
            int n = 0;
            for (int j = start; j < i; j++) {
                chars[n++] = (char) buf[j];
            }
            while (i < end) {
                int c = buf[i] & 0xFF;
                switch (c >> 4) {
                    case 0, 1, 2, 3, 4, 5, 6, 7 -> {
                        chars[n++] = (char) c;
                        i++;
                    }
                    case 12, 13 -> {
                        if (i + 2 > end || (buf[i + 1] & 0xC0) != 0x80) {
                            throw malformed();
                        }
                        chars[n++] = (char) (((c & 0x1F) << 6) | (buf[i + 1] & 0x3F));
                        i += 2;
                    }
                    case 14 -> {
                        if (i + 3 > end || (buf[i + 1] & 0xC0) != 0x80 || (buf[i + 2] & 0xC0) != 0x80) {
                            throw malformed();
                        }
                        chars[n++] = (char) (((c & 0x0F) << 12) | ((buf[i + 1] & 0x3F) << 6) | (buf[i + 2] & 0x3F));
                        i += 3;
                    }
                    default -> throw malformed();
                }
            }
            return new String(chars, 0, n);
        }

        private static IllegalArgumentException malformed() {
            return new IllegalArgumentException("corrupt session state", new UTFDataFormatException("malformed input"));
        }
    }
}
