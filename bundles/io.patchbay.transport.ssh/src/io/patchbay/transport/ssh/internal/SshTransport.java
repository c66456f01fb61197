package io.patchbay.transport.ssh.internal;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchAlgoNegoFailException;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;

import io.patchbay.core.ConnectionSpec;
import io.patchbay.core.Credential;
import io.patchbay.core.DeviceAddress;
import io.patchbay.core.KnownHostsStore;
import io.patchbay.core.Transport;
import io.patchbay.core.TransportException;
import io.patchbay.core.TransportSession;
import io.patchbay.core.transportlog.SecretMasker;
import io.patchbay.core.transportlog.TransportLog;
import io.patchbay.core.transportlog.TransportLogWriter;

/** SSH on JSch: password or key login, the estate's known hosts, exec and shell channels. */
@Component(service = Transport.class, property = Transport.PROTOCOL + "=ssh")
public final class SshTransport implements Transport {

    /** Where sessions log what they send and receive, masked; the transport works without it. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile TransportLog log;

    @Override
    public String protocol() {
        return "ssh";
    }

    @Override
    public TransportSession open(ConnectionSpec spec) throws TransportException {
        DeviceAddress device = spec.device();
        if (spec.cancellation().isCancelled()) {
            throw TransportException.cancelled(device, null);
        }
        int connectMillis = (int) Math.min(Integer.MAX_VALUE, spec.connectTimeout().toMillis());
        KnownHostsCheck hostKeys = new KnownHostsCheck(spec.knownHosts(), device);
        CancellableSocketFactory sockets = new CancellableSocketFactory(connectMillis);
        Credential credential = spec.credential();
        TransportLogWriter logWriter = writer(spec);
        JSch jsch = new JSch();
        jsch.setHostKeyRepository(hostKeys);
        Session session = null;
        char[] secret = null;
        byte[] secretBytes = null;
        byte[] key = null;
        try (AutoCloseable onCancel = spec.cancellation().onCancel(sockets::abort)) {
            secret = credential.secret();
            secretBytes = utf8(secret);
            if (credential.kind() == Credential.Kind.PRIVATE_KEY) {
                key = credential.privateKeyBytes();
                jsch.addIdentity("vault key of " + credential.username(), key, null,
                        secretBytes.length == 0 ? null : secretBytes);
            }
            session = jsch.getSession(credential.username(), device.host(), device.port());
            if (credential.kind() == Credential.Kind.PASSWORD) {
                session.setPassword(secretBytes);
            }
            session.setConfig("StrictHostKeyChecking", "yes");
            session.setConfig("HashKnownHosts", "no");
            session.setConfig("PreferredAuthentications",
                    credential.kind() == Credential.Kind.PASSWORD ? "password" : "publickey");
            SshAlgorithms.configure(session, spec.legacyAlgorithms(), spec.knownHosts().keyType(device));
            session.setSocketFactory(sockets);
            session.setDaemonThread(true);
            if (!spec.keepAliveInterval().isZero()) {
                session.setServerAliveInterval((int) Math.min(Integer.MAX_VALUE,
                        spec.keepAliveInterval().toMillis()));
                session.setServerAliveCountMax(3);
            }
            logWriter.event("connecting as " + credential.username() + " ("
                    + (credential.kind() == Credential.Kind.PASSWORD ? "password" : "key") + ")"
                    + (spec.legacyAlgorithms() ? ", legacy algorithms enabled" : ""));
            session.connect(connectMillis);
            logConnected(logWriter, session, hostKeys, credential);
            return new SshSession(session, spec, warnings(spec, hostKeys), logWriter);
        } catch (JSchException e) {
            disconnect(session);
            throw logged(logWriter, failure(e, spec, hostKeys));
        } catch (TransportException e) {
            disconnect(session);
            throw logged(logWriter, e);
        } catch (RuntimeException | Error e) {
            disconnect(session);
            logWriter.error("failed: " + e.getClass().getSimpleName());
            logWriter.masker().destroy();
            throw e;
        } catch (Exception e) {
            disconnect(session); // only AutoCloseable.close() of the cancel listener declares Exception
            throw logged(logWriter, TransportException.protocolError(device, "unexpected failure: "
                    + e.getClass().getSimpleName(), "Report this as a Patchbay bug", e));
        } finally {
            wipe(secret, secretBytes, key);
        }
    }

    /**
     * A log writer for a session to be opened: masks the credential's secrets. Without a log service nothing is
     * copied and nothing is written.
     */
    private TransportLogWriter writer(ConnectionSpec spec) {
        TransportLog current = log;
        if (current == null) {
            return TransportLogWriter.NONE;
        }
        SecretMasker masker = SecretMasker.builder().credential(spec.credential()).build();
        return current.writer(spec.deviceName(), spec.device(), protocol(), masker);
    }

    private static void logConnected(TransportLogWriter writer, Session session, KnownHostsCheck hostKeys,
            Credential credential) {
        if (!writer.isEnabled()) {
            return;
        }
        String server = session.getServerVersion();
        writer.event("connected" + (server == null ? "" : " to " + server));
        writer.event(hostKeys.verdict() == KnownHostsStore.Verdict.TRUSTED_ON_FIRST_USE
                ? "host key " + hostKeys.presentedFingerprint() + " seen for the first time, trusted and recorded"
                : "host key " + hostKeys.presentedFingerprint() + " verified");
        writer.event("authenticated as " + credential.username());
    }

    /** Logs a failure the caller gets, and wipes the log's copy of the secrets: no session follows. */
    private static TransportException logged(TransportLogWriter writer, TransportException e) {
        writer.error(e.getMessage());
        writer.masker().destroy();
        return e;
    }

    private static List<String> warnings(ConnectionSpec spec, KnownHostsCheck hostKeys) {
        List<String> warnings = new ArrayList<>();
        if (spec.legacyAlgorithms()) {
            warnings.add(spec.device() + ": legacy SSH algorithms (ssh-rsa, SHA-1 key exchange, CBC, HMAC-SHA1) "
                    + "are enabled for this device; they are weak. Update its firmware and switch them off");
        }
        if (hostKeys.verdict() == KnownHostsStore.Verdict.TRUSTED_ON_FIRST_USE) {
            warnings.add(spec.device() + ": host key " + hostKeys.presentedFingerprint()
                    + " was seen for the first time, trusted and recorded in " + spec.knownHosts().file()
                    + "; compare it with the device's console");
        }
        return List.copyOf(warnings);
    }

    /** Turns JSch's exception into the kind the caller acts on; JSch's messages carry no secrets. */
    static TransportException failure(JSchException e, ConnectionSpec spec, KnownHostsCheck hostKeys) {
        DeviceAddress device = spec.device();
        if (spec.cancellation().isCancelled()) {
            return TransportException.cancelled(device, null);
        }
        if (hostKeys.failure() != null) {
            return hostKeys.failure();
        }
        String message = String.valueOf(e.getMessage());
        Throwable cause = e.getCause();
        if (e instanceof JSchAlgoNegoFailException || message.contains("Algorithm negotiation fail")) {
            return TransportException.protocolError(device, "the device offers no SSH algorithm Patchbay "
                    + (spec.legacyAlgorithms() ? "supports" : "accepts by default"),
                    spec.legacyAlgorithms() ? "Update the device's firmware"
                            : "If it is an old dropbear build, enable legacy algorithms for this device (it will "
                                    + "be flagged as a warning), or better update its firmware",
                    e);
        }
        if (message.startsWith("Auth fail") || message.startsWith("Auth cancel")) {
            return TransportException.authFailed(device, spec.credential().username(), e);
        }
        if (message.startsWith("invalid privatekey") || message.contains("USERAUTH fail")) {
            return TransportException.of(TransportException.Kind.AUTH_FAILED, device,
                    "the private key of user '" + spec.credential().username() + "' cannot be used",
                    "Store the key in the vault again (OpenSSH, PKCS#8 or PEM format) with its passphrase", e);
        }
        if (cause instanceof ConnectException || cause instanceof NoRouteToHostException) {
            return TransportException.unreachable(device, "connection refused or no route", e);
        }
        if (cause instanceof UnknownHostException) {
            return TransportException.unreachable(device, "unknown host name", e);
        }
        if (cause instanceof SocketTimeoutException || message.contains("timeout")) {
            return TransportException.connectTimeout(device, spec.connectTimeout(), e);
        }
        if (cause instanceof SocketException || cause instanceof EOFException
                || message.contains("closed by foreign host")) {
            return TransportException.connectionLost(device, null, e);
        }
        return TransportException.protocolError(device, "SSH failed (" + message + ")",
                "Check that the port is an SSH server's and look at the device's log", e);
    }

    private static void disconnect(Session session) {
        if (session != null) {
            session.disconnect();
        }
    }

    static byte[] utf8(char[] chars) {
        ByteBuffer buffer = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
        byte[] bytes = Arrays.copyOfRange(buffer.array(), buffer.position(), buffer.limit());
        Arrays.fill(buffer.array(), (byte) 0);
        return bytes;
    }

    private static void wipe(char[] secret, byte[] secretBytes, byte[] key) {
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
        if (secretBytes != null) {
            Arrays.fill(secretBytes, (byte) 0);
        }
        if (key != null) {
            Arrays.fill(key, (byte) 0);
        }
    }
}
