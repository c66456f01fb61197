package io.patchbay.simulator;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.SocketException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A UDP port forward on loopback, as a router's DNAT with masquerading does it: datagrams to the listening address go
 * to the target from a fresh socket per sender, and the target's answers come back from the listening address.
 * <p>
 * Because every sender gets its own outside socket, and the outside socket only accepts datagrams from the target,
 * what the target sees is a NAT mapping that depends on the destination: placed in front of one address of an RFC 5780
 * STUN server it makes NAT discovery find a symmetric NAT, as a router with {@code MASQUERADE --random-fully} does.
 *
 * @since 0.1
 */
public final class UdpForward implements AutoCloseable {

    private final DatagramSocket listening;
    private final InetSocketAddress target;
    private final Map<SocketAddress, DatagramSocket> outside = new ConcurrentHashMap<>();
    private volatile boolean closed;

    private UdpForward(DatagramSocket listening, InetSocketAddress target) {
        this.listening = listening;
        this.target = target;
        Thread.ofVirtual().name("udp-forward " + listening.getLocalSocketAddress()).start(this::forward);
    }

    /** Listens on {@code listen} (port 0: any free port) and forwards to {@code target}. */
    public static UdpForward start(InetSocketAddress listen, InetSocketAddress target) throws IOException {
        return new UdpForward(new DatagramSocket(listen), target);
    }

    /** Where senders send to. */
    public InetSocketAddress address() {
        return (InetSocketAddress) listening.getLocalSocketAddress();
    }

    public InetSocketAddress target() {
        return target;
    }

    private void forward() {
        byte[] buffer = new byte[65535];
        while (!closed) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                listening.receive(packet);
                SocketAddress sender = packet.getSocketAddress();
                DatagramSocket out = outside.computeIfAbsent(sender, this::open);
                if (out != null) {
                    out.send(new DatagramPacket(packet.getData(), packet.getOffset(), packet.getLength(), target));
                }
            } catch (IOException e) {
                if (closed) {
                    return;
                }
            }
        }
    }

    private DatagramSocket open(SocketAddress sender) {
        try {
            DatagramSocket out = new DatagramSocket(new InetSocketAddress(listening.getLocalAddress(), 0));
            out.connect(target); // like a NAT's mapping: only the target's answers come back
            Thread.ofVirtual().name("udp-forward back to " + sender).start(() -> back(out, sender));
            return out;
        } catch (SocketException e) {
            return null;
        }
    }

    private void back(DatagramSocket out, SocketAddress sender) {
        byte[] buffer = new byte[65535];
        while (!closed) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                out.receive(packet);
                listening.send(new DatagramPacket(packet.getData(), packet.getOffset(), packet.getLength(), sender));
            } catch (IOException e) {
                if (closed || out.isClosed()) {
                    return;
                }
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        listening.close();
        outside.values().forEach(DatagramSocket::close);
        outside.clear();
    }
}
