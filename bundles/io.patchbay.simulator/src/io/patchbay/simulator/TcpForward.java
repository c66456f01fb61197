package io.patchbay.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP port forward on loopback: connections to the listening address are joined to a new connection to the target.
 * Start one only where the target listens: a router's DNAT towards a closed port refuses the connection, and so does
 * a port nobody forwards.
 *
 * @since 0.1
 */
public final class TcpForward implements AutoCloseable {

    private final ServerSocket listening;
    private final InetSocketAddress target;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    private TcpForward(ServerSocket listening, InetSocketAddress target) {
        this.listening = listening;
        this.target = target;
        Thread.ofVirtual().name("tcp-forward " + listening.getLocalSocketAddress()).start(this::accept);
    }

    /** Listens on {@code listen} (port 0: any free port) and forwards to {@code target}. */
    public static TcpForward start(InetSocketAddress listen, InetSocketAddress target) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        try {
            socket.bind(listen);
        } catch (IOException e) {
            socket.close();
            throw new IOException("cannot forward TCP " + listen + ": " + e.getMessage(), e);
        }
        return new TcpForward(socket, target);
    }

    public InetSocketAddress address() {
        return (InetSocketAddress) listening.getLocalSocketAddress();
    }

    private void accept() {
        while (!closed) {
            try {
                Socket inside = listening.accept();
                open.add(inside);
                Thread.ofVirtual().start(() -> join(inside));
            } catch (IOException e) {
                if (closed) {
                    return;
                }
            }
        }
    }

    private void join(Socket inside) {
        Socket outside = new Socket();
        open.add(outside);
        try {
            outside.connect(target, 2000);
            Thread.ofVirtual().start(() -> pipe(outside, inside));
            pipe(inside, outside);
        } catch (IOException e) {
            closeQuietly(inside);
            closeQuietly(outside);
        }
    }

    private void pipe(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException e) {
            // one side closed: close both below
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private void closeQuietly(Socket socket) {
        open.remove(socket);
        try {
            socket.close();
        } catch (IOException e) {
            // already gone
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            listening.close();
        } catch (IOException e) {
            // stopping anyway
        }
        open.forEach(this::closeQuietly);
    }
}
