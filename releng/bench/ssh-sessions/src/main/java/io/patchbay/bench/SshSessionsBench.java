package io.patchbay.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.patchbay.core.CommandResult;
import io.patchbay.core.ConnectionSpec;
import io.patchbay.core.Credential;
import io.patchbay.core.DeviceAddress;
import io.patchbay.core.KnownHostsStore;
import io.patchbay.core.Transport;
import io.patchbay.core.TransportSession;
import io.patchbay.simulator.BuffaloRouterTwin;
import io.patchbay.transport.ssh.internal.SshTransport;

/**
 * SSH sessions per second with Patchbay's SSH transport against Buffalo/DD-WRT twins on loopback: each session
 * connects, authenticates, checks the host key, runs one command ({@code nvram get lan_ipaddr}) and closes, at 1, 16
 * and 64 sessions in parallel (issue target: at least 100 sessions per second at 64 in parallel). Client and twins
 * share this JVM and the machine's cores, as in a demo or a test run. Argument: seconds per level (5).
 */
public final class SshSessionsBench {

    private static final int TWINS = 8;
    private static final char[] PASSWORD = "bench-twin-login".toCharArray();

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 && !args[0].isBlank() ? Integer.parseInt(args[0]) : 5;
        Path folder = Files.createTempDirectory("patchbay-ssh-bench");
        List<BuffaloRouterTwin> twins = new ArrayList<>();
        try {
            for (int i = 0; i < TWINS; i++) {
                twins.add(BuffaloRouterTwin.builder(folder.resolve("twin-" + i)).password(PASSWORD).start());
            }
            KnownHostsStore knownHosts = KnownHostsStore.at(folder.resolve("bench.known_hosts"));
            Transport ssh = new SshTransport();
            System.out.printf(Locale.ROOT, "java %s, %d cores, %d twins (MINA SSHD) in the same JVM%n",
                    System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), TWINS);
            run(ssh, twins, knownHosts, 4, 2); // warm-up: JIT, first-use host keys
            for (int parallel : new int[] {1, 16, 64}) {
                run(ssh, twins, knownHosts, parallel, seconds);
            }
        } finally {
            for (BuffaloRouterTwin twin : twins) {
                twin.close();
            }
        }
    }

    private static void run(Transport ssh, List<BuffaloRouterTwin> twins, KnownHostsStore knownHosts, int parallel,
            int seconds) throws InterruptedException {
        AtomicLong done = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService workers = Executors.newFixedThreadPool(parallel);
        long start = System.nanoTime();
        for (int w = 0; w < parallel; w++) {
            BuffaloRouterTwin twin = twins.get(w % twins.size());
            workers.execute(() -> {
                ConnectionSpec spec = ConnectionSpec.to(DeviceAddress.of(twin.host(), twin.port()))
                        .credential(Credential.password(twin.username(), PASSWORD)).knownHosts(knownHosts)
                        .connectTimeout(Duration.ofSeconds(30)).commandTimeout(Duration.ofSeconds(30)).build();
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    try (TransportSession session = ssh.open(spec)) {
                        CommandResult result = session.exec("nvram get lan_ipaddr", Duration.ofSeconds(30));
                        result.requireSuccess();
                        done.incrementAndGet();
                        latencies.add(System.nanoTime() - t0);
                    } catch (Exception e) {
                        failed.incrementAndGet();
                        if (errors.size() < 3) {
                            errors.add(e.getMessage());
                        }
                    }
                }
            });
        }
        workers.shutdown();
        workers.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        double median = sorted.length == 0 ? 0 : sorted[sorted.length / 2] / 1e6;
        double p95 = sorted.length == 0 ? 0 : sorted[(int) (sorted.length * 0.95)] / 1e6;
        double rate = done.get() / elapsed;
        System.out.printf(Locale.ROOT, "%3d parallel: %7.1f sessions/s (open + command + close), median %6.1f ms,"
                + " p95 %6.1f ms, %d failed%s%s%n", parallel, rate, median, p95, failed.get(),
                parallel == 64 ? String.format(Locale.ROOT, "  target >= 100/s: %s", rate >= 100 ? "met" : "MISSED")
                        : "",
                errors.isEmpty() ? "" : "  e.g. " + Arrays.toString(errors.toArray()));
    }
}
