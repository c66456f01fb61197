package io.patchbay.transport.ssh.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;

import com.jcraft.jsch.SocketFactory;

/**
 * Opens the TCP connection with the spec's connect timeout, and lets a cancellation close it from another thread,
 * which makes a blocked connect or key exchange fail at once.
 */
final class CancellableSocketFactory implements SocketFactory {

    private final int connectTimeoutMillis;
    private volatile Socket socket;
    private volatile boolean aborted;

    CancellableSocketFactory(int connectTimeoutMillis) {
        this.connectTimeoutMillis = connectTimeoutMillis;
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        Socket created = new Socket();
        socket = created;
        if (aborted) {
            created.close();
            throw new InterruptedIOException("cancelled");
        }
        created.connect(new InetSocketAddress(host, port), connectTimeoutMillis);
        created.setTcpNoDelay(true);
        return created;
    }

    @Override
    public InputStream getInputStream(Socket s) throws IOException {
        return s.getInputStream();
    }

    @Override
    public OutputStream getOutputStream(Socket s) throws IOException {
        return s.getOutputStream();
    }

    void abort() {
        aborted = true;
        Socket current = socket;
        if (current != null) {
            try {
                current.close();
            } catch (IOException e) {
                // closing is all we wanted
            }
        }
    }
}
