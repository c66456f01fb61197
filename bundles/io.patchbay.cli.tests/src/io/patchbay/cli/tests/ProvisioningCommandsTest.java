package io.patchbay.cli.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

import io.patchbay.cli.ExitCodes;
import io.patchbay.cli.internal.CommandLauncher;
import io.patchbay.core.Credential;
import io.patchbay.core.CredentialVault;
import io.patchbay.demo.DemoEstate;
import io.patchbay.model.CompanyRouter;
import io.patchbay.model.Estate;
import io.patchbay.model.EstateResources;
import io.patchbay.simulator.BuffaloRouterTwin;
import io.patchbay.testing.Services;

/** {@code patchbay plan}, {@code apply} and {@code rollback} against the demo's company router played by a twin. */
class ProvisioningCommandsTest {

    private static final String OPERATOR_FORWARD = "nas-ssh:on:tcp:2222>10.10.0.50:22";

    @TempDir
    Path folder;

    private Path estate;
    private BuffaloRouterTwin twin;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    @BeforeEach
    void demoWithATwinAsItsCompanyRouter() throws Exception {
        estate = DemoEstate.installInto(folder);
        Estate model = EstateResources.load(estate);
        EObject object = model.eResource().getEObject("rtr-hh");
        CompanyRouter router = (CompanyRouter) object;
        twin = BuffaloRouterTwin.builder(folder.resolve("twin")).password("Cli-Twin-7".toCharArray()).start();
        twin.setNvram("forward_spec", OPERATOR_FORWARD);
        router.setHostAddress(twin.host());
        router.setSshPort(twin.port());
        EstateResources.save(model, estate);
        try (Services services = new Services()) {
            CredentialVault vault = services.get(CredentialVault.class, null);
            vault.store(router.getCredentialRef(), Credential.password(twin.username(), twin.password()));
        }
    }

    @AfterEach
    void stopTwin() throws Exception {
        twin.close();
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return new CommandLauncher(FrameworkUtil.getBundle(CommandLauncher.class).getBundleContext())
                .execute(args, new PrintWriter(out), new PrintWriter(err));
    }

    private List<String> lines() {
        return out.toString().lines().toList();
    }

    @Test
    void planPrintsEachDevicesDiffAndWritesNothing() {
        assertEquals(ExitCodes.OK, run("plan", estate.toString()), err::toString);
        assertAll(() -> assertEquals("rtr-hh (Hamburg HQ internet router): 2 settings to change", lines().get(0)),
                () -> assertEquals("  forward_port", lines().get(1)),
                () -> assertEquals("    + pb-rtp:on:udp:30274:30529>10.10.0.20", lines().get(2)),
                () -> assertEquals("  forward_spec", lines().get(3)),
                () -> assertEquals("    + pb-hfa:on:both:4060>10.10.0.20:4062", lines().get(4)),
                () -> assertTrue(out.toString().contains("    + pb-sip-home-tls:on:tcp:5071>10.10.0.20:5071"),
                        out::toString),
                () -> assertTrue(!out.toString().contains(OPERATOR_FORWARD), "the operator's forward stays"),
                () -> assertEquals(OPERATOR_FORWARD, twin.nvram("forward_spec").orElse("")));
    }

    @Test
    void applyWithYesChangesTheRouterAndASecondApplyChangesNothing() {
        assertEquals(ExitCodes.OK, run("apply", estate.toString(), "--yes", "--parallel", "2"), err::toString);
        assertAll(() -> assertEquals("changed      rtr-hh (Hamburg HQ internet router)", lines().get(0)),
                () -> assertTrue(lines().get(1).matches(
                        "journal \\S+: 1 changed, 0 unchanged, 0 rolled back, 0 failed, 0 not started"), out::toString),
                () -> assertTrue(twin.natTable().contains("tcp dpt:4060 to:10.10.0.20:4062"), twin::natTable));
        assertEquals(ExitCodes.OK, run("apply", estate.toString(), "--yes"), err::toString);
        assertEquals("unchanged    rtr-hh (Hamburg HQ internet router)", lines().get(0));
        assertEquals(ExitCodes.OK, run("plan", estate.toString()), err::toString);
        assertEquals("rtr-hh (Hamburg HQ internet router): already correct, nothing to do", lines().get(0));
    }

    @Test
    void aRouterThatIgnoresTheWriteIsRolledBackAndTheExitCodeIsThree() {
        twin.ignoreNvramSet(true);
        assertEquals(ExitCodes.SOME_FAILED, run("apply", estate.toString(), "--yes"), err::toString);
        assertTrue(lines().get(0).startsWith("rolled back  rtr-hh (Hamburg HQ internet router): verify failed: "),
                out::toString);
    }

    @Test
    void aChangeThatCutsTheConsoleOffRevertsItselfWithinConfirmWithinAndTheExitCodeIsThree() {
        twin.cutOffAfterFirewallRestart(true);
        assertEquals(ExitCodes.SOME_FAILED, run("apply", estate.toString(), "--yes", "--confirm-within", "1"),
                err::toString);
        assertAll(() -> assertTrue(lines().get(0).startsWith("rolled back  rtr-hh (Hamburg HQ internet router): "
                + "the change cut the console off from the device"), out::toString),
                () -> assertTrue(lines().get(0).contains("the device reverted it by itself after 1 s"), out::toString),
                () -> assertEquals(OPERATOR_FORWARD, twin.nvram("forward_spec").orElse("")),
                () -> assertEquals(List.of(), twin.backgroundJobs()));
        assertEquals(ExitCodes.USAGE, run("apply", estate.toString(), "--yes", "--confirm-within", "-1"));
        assertTrue(err.toString().contains("--confirm-within must be 0 (off) or a number of seconds"), err::toString);
    }

    @Test
    void rollbackRestoresTheBeforeValuesTheJournalRecorded() {
        assertEquals(ExitCodes.OK, run("apply", estate.toString(), "--yes"), err::toString);
        Matcher journal = Pattern.compile("journal (\\S+):").matcher(out.toString());
        assertTrue(journal.find(), out::toString);
        assertEquals(ExitCodes.OK, run("rollback", journal.group(1), "--estate", estate.toString()), err::toString);
        assertAll(() -> assertEquals("changed      rtr-hh (Hamburg HQ internet router)", lines().get(0)),
                () -> assertEquals(OPERATOR_FORWARD, twin.nvram("forward_spec").orElse("")),
                () -> assertEquals("", twin.nvram("forward_port").orElse("")));
    }

    @Test
    void applyWithoutYesOffATerminalWritesNothingAndSaysWhy() {
        assertEquals(ExitCodes.USAGE, run("apply", estate.toString()));
        assertAll(() -> assertTrue(err.toString().contains("add --yes"), err::toString),
                () -> assertEquals(OPERATOR_FORWARD, twin.nvram("forward_spec").orElse("")));
    }

    @Test
    void applyAsJsonReportsEachDevicesOutcomeAndSettings() {
        assertEquals(ExitCodes.OK, run("apply", estate.toString(), "--yes", "--format", "json"), err::toString);
        JsonObject report = JsonParser.parseString(out.toString()).getAsJsonObject();
        JsonObject device = report.getAsJsonArray("devices").get(0).getAsJsonObject();
        JsonObject spec = device.getAsJsonArray("changes").asList().stream().map(JsonElement::getAsJsonObject)
                .filter(c -> c.get("setting").getAsString().equals("forward_spec")).findFirst().orElseThrow();
        assertAll(() -> assertEquals("portforward", report.get("feature").getAsString()),
                () -> assertTrue(report.get("journal").getAsString().matches("\\d{8}T\\d{6}Z-[0-9a-f]{4}")),
                () -> assertEquals(1, report.getAsJsonObject("counts").get("changed").getAsInt()),
                () -> assertEquals("rtr-hh", device.get("id").getAsString()),
                () -> assertEquals("changed", device.get("outcome").getAsString()),
                () -> assertEquals(OPERATOR_FORWARD, spec.get("before").getAsString()),
                () -> assertEquals(twin.nvram("forward_spec").orElse(""), spec.get("after").getAsString()));
        assertEquals(ExitCodes.OK, run("plan", estate.toString(), "--format", "json"), err::toString);
        JsonObject plan = JsonParser.parseString(out.toString()).getAsJsonObject();
        assertAll(() -> assertTrue(plan.get("journal").isJsonNull(), "a plan writes no journal"),
                () -> assertEquals(1, plan.getAsJsonObject("counts").get("unchanged").getAsInt()));
    }

    @Test
    void jsonCannotAskBeforeWritingSoItNeedsYes() {
        assertEquals(ExitCodes.USAGE, run("apply", estate.toString(), "--format", "json"));
        assertAll(() -> assertTrue(err.toString().contains("add --yes"), err::toString),
                () -> assertEquals(OPERATOR_FORWARD, twin.nvram("forward_spec").orElse("")));
    }

    @Test
    void journalListsEachRunWithItsOutcomesAndShowsOneRunsValues() {
        assertEquals(ExitCodes.OK, run("journal", estate.toString()), err::toString);
        assertTrue(out.toString().startsWith("no apply recorded yet"), out::toString);
        assertEquals(ExitCodes.OK, run("apply", estate.toString(), "--yes"), err::toString);
        String first = journalId();
        twin.ignoreNvramSet(true);
        twin.setNvram("forward_spec", OPERATOR_FORWARD);
        assertEquals(ExitCodes.SOME_FAILED, run("apply", estate.toString(), "--yes"), err::toString);
        String second = journalId();

        assertEquals(ExitCodes.OK, run("journal", estate.toString()), err::toString);
        assertAll(() -> assertEquals(2, lines().size(), out::toString),
                () -> assertTrue(lines().get(0).startsWith(first) && lines().get(0).contains("portforward")
                        && lines().get(0).endsWith("1 device: 1 changed"), out::toString),
                () -> assertTrue(lines().get(1).startsWith(second) && lines().get(1).endsWith("1 rolled back"),
                        out::toString));
        assertEquals(ExitCodes.OK, run("journal", estate.toString(), "--last", "1", "--format", "json"),
                err::toString);
        JsonArray runs = JsonParser.parseString(out.toString()).getAsJsonArray();
        assertAll(() -> assertEquals(1, runs.size()),
                () -> assertEquals(second, runs.get(0).getAsJsonObject().get("journal").getAsString()));
        assertEquals(ExitCodes.OK, run("journal", estate.toString(), "--show", first), err::toString);
        assertTrue(lines().stream().anyMatch(l -> l.contains(" before ") && l.contains("rtr-hh forward_spec: '"
                + OPERATOR_FORWARD + "' -> '")), out::toString);
        assertEquals(ExitCodes.USAGE, run("journal", estate.toString(), "--show", "20200101T000000Z-0000"));
        assertTrue(err.toString().contains("no journal 20200101T000000Z-0000"), err::toString);
    }

    /**
     * What a crash (kill -9) between writing a router and finishing it leaves: the router changed, the journal holding
     * its before-lines only. The journal says the run was cut short and names the rollback, which restores it.
     */
    @Test
    void aRunCutShortByACrashIsMarkedAndRollbackRestoresTheRouter() throws Exception {
        assertEquals(ExitCodes.OK, run("apply", estate.toString(), "--yes"), err::toString);
        String id = journalId();
        Path file = io.patchbay.core.provisioning.Journal.besideEstate(estate).file(id);
        List<String> written = Files.readAllLines(file);
        Files.write(file, written.stream().filter(l -> l.contains("\"phase\":\"before\"")).toList());
        assertTrue(twin.nvram("forward_spec").orElse("").contains("pb-hfa"), "the apply changed the router");

        assertEquals(ExitCodes.OK, run("journal", estate.toString()), err::toString);
        assertAll(() -> assertTrue(lines().get(0).endsWith("1 device: 1 cut short"), out::toString),
                () -> assertTrue(lines().get(1).contains("rtr-hh; restore them with: patchbay rollback " + id),
                        out::toString));
        assertEquals(ExitCodes.OK, run("rollback", id, "--estate", estate.toString()), err::toString);
        assertEquals(OPERATOR_FORWARD, twin.nvram("forward_spec").orElse(""));
    }

    private String journalId() {
        Matcher journal = Pattern.compile("journal (\\S+):").matcher(out.toString());
        assertTrue(journal.find(), out::toString);
        return journal.group(1);
    }

    @Test
    void anUnknownFeatureOrDeviceIsAUsageError() {
        assertEquals(ExitCodes.USAGE, run("plan", estate.toString(), "--feature", "nosuch"));
        assertTrue(err.toString().contains("known: portforward"), err::toString);
        assertEquals(ExitCodes.USAGE, run("plan", estate.toString(), "--select", "rtr-nosuch"));
    }
}
