package io.patchbay.bench;

import java.io.IOException;
import java.lang.ref.Reference;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.emf.ecore.util.EcoreUtil;


import io.patchbay.model.ClassOfService;
import io.patchbay.model.CompanyRouter;
import io.patchbay.model.Customer;
import io.patchbay.model.Device;
import io.patchbay.model.DeviceModel;
import io.patchbay.model.Estate;
import io.patchbay.model.EstateFactory;
import io.patchbay.model.EstateResources;
import io.patchbay.model.LanInterface;
import io.patchbay.model.OsbizSystem;
import io.patchbay.model.Place;
import io.patchbay.model.Site;
import io.patchbay.model.Station;
import io.patchbay.model.StationType;
import io.patchbay.model.SoftwareVersion;
import io.patchbay.model.SystemModel;
import io.patchbay.model.validation.EstateValidation;

/**
 * Generates an estate of NOC size (by default 1,000 systems, each with a company router and an RSIP server, and
 * 100,000 stations and devices, built from the demo estate so that it keeps the vendor rules), saves it, then loads and validates it as the console and `patchbay validate` do, and reports times and
 * the heap in use. Targets (issue 3): load + full validation under 5 s, under 1 GiB of heap.
 * Arguments: [systems (1000)] [stations per system (50)] [rounds (3)].
 */
public final class EstateModelBench {

    private static final EstateFactory MAKE = EstateFactory.eINSTANCE;

    public static void main(String[] args) throws IOException {
        int systems = args.length > 0 && !args[0].isBlank() ? Integer.parseInt(args[0]) : 1000;
        int stationsPerSystem = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;

        Path folder = Files.createTempDirectory("patchbay-bench");
        Path file = folder.resolve("noc.estate");
        try {
            Estate generated = generate(demoFile(), systems, stationsPerSystem);
            long t0 = System.nanoTime();
            EstateResources.save(generated, file);
            long saveMs = ms(t0);

            long[] counts = new long[4];
            generated.eAllContents().forEachRemaining(o -> {
                counts[0] += o instanceof OsbizSystem ? 1 : 0;
                counts[1] += o instanceof io.patchbay.model.Router ? 1 : 0;
                counts[2] += o instanceof Station ? 1 : 0;
                counts[3] += o instanceof Device ? 1 : 0;
            });
            System.out.printf(Locale.ROOT, "estate: %,d systems, %,d routers, %,d stations, %,d devices"
                    + " (%,d stations and devices), file %.1f MB%n", counts[0], counts[1], counts[2], counts[3],
                    counts[2] + counts[3], Files.size(file) / 1e6);
            System.out.printf(Locale.ROOT, "java %s, max heap %d MB, %d cores%n", System.getProperty("java.version"),
                    Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
            System.out.printf(Locale.ROOT, "%-22s %8d ms%n", "save", saveMs);
            generated = null;

            long bestLoad = Long.MAX_VALUE, bestValidate = Long.MAX_VALUE, bestBoth = Long.MAX_VALUE;
            long heapMb = 0;
            int findings = 0;
            for (int round = 1; round <= rounds; round++) {
                long start = System.nanoTime();
                Estate estate = EstateResources.load(file);
                long loadMs = ms(start);
                long validateStart = System.nanoTime();
                findings = validate(estate);
                long validateMs = ms(validateStart);
                long both = ms(start);
                if (round == 1) {
                    System.out.println("findings by rule: " + EstateValidation.validate(estate).stream()
                            .collect(java.util.stream.Collectors.groupingBy(f -> f.ruleId(), java.util.TreeMap::new,
                                    java.util.stream.Collectors.counting())));
                    long[] objects = {0};
                    estate.eAllContents().forEachRemaining(o -> objects[0]++);
                    System.out.printf(Locale.ROOT, "loaded %,d objects%n", objects[0]);
                }
                heapMb = heapInUseMb();
                Reference.reachabilityFence(estate); // the estate must still be held while the heap is measured
                System.out.printf(Locale.ROOT, "round %d: load %6d ms, validate %6d ms, load + validate %6d ms,"
                        + " heap in use %4d MB, %d findings%n", round, loadMs, validateMs, both, heapMb, findings);
                bestLoad = Math.min(bestLoad, loadMs);
                bestValidate = Math.min(bestValidate, validateMs);
                bestBoth = Math.min(bestBoth, both);
            }
            System.out.printf(Locale.ROOT, "%-22s %8d ms (best of %d)%n", "load", bestLoad, rounds);
            System.out.printf(Locale.ROOT, "%-22s %8d ms (best of %d)%n", "validate", bestValidate, rounds);
            System.out.printf(Locale.ROOT, "%-22s %8d ms (best of %d)  target < 5000 ms: %s%n", "load + validate",
                    bestBoth, rounds, bestBoth < 5000 ? "met" : "MISSED");
            System.out.printf(Locale.ROOT, "%-22s %8d MB             target < 1024 MB: %s%n",
                    "heap after validate", heapMb, heapMb < 1024 ? "met" : "MISSED");
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(folder);
        }
    }

    /** Full validation as `patchbay validate` and the Diagnostics view run it: every vendor rule. */
    private static int validate(Estate estate) {
        return EstateValidation.validate(estate).size();
    }

    /**
     * A realistic estate that keeps every rule: the demo estate's Hamburg site (an OSBiz X3 with its stations,
     * phones at the office and at home, the company router with its forwarding table, an RSIP server) copied once per
     * system, each copy with its own ids, SIEL-ID, MAC and public name, and its stations and phones multiplied.
     */
    private static Estate generate(Path demoFile, int systems, int stationsPerSystem) throws IOException {
        Estate estate = EstateResources.load(demoFile);
        Site template = estate.getCustomers().get(0).getSites().get(0); // Hamburg HQ
        estate.setName("NOC benchmark estate");
        int demoSystems = (int) estate.getCustomers().stream().flatMap(c -> c.getSites().stream())
                .mapToLong(site -> site.getSystems().size()).sum();
        for (int n = 0; n < systems - demoSystems; n++) {
            Customer customer = MAKE.createCustomer();
            customer.setId("cust-" + n);
            customer.setName("Customer " + n);
            customer.setCustomerId(Integer.toString(200000 + n));
            estate.getCustomers().add(customer);
            EcoreUtil.Copier copier = new EcoreUtil.Copier();
            Site site = (Site) copier.copy(template);
            copier.copyReferences();
            customer.getSites().add(site);
            String suffix = "-" + n;
            site.eAllContents().forEachRemaining(o -> {
                if (o instanceof io.patchbay.model.Identifiable identifiable && identifiable.getId() != null) {
                    identifiable.setId(identifiable.getId() + suffix);
                }
            });
            site.setId(site.getId() + suffix);
            site.setName("Site " + n);
            OsbizSystem system = site.getSystems().get(0);
            String sielId = String.format(Locale.ROOT, "%012X", 0x3B0000000000L + n);
            String mac = String.format(Locale.ROOT, "02:01:00:%02x:%02x:%02x", (n >> 16) & 0xff, (n >> 8) & 0xff,
                    n & 0xff);
            system.setSielId(sielId);
            system.setMac(mac);
            system.getServicelink().setSielId(sielId);
            system.getServicelink().setMac(mac);
            system.getServicelink().setCustomerId(customer.getCustomerId());
            system.getServicelink().setDeviceIdentifier("OSBIZ-" + n);
            system.setCredentialRef("vault:osbiz/" + n);
            multiply(system, stationsPerSystem, n);
        }
        return estate;
    }

    /** Copies the system's station/phone pairs round-robin until it has {@code count} of each, numbered on. */
    private static void multiply(OsbizSystem system, int count, int n) {
        java.util.List<Station> stations = java.util.List.copyOf(system.getStations());
        java.util.List<Device> devices = java.util.List.copyOf(system.getDevices());
        for (int i = stations.size(); i < count; i++) {
            Station original = stations.get(i % stations.size());
            Station station = EcoreUtil.copy(original);
            station.setId("st-" + n + "-" + i);
            station.setNumber(Integer.toString(300 + i));
            if (station.getSipUserId() != null) {
                station.setSipUserId(station.getNumber());
            }
            if (station.getPasswordRef() != null) {
                station.setPasswordRef("vault:station/" + n + "/" + station.getNumber());
            }
            system.getStations().add(station);
            Device original1 = devices.stream().filter(d -> d.getStation() == original).findFirst()
                    .orElse(devices.get(i % devices.size()));
            Device device = EcoreUtil.copy(original1);
            device.setId("dev-" + n + "-" + i);
            device.setStation(station);
            device.setHomeRouter(original1.getHomeRouter());
            if (device.getMac() != null) {
                device.setMac(String.format(Locale.ROOT, "02:02:%02x:%02x:%02x:%02x", (n >> 8) & 0xff, n & 0xff,
                        (i >> 8) & 0xff, i & 0xff));
            }
            system.getDevices().add(device);
        }
    }

    private static Path demoFile() {
        Path file = Path.of(System.getProperty("patchbay.demo", "../../../bundles/io.patchbay.demo/demo/demo.estate"));
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("The demo estate is not at " + file.toAbsolutePath()
                    + "; run the benchmark through releng/bench/estate-model.sh");
        }
        return file;
    }

    private static long heapInUseMb() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    }

    private static long ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
