package io.patchbay.probe.relay;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.net.ssl.SSLContext;

import io.patchbay.probe.TrustedCertificates;
import io.patchbay.probe.relay.internal.AttemptFailed;
import io.patchbay.probe.relay.internal.Connector;
import io.patchbay.probe.relay.internal.Deadline;
import io.patchbay.probe.relay.internal.HttpConnect;
import io.patchbay.probe.relay.internal.Socks4;
import io.patchbay.probe.relay.internal.SystemProxies;
import io.patchbay.probe.relay.internal.TlsHandshake;
import io.patchbay.probe.relay.internal.Tunnel;

/**
 * Tries relays through firewalls and proxies (F-60, F-61) and writes what happened into a {@link ConnectionReport}
 * (F-62).
 * <p>
 * Relays are tried in the order given, and on each relay its ports in order. For every relay and port the direct route
 * comes first; when it does not reach the relay, the proxies follow, each once, in this order: the explicit override,
 * the proxies the PAC file's {@code FindProxyForURL("https://host:port/", host)} names, the system's proxies. The
 * first route that reaches the relay ends that relay and port. Every attempt is one line of the report.
 * <p>
 * The probe never throws for what a peer sends and never waits longer than the timeout per attempt; PAC files and
 * proxy settings that cannot be used become notes in the report.
 *
 * @since 0.1
 */
public final class RelayProbe {

    private RelayProbe() {
    }

    /** Runs the probe and returns its report. */
    public static ConnectionReport run(List<Relay> relays, RelayProbeOptions options) {
        Instant started = Instant.now();
        List<Attempt> attempts = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        SSLContext context = options.tls() ? TrustedCertificates.clientContext(options.trusted()) : null;
        outer: for (Relay relay : relays) {
            for (int port : relay.ports()) {
                boolean reached = false;
                for (Route route : routes(relay.host(), port, options, notes)) {
                    Attempt attempt = attempt(relay.host(), port, route, options, context);
                    attempts.add(attempt);
                    if (attempt.ok()) {
                        reached = true;
                        break;
                    }
                }
                if (reached && options.stopAtFirstReached()) {
                    break outer;
                }
            }
        }
        return new ConnectionReport(started, Instant.now(), setup(options), relays, attempts, notes);
    }

    /** {@code direct, then HTTP proxy 10.0.0.1:3128 (override), PAC file corp.pac; TLS; 3000 ms per attempt}. */
    static String setup(RelayProbeOptions options) {
        List<String> routes = new ArrayList<>();
        routes.add("direct");
        options.proxy().ifPresent(p -> routes.add(p.toString()));
        options.pac().ifPresent(p -> routes.add("PAC file " + p.name()));
        if (options.systemProxies()) {
            routes.add("system proxies");
        }
        String text = routes.size() == 1 ? "direct only" : routes.get(0) + ", then " + String.join(", ",
                routes.subList(1, routes.size()));
        text += options.tls() ? "; TLS handshake" + options.serverName().map(n -> " for " + n).orElse("")
                + (options.trusted().isEmpty() ? " (Java's default CAs)" : " (" + options.trusted().size()
                        + " CA certificate" + (options.trusted().size() == 1 ? "" : "s") + " given)")
                : "; TCP connect only";
        text += options.credentials().map(c -> "; proxy user " + c.user()).orElse("");
        return text + "; " + options.timeout().toMillis() + " ms per attempt"
                + (options.stopAtFirstReached() ? "; stops at the first relay reached" : "");
    }

    /** Direct, then the override, the PAC file's proxies and the system's, each proxy once. */
    static List<Route> routes(String host, int port, RelayProbeOptions options, List<String> notes) {
        Set<Route> routes = new LinkedHashSet<>();
        routes.add(Route.DIRECT);
        options.proxy().ifPresent(p -> routes.add(Route.via(p)));
        options.pac().ifPresent(pac -> {
            String url = "https://" + (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + (port == 443 ? "" : ":"
                    + port) + "/";
            try {
                routes.addAll(PacScript.parseAnswer(pac.findProxyForUrl(url, host), pac.name()));
            } catch (PacException e) {
                if (!notes.contains(e.getMessage())) {
                    notes.add(e.getMessage());
                }
            }
        });
        if (options.systemProxies()) {
            for (ProxyServer proxy : SystemProxies.find(host, port, options.environment(),
                    options.proxySelector().orElse(null), notes)) {
                routes.add(Route.via(proxy));
            }
        }
        // one attempt per proxy address and kind, whichever source named it first
        List<Route> unique = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Route route : routes) {
            String key = route.proxy().map(p -> p.kind() + " " + p.address()).orElse("DIRECT");
            if (seen.add(key)) {
                unique.add(route);
            }
        }
        return unique;
    }

    private static Attempt attempt(String host, int port, Route route, RelayProbeOptions options,
            SSLContext context) {
        Instant time = Instant.now();
        long start = System.nanoTime();
        Deadline deadline = new Deadline(options.timeout());
        try {
            try (Tunnel tunnel = open(host, port, route, options, deadline)) {
                if (context == null) {
                    return new Attempt(time, host, port, route, AttemptOutcome.CONNECTED, tunnel.code(), since(start),
                            Optional.empty(), tunnel.detail());
                }
                String[] negotiated = TlsHandshake.run(tunnel, context, host, port, options.serverName().orElse(null),
                        deadline);
                String detail = negotiated[1] + (tunnel.detail().isEmpty() ? "" : "; " + tunnel.detail());
                return new Attempt(time, host, port, route, AttemptOutcome.TLS_OK, tunnel.code(), since(start),
                        Optional.of(negotiated[0]), detail);
            }
        } catch (AttemptFailed e) {
            return new Attempt(time, host, port, route, e.outcome(), e.code(), since(start), Optional.empty(),
                    e.detail());
        } catch (RuntimeException e) {
            // a peer's bytes must never escape as an exception: report what broke on this line
            AttemptOutcome outcome = route.direct() ? AttemptOutcome.UNREACHABLE : AttemptOutcome.PROXY_MALFORMED;
            return new Attempt(time, host, port, route, outcome, "ERROR", since(start), Optional.empty(),
                    "the probe could not interpret the answer: " + e);
        }
    }

    private static Tunnel open(String host, int port, Route route, RelayProbeOptions options, Deadline deadline)
            throws AttemptFailed {
        if (route.direct()) {
            return Connector.direct(host, port, deadline);
        }
        ProxyServer proxy = route.proxy().get();
        return switch (proxy.kind()) {
        case HTTP -> HttpConnect.open(proxy, host, port, options.credentials(), deadline);
        case SOCKS4, SOCKS4A -> Socks4.open(proxy, host, port, options.credentials().map(ProxyCredentials::user)
                .orElse(""), deadline);
        default -> throw new AttemptFailed(AttemptOutcome.UNSUPPORTED, "", proxy.kind().label()
                + "s are not spoken by the probe; use an HTTP proxy or SOCKS4 for this test");
        };
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
