package io.patchbay.ui.internal.preferences;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.osgi.service.prefs.BackingStoreException;

import io.patchbay.livetest.LiveTestRequest;
import io.patchbay.probe.HostAndPort;

/**
 * The console's settings, typed: what the operator set under Window ▸ Preferences (the console's instance scope),
 * else the defaults of {@link ConsolePreferenceInitializer}. Code reads settings here, never by key.
 */
public final class ConsolePreferences {

    /** The preference node (instance and default scope) of the console. */
    public static final String QUALIFIER = "io.patchbay.ui";

    /** How many devices a provisioning run works on at once. */
    public static final int MIN_PARALLELISM = 1;
    public static final int MAX_PARALLELISM = 256;
    public static final int DEFAULT_PARALLELISM = 8;
    /** The commit-confirm window of a provisioning run, seconds; 0 turns commit-confirm off. */
    public static final int MAX_CONFIRM_SECONDS = 3600;
    public static final int DEFAULT_CONFIRM_SECONDS = 120;
    /** How long one live-test probe waits for its peer, milliseconds. */
    public static final int MIN_PROBE_TIMEOUT_MS = 100;
    public static final int MAX_PROBE_TIMEOUT_MS = 60_000;
    public static final int DEFAULT_PROBE_TIMEOUT_MS = 3000;
    /** How many recently opened estates File ▸ Open Recent lists. */
    public static final int RECENT_ESTATES = 8;

    static final String PARALLELISM = "provisioning.parallelism";
    static final String CONFIRM_SECONDS = "provisioning.confirmSeconds";
    static final String PROBE_TIMEOUT_MS = "livetest.probeTimeoutMillis";
    static final String RECENT = "estates.recent";
    static final String STUN_FALLBACK = "livetest.stunFallback";
    static final String SERVICELINK_ENDPOINTS = "livetest.servicelinkEndpoints";
    /** The port a STUN server or an RSP.servicelink endpoint has when the operator names none. */
    public static final int STUN_PORT = 3478;
    public static final int SERVICELINK_PORT = 443;

    private final IEclipsePreferences node = InstanceScope.INSTANCE.getNode(QUALIFIER);
    private final IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(QUALIFIER);

    /** The store the preference pages edit (the same instance-scope node this class reads). */
    public static IPreferenceStore store() {
        return new ScopedPreferenceStore(InstanceScope.INSTANCE, QUALIFIER);
    }

    /** Provisioning: how many devices are worked on at once, {@value #MIN_PARALLELISM}–{@value #MAX_PARALLELISM}. */
    public int parallelism() {
        return within(node.getInt(PARALLELISM, defaults.getInt(PARALLELISM, DEFAULT_PARALLELISM)), MIN_PARALLELISM,
                MAX_PARALLELISM);
    }

    /** Provisioning: how long a device waits for the confirmation before it reverts by itself; zero: off. */
    public Duration confirmWithin() {
        return Duration.ofSeconds(within(node.getInt(CONFIRM_SECONDS, defaults.getInt(CONFIRM_SECONDS,
                DEFAULT_CONFIRM_SECONDS)), 0, MAX_CONFIRM_SECONDS));
    }

    /** Live tests: how long one probe waits for its peer. */
    public Duration probeTimeout() {
        return Duration.ofMillis(within(node.getInt(PROBE_TIMEOUT_MS, defaults.getInt(PROBE_TIMEOUT_MS,
                DEFAULT_PROBE_TIMEOUT_MS)), MIN_PROBE_TIMEOUT_MS, MAX_PROBE_TIMEOUT_MS));
    }

    /**
     * Live tests: the STUN server that measures the NAT type of a system that names none (F-05 still fails for it),
     * if the operator set one.
     */
    public Optional<HostAndPort> stunFallback() {
        String text = node.get(STUN_FALLBACK, defaults.get(STUN_FALLBACK, ""));
        if (text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(HostAndPort.parse(text, STUN_PORT));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // the page never stores what does not parse
        }
    }

    /**
     * Live tests: the RSP.servicelink endpoints tested for an estate that lists none, in order; empty: the defaults
     * shipped with Patchbay. Stored one a line as {@code host:port role}.
     */
    public List<LiveTestRequest.Endpoint> servicelinkEndpoints() {
        return parseEndpoints(node.get(SERVICELINK_ENDPOINTS, defaults.get(SERVICELINK_ENDPOINTS, "")));
    }

    /** The request the Live Tests view runs: {@code request} with the probe timeout and the live-test defaults. */
    public LiveTestRequest applyTo(LiveTestRequest request) {
        Optional<HostAndPort> stun = stunFallback();
        return request.withTimeout(probeTimeout()).withServicelinkEndpoints(servicelinkEndpoints())
                .withStunFallback(stun.map(HostAndPort::host).orElse(null), stun.map(HostAndPort::port).orElse(0));
    }

    /** One endpoint as the preference stores it and the page lists it: {@code host:port role}. */
    static String format(LiveTestRequest.Endpoint endpoint) {
        return new HostAndPort(endpoint.host(), endpoint.port()) + " " + endpoint.role();
    }

    /**
     * Parses one stored or listed endpoint, {@code host:port role}.
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    static LiveTestRequest.Endpoint parseEndpoint(String line) {
        String text = line.strip();
        int space = text.indexOf(' ');
        if (space < 0) {
            throw new IllegalArgumentException("'" + text + "' has no role after the address");
        }
        HostAndPort server = HostAndPort.parse(text.substring(0, space), SERVICELINK_PORT);
        return new LiveTestRequest.Endpoint(text.substring(space + 1), server.host(), server.port());
    }

    static List<LiveTestRequest.Endpoint> parseEndpoints(String lines) {
        List<LiveTestRequest.Endpoint> endpoints = new ArrayList<>();
        for (String line : lines.split("\n")) {
            if (!line.isBlank()) {
                try {
                    endpoints.add(parseEndpoint(line));
                } catch (IllegalArgumentException e) {
                    // the page never stores what does not parse; a hand-edited line is left out
                }
            }
        }
        return List.copyOf(endpoints);
    }

    static String formatEndpoints(List<LiveTestRequest.Endpoint> endpoints) {
        StringBuilder lines = new StringBuilder();
        for (LiveTestRequest.Endpoint endpoint : endpoints) {
            lines.append(format(endpoint)).append('\n');
        }
        return lines.toString();
    }

    /** The estate files opened last, most recent first, at most {@value #RECENT_ESTATES}. */
    public List<Path> recentEstates() {
        List<Path> recent = new ArrayList<>();
        for (String line : node.get(RECENT, "").split("\n")) {
            if (!line.isBlank() && recent.size() < RECENT_ESTATES) {
                recent.add(Path.of(line));
            }
        }
        return recent;
    }

    /** Puts {@code file} first in the recent estates (once) and writes the list to disk. */
    public void rememberEstate(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> recent = new ArrayList<>(recentEstates());
        recent.remove(absolute);
        recent.add(0, absolute);
        StringBuilder lines = new StringBuilder();
        for (Path path : recent.subList(0, Math.min(RECENT_ESTATES, recent.size()))) {
            lines.append(path).append('\n');
        }
        node.put(RECENT, lines.toString());
        flush();
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // the list still works for this session; it is only not kept for the next start
            org.eclipse.core.runtime.ILog.of(ConsolePreferences.class).warn("The recent estates were not written to "
                    + "the console's settings: " + e.getMessage());
        }
    }

    private static int within(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
