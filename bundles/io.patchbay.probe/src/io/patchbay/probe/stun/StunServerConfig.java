package io.patchbay.probe.stun;

import java.net.InetSocketAddress;
import java.util.Optional;

/**
 * What a {@link StunServer} listens on and how it answers.
 *
 * @param primary the primary address and port (port 0: any free port)
 * @param alternate the alternate address and port for RFC 5780 (a different IP and a different port; port 0: any free
 *            port), or null for a plain RFC 5389 server
 * @param tcp whether to answer over TCP as well as UDP (on the same ports)
 * @param software the SOFTWARE attribute of responses, or null for none
 * @param username with {@code password}: short-term credentials every request must carry, or null
 * @param password the short-term password, or null
 * @since 0.1
 */
public record StunServerConfig(InetSocketAddress primary, InetSocketAddress alternate, boolean tcp, String software,
        String username, String password) {

    public StunServerConfig {
        if (primary == null || primary.isUnresolved()) {
            throw new IllegalArgumentException("a STUN server needs a resolved primary address");
        }
        if (alternate != null) {
            if (alternate.isUnresolved() || alternate.getAddress().equals(primary.getAddress())) {
                throw new IllegalArgumentException("the alternate address " + alternate
                        + " must be a resolved address other than the primary " + primary.getAddress());
            }
            if (alternate.getPort() != 0 && alternate.getPort() == primary.getPort()) {
                throw new IllegalArgumentException("the alternate port must differ from the primary port "
                        + primary.getPort());
            }
        }
        if ((username == null) != (password == null)) {
            throw new IllegalArgumentException("give both a username and a password, or neither");
        }
    }

    /** A plain server on {@code primary}, UDP and TCP, SOFTWARE "Patchbay". */
    public static StunServerConfig on(InetSocketAddress primary) {
        return new StunServerConfig(primary, null, true, "Patchbay", null, null);
    }

    /** RFC 5780 mode: answers CHANGE-REQUEST from {@code alternate}'s address and port and names it in OTHER-ADDRESS. */
    public StunServerConfig withAlternate(InetSocketAddress alternateAddress) {
        return new StunServerConfig(primary, alternateAddress, tcp, software, username, password);
    }

    public StunServerConfig withoutTcp() {
        return new StunServerConfig(primary, alternate, false, software, username, password);
    }

    public StunServerConfig withSoftware(String name) {
        return new StunServerConfig(primary, alternate, tcp, name, username, password);
    }

    /** Requests must carry USERNAME and a MESSAGE-INTEGRITY made with {@code secret}; responses carry one too. */
    public StunServerConfig withCredentials(String user, String secret) {
        return new StunServerConfig(primary, alternate, tcp, software, user, secret);
    }

    public Optional<InetSocketAddress> alternateAddress() {
        return Optional.ofNullable(alternate);
    }
}
