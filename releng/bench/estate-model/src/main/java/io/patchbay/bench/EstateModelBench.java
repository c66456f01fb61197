package io.patchbay.bench;

import java.io.IOException;
import java.lang.ref.Reference;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;

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
import io.patchbay.model.SystemModel;

/**
 * Generates an estate of NOC size (by default 1,000 systems with a company router each and 100,000 stations and
 * devices), saves it, then loads and validates it as the console and `patchbay validate` do, and reports times and
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
            Estate generated = generate(systems, stationsPerSystem);
            long t0 = System.nanoTime();
            EstateResources.save(generated, file);
            long saveMs = ms(t0);
            generated = null;

            System.out.printf(Locale.ROOT, "estate: %,d systems, %,d company routers, %,d stations, %,d devices"
                    + " (%,d stations and devices), file %.1f MB%n", systems, systems, systems * stationsPerSystem,
                    systems * stationsPerSystem, 2L * systems * stationsPerSystem, Files.size(file) / 1e6);
            System.out.printf(Locale.ROOT, "java %s, max heap %d MB, %d cores%n", System.getProperty("java.version"),
                    Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
            System.out.printf(Locale.ROOT, "%-22s %8d ms%n", "save", saveMs);

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

    /** Full validation as the product runs it: EMF's Diagnostician with every validator registered for the model. */
    private static int validate(Estate estate) {
        Diagnostic result = Diagnostician.INSTANCE.validate(estate);
        return result.getChildren().size();
    }

    private static Estate generate(int systems, int stationsPerSystem) {
        Estate estate = MAKE.createEstate();
        estate.setName("NOC benchmark estate");
        int systemsPerSite = 1;
        int sitesPerCustomer = 10;
        int n = 0;
        for (int c = 0; n < systems; c++) {
            Customer customer = MAKE.createCustomer();
            customer.setId("cust-" + c);
            customer.setName("Customer " + c);
            estate.getCustomers().add(customer);
            for (int s = 0; s < sitesPerCustomer && n < systems; s++) {
                Site site = MAKE.createSite();
                site.setId("site-" + c + "-" + s);
                site.setName("Site " + c + "/" + s);
                customer.getSites().add(site);
                for (int k = 0; k < systemsPerSite && n < systems; k++, n++) {
                    CompanyRouter router = MAKE.createCompanyRouter();
                    router.setId("rtr-" + n);
                    router.setName("Router " + n);
                    router.setHostAddress(address(n, 1));
                    router.setCredentialRef("vault:router/" + n);
                    site.getRouters().add(router);
                    site.getSystems().add(system(n, stationsPerSystem, router));
                }
            }
        }
        return estate;
    }

    private static OsbizSystem system(int n, int stations, CompanyRouter router) {
        OsbizSystem system = MAKE.createOsbizSystem();
        system.setId("pbx-" + n);
        system.setName("OSBiz " + n);
        system.setModel(n % 10 == 0 ? SystemModel.S : SystemModel.X3);
        system.setRelease("V2R7");
        system.setHostAddress(address(n, 20));
        system.setCredentialRef("vault:osbiz/" + n);
        system.setSielId(String.format(Locale.ROOT, "%012X", 0x3A0000000000L + n));
        system.setMac(String.format(Locale.ROOT, "02:00:00:%02x:%02x:%02x", (n >> 16) & 0xff, (n >> 8) & 0xff,
                n & 0xff));
        system.setInternetInterface(LanInterface.LAN2);
        system.setPublicAddress("pbx" + n + ".customers.example");
        system.setUpstreamKbps(2000);
        system.setSimultaneousInternetCalls(10);
        system.setStunServer("stun.example.net");
        system.setAccessRouter(router);
        for (int i = 0; i < stations; i++) {
            Station station = MAKE.createStation();
            station.setId("pbx-" + n + "-st-" + (100 + i));
            station.setNumber(Integer.toString(100 + i));
            station.setName("Subscriber " + n + "/" + i);
            station.setType(i % 3 == 0 ? StationType.SIP_CLIENT : StationType.SYSTEM_CLIENT_HFA);
            station.setAuthentication(true);
            station.setPasswordRef("vault:station/" + n + "/" + (100 + i));
            station.setClassOfService(ClassOfService.NATIONAL);
            station.setIpUserLicence(true);
            system.getStations().add(station);
            Device device = MAKE.createDevice();
            device.setId("pbx-" + n + "-dev-" + (100 + i));
            device.setName("Phone " + n + "/" + i);
            device.setModel(i % 3 == 0 ? DeviceModel.YEALINK_T41P : DeviceModel.OPENSTAGE_HFA);
            device.setFirmware(i % 3 == 0 ? "36.72.0.57" : "V3 R0.40.4");
            device.setPlace(i % 5 == 0 ? Place.HOME : Place.OFFICE);
            device.setStation(station);
            system.getDevices().add(device);
        }
        return system;
    }

    private static String address(int n, int host) {
        return "10." + ((n >> 8) & 0xff) + "." + (n & 0xff) + "." + host;
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
