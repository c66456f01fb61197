package io.patchbay.probe.tests;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A small SOCKS v4/4a server for the 4a case, which Debian's danted does not implement: it records the destination
 * each request names (a host name for 4a, an address for 4) and tunnels every request to the one relay it fronts,
 * as a proxy in another network whose DNS knows the relay.
 */
final class Socks4aServer implements AutoCloseable {

    private final ServerSocket socket;
    private final Thread thread;
    final List<String> requested = new CopyOnWriteArrayList<>();

    private Socks4aServer(InetSocketAddress relay) throws IOException {
        socket = new ServerSocket(0, 50, StunLoopbackTest.LOOPBACK);
        thread = Thread.ofPlatform().daemon().start(() -> {
            while (!socket.isClosed()) {
                try {
                    Socket client = socket.accept();
                    Thread.ofVirtual().start(() -> serve(client, relay));
                } catch (IOException e) {
                    return;
                }
            }
        });
    }

    static Socks4aServer start(InetSocketAddress relay) throws IOException {
        return new Socks4aServer(relay);
    }

    int port() {
        return socket.getLocalPort();
    }

    private void serve(Socket client, InetSocketAddress relay) {
        try (client) {
            DataInputStream in = new DataInputStream(client.getInputStream());
            OutputStream out = client.getOutputStream();
            int version = in.readUnsignedByte();
            int command = in.readUnsignedByte();
            int port = in.readUnsignedShort();
            byte[] address = in.readNBytes(4);
            readString(in); // user id
            String destination = address[0] == 0 && address[1] == 0 && address[2] == 0 && address[3] != 0
                    ? readString(in)
                    : (address[0] & 0xFF) + "." + (address[1] & 0xFF) + "." + (address[2] & 0xFF) + "."
                            + (address[3] & 0xFF);
            requested.add(destination + ":" + port);
            if (version != 4 || command != 1) {
                out.write(new byte[] { 0, 91, 0, 0, 0, 0, 0, 0 });
                return;
            }
            try (Socket upstream = new Socket()) {
                upstream.connect(relay, 2000);
                out.write(new byte[] { 0, 90, 0, 0, 0, 0, 0, 0 });
                out.flush();
                Thread back = Thread.ofVirtual().start(() -> pipe(upstreamIn(upstream), out));
                pipe(in, upstream.getOutputStream());
                back.join(2000);
            } catch (IOException e) {
                out.write(new byte[] { 0, 91, 0, 0, 0, 0, 0, 0 });
            }
        } catch (IOException | InterruptedException e) {
            // the probe hung up
        }
    }

    private static InputStream upstreamIn(Socket upstream) {
        try {
            return upstream.getInputStream();
        } catch (IOException e) {
            return InputStream.nullInputStream();
        }
    }

    private static void pipe(InputStream in, OutputStream out) {
        try {
            in.transferTo(out);
        } catch (IOException e) {
            // one side closed
        }
    }

    private static String readString(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int b = in.read(); b > 0; b = in.read()) {
            bytes.write(b);
        }
        return bytes.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() throws Exception {
        socket.close();
        thread.join(2000);
    }
}
