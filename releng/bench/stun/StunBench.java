import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Arrays;

import io.patchbay.probe.nat.NatDiscovery;
import io.patchbay.probe.nat.NatReport;
import io.patchbay.probe.stun.StunClient;
import io.patchbay.probe.stun.StunServer;
import io.patchbay.probe.stun.StunServerConfig;
import io.patchbay.probe.stun.StunTiming;

/**
 * Run by releng/bench/stun.sh: STUN transactions per second with our client (sequential, one socket) and time to a
 * NAT verdict, against the server at HOST:PORT (coturn) and against our own RFC 5780 server on loopback.
 * Usage: java -cp io.patchbay.probe.jar StunBench.java HOST PORT TRANSACTIONS VERDICTS
 */
public class StunBench {

    public static void main(String[] args) throws Exception {
        InetSocketAddress coturn = new InetSocketAddress(InetAddress.getByName(args[0]), Integer.parseInt(args[1]));
        int transactions = Integer.parseInt(args[2]);
        int verdicts = Integer.parseInt(args[3]);
        try (StunServer ours = StunServer.start(StunServerConfig.on(new InetSocketAddress("127.0.0.1", 0))
                .withAlternate(new InetSocketAddress("127.0.0.2", 0)).withSoftware(null))) {
            for (var target : new Object[][] { { "coturn", coturn }, { "patchbay", ours.primaryAddress() } }) {
                String name = (String) target[0];
                InetSocketAddress server = (InetSocketAddress) target[1];
                transactionsPerSecond(name, server, transactions / 10); // warm-up
                System.out.printf("%-9s client=patchbay  transactions/s  %,.0f   (%,d sequential Binding transactions)%n",
                        name, transactionsPerSecond(name, server, transactions), transactions);
                long[] nanos = new long[verdicts];
                NatReport report = null;
                for (int i = 0; i < verdicts; i++) {
                    report = NatDiscovery.discover(server);
                    nanos[i] = report.elapsed().toNanos();
                }
                Arrays.sort(nanos);
                System.out.printf("%-9s client=patchbay  NAT verdict     median %.1f ms, max %.1f ms (%d runs): %s%n", name,
                        nanos[verdicts / 2] / 1e6, nanos[verdicts - 1] / 1e6, verdicts, report.verdict());
            }
        }
    }

    private static double transactionsPerSecond(String name, InetSocketAddress server, int count) throws Exception {
        StunTiming timing = StunTiming.of(Duration.ofMillis(100), 7, 16);
        try (StunClient client = StunClient.udp(new InetSocketAddress("127.0.0.1", 0))) {
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                if (!client.binding(server, timing).isSuccess()) {
                    throw new IllegalStateException(name + " answered with an error");
                }
            }
            return count / ((System.nanoTime() - start) / 1e9);
        }
    }
}
