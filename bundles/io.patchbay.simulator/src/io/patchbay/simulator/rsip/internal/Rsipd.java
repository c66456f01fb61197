package io.patchbay.simulator.rsip.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.patchbay.probe.rsip.RsipMessage;
import io.patchbay.probe.rsip.RsipServer;
import io.patchbay.probe.rsip.RsipServerConfig;
import io.patchbay.simulator.internal.BusyBoxShell;
import io.patchbay.simulator.internal.TwinFiles;

/**
 * The RSIP daemon of the host twin and its control program {@code rsipdctl start|stop|restart|status|dump}. Starting
 * reads {@link #CONF} (a bad file keeps it stopped and says which line and why) and runs the probe bundle's
 * {@link RsipServer} on the host's control port on loopback, TCP and UDP. Loopback stands for the inner network: a
 * client from 127.0.0.0/8 is on INT_IF, unless INT_IF is EXT_IF (then no client may register, F-56).
 */
public final class Rsipd implements BusyBoxShell.Program, AutoCloseable {

    public static final String CONF = "/etc/rsipd.conf";
    /** The exit status of {@code rsipdctl status} and {@code dump} while the daemon is stopped (LSB: not running). */
    public static final int NOT_RUNNING = 3;

    private final TwinFiles files;
    private final Map<String, Integer> interfaceMtus;
    private final int controlPort;
    private final Duration lease;
    private final Clock clock = Clock.systemUTC();
    private RsipServer server;
    private RsipdConf running;
    private Instant since;
    private int pid = 700;
    private String lastFailure;

    public Rsipd(TwinFiles files, Map<String, Integer> interfaceMtus, int controlPort, Duration lease) {
        this.files = files;
        this.interfaceMtus = interfaceMtus;
        this.controlPort = controlPort;
        this.lease = lease;
    }

    /** Starts the daemon unless it runs; the reason it did not start otherwise. */
    public synchronized Optional<String> start() throws IOException {
        if (server != null) {
            return Optional.empty();
        }
        Optional<String> text = files.read(CONF);
        if (text.isEmpty()) {
            return failed("cannot open " + CONF + ": No such file or directory");
        }
        RsipdConf conf;
        try {
            conf = RsipdConf.parse(CONF, text.get(), interfaceMtus);
        } catch (RsipdConf.Invalid e) {
            return failed(e.getMessage());
        }
        String internal = conf.internalInterface().equals(conf.externalInterface()) ? "0.0.0.0/32" : "127.0.0.0/8";
        RsipServerConfig config = new RsipServerConfig(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), controlPort), conf.poolAddresses().get(0),
                conf.portRange(), conf.listenRange(), conf.maxClients(), internal, lease,
                RsipServerConfig.DEFAULT_BIND);
        try {
            server = RsipServer.start(config);
        } catch (IOException e) {
            return failed("cannot listen on port " + controlPort + ": " + e.getMessage());
        }
        running = conf;
        since = clock.instant();
        pid++;
        lastFailure = null;
        return Optional.empty();
    }

    private Optional<String> failed(String reason) {
        lastFailure = reason;
        return Optional.of(reason);
    }

    public synchronized void stop() {
        if (server != null) {
            server.close();
            server = null;
            running = null;
        }
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    /** The control port it listens on (or will listen on when started). */
    public int controlPort() {
        return controlPort;
    }

    /** The binds of the running daemon; empty when stopped. */
    public synchronized List<RsipServer.Bind> binds() {
        return server == null ? List.of() : server.binds();
    }

    @Override
    public synchronized int run(List<String> args, BusyBoxShell.Console console) throws IOException {
        String action = args.size() == 1 ? args.get(0) : "";
        switch (action) {
            case "start":
                if (server != null) {
                    console.out("rsipd: already running (pid " + pid + ")\n");
                    return 0;
                }
                return started(console);
            case "stop":
                stop();
                console.out("rsipd: stopped\n");
                return 0;
            case "restart":
                stop();
                return started(console);
            case "status":
                return status(console);
            case "dump":
                return dump(console);
            default:
                console.err("usage: rsipdctl start|stop|restart|status|dump\n");
                return 2;
        }
    }

    private int started(BusyBoxShell.Console console) throws IOException {
        Optional<String> failure = start();
        if (failure.isPresent()) {
            console.err("rsipd: " + failure.get() + "\nrsipd: not started\n");
            return 1;
        }
        console.out("rsipd: started (pid " + pid + "), control 127.0.0.1:" + controlPort + " tcp+udp\n");
        return 0;
    }

    private int status(BusyBoxShell.Console console) throws IOException {
        if (server == null) {
            console.out("rsipd is stopped" + (lastFailure == null ? "" : "; last start failed: " + lastFailure)
                    + "\n");
            return NOT_RUNNING;
        }
        List<RsipServer.Bind> binds = server.binds();
        console.out("rsipd is running (pid " + pid + ") since " + since + "\n"
                + "control: 127.0.0.1:" + controlPort + " tcp+udp\n"
                + "config: " + CONF + "\n"
                + "PORT_RANGE=" + running.portRange() + " LISTEN_RANGE="
                + (running.listenRange() == null ? "" : running.listenRange()) + " MAX_CLIENTS="
                + running.maxClients() + " INT_IF=" + running.internalInterface() + " EXT_IF="
                + running.externalInterface() + " POOL=" + String.join(" ", running.poolAddresses().stream()
                        .map(InetAddress::getHostAddress).toList()) + " MTU=" + running.mtu() + " LOG_LEVEL="
                + running.logLevel() + "\n"
                + "clients: " + server.clients() + " of " + server.config().clientLimit() + ", binds: " + binds.size()
                + "\n");
        return 0;
    }

    /** One line per bind (F-55); the format is documented in the simulator's RSIP.md. */
    private int dump(BusyBoxShell.Console console) throws IOException {
        if (server == null) {
            console.err("rsipd is not running\n");
            return NOT_RUNNING;
        }
        Instant now = clock.instant();
        StringBuilder text = new StringBuilder("# rsipd binds: client address state client_id bind_id lease remaining"
                + " tunnel protocol first_port count\n");
        for (RsipServer.Bind bind : server.binds()) {
            long remaining = Math.max(0, Duration.between(now, bind.expires()).toSeconds());
            text.append("client=").append(bind.client().getHostAddress())
                    .append(" address=").append(bind.address().getHostAddress())
                    .append(" state=").append(bind.listen() ? "listen" : "active")
                    .append(" client_id=").append(bind.clientId())
                    .append(" bind_id=").append(bind.bindId())
                    .append(" lease=").append(Math.max(1, lease.toSeconds()))
                    .append(" remaining=").append(remaining)
                    .append(" tunnel=").append(tunnel(bind.tunnelType()))
                    .append(" protocol=").append(bind.wholeAddress() ? "rsa-ip" : "rsap-ip")
                    .append(" first_port=").append(bind.firstPort())
                    .append(" count=").append(bind.count()).append('\n');
        }
        console.out(text.toString());
        return 0;
    }

    private static String tunnel(int type) {
        return switch (type) {
            case RsipMessage.TUNNEL_IP_IP -> "ip-ip";
            case RsipMessage.TUNNEL_GRE -> "gre";
            default -> "type-" + type;
        };
    }

    @Override
    public void close() {
        stop();
    }
}
