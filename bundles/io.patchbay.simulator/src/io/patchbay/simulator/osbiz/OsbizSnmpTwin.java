package io.patchbay.simulator.osbiz;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.snmp4j.MessageDispatcherImpl;
import org.snmp4j.SNMP4JSettings;
import org.snmp4j.Snmp;
import org.snmp4j.mp.MPv2c;
import org.snmp4j.mp.MPv3;
import org.snmp4j.security.AuthHMAC192SHA256;
import org.snmp4j.security.PrivAES128;
import org.snmp4j.security.SecurityProtocols;
import org.snmp4j.security.USM;
import org.snmp4j.security.UsmUser;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.smi.Variable;
import org.snmp4j.transport.DefaultUdpTransportMapping;

import io.patchbay.simulator.osbiz.internal.PatchbayMib;
import io.patchbay.simulator.osbiz.internal.TwinResponder;

/**
 * An OpenScape Business system as an SNMP agent on {@code 127.0.0.1} (ephemeral UDP port), speaking SNMPv2c (one
 * read-write community) and SNMPv3 (one USM user, HMAC-SHA-256 and AES-128, or lower levels if the client asks). It
 * serves MIB-II's system group and the Patchbay MIB ({@code 1.3.6.1.4.1.32473.1}, documented in the bundle's
 * {@code MIB.md}): the system scalars and the station table the Device@Home and SIP@Home wizards change, with the
 * system's own refusals ({@code notWritable}, {@code wrongValue} for a weak password, {@code inconsistentValue} for
 * the SBC flag without authentication, {@code noCreation} for an unknown station) and the phones it knows with their
 * deployment settings (gateway, DLS address, time source, software deployment; {@code wrongValue} for a bad address,
 * {@code inconsistentValue} for deployment without a DLS address).
 * <p>
 * Faults can be switched while it runs: {@link #noAnswer}, {@link #rejectCredentials}, {@link #slowAnswers},
 * {@link #ignoreWrites}. Start it
 * with {@link #builder()}…{@link Builder#start()}; {@link #close()} ends its socket and threads.
 *
 * @since 0.1
 */
public final class OsbizSnmpTwin implements AutoCloseable {

    /** The Patchbay MIB's root, {@code 1.3.6.1.4.1.32473.1}. */
    public static final String MIB_ROOT = PatchbayMib.ENTERPRISE.toDottedString();
    /** pbSystem, the system scalars: append {@code .N.0}. */
    public static final String SYSTEM_SCALARS = PatchbayMib.PB_SYSTEM.toDottedString();
    /** pbSpeCertificate, the SPE certificate store: append {@code .N.0} (see MIB.md). */
    public static final String SPE_CERTIFICATE = PatchbayMib.SPE_CERTIFICATE.toDottedString();
    /** pbStationEntry: append {@code .COLUMN.CALLNUMBER}. */
    public static final String STATION_ENTRY = PatchbayMib.STATION_ENTRY.toDottedString();

    /** pbDeviceEntry, the phones the system knows: append {@code .COLUMN.CALLNUMBER} (see MIB.md). */
    public static final String DEVICE_ENTRY = PatchbayMib.DEVICE_ENTRY.toDottedString();

    /** The system's office LAN address, the gateway and DLS address a phone of {@link Builder#device} starts with. */
    public static final String OFFICE_ADDRESS = "192.168.1.2";

    /** Station types (pbStationType). */
    public static final int SYSTEM_CLIENT = 1, SIP_CLIENT = 2;

    private final Snmp snmp;
    private final USM usm;
    private final TwinResponder responder;
    private final PatchbayMib mib;
    private final ScheduledExecutorService delayed;
    private final int port;
    private final char[] community;
    private final String v3User;
    private final char[] authPassphrase;
    private final char[] privPassphrase;
    private volatile boolean closed;

    private OsbizSnmpTwin(Builder builder) throws IOException {
        community = builder.community.clone();
        v3User = builder.v3User;
        authPassphrase = builder.authPassphrase.clone();
        privPassphrase = builder.privPassphrase.clone();
        mib = new PatchbayMib(builder.sysDescr, builder.release);
        mib.speMinimumKeyLength(builder.speMinimumKeyLength);
        for (Object[] s : builder.stations) {
            mib.addStation((Integer) s[0], (String) s[1], (Integer) s[2], (Boolean) s[3], (String) s[4],
                    (Boolean) s[5], false, (Integer) s[6]);
        }
        for (String[] d : builder.devices) {
            mib.addDevice(Integer.parseInt(d[0]), d[1], d[2], OFFICE_ADDRESS);
        }
        delayed = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "osbiz-twin-slow-answers");
            t.setDaemon(true);
            return t;
        });
        // Like net-snmp, answer a wrong pass phrase with an unauthenticated usmStatsWrongDigests report (the agent
        // cannot sign it with a key the client does not have). SNMP4J only offers this process-wide; it also makes
        // SNMP4J clients in the same JVM accept such reports, which our transport does per session anyway.
        SNMP4JSettings.setReportSecurityLevelStrategy(SNMP4JSettings.ReportSecurityLevelStrategy.noAuthNoPrivIfNeeded);
        SecurityProtocols protocols = new SecurityProtocols(SecurityProtocols.SecurityProtocolSet.maxCompatibility);
        usm = new USM(protocols, new OctetString(MPv3.createLocalEngineID(new OctetString("patchbay-osbiz"))), 0);
        usm.addUser(user(authPassphrase, privPassphrase));
        MessageDispatcherImpl dispatcher = new MessageDispatcherImpl();
        dispatcher.addMessageProcessingModel(new MPv2c());
        dispatcher.addMessageProcessingModel(new MPv3(usm));
        DefaultUdpTransportMapping udp = new DefaultUdpTransportMapping(
                new UdpAddress(InetAddress.getByName("127.0.0.1"), builder.port));
        responder = new TwinResponder(mib, community, delayed);
        snmp = new Snmp(dispatcher, udp);
        snmp.addCommandResponder(responder);
        try {
            snmp.listen();
        } catch (IOException e) {
            snmp.close();
            delayed.shutdownNow();
            throw e;
        }
        port = udp.getListenAddress().getPort();
    }

    private UsmUser user(char[] auth, char[] priv) {
        return new UsmUser(new OctetString(v3User), AuthHMAC192SHA256.ID, new OctetString(new String(auth)),
                PrivAES128.ID, new OctetString(new String(priv)));
    }

    /** Starts describing a twin; every setting has a default. */
    public static Builder builder() {
        return new Builder();
    }

    public String host() {
        return "127.0.0.1";
    }

    public int port() {
        return port;
    }

    /** A copy of the read-write community it accepts. */
    public char[] community() {
        return community.clone();
    }

    public String v3User() {
        return v3User;
    }

    /** A copy of the v3 user's authentication pass phrase (HMAC-SHA-256). */
    public char[] v3AuthPassphrase() {
        return authPassphrase.clone();
    }

    /** A copy of the v3 user's privacy pass phrase (AES-128). */
    public char[] v3PrivPassphrase() {
        return privPassphrase.clone();
    }

    /** Ignores every request, as a system that is off or behind a firewall dropping UDP. */
    public void noAnswer(boolean silent) {
        responder.silent(silent);
    }

    /**
     * Someone changed the system's SNMP settings: another community (v2c requests are then ignored) and other
     * pass phrases for the v3 user (v3 requests are answered with a {@code usmStatsWrongDigests} report).
     */
    public synchronized void rejectCredentials(boolean reject) {
        char[] other = "changed-on-the-device".toCharArray();
        responder.community(reject ? other : community);
        usm.removeAllUsers(new OctetString(v3User));
        usm.addUser(reject ? user(other, other) : user(authPassphrase, privPassphrase));
    }

    /** Every answer leaves {@code delay} late; {@link Duration#ZERO} for normal speed. */
    public void slowAnswers(Duration delay) {
        responder.delay(Objects.requireNonNull(delay));
    }

    /**
     * The system silently ignores writes: every SET of an instance under {@code oidPrefix} (dotted, e.g. a column of
     * {@link #DEVICE_ENTRY}) is answered {@code noError} but not stored, as a system that acknowledges and drops a
     * change. {@code null} ends every such fault.
     */
    public void ignoreWrites(String oidPrefix) {
        mib.ignoreWrites(oidPrefix == null ? null : new OID(oidPrefix));
    }

    /** The current value of an object as the system holds it (dotted OID of an instance), in SNMP4J's text form. */
    public String value(String oid) {
        Variable v = mib.value(new OID(oid));
        return v.toString();
    }

    /** Whether the station's password is {@code password}: SNMP can only write it, the test can look. */
    public boolean stationPasswordIs(int callNumber, String password) {
        return mib.passwordIs(callNumber, password);
    }

    /** How many requests it has answered. */
    public long answered() {
        return responder.answered();
    }

    /** Stops the agent, its socket and threads. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            snmp.close();
        } catch (IOException e) {
            // closing a UDP socket does not fail in practice
        }
        delayed.shutdownNow();
        try {
            delayed.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Arrays.fill(authPassphrase, '\0');
        Arrays.fill(privPassphrase, '\0');
    }

    @Override
    public String toString() {
        return "OSBiz SNMP twin on " + host() + ":" + port + (closed ? " (closed)" : "");
    }

    /** Describes a twin. */
    public static final class Builder {
        private char[] community = "osbiz-rw".toCharArray();
        private String v3User = "patchbay";
        private char[] authPassphrase = "osbiz-auth-pass".toCharArray();
        private char[] privPassphrase = "osbiz-priv-pass".toCharArray();
        private String sysDescr = "OpenScape Business X3 V2R7.1 (Patchbay twin)";
        private String release = "V2R7.1.0";
        private int port;
        private int speMinimumKeyLength = 2048;
        private final List<Object[]> stations = new ArrayList<>();
        private final List<String[]> devices = new ArrayList<>();
        private boolean defaultStations = true;

        private Builder() {
        }

        public Builder community(char[] community) {
            this.community = community.clone();
            return this;
        }

        /** The v3 user and its pass phrases (copied). */
        public Builder v3User(String user, char[] auth, char[] priv) {
            v3User = user;
            authPassphrase = auth.clone();
            privPassphrase = priv.clone();
            return this;
        }

        /** A fixed UDP port instead of an ephemeral one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The minimum SPE key length configured on the system (pbSpeMinKeyLength: 1024, 2048 or 4096). */
        public Builder speMinimumKeyLength(int bits) {
            speMinimumKeyLength = bits;
            return this;
        }

        public Builder release(String release) {
            this.release = release;
            return this;
        }

        /**
         * Adds a station (the first one replaces the defaults: 100 Reception, System Client, authentication on;
         * 101 Home office, SIP Client, authentication off; 102 Warehouse, SIP Client, authentication on, SBC on).
         *
         * @param password the station's password, or {@code null} for none
         */
        public Builder station(int callNumber, String name, int type, boolean authentication, String password,
                boolean sbc, int classOfService) {
            if (defaultStations) {
                stations.clear();
                defaultStations = false;
            }
            stations.add(new Object[] { callNumber, name, type, authentication, password, sbc, classOfService });
            return this;
        }

        /**
         * Adds a phone the system knows (pbDeviceTable), as provisioned in the office: gateway and DLS address
         * {@link OsbizSnmpTwin#OFFICE_ADDRESS}, its own clock, software deployment on.
         *
         * @param callNumber the station it logs in as (HFA phones log in with the subscriber number)
         * @param mac        its MAC address as the system shows it, or {@code null} when unknown
         * @param firmware   the firmware it logged in with, as the vendor writes it ({@code V3 R0.40.4}), or
         *                   {@code null} when unknown
         */
        public Builder device(int callNumber, String mac, String firmware) {
            devices.add(new String[] { String.valueOf(callNumber), mac, firmware });
            return this;
        }

        public OsbizSnmpTwin start() throws IOException {
            if (defaultStations) {
                stations.add(new Object[] { 100, "Reception", SYSTEM_CLIENT, true, "Recept1onDesk", false, 3 });
                stations.add(new Object[] { 101, "Home office", SIP_CLIENT, false, null, false, 4 });
                stations.add(new Object[] { 102, "Warehouse", SIP_CLIENT, true, "Wareh0useGate", true, 2 });
            }
            return new OsbizSnmpTwin(this);
        }
    }
}
