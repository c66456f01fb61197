package io.patchbay.probe.internal;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.ServerSocketChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.patchbay.probe.stun.StunMessage;
import io.patchbay.probe.stun.StunServerConfig;

/**
 * The sockets and threads of a STUN server: one thread per UDP socket, one accepting thread per TCP socket and a
 * virtual thread per TCP connection. Whatever arrives, the loops go on: garbage is counted and dropped.
 */
public final class StunServerEngine implements AutoCloseable {

    private static final int BIND_ATTEMPTS = 50;
    /** A TCP connection that says nothing for this long is closed. */
    private static final int TCP_IDLE_MILLIS = 30_000;

    private final InetSocketAddress[][] addresses;
    private final DatagramChannel[][] udp;
    private final ServerSocketChannel[][] tcp;
    private final BindingResponder responder;
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    private final List<Thread> threads = new ArrayList<>();
    private final AtomicLong answered = new AtomicLong();
    private final AtomicLong ignored = new AtomicLong();
    private volatile boolean closed;

    public StunServerEngine(StunServerConfig config) throws IOException {
        int size = config.alternate() == null ? 1 : 2;
        addresses = new InetSocketAddress[size][size];
        udp = new DatagramChannel[size][size];
        tcp = new ServerSocketChannel[size][size];
        bindAll(config);
        responder = new BindingResponder(addresses, config.software(), config.username(), config.password());
        for (int a = 0; a < size; a++) {
            for (int p = 0; p < size; p++) {
                int addressIndex = a;
                int portIndex = p;
                start("stun-udp-" + addresses[a][p], () -> serveUdp(addressIndex, portIndex));
                if (tcp[a][p] != null) {
                    start("stun-tcp-" + addresses[a][p], () -> acceptTcp(addressIndex, portIndex));
                }
            }
        }
    }

    /** Binds every socket; with port 0, picks ports free on both addresses (and for TCP), retrying on a clash. */
    private void bindAll(StunServerConfig config) throws IOException {
        InetAddress[] ips = config.alternate() == null ? new InetAddress[] { config.primary().getAddress() }
                : new InetAddress[] { config.primary().getAddress(), config.alternate().getAddress() };
        int[] wanted = config.alternate() == null ? new int[] { config.primary().getPort() }
                : new int[] { config.primary().getPort(), config.alternate().getPort() };
        for (int attempt = 1;; attempt++) {
            try {
                for (int p = 0; p < wanted.length; p++) {
                    int port = wanted[p];
                    for (int a = 0; a < ips.length; a++) {
                        DatagramChannel channel = DatagramChannel.open(ips[a] instanceof java.net.Inet6Address
                                ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET);
                        udp[a][p] = channel;
                        channel.bind(new InetSocketAddress(ips[a], port));
                        port = ((InetSocketAddress) channel.getLocalAddress()).getPort();
                        addresses[a][p] = new InetSocketAddress(ips[a], port);
                        if (config.tcp()) {
                            tcp[a][p] = ServerSocketChannel.open();
                            tcp[a][p].bind(addresses[a][p]);
                        }
                    }
                }
                return;
            } catch (BindException e) {
                closeSockets();
                boolean fixedPorts = wanted[0] != 0 && (wanted.length == 1 || wanted[1] != 0);
                if (fixedPorts || attempt == BIND_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private void start(String name, Runnable loop) {
        Thread thread = Thread.ofPlatform().name(name).daemon().start(loop);
        threads.add(thread);
    }

    private void serveUdp(int addressIndex, int portIndex) {
        DatagramChannel channel = udp[addressIndex][portIndex];
        ByteBuffer buffer = ByteBuffer.allocate(65_535);
        while (!closed) {
            try {
                buffer.clear();
                InetSocketAddress source = (InetSocketAddress) channel.receive(buffer);
                BindingResponder.Answer answer = responder.answer(buffer.array(), buffer.position(), source,
                        addressIndex, portIndex, true);
                if (answer == null) {
                    ignored.incrementAndGet();
                    continue;
                }
                udp[answer.addressIndex()][answer.portIndex()].send(ByteBuffer.wrap(answer.message().encode()),
                        answer.destination());
                answered.incrementAndGet();
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException | RuntimeException e) {
                ignored.incrementAndGet(); // e.g. ICMP unreachable for an earlier answer: keep serving
            }
        }
    }

    private void acceptTcp(int addressIndex, int portIndex) {
        while (!closed) {
            try {
                Socket socket = tcp[addressIndex][portIndex].accept().socket();
                connections.add(socket);
                Thread.ofVirtual().name("stun-tcp-connection").start(() -> serveTcp(socket, addressIndex, portIndex));
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException e) {
                ignored.incrementAndGet();
            }
        }
    }

    private void serveTcp(Socket socket, int addressIndex, int portIndex) {
        try (socket) {
            socket.setSoTimeout(TCP_IDLE_MILLIS);
            socket.setTcpNoDelay(true);
            DataInputStream in = new DataInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            InetSocketAddress source = (InetSocketAddress) socket.getRemoteSocketAddress();
            byte[] frame = new byte[StunMessage.HEADER_LENGTH + 65_535];
            while (!closed) {
                in.readFully(frame, 0, StunMessage.HEADER_LENGTH);
                boolean stun = (frame[0] & 0xC0) == 0 && frame[4] == 0x21 && frame[5] == 0x12
                        && frame[6] == (byte) 0xA4 && frame[7] == 0x42;
                if (!stun) {
                    ignored.incrementAndGet();
                    return; // without STUN framing the stream cannot be resynchronised
                }
                int length = ((frame[2] & 0xFF) << 8) | (frame[3] & 0xFF);
                in.readFully(frame, StunMessage.HEADER_LENGTH, length);
                BindingResponder.Answer answer = responder.answer(frame, StunMessage.HEADER_LENGTH + length, source,
                        addressIndex, portIndex, false);
                if (answer == null) {
                    ignored.incrementAndGet();
                    continue;
                }
                out.write(answer.message().encode());
                out.flush();
                answered.incrementAndGet();
            }
        } catch (SocketTimeoutException e) {
            // idle client
        } catch (IOException | RuntimeException e) {
            // the peer went away or sent a truncated frame
        } finally {
            connections.remove(socket);
        }
    }

    public InetSocketAddress address(int addressIndex, int portIndex) {
        return addresses[addressIndex][portIndex];
    }

    public boolean rfc5780() {
        return addresses.length == 2;
    }

    public long answered() {
        return answered.get();
    }

    public long ignored() {
        return ignored.get();
    }

    @Override
    public void close() {
        closed = true;
        closeSockets();
        for (Socket socket : connections) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
        for (Thread thread : threads) {
            try {
                thread.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void closeSockets() {
        for (int a = 0; a < udp.length; a++) {
            for (int p = 0; p < udp.length; p++) {
                closeQuietly(udp[a][p]);
                closeQuietly(tcp[a][p]);
                udp[a][p] = null;
                tcp[a][p] = null;
            }
        }
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        if (closeable != null) {
            try {
                closeable.close();
            } catch (IOException e) {
                // nothing left to release
            }
        }
    }
}
