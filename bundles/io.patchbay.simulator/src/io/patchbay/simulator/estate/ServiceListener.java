package io.patchbay.simulator.estate;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A system's service port on loopback (HFA 4062, HFA-TLS 4063, HTTPS 8802, DLI 18443 …): it accepts a connection,
 * completes the TLS handshake when it is a TLS port, and closes it. Enough for a reachability and a TLS check.
 */
final class ServiceListener implements AutoCloseable {

    private final ServerSocket socket;
    private volatile boolean closed;

    private ServiceListener(ServerSocket socket) {
        this.socket = socket;
        Thread.ofVirtual().name("service " + socket.getLocalSocketAddress()).start(this::accept);
    }

    /** Listens on {@code address}; with {@code tls} not null the port speaks TLS with that context's key. */
    static ServiceListener start(InetSocketAddress address, SSLContext tls) throws IOException {
        ServerSocket socket = tls == null ? new ServerSocket() : tls.getServerSocketFactory().createServerSocket();
        socket.setReuseAddress(true);
        try {
            socket.bind(address);
        } catch (IOException e) {
            socket.close();
            throw new IOException("cannot listen on " + address + ": " + e.getMessage(), e);
        }
        return new ServiceListener(socket);
    }

    InetSocketAddress address() {
        return (InetSocketAddress) socket.getLocalSocketAddress();
    }

    private void accept() {
        while (!closed) {
            try {
                Socket connection = socket.accept();
                Thread.ofVirtual().start(() -> serve(connection));
            } catch (IOException e) {
                if (closed) {
                    return;
                }
            }
        }
    }

    private static void serve(Socket connection) {
        try (connection) {
            connection.setSoTimeout(5000);
            if (connection instanceof SSLSocket tls) {
                tls.startHandshake();
                tls.getInputStream().read(); // wait for the client to close after its handshake
            }
        } catch (IOException e) {
            // a probe that closes early is normal
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            socket.close();
        } catch (IOException e) {
            // stopping anyway
        }
    }
}
