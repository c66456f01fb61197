package io.patchbay.probe.relay;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.patchbay.probe.HostAndPort;
import io.patchbay.probe.relay.internal.PacRuntime;

/**
 * A proxy auto-config (PAC) file: JavaScript defining {@code FindProxyForURL(url, host)}, evaluated with Mozilla Rhino
 * in a sandbox (no Java access) with the Netscape helper functions ({@code isPlainHostName}, {@code dnsDomainIs},
 * {@code localHostOrDomainIs}, {@code isResolvable}, {@code isInNet}, {@code dnsResolve}, {@code myIpAddress},
 * {@code dnsDomainLevels}, {@code shExpMatch}, {@code weekdayRange}, {@code dateRange}, {@code timeRange}).
 * <p>
 * A call is bounded in time: a script that loops is stopped and reported as a {@link PacException}. Instances are safe
 * to share between threads (calls are serialised).
 *
 * @since 0.1
 */
public final class PacScript {

    /** How long one evaluation (loading the file, or one call) may run. */
    public static final Duration LIMIT = Duration.ofSeconds(2);

    private final PacRuntime runtime;
    private final String name;

    private PacScript(PacRuntime runtime, String name) {
        this.runtime = runtime;
        this.name = name;
    }

    /**
     * Compiles and runs {@code source}; the date and time helpers use the system clock.
     *
     * @param name what to call the file in messages (its path or URL)
     * @throws PacException when it does not parse, throws while loading, or defines no {@code FindProxyForURL}
     */
    public static PacScript compile(String source, String name) throws PacException {
        return compile(source, name, Clock.systemDefaultZone());
    }

    /** As {@link #compile(String, String)}, with {@code clock} as "now" for the date and time helpers. */
    public static PacScript compile(String source, String name, Clock clock) throws PacException {
        return new PacScript(PacRuntime.load(source, name, clock, LIMIT), name);
    }

    /**
     * Reads a PAC file from a path, or from an {@code http://} / {@code file:} URL (within {@code timeout}), and
     * compiles it.
     *
     * @throws PacException when it cannot be read or compiled; the message names the location
     */
    public static PacScript load(String location, Duration timeout) throws PacException {
        String source;
        try {
            if (location.startsWith("http://") || location.startsWith("https://")) {
                HttpClient client = HttpClient.newBuilder().connectTimeout(timeout)
                        .proxy(HttpClient.Builder.NO_PROXY).build();
                HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(URI.create(location))
                        .timeout(timeout).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
                try (InputStream in = response.body()) {
                    byte[] bytes = in.readNBytes(1024 * 1024);
                    if (response.statusCode() != 200) {
                        throw new PacException("PAC file " + location + ": the server answered HTTP "
                                + response.statusCode() + "; check the URL");
                    }
                    source = new String(bytes, StandardCharsets.UTF_8);
                }
            } else {
                Path path = location.startsWith("file:") ? Path.of(URI.create(location)) : Path.of(location);
                source = Files.readString(path, StandardCharsets.UTF_8);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new PacException("cannot read PAC file " + location + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PacException("reading PAC file " + location + " was interrupted", e);
        }
        return compile(source, location);
    }

    /** Where the script came from, as given. */
    public String name() {
        return name;
    }

    /**
     * Calls {@code FindProxyForURL(url, host)} and returns its answer as the script gave it, e.g.
     * {@code "PROXY proxy.example.net:3128; DIRECT"}.
     *
     * @throws PacException when the call throws, returns no string or runs too long
     */
    public String findProxyForUrl(String url, String host) throws PacException {
        return runtime.findProxyForUrl(url, host);
    }

    /**
     * The routes a PAC answer names, in order: {@code DIRECT}, {@code PROXY h:p} / {@code HTTP h:p} (HTTP proxies),
     * {@code HTTPS h:p}, {@code SOCKS h:p} / {@code SOCKS4 h:p} (SOCKS4), {@code SOCKS5 h:p}. An empty answer means
     * DIRECT.
     *
     * @throws PacException naming the entry that is not a PAC route
     */
    public static List<Route> parseAnswer(String answer, String name) throws PacException {
        List<Route> routes = new ArrayList<>();
        if (answer == null || answer.isBlank()) {
            routes.add(Route.DIRECT);
            return routes;
        }
        for (String entry : answer.split(";")) {
            String item = entry.strip();
            if (item.isEmpty()) {
                continue;
            }
            String[] parts = item.split("\\s+");
            String keyword = parts[0].toUpperCase(Locale.ROOT);
            if (keyword.equals("DIRECT") && parts.length == 1) {
                routes.add(Route.DIRECT);
                continue;
            }
            ProxyKind kind = switch (keyword) {
            case "PROXY", "HTTP" -> ProxyKind.HTTP;
            case "HTTPS" -> ProxyKind.HTTPS;
            case "SOCKS", "SOCKS4" -> ProxyKind.SOCKS4;
            case "SOCKS5" -> ProxyKind.SOCKS5;
            default -> null;
            };
            if (kind == null || parts.length != 2) {
                throw new PacException("PAC file " + name + " answered '" + item + "', which is not DIRECT, PROXY,"
                        + " HTTP, HTTPS, SOCKS, SOCKS4 or SOCKS5 with host:port");
            }
            try {
                HostAndPort one = HostAndPort.parse(parts[1], 1);
                HostAndPort two = HostAndPort.parse(parts[1], 2);
                if (one.port() != two.port()) {
                    throw new IllegalArgumentException("no port");
                }
                routes.add(Route.via(new ProxyServer(kind, one, ProxySource.PAC)));
            } catch (IllegalArgumentException e) {
                throw new PacException("PAC file " + name + " answered '" + item + "': " + e.getMessage()
                        + "; a proxy needs host:port");
            }
        }
        if (routes.isEmpty()) {
            routes.add(Route.DIRECT);
        }
        return routes;
    }

    @Override
    public String toString() {
        return "PAC file " + name;
    }
}
