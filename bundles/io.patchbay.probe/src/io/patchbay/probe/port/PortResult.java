package io.patchbay.probe.port;

import java.net.InetSocketAddress;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of one port probe.
 *
 * @param target where the probe went
 * @param outcome the verdict
 * @param connectTime the time to the accepted TCP connection; empty when none came about
 * @param handshakeTime the time of the TLS handshake; empty without TLS or when it failed before the end
 * @param protocol the negotiated TLS protocol ({@code TLSv1.3}); empty without a completed handshake
 * @param cipherSuite the negotiated cipher suite; empty without a completed handshake
 * @param chain the certificates the peer presented, leaf first (also when they were not trusted); empty without TLS
 * @param detail the reason behind a failure as the system reported it, e.g. the PKIX path error; "" when it passed
 * @since 0.1
 */
public record PortResult(InetSocketAddress target, PortOutcome outcome, Optional<Duration> connectTime,
        Optional<Duration> handshakeTime, Optional<String> protocol, Optional<String> cipherSuite,
        List<X509Certificate> chain, String detail) {

    public PortResult {
        chain = List.copyOf(chain);
    }

    public boolean ok() {
        return outcome.ok();
    }

    /**
     * One line for an operator, e.g. {@code 127.0.0.1:5071: TLS handshake completed, certificate trusted (TLSv1.3,
     * TLS_AES_128_GCM_SHA256; connect 1 ms, handshake 20 ms)}.
     */
    public String summary() {
        StringBuilder text = new StringBuilder(io.patchbay.probe.HostAndPort.format(target)).append(": ")
                .append(outcome.meaning());
        List<String> facts = new java.util.ArrayList<>();
        protocol.ifPresent(facts::add);
        cipherSuite.ifPresent(facts::add);
        connectTime.ifPresent(t -> facts.add("connect " + t.toMillis() + " ms"));
        handshakeTime.ifPresent(t -> facts.add("handshake " + t.toMillis() + " ms"));
        if (!facts.isEmpty()) {
            text.append(" (").append(String.join(", ", facts)).append(')');
        }
        if (!detail.isEmpty()) {
            text.append(": ").append(detail);
        }
        return text.toString();
    }
}
