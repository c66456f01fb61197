package io.patchbay.probe.nat;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What NAT behaviour discovery found.
 *
 * @param server the STUN server asked
 * @param otherAddress the server's alternate address (OTHER-ADDRESS), or null if it sent none
 * @param localAddress the local address and port of the first test
 * @param mappedAddress the reflexive address of the first test, or null if UDP is blocked
 * @param nat whether there is a NAT (the mapped address differs from the local one)
 * @param mapping the mapping behaviour (endpoint-independent when there is no NAT)
 * @param filtering the filtering behaviour
 * @param type the classic type
 * @param elapsed how long discovery took
 * @param notes what else the operator should know (why something is unknown; caveats), possibly empty
 * @since 0.1
 */
public record NatReport(InetSocketAddress server, InetSocketAddress otherAddress, InetSocketAddress localAddress,
        InetSocketAddress mappedAddress, boolean nat, Behaviour mapping, Behaviour filtering, NatType type,
        Duration elapsed, List<String> notes) {

    /** The verdict for symmetric NAT, word for word. */
    public static final String SYMMETRIC_VERDICT =
            "symmetric NAT: Device@Home and SIP@Home cannot work behind this router";

    /** The caveat that goes with it (F-03). */
    public static final String OUTBOUND_FILTERING_NOTE = "F-03: a router that restricts outbound traffic can make"
            + " detection report symmetric NAT wrongly; the forwarded ports must be open outbound too";

    public NatReport {
        notes = List.copyOf(notes);
    }

    public Optional<InetSocketAddress> other() {
        return Optional.ofNullable(otherAddress);
    }

    public Optional<InetSocketAddress> mapped() {
        return Optional.ofNullable(mappedAddress);
    }

    /** Whether Device@Home and SIP@Home can work through this NAT: a NAT type was found and it is not symmetric. */
    public boolean voipCapable() {
        return type != NatType.SYMMETRIC && type != NatType.UDP_BLOCKED && type != NatType.UNKNOWN;
    }

    /** One line for the operator. */
    public String verdict() {
        return switch (type) {
        case SYMMETRIC -> SYMMETRIC_VERDICT;
        case UDP_BLOCKED -> "UDP blocked: no answer from the STUN server, so STUN and media over UDP cannot work";
        case UNKNOWN -> "NAT type unknown: " + (notes.isEmpty() ? "see the notes" : notes.get(0));
        default -> type.label() + ": not symmetric, Device@Home and SIP@Home can work behind this router";
        };
    }
}
