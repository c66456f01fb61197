package io.patchbay.provisioning.portforward.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.patchbay.core.Credential;
import io.patchbay.core.CredentialVault;
import io.patchbay.core.KnownHostsStore;
import io.patchbay.core.Transport;
import io.patchbay.core.provisioning.ApplyReport;
import io.patchbay.core.provisioning.ApplyRunner;
import io.patchbay.core.provisioning.Journal;
import io.patchbay.core.provisioning.Outcome;
import io.patchbay.core.provisioning.Provisioner;
import io.patchbay.core.provisioning.SshDeviceConnector;
import io.patchbay.demo.DemoEstate;
import io.patchbay.model.CompanyRouter;
import io.patchbay.model.Customer;
import io.patchbay.model.Estate;
import io.patchbay.model.EstateFactory;
import io.patchbay.model.EstateResources;
import io.patchbay.model.OsbizSystem;
import io.patchbay.model.Site;
import io.patchbay.simulator.BuffaloRouterTwin;
import io.patchbay.testing.Services;

/**
 * The port-forwarding change pushed to many router twins at once, timed: run by {@code releng/bench/portforward.sh},
 * which sets {@code patchbay.bench.routers}; skipped in the ordinary build.
 */
class PortForwardingBench {

    @TempDir
    Path folder;

    @Test
    void applyToManyRouters() throws Exception {
        int routers = Integer.getInteger("patchbay.bench.routers", 0);
        int parallel = Integer.getInteger("patchbay.bench.parallel", 32);
        Assumptions.assumeTrue(routers > 0, "a benchmark: run releng/bench/portforward.sh");
        Estate estate = EstateResources.load(DemoEstate.installInto(folder));
        OsbizSystem hamburg = (OsbizSystem) estate.eResource().getEObject("pbx-hh");
        Customer customer = estate.getCustomers().get(0);
        Services services = new Services();
        CredentialVault vault = services.get(CredentialVault.class, null);
        Transport ssh = services.get(Transport.class, "(" + Transport.PROTOCOL + "=ssh)");
        Provisioner provisioner = services.get(Provisioner.class, "(" + Provisioner.FEATURE + "=portforward)");
        char[] password = "Bench-Twin-1".toCharArray();
        vault.store("vault:router/bench", Credential.password(BuffaloRouterTwin.DEFAULT_USER, password));

        long startTwins = System.nanoTime();
        List<BuffaloRouterTwin> twins = new ArrayList<>();
        List<CompanyRouter> targets = new ArrayList<>();
        try {
            for (int i = 0; i < routers; i++) {
                BuffaloRouterTwin twin = BuffaloRouterTwin.builder(folder.resolve("twin-" + i)).password(password)
                        .start();
                twins.add(twin);
                Site site = EstateFactory.eINSTANCE.createSite();
                site.setId("bench-site-" + i);
                OsbizSystem system = EcoreUtil.copy(hamburg);
                system.setId("bench-pbx-" + i);
                CompanyRouter router = EstateFactory.eINSTANCE.createCompanyRouter();
                router.setId("bench-rtr-" + i);
                router.setName("bench router " + i);
                router.setHostAddress(twin.host());
                router.setSshPort(twin.port());
                router.setCredentialRef("vault:router/bench");
                site.getSystems().add(system);
                site.getRouters().add(router);
                system.setAccessRouter(router);
                customer.getSites().add(site);
                targets.add(router);
            }
            double twinSeconds = (System.nanoTime() - startTwins) / 1e9;
            ApplyRunner runner = ApplyRunner.builder(provisioner,
                    new SshDeviceConnector(ssh, vault, KnownHostsStore.at(folder.resolve("bench.known_hosts"))))
                    .journal(Journal.in(folder.resolve("bench.journal"))).parallel(parallel).build();

            long start = System.nanoTime();
            ApplyReport first = runner.apply(targets, new NullProgressMonitor());
            double applySeconds = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            ApplyReport second = runner.apply(targets, new NullProgressMonitor());
            double noopSeconds = (System.nanoTime() - start) / 1e9;

            System.out.printf(Locale.ROOT, "%n== port forwarding on %d DD-WRT twins, %d in parallel ==%n", routers,
                    parallel);
            System.out.printf(Locale.ROOT, "twins started          %8.2f s%n", twinSeconds);
            System.out.printf(Locale.ROOT, "apply (changed %d)    %8.2f s  (%.1f routers/s; target: 1,000 in < 30 s)%n",
                    first.count(Outcome.CHANGED), applySeconds, routers / applySeconds);
            System.out.printf(Locale.ROOT, "second apply (no-op %d) %8.2f s%n%n", second.count(Outcome.UNCHANGED),
                    noopSeconds);
            assertEquals(routers, first.count(Outcome.CHANGED), () -> first.results().stream()
                    .filter(r -> r.outcome() != Outcome.CHANGED).limit(3).toList().toString());
            assertEquals(routers, second.count(Outcome.UNCHANGED));

            // Maven hands an unset property on as its own ${…} text: only a real folder means "run Ansible"
            String playbooks = System.getProperty("patchbay.bench.ansible", "");
            if (!playbooks.isBlank() && !playbooks.startsWith("${") && Files.isDirectory(Path.of(playbooks))) {
                double ansibleSeconds = ansible(Path.of(playbooks), first, parallel, twins);
                System.out.printf(Locale.ROOT, "== the same change by Ansible (raw SSH, %d forks, ControlPersist) ==%n",
                        parallel);
                System.out.printf(Locale.ROOT, "ansible-playbook       %8.2f s  (%.1f routers/s)%n", ansibleSeconds,
                        routers / ansibleSeconds);
                System.out.printf(Locale.ROOT, "Patchbay is %.1fx faster (target: at least 10x)%n%n",
                        ansibleSeconds / applySeconds);
            }
        } finally {
            for (BuffaloRouterTwin twin : twins) {
                twin.close();
            }
            services.close();
        }
    }

    /**
     * Pushes the values Patchbay's plan wrote to {@code ours} to as many fresh twins with {@code playbooks}/
     * portforward.yml, logging in with the key the script made ({@code patchbay.bench.ansible.key}), and checks they end up holding the same NVRAM.
     */
    private double ansible(Path playbooks, ApplyReport ours, int parallel, List<BuffaloRouterTwin> twins)
            throws Exception {
        Path privateKey = Path.of(System.getProperty("patchbay.bench.ansible.key"));
        String publicKey = Files.readString(Path.of(privateKey + ".pub")).strip();
        List<BuffaloRouterTwin> fresh = new ArrayList<>();
        try {
            StringBuilder inventory = new StringBuilder("{\"routers\": {\"vars\": {\"ansible_user\": \"root\", ")
                    .append("\"ansible_ssh_private_key_file\": ").append(quoted(privateKey.toString()))
                    .append("}, \"hosts\": {");
            for (int i = 0; i < twins.size(); i++) {
                BuffaloRouterTwin twin = BuffaloRouterTwin.builder(folder.resolve("ansible-twin-" + i)).start();
                twin.authorizeKey(publicKey);
                fresh.add(twin);
                Map<String, String> after = ours.results().get(i).plan().after();
                inventory.append(i == 0 ? "" : ", ").append(quoted("router-" + i)).append(": {")
                        .append("\"ansible_host\": \"").append(twin.host()).append("\", \"ansible_port\": ")
                        .append(twin.port()).append(", \"forward_spec\": ")
                        .append(quoted(after.get("forward_spec"))).append(", \"forward_port\": ")
                        .append(quoted(after.get("forward_port"))).append("}");
            }
            inventory.append("}}}\n");
            Path inventoryFile = folder.resolve("inventory.yml");
            Files.writeString(inventoryFile, inventory);
            ProcessBuilder run = new ProcessBuilder("ansible-playbook", "-i", inventoryFile.toString(), "-f",
                    String.valueOf(parallel), playbooks.resolve("portforward.yml").toString())
                    .redirectErrorStream(true).redirectOutput(folder.resolve("ansible.log").toFile());
            run.environment().put("ANSIBLE_CONFIG", playbooks.resolve("ansible.cfg").toString());
            long start = System.nanoTime();
            int exit = run.start().waitFor();
            double seconds = (System.nanoTime() - start) / 1e9;
            assertEquals(0, exit, () -> "ansible-playbook failed: " + tail(folder.resolve("ansible.log")));
            for (int i = 0; i < twins.size(); i++) {
                assertEquals(twins.get(i).committedNvram("forward_spec"), fresh.get(i).committedNvram("forward_spec"),
                        "router " + i + " holds other forwards after Ansible than after Patchbay");
            }
            return seconds;
        } finally {
            for (BuffaloRouterTwin twin : fresh) {
                twin.close();
            }
        }
    }

    private static String quoted(String text) {
        return "\"" + (text == null ? "" : text.replace("\\", "\\\\").replace("\"", "\\\"")) + "\"";
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (java.io.IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

}
