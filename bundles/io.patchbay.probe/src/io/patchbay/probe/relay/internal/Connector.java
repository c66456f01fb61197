package io.patchbay.probe.relay.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

import io.patchbay.probe.relay.AttemptOutcome;

/** TCP connections with the failures told apart as an operator needs them (refused, timed out, unreachable). */
public final class Connector {

    private Connector() {
    }

    /** Resolves {@code host} (a DNS query unless it is a literal). */
    public static InetAddress resolve(String host, AttemptOutcome unreachable) throws AttemptFailed {
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new AttemptFailed(unreachable, "ENOTFOUND", "cannot resolve " + host + "; check the name and DNS");
        } catch (RuntimeException e) {
            throw new AttemptFailed(unreachable, "ENOTFOUND", "cannot resolve " + host + ": " + e.getMessage());
        }
    }

    /** A direct connection to the relay. */
    public static Tunnel direct(String host, int port, Deadline deadline) throws AttemptFailed {
        InetAddress address = resolve(host, AttemptOutcome.UNREACHABLE);
        Socket socket = connect(new InetSocketAddress(address, port), deadline, false);
        try {
            return new Tunnel(socket, socket.getInputStream(), "", "");
        } catch (IOException e) {
            close(socket);
            throw new AttemptFailed(AttemptOutcome.UNREACHABLE, "EIO", "the connection broke: " + e.getMessage());
        }
    }

    /**
     * Connects to {@code target}; {@code toProxy} makes every failure {@link AttemptOutcome#PROXY_UNREACHABLE}, since
     * then it says nothing about the relay.
     */
    public static Socket connect(InetSocketAddress target, Deadline deadline, boolean toProxy) throws AttemptFailed {
        String whom = toProxy ? "the proxy " : "";
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.connect(target, deadline.remainingMillis("no TCP connection to " + whom + address(target)));
            return socket;
        } catch (AttemptFailed e) {
            close(socket);
            throw toProxy ? new AttemptFailed(AttemptOutcome.PROXY_UNREACHABLE, e.code(), e.detail()) : e;
        } catch (SocketTimeoutException e) {
            close(socket);
            throw new AttemptFailed(toProxy ? AttemptOutcome.PROXY_UNREACHABLE : AttemptOutcome.TIMEOUT, "ETIMEDOUT",
                    "no TCP connection to " + whom + address(target) + " within " + deadline.total().toMillis()
                            + " ms");
        } catch (ConnectException e) {
            close(socket);
            String message = String.valueOf(e.getMessage());
            if (message.contains("refused")) {
                throw new AttemptFailed(toProxy ? AttemptOutcome.PROXY_UNREACHABLE : AttemptOutcome.REFUSED,
                        "ECONNREFUSED", whom + address(target) + " refused the connection");
            }
            if (message.contains("timed out")) {
                throw new AttemptFailed(toProxy ? AttemptOutcome.PROXY_UNREACHABLE : AttemptOutcome.TIMEOUT,
                        "ETIMEDOUT", whom + address(target) + ": " + message);
            }
            throw new AttemptFailed(toProxy ? AttemptOutcome.PROXY_UNREACHABLE : AttemptOutcome.UNREACHABLE,
                    "ECONNECT", whom + address(target) + ": " + message);
        } catch (NoRouteToHostException e) {
            close(socket);
            throw new AttemptFailed(toProxy ? AttemptOutcome.PROXY_UNREACHABLE : AttemptOutcome.UNREACHABLE,
                    "EHOSTUNREACH", "no route to " + whom + address(target));
        } catch (IOException | RuntimeException e) {
            close(socket);
            throw new AttemptFailed(toProxy ? AttemptOutcome.PROXY_UNREACHABLE : AttemptOutcome.UNREACHABLE, "EIO",
                    whom + address(target) + ": " + e.getMessage());
        }
    }

    static String address(InetSocketAddress target) {
        return io.patchbay.probe.HostAndPort.format(target);
    }

    static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // nothing to report
        }
    }
}
