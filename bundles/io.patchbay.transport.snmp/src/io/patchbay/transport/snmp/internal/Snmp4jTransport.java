package io.patchbay.transport.snmp.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.snmp4j.CommunityTarget;
import org.snmp4j.MessageDispatcherImpl;
import org.snmp4j.Snmp;
import org.snmp4j.Target;
import org.snmp4j.UserTarget;
import org.snmp4j.mp.MPv2c;
import org.snmp4j.mp.MPv3;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.security.AuthHMAC128SHA224;
import org.snmp4j.security.AuthHMAC192SHA256;
import org.snmp4j.security.AuthHMAC256SHA384;
import org.snmp4j.security.AuthHMAC384SHA512;
import org.snmp4j.security.AuthSHA;
import org.snmp4j.security.PrivAES128;
import org.snmp4j.security.SecurityLevel;
import org.snmp4j.security.SecurityProtocols;
import org.snmp4j.security.USM;
import org.snmp4j.security.UsmUser;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.transport.DefaultUdpTransportMapping;

import io.patchbay.core.DeviceAddress;
import io.patchbay.core.SnmpSession;
import io.patchbay.core.SnmpSpec;
import io.patchbay.core.SnmpTransport;
import io.patchbay.core.Transport;
import io.patchbay.core.TransportException;
import io.patchbay.core.transportlog.SecretMasker;
import io.patchbay.core.transportlog.TransportLog;
import io.patchbay.core.transportlog.TransportLogWriter;

/**
 * SNMP on SNMP4J. Each session owns its UDP socket, its dispatcher and, for v3, its own USM (never SNMP4J's global
 * one), so sessions to many devices with different users never see each other's keys.
 */
@Component(service = SnmpTransport.class, property = Transport.PROTOCOL + "=" + SnmpTransport.PROTOCOL)
public final class Snmp4jTransport implements SnmpTransport {

    static final String SYS_OBJECT_ID = "1.3.6.1.2.1.1.2.0";

    /** Where sessions log their requests and responses, masked; the transport works without it. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile TransportLog log;

    @Override
    public SnmpSession open(SnmpSpec spec) throws TransportException {
        DeviceAddress device = spec.device();
        if (spec.cancellation().isCancelled()) {
            throw TransportException.cancelled(device, null);
        }
        UdpAddress address;
        try {
            address = new UdpAddress(java.net.InetAddress.getByName(device.host()), device.port());
        } catch (IOException e) {
            throw TransportException.unreachable(device, "unknown host", e);
        }
        List<String> warnings = new ArrayList<>();
        TransportLogWriter logWriter = writer(spec);
        logWriter.event(spec.version() == SnmpSpec.Version.V2C ? "SNMPv2c session (community hidden)"
                : "SNMPv3 session as " + spec.credential().username() + " (" + spec.securityLevel() + ", "
                        + spec.authProtocol() + ")");
        Snmp snmp = null;
        try {
            MessageDispatcherImpl dispatcher = new MessageDispatcherImpl();
            Target<UdpAddress> target;
            if (spec.version() == SnmpSpec.Version.V2C) {
                dispatcher.addMessageProcessingModel(new MPv2c());
                char[] community = spec.credential().secret();
                target = new CommunityTarget<>(address, octets(community));
                java.util.Arrays.fill(community, '\0');
                target.setVersion(SnmpConstants.version2c);
                warnings.add("SNMPv2c: the community travels in clear text; prefer SNMPv3 with privacy");
            } else {
                SecurityProtocols protocols = new SecurityProtocols(
                        SecurityProtocols.SecurityProtocolSet.maxCompatibility);
                USM usm = new USM(protocols, new OctetString(MPv3.createLocalEngineID()), 0);
                dispatcher.addMessageProcessingModel(new MPv3(usm));
                usm.addUser(user(spec));
                UserTarget<UdpAddress> user = new UserTarget<>();
                user.setAddress(address);
                user.setSecurityName(new OctetString(spec.credential().username()));
                user.setSecurityLevel(level(spec.securityLevel()));
                user.setVersion(SnmpConstants.version3);
                target = user;
                switch (spec.securityLevel()) {
                    case NO_AUTH_NO_PRIV -> warnings.add(
                            "SNMPv3 without authentication or privacy, as the device is set up: anyone can send it requests");
                    case AUTH_NO_PRIV -> warnings.add(
                            "SNMPv3 without privacy, as the device is set up: values (passwords too) travel in clear text");
                    default -> {
                    }
                }
                if (spec.authProtocol() == SnmpSpec.AuthProtocol.SHA1
                        && spec.securityLevel() != SnmpSpec.SecurityLevel.NO_AUTH_NO_PRIV) {
                    warnings.add("SNMPv3 authentication with SHA-1, as the device is set up; prefer SHA-256");
                }
            }
            target.setTimeout(Math.max(1, spec.timeout().toMillis()));
            target.setRetries(spec.retries());
            DefaultUdpTransportMapping udp = new DefaultUdpTransportMapping(new UdpAddress(
                    java.net.InetAddress.getByName(address.getInetAddress().isLoopbackAddress() ? "127.0.0.1"
                            : "0.0.0.0"), 0));
            snmp = new Snmp(dispatcher, udp);
            snmp.listen();
            Snmp4jSession session = new Snmp4jSession(spec, snmp, target, List.copyOf(warnings), logWriter);
            session.get(List.of(SYS_OBJECT_ID));
            return session;
        } catch (TransportException e) {
            close(snmp);
            logWriter.masker().destroy(); // the session logged the failure; no session follows
            throw e;
        } catch (IOException | RuntimeException e) {
            close(snmp);
            TransportException failure = TransportException.protocolError(device, "cannot start an SNMP session ("
                    + e.getClass().getSimpleName() + ")", "Check the address; if it is right, this is a Patchbay bug",
                    e);
            logWriter.error(failure.getMessage());
            logWriter.masker().destroy();
            throw failure;
        }
    }

    /**
     * A log writer for a session to be opened: masks the community or both pass phrases. Without a log service
     * nothing is copied and nothing is written.
     */
    private TransportLogWriter writer(SnmpSpec spec) {
        TransportLog current = log;
        if (current == null) {
            return TransportLogWriter.NONE;
        }
        SecretMasker masker = SecretMasker.builder().credential(spec.credential()).credential(spec.privacy())
                .build();
        return current.writer(spec.deviceName(), spec.device(), PROTOCOL, masker);
    }

    private static UsmUser user(SnmpSpec spec) {
        OctetString name = new OctetString(spec.credential().username());
        if (spec.securityLevel() == SnmpSpec.SecurityLevel.NO_AUTH_NO_PRIV) {
            return new UsmUser(name, null, null, null, null);
        }
        char[] auth = spec.credential().secret();
        try {
            OctetString authPass = octets(auth);
            if (spec.securityLevel() == SnmpSpec.SecurityLevel.AUTH_NO_PRIV) {
                return new UsmUser(name, authProtocol(spec.authProtocol()), authPass, null, null);
            }
            char[] priv = spec.privacy().secret();
            try {
                return new UsmUser(name, authProtocol(spec.authProtocol()), authPass, PrivAES128.ID,
                        octets(priv));
            } finally {
                java.util.Arrays.fill(priv, '\0');
            }
        } finally {
            java.util.Arrays.fill(auth, '\0');
        }
    }

    /** The UTF-8 bytes of a secret, without making it an immutable String first. */
    private static OctetString octets(char[] secret) {
        java.nio.ByteBuffer encoded = java.nio.charset.StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(secret));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        java.util.Arrays.fill(encoded.array(), (byte) 0);
        OctetString octets = new OctetString(bytes);
        java.util.Arrays.fill(bytes, (byte) 0);
        return octets;
    }

    private static OID authProtocol(SnmpSpec.AuthProtocol protocol) {
        return switch (protocol) {
            case SHA1 -> AuthSHA.ID;
            case SHA224 -> AuthHMAC128SHA224.ID;
            case SHA256 -> AuthHMAC192SHA256.ID;
            case SHA384 -> AuthHMAC256SHA384.ID;
            case SHA512 -> AuthHMAC384SHA512.ID;
        };
    }

    private static int level(SnmpSpec.SecurityLevel level) {
        return switch (level) {
            case NO_AUTH_NO_PRIV -> SecurityLevel.NOAUTH_NOPRIV;
            case AUTH_NO_PRIV -> SecurityLevel.AUTH_NOPRIV;
            case AUTH_PRIV -> SecurityLevel.AUTH_PRIV;
        };
    }

    static void close(Snmp snmp) {
        if (snmp != null) {
            try {
                snmp.close();
            } catch (IOException e) {
                // the socket is gone either way
            }
        }
    }
}
