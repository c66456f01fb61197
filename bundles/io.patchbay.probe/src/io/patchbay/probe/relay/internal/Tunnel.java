package io.patchbay.probe.relay.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;

/**
 * A byte stream to the relay: a direct TCP connection, or one through a proxy's tunnel. The input is buffered: bytes
 * that came with the proxy's answer belong to the relay and stay in it.
 */
public final class Tunnel implements AutoCloseable {

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final String code;
    private final String detail;

    Tunnel(Socket socket, InputStream in, String code, String detail) throws IOException {
        this.socket = socket;
        this.in = in instanceof BufferedInputStream ? in : new BufferedInputStream(in);
        this.out = socket.getOutputStream();
        this.code = code;
        this.detail = detail;
    }

    public Socket socket() {
        return socket;
    }

    public InputStream in() {
        return in;
    }

    public OutputStream out() {
        return out;
    }

    /** The proxy's code for the tunnel ({@code HTTP 200}, {@code SOCKS 90}); "" for a direct connection. */
    public String code() {
        return code;
    }

    /** What to say about how the tunnel came about ("after a 407, with Basic credentials"); "" when nothing. */
    public String detail() {
        return detail;
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // closing a probe's socket: nothing to report
        }
    }
}
