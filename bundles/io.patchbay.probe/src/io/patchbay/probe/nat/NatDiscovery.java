package io.patchbay.probe.nat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

import io.patchbay.probe.HostAndPort;
import io.patchbay.probe.stun.StunAttribute;
import io.patchbay.probe.stun.StunClient;
import io.patchbay.probe.stun.StunMessage;
import io.patchbay.probe.stun.StunResponse;
import io.patchbay.probe.stun.StunTimeoutException;
import io.patchbay.probe.stun.StunTiming;

/**
 * NAT behaviour discovery against an RFC 5780 STUN server (one that sends OTHER-ADDRESS and honours CHANGE-REQUEST).
 * <p>
 * Mapping (RFC 5780 section 4.3): test I binds to the primary address; if the mapped address is the local one there is
 * no NAT. Otherwise test II binds to the alternate address and primary port, test III to the alternate address and
 * port, and the mapped addresses are compared. Filtering (section 4.4) runs on a fresh socket, so that the bindings the
 * mapping tests opened towards the alternate address do not let answers in: test II asks the primary to answer from
 * the alternate address and port, test III from the alternate port only. A test that gets no answer within the
 * {@link StunTiming} counts as filtered. Tests II and III run at the same time on two sockets, so a NAT that filters
 * costs one timeout ({@link StunTiming#total()}), not two.
 *
 * @since 0.1
 */
public final class NatDiscovery {

    /** RTO 100 ms, 3 transmissions, 2 RTOs after the last: a filtered test costs 0.5 s. */
    public static final StunTiming DEFAULT_TIMING = StunTiming.of(Duration.ofMillis(100), 3, 2);

    /** A virtual thread per concurrent filtering test: they only wait on sockets. */
    private static final Executor FILTER_TESTS = task -> Thread.ofVirtual().name("nat-filtering-test").start(task);

    private NatDiscovery() {
    }

    /** Discovery with {@link #DEFAULT_TIMING}. */
    public static NatReport discover(InetSocketAddress server) throws IOException {
        return discover(server, DEFAULT_TIMING);
    }

    /**
     * Runs the mapping and filtering tests against {@code server}.
     *
     * @throws IOException when a local socket cannot be opened or a send fails (no route); a server that does not
     *             answer is a report of type {@link NatType#UDP_BLOCKED}, not an exception
     */
    public static NatReport discover(InetSocketAddress server, StunTiming timing) throws IOException {
        long start = System.nanoTime();
        InetAddress localIp;
        try (StunClient route = StunClient.udpTowards(server)) {
            localIp = route.localAddress().getAddress();
        }
        List<String> notes = new ArrayList<>();
        String where = HostAndPort.format(server);

        InetSocketAddress local;
        InetSocketAddress mapped;
        InetSocketAddress other;
        Behaviour mapping;
        try (StunClient client = StunClient.udp(new InetSocketAddress(localIp, 0))) {
            local = client.localAddress();
            Optional<StunResponse> first = bind(client, server, 0, timing);
            if (first.isEmpty()) {
                return new NatReport(server, null, local, null, false, Behaviour.UNKNOWN, Behaviour.UNKNOWN,
                        NatType.UDP_BLOCKED, since(start), List.of("no answer from " + where + " within "
                                + timing.total().toMillis() + " ms"));
            }
            if (!first.get().isSuccess() || first.get().message().reflexiveAddress().isEmpty()) {
                return unusable(server, local, first.get(), start);
            }
            mapped = first.get().message().reflexiveAddress().get();
            other = first.get().message().otherAddress().orElse(null);
            boolean nat = !mapped.equals(local);
            if (other == null) {
                notes.add(where + " does not support RFC 5780 (no OTHER-ADDRESS); use a STUN server with two"
                        + " addresses to classify the NAT");
                Behaviour known = nat ? Behaviour.UNKNOWN : Behaviour.ENDPOINT_INDEPENDENT;
                return new NatReport(server, null, local, mapped, nat, known, Behaviour.UNKNOWN, NatType.UNKNOWN,
                        since(start), notes);
            }
            mapping = nat ? mapping(client, server, other, mapped, timing, notes) : Behaviour.ENDPOINT_INDEPENDENT;
            Behaviour filtering = filtering(localIp, server, timing, notes);
            NatType type = NatType.of(nat, mapping, filtering);
            if (type == NatType.SYMMETRIC) {
                notes.add(NatReport.OUTBOUND_FILTERING_NOTE);
            }
            return new NatReport(server, other, local, mapped, nat, mapping, filtering, type, since(start), notes);
        }
    }

    private static Behaviour mapping(StunClient client, InetSocketAddress server, InetSocketAddress other,
            InetSocketAddress mapped1, StunTiming timing, List<String> notes) throws IOException {
        InetSocketAddress alternateIpPrimaryPort = new InetSocketAddress(other.getAddress(), server.getPort());
        Optional<InetSocketAddress> mapped2 = bind(client, alternateIpPrimaryPort, 0, timing)
                .flatMap(r -> r.message().reflexiveAddress());
        if (mapped2.isEmpty()) {
            notes.add("no answer from the alternate address " + HostAndPort.format(alternateIpPrimaryPort));
            return Behaviour.UNKNOWN;
        }
        if (mapped2.get().equals(mapped1)) {
            return Behaviour.ENDPOINT_INDEPENDENT;
        }
        Optional<InetSocketAddress> mapped3 = bind(client, other, 0, timing)
                .flatMap(r -> r.message().reflexiveAddress());
        if (mapped3.isEmpty()) {
            notes.add("no answer from the alternate address " + HostAndPort.format(other));
            return Behaviour.UNKNOWN;
        }
        return mapped3.get().equals(mapped2.get()) ? Behaviour.ADDRESS_DEPENDENT
                : Behaviour.ADDRESS_AND_PORT_DEPENDENT;
    }

    /**
     * Filtering tests II and III run at the same time, each on its own fresh socket after its own test I, so that a
     * NAT that filters costs one timeout instead of two.
     */
    private static Behaviour filtering(InetAddress localIp, InetSocketAddress server, StunTiming timing,
            List<String> notes) throws IOException {
        CompletableFuture<Optional<StunResponse>> portChanged = CompletableFuture
                .supplyAsync(() -> filterTest(localIp, server, StunAttribute.CHANGE_PORT, timing), FILTER_TESTS);
        Optional<StunResponse> changed;
        Optional<StunResponse> onlyPortChanged;
        try {
            changed = filterTest(localIp, server, StunAttribute.CHANGE_IP | StunAttribute.CHANGE_PORT, timing);
            onlyPortChanged = portChanged.join();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e;
        }
        if (changed == null || onlyPortChanged == null) {
            notes.add("the filtering test got no answer from " + HostAndPort.format(server));
            return Behaviour.UNKNOWN;
        }
        if (changed.isPresent()) {
            return changed.get().isSuccess() ? Behaviour.ENDPOINT_INDEPENDENT : refused(changed.get(), notes);
        }
        if (onlyPortChanged.isPresent()) {
            return onlyPortChanged.get().isSuccess() ? Behaviour.ADDRESS_DEPENDENT
                    : refused(onlyPortChanged.get(), notes);
        }
        return Behaviour.ADDRESS_AND_PORT_DEPENDENT;
    }

    /** Test I, then a request with {@code change}: its answer, empty if none came, null if test I failed. */
    private static Optional<StunResponse> filterTest(InetAddress localIp, InetSocketAddress server, int change,
            StunTiming timing) {
        try (StunClient client = StunClient.udp(new InetSocketAddress(localIp, 0))) {
            if (bind(client, server, 0, timing).filter(StunResponse::isSuccess).isEmpty()) {
                return null;
            }
            return bind(client, server, change, timing);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Behaviour refused(StunResponse response, List<String> notes) {
        notes.add("the server refused CHANGE-REQUEST: " + response.message().errorCode().map(Object::toString)
                .orElse("error response"));
        return Behaviour.UNKNOWN;
    }

    /** A Binding request with {@code change} flags; empty when no answer came. */
    private static Optional<StunResponse> bind(StunClient client, InetSocketAddress to, int change, StunTiming timing)
            throws IOException {
        StunMessage.Builder request = StunMessage.request(StunMessage.BINDING);
        if (change != 0) {
            request.changeRequest(change);
        }
        try {
            return Optional.of(client.transact(to, request.build(), timing));
        } catch (StunTimeoutException e) {
            return Optional.empty();
        }
    }

    private static NatReport unusable(InetSocketAddress server, InetSocketAddress local, StunResponse response,
            long start) {
        String why = response.isSuccess() ? "its answer had no mapped address"
                : "it answered " + response.message().errorCode().map(Object::toString).orElse("an error");
        return new NatReport(server, null, local, null, false, Behaviour.UNKNOWN, Behaviour.UNKNOWN, NatType.UNKNOWN,
                since(start), List.of(HostAndPort.format(server) + " cannot be used for discovery: " + why));
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
