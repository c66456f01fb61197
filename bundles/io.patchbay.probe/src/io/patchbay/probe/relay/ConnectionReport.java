package io.patchbay.probe.relay;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.patchbay.probe.relay.internal.Json;

/**
 * The timestamped connection report of one relay probe (F-62): one {@link Attempt} per line, in the order they were
 * made, and notes on what could not be tried (a PAC file that failed, a proxy setting that did not parse). Its text and
 * JSON forms are meant to be attached to a support ticket; neither holds a password.
 *
 * @param started when the probe started
 * @param finished when it ended
 * @param setup how the probe ran, in one line: the routes it tries after the direct one, TLS or not, the timeout
 * @param relays the relays asked for, in order
 * @param attempts every attempt, in order
 * @param notes what the operator should know beside the attempts; may be empty
 * @since 0.1
 */
public record ConnectionReport(Instant started, Instant finished, String setup, List<Relay> relays,
        List<Attempt> attempts, List<String> notes) {

    public ConnectionReport {
        setup = setup == null ? "" : setup;
        relays = List.copyOf(relays);
        attempts = List.copyOf(attempts);
        notes = List.copyOf(notes);
    }

    /** The first attempt that reached {@code relay}, if one did. */
    public Optional<Attempt> reached(Relay relay) {
        return attempts.stream().filter(a -> a.ok() && a.relay().equals(relay.host())
                && relay.ports().contains(a.port())).findFirst();
    }

    /** Whether every relay was reached on at least one of its ports by at least one route. */
    public boolean everyRelayReached() {
        return relays.stream().allMatch(r -> reached(r).isPresent());
    }

    /** Whether any relay was reached. */
    public boolean anyRelayReached() {
        return attempts.stream().anyMatch(Attempt::ok);
    }

    /**
     * The report as text: a heading with the time span, the setup line, one line per attempt ({@code TIME TARGET ROUTE: RESULT [CODE,
     * N ms] DETAIL}), the notes, and one verdict line per relay.
     */
    public String text() {
        StringBuilder out = new StringBuilder();
        out.append("Relay reachability report, ").append(started).append(" to ").append(finished).append('\n');
        if (!setup.isEmpty()) {
            out.append("setup: ").append(setup).append('\n');
        }
        int width = attempts.stream().mapToInt(a -> a.target().length()).max().orElse(0);
        for (Attempt attempt : attempts) {
            out.append(attempt.time()).append("  ").append(pad(attempt.target(), width)).append("  ")
                    .append(attempt.route()).append(": ").append(attempt.outcome().meaning()).append(" [");
            if (!attempt.code().isEmpty()) {
                out.append(attempt.code()).append(", ");
            }
            out.append(millis(attempt.elapsed())).append(" ms]");
            attempt.tlsProtocol().ifPresent(p -> out.append(' ').append(p));
            if (!attempt.detail().isEmpty()) {
                out.append(": ").append(attempt.detail());
            }
            out.append('\n');
        }
        for (String note : notes) {
            out.append("note: ").append(note).append('\n');
        }
        for (Relay relay : relays) {
            Optional<Attempt> reached = reached(relay);
            out.append("verdict: ").append(relay.host()).append(reached.map(a -> " reachable on port " + a.port()
                    + " " + a.route()).orElse(" not reachable on ports " + ports(relay) + " by any route tried"))
                    .append('\n');
        }
        return out.toString();
    }

    /** The report as JSON: {@code started}, {@code finished}, {@code setup},
     * {@code reachable}, {@code relays}, {@code attempts}, {@code notes}. */
    public String json() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("started", started.toString());
        root.put("finished", finished.toString());
        root.put("setup", setup);
        root.put("reachable", everyRelayReached());
        List<Object> relayList = new ArrayList<>();
        for (Relay relay : relays) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("host", relay.host());
            r.put("ports", relay.ports());
            Optional<Attempt> reached = reached(relay);
            r.put("reachable", reached.isPresent());
            reached.ifPresent(a -> {
                r.put("port", a.port());
                r.put("via", a.route().toString());
            });
            relayList.add(r);
        }
        root.put("relays", relayList);
        List<Object> lines = new ArrayList<>();
        for (Attempt attempt : attempts) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("time", attempt.time().toString());
            a.put("relay", attempt.relay());
            a.put("port", attempt.port());
            a.put("via", attempt.route().toString());
            attempt.route().proxy().ifPresent(p -> {
                Map<String, Object> proxy = new LinkedHashMap<>();
                proxy.put("kind", p.kind().name().toLowerCase(java.util.Locale.ROOT));
                proxy.put("host", p.address().host());
                proxy.put("port", p.address().port());
                proxy.put("source", p.source().name().toLowerCase(java.util.Locale.ROOT));
                a.put("proxy", proxy);
            });
            a.put("outcome", attempt.outcome().name().toLowerCase(java.util.Locale.ROOT));
            a.put("ok", attempt.ok());
            a.put("result", attempt.outcome().meaning());
            a.put("code", attempt.code());
            a.put("millis", millis(attempt.elapsed()));
            attempt.tlsProtocol().ifPresent(p -> a.put("tlsProtocol", p));
            a.put("detail", attempt.detail());
            lines.add(a);
        }
        root.put("attempts", lines);
        root.put("notes", notes);
        return Json.write(root);
    }

    private static String ports(Relay relay) {
        return String.join(", ", relay.ports().stream().map(String::valueOf).toList());
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }

    private static double millis(Duration duration) {
        return Math.round(duration.toNanos() / 1e5) / 10.0;
    }
}
