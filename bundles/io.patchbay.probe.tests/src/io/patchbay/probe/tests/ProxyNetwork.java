package io.patchbay.probe.tests;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * A network behind a firewall, as a relay probe meets it: a network namespace created for the test, joined to this
 * one by a veth pair (10.231.N.1 here, 10.231.N.2 there). Inside it, on its own loopback, the relay (Debian's
 * {@code openssl s_server} with the test certificate for 127.0.0.1); on its veth address the proxies that may reach
 * it: tinyproxy open, tinyproxy with BasicAuth, and dante's {@code danted} as a SOCKS v4 server. From here the relay's
 * 127.0.0.1 ports are refused (nothing listens on them in this namespace), so only the proxies reach it.
 * <p>
 * Every process is stopped by its PID and the namespace deleted on {@link #close()}.
 */
final class ProxyNetwork implements AutoCloseable {

    static final String USER = "alice";
    static final String PASSWORD = "s3cret-for-tests";

    final String namespace;
    final String address;
    /** The relay's TLS port inside the namespace (refused from here). */
    final int relayPort;
    /** A port nothing listens on, here or there. */
    final int closedPort;
    /** tinyproxy without credentials; also allowed to CONNECT to itself (an HTTP server where TLS is expected). */
    final int openProxy;
    /** tinyproxy with BasicAuth {@link #USER} / {@link #PASSWORD}. */
    final int authProxy;
    /** danted, SOCKS v4. */
    final int socks;
    private final Path ip;

    private final String hostSide;
    private final List<Process> processes = new ArrayList<>();

    private ProxyNetwork(Path ip, String namespace, String hostSide, String address, int relayPort, int closedPort)
            throws IOException {
        this.ip = ip;
        this.openProxy = freeLoopbackPort();
        this.authProxy = freeLoopbackPort();
        this.socks = freeLoopbackPort();
        this.namespace = namespace;
        this.hostSide = hostSide;
        this.address = address;
        this.relayPort = relayPort;
        this.closedPort = closedPort;
    }

    static ProxyNetwork start(Path dir, TestCertificates certificates) throws Exception {
        Path ip = Peers.requireProgram("ip", "iproute2");
        Path tinyproxy = Peers.requireProgram("tinyproxy", "tinyproxy-bin");
        Path danted = Peers.requireProgram("danted", "dante-server");
        Path openssl = Peers.requireProgram("openssl", "openssl");
        Peers.requirePeer("root".equals(System.getProperty("user.name")),
                "network namespaces need root; the proxy tests run as " + System.getProperty("user.name"));
        int n = ThreadLocalRandom.current().nextInt(1, 250);
        String tag = Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0xFFFF));
        String namespace = "pb-relay-" + tag;
        String hostSide = "pbr" + tag + "h";
        String nsSide = "pbr" + tag + "n";
        String address = "10.231." + n + ".2";
        int relayPort = freeLoopbackPort();
        int closedPort = freeLoopbackPort();
        ProxyNetwork network = new ProxyNetwork(ip, namespace, hostSide, address, relayPort, closedPort);
        try {
            network.sh(ip, "netns", "add", namespace);
            network.sh(ip, "link", "add", hostSide, "type", "veth", "peer", "name", nsSide);
            network.sh(ip, "link", "set", nsSide, "netns", namespace);
            network.sh(ip, "addr", "add", "10.231." + n + ".1/30", "dev", hostSide);
            network.sh(ip, "link", "set", hostSide, "up");
            network.sh(ip, "netns", "exec", namespace, ip.toString(), "addr", "add", address + "/30", "dev", nsSide);
            network.sh(ip, "netns", "exec", namespace, ip.toString(), "link", "set", nsSide, "up");
            network.sh(ip, "netns", "exec", namespace, ip.toString(), "link", "set", "lo", "up");

            Path relayLog = dir.resolve("s_server.log");
            network.inside(relayLog, openssl.toString(), "s_server", "-accept", "127.0.0.1:" + relayPort, "-cert",
                    certificates.serverPem().toString(), "-key", certificates.serverKeyPem().toString());
            String allow = "Allow 127.0.0.1\nAllow 10.231." + n + ".0/30\n";
            String connectPorts = "ConnectPort " + relayPort + "\nConnectPort " + closedPort + "\nConnectPort "
                    + network.openProxy + "\n";
            Path open = Files.writeString(dir.resolve("tinyproxy-open.conf"), "Port " + network.openProxy
                    + "\nTimeout 10\nMaxClients 20\nLogLevel Info\n" + allow + connectPorts);
            Path auth = Files.writeString(dir.resolve("tinyproxy-auth.conf"), "Port " + network.authProxy
                    + "\nTimeout 10\nMaxClients 20\nLogLevel Info\n" + allow + connectPorts + "BasicAuth " + USER
                    + " " + PASSWORD + "\n");
            network.inside(dir.resolve("tinyproxy-open.log"), tinyproxy.toString(), "-d", "-c", open.toString());
            network.inside(dir.resolve("tinyproxy-auth.log"), tinyproxy.toString(), "-d", "-c", auth.toString());
            Path socks = Files.writeString(dir.resolve("danted.conf"), String.join("\n",
                    "logoutput: stderr",
                    "internal: " + address + " port = " + network.socks,
                    "external: 127.0.0.1",
                    "clientmethod: none",
                    "socksmethod: none",
                    "user.unprivileged: nobody",
                    "client pass { from: 0.0.0.0/0 to: 0.0.0.0/0 }",
                    "socks pass { from: 0.0.0.0/0 to: 127.0.0.0/8 command: connect }",
                    "socks block { from: 0.0.0.0/0 to: 0.0.0.0/0 }", ""));
            network.inside(dir.resolve("danted.log"), danted.toString(), "-f", socks.toString(), "-N", "1", "-p",
                    dir.resolve("danted.pid").toString());
            for (int port : List.of(network.openProxy, network.authProxy, network.socks)) {
                network.awaitListening(port, dir);
            }
            network.awaitLine(relayLog, "ACCEPT");
            return network;
        } catch (Exception | Error e) {
            network.close();
            throw e;
        }
    }

    InetSocketAddress proxy(int port) {
        return new InetSocketAddress(address, port);
    }

    private void sh(Path program, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(program.toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
    }

    /** Starts a program inside the namespace ({@code ip netns exec} execs it, so the PID is the program's). */
    private void inside(Path log, String... command) throws IOException {
        List<String> full = new ArrayList<>(List.of(ip.toString(), "netns", "exec", namespace));
        full.addAll(List.of(command));
        processes.add(new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(log.toFile()).start());
    }

    private void awaitListening(int port, Path dir) throws Exception {
        for (int i = 0; i < 100; i++) {
            try (Socket socket = new Socket()) {
                socket.connect(proxy(port), 200);
                return;
            } catch (IOException e) {
                for (Process process : processes) {
                    if (!process.isAlive()) {
                        throw new IOException("a proxy in " + namespace + " exited: " + logs(dir));
                    }
                }
                Thread.sleep(50);
            }
        }
        throw new IOException("nothing listens on " + address + ":" + port + " after 5 s: " + logs(dir));
    }

    private void awaitLine(Path log, String text) throws Exception {
        for (int i = 0; i < 100; i++) {
            if (Files.exists(log) && Files.readString(log).contains(text)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IOException("openssl s_server did not start in " + namespace + ": " + Files.readString(log));
    }

    private static String logs(Path dir) throws IOException {
        StringBuilder out = new StringBuilder();
        try (var files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".log")).toList()) {
                out.append(file.getFileName()).append(": ").append(Files.readString(file)).append('\n');
            }
        }
        return out.toString();
    }

    /** A port nothing listens on at 127.0.0.1 here (the relay's port inside must be refused from this side). */
    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, StunLoopbackTest.LOOPBACK)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        for (Process process : processes) {
            process.destroy();
        }
        for (Process process : processes) {
            try {
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            sh(ip, "netns", "del", namespace);
        } catch (IOException | InterruptedException e) {
            // not created, or already gone; the veth pair goes with it
        }
        try {
            sh(ip, "link", "del", hostSide);
        } catch (IOException | InterruptedException e) {
            // deleted with the namespace
        }
    }
}
